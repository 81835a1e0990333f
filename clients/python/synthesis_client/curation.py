"""Client of the server's Curation service: flags as dicts (protobuf JSON names), reviews with the API key, the export."""
from typing import Iterable, Iterator, List, Optional

import grpc
from google.protobuf import json_format

from synthesis.v1 import curation_pb2, curation_pb2_grpc

from .client import _raising


def _flag(message) -> dict:
    return json_format.MessageToDict(message, preserving_proto_field_name=True)


class Curation:
    """Flags, reviews and the curated export.

    >>> Curation("127.0.0.1:50051", api_key="...").review_flag("f3f9...", "CONFIRMED_ERROR", expected_revision=0, reviewer="ada")

    Reasons and states are the API's names without their prefix: "MODEL_DISAGREES", "CONFIRMED_ERROR". A review that
    lost a race raises SynthesisError with code ABORTED: fetch the flag again and resend.
    """

    def __init__(self, address: str = "127.0.0.1:50051", api_key: Optional[str] = None, timeout: Optional[float] = 30.0):
        self._channel = grpc.insecure_channel(address)
        self._stub = curation_pb2_grpc.CurationStub(self._channel)
        self._api_key = api_key
        self._timeout = timeout

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.close()

    def close(self):
        self._channel.close()

    @_raising
    def list_flags(self, reasons: Iterable[str] = (), statuses: Iterable[str] = (), min_score: float = 0.0,
                   page_size: int = 20, page_token: str = "") -> dict:
        """One page: {"flags": [...], "next_page_token": ..., "total_size": ..., "run": {...}}."""
        request = curation_pb2.ListFlagsRequest(
            reasons=[curation_pb2.FlagReason.Value("FLAG_REASON_" + r) for r in reasons],
            statuses=[curation_pb2.ReviewStatus.Value("REVIEW_STATUS_" + s) for s in statuses],
            min_score=min_score, page_size=page_size, page_token=page_token)
        return _flag(self._stub.ListFlags(request, timeout=self._timeout))

    @_raising
    def get_flag(self, flag_id: str) -> dict:
        return _flag(self._stub.GetFlag(curation_pb2.GetFlagRequest(flag_id=flag_id), timeout=self._timeout))

    @_raising
    def review_flag(self, flag_id: str, status: str, expected_revision: int, reviewer: str,
                    corrected_target: str = "", note: str = "") -> dict:
        request = curation_pb2.ReviewFlagRequest(
            flag_id=flag_id, status=curation_pb2.ReviewStatus.Value("REVIEW_STATUS_" + status), expected_revision=expected_revision,
            reviewer=reviewer, corrected_target=corrected_target, note=note)
        metadata = [("x-api-key", self._api_key)] if self._api_key else []
        return _flag(self._stub.ReviewFlag(request, metadata=metadata, timeout=self._timeout))

    @_raising
    def export_records(self, include_dropped: bool = False) -> List[str]:
        """The curated dataset's records as JSON strings, in source order."""
        stream = self._stub.ExportDataset(curation_pb2.ExportDatasetRequest(include_dropped=include_dropped), timeout=self._timeout)
        return [m.record_json for m in stream if m.WhichOneof("item") == "record_json"]
