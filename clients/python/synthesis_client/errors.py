import grpc


class SynthesisError(Exception):
    """A call the server refused or failed: `code` is the grpc.StatusCode, `details` the server's message."""

    def __init__(self, code: grpc.StatusCode, details: str):
        super().__init__("{}: {}".format(code.name, details))
        self.code = code
        self.details = details
