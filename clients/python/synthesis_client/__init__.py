"""Python client of the Synthesis gRPC server. Put clients/python on PYTHONPATH (stubs live in synthesis/v1)."""
from .client import Synthesis
from .curation import Curation
from .errors import SynthesisError
from .results import ElementShare, Match, Neighbour, Prediction, PropertyModel, PropertyPrediction, SearchPage

__all__ = ["Synthesis", "Curation", "SynthesisError", "ElementShare", "Match", "Neighbour", "Prediction", "PropertyModel",
           "PropertyPrediction", "SearchPage"]
