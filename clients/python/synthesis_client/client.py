"""Friendly wrapper over the generated stubs: plain arguments in, dataclasses out, SynthesisError on failure."""
import functools
import json
from typing import Iterable, List, Optional, Sequence, Union

import grpc
from google.protobuf import json_format

from synthesis.v1 import (predictor_pb2, predictor_pb2_grpc, properties_pb2, properties_pb2_grpc, reactions_pb2,
                          search_pb2, search_pb2_grpc)

from .errors import SynthesisError
from .results import (Candidate, ElementShare, Match, Neighbour, Prediction, PropertyModel, PropertyPrediction, SearchPage,
                      SupportingReaction)


def _raising(method):
    @functools.wraps(method)
    def call(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except grpc.RpcError as e:
            raise SynthesisError(e.code(), e.details()) from None
    return call


def _query(precursors: Sequence[str], actions: Iterable[str], amounts: Optional[Sequence[float]] = None):
    query = reactions_pb2.ReactionQuery(actions=list(actions))
    for i, formula in enumerate(precursors):
        precursor = query.precursors.add(formula=formula)
        if amounts is not None:
            precursor.amount.value = amounts[i]
    return query


def _neighbour(n) -> Neighbour:
    return Neighbour(n.reaction_id, n.doi, n.reaction_string, n.target, n.similarity)


def _candidate(c) -> Candidate:
    return Candidate(
        formula=c.formula,
        fractions={f.element: f.fraction for f in c.fractions},
        probability=c.probability,
        sources=list(c.sources),
        supporting_reactions=c.support.reactions,
        similar_supporting_reactions=c.support.similar_reactions,
        examples=[SupportingReaction(x.reaction_id, x.doi, x.reaction_string, x.similarity,
                                     list(x.heating_temperatures_c), list(x.heating_times_h)) for x in c.support.examples],
        analogues=list(c.analogues),
        doped_host=c.doped_host)


def _prediction(r) -> Prediction:
    return Prediction(
        formula=r.formula,
        elements=[ElementShare(e.element, e.fraction, e.fraction_std, e.probability, e.model_fraction) for e in r.elements],
        uncertainty=r.uncertainty,
        neighbours=[_neighbour(n) for n in r.neighbours],
        model_version=r.model_version,
        candidates=[_candidate(c) for c in r.candidates],
        model_formula=r.model_formula,
        warnings=list(r.warnings))


def _property(p) -> PropertyPrediction:
    return PropertyPrediction(p.formula, p.model_name, p.target, p.unit, p.value, p.aleatoric_uncertainty,
                              p.epistemic_uncertainty, p.protostructure_label)


def _input_name(value: int) -> str:
    """PROPERTY_INPUT_STRUCTURE -> "structure"."""
    return properties_pb2.PropertyInput.Name(value)[len("PROPERTY_INPUT_"):].lower()


class Synthesis:
    """Client of the Synthesis gRPC server.

    >>> Synthesis("127.0.0.1:50051").predict(["Na2O2", "NiO"], actions=["mixing", "heating"])
    """

    def __init__(self, address: str = "127.0.0.1:50051", timeout: Optional[float] = 30.0):
        self._channel = grpc.insecure_channel(address)
        self._predictor = predictor_pb2_grpc.ReactionPredictorStub(self._channel)
        self._search = search_pb2_grpc.ReactionSearchStub(self._channel)
        self._properties = properties_pb2_grpc.PropertyPredictorStub(self._channel)
        self._timeout = timeout

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self._channel.close()

    @_raising
    def predict(self, precursors: Sequence[str], actions: Iterable[str] = (), neighbours: int = 5,
                amounts: Optional[Sequence[float]] = None, candidates: int = 0) -> Prediction:
        """Predicts the product: ranked candidates (0 for the server's default of 5) and the nearest literature
        reactions. `amounts` (molar, one per precursor) are accepted but the model ignores them."""
        request = predictor_pb2.PredictRequest(query=_query(precursors, actions, amounts), neighbours=neighbours,
                                               candidates=candidates)
        return _prediction(self._predictor.Predict(request, timeout=self._timeout))

    @_raising
    def predict_batch(self, reactions: Iterable[tuple], neighbours: int = 0, candidates: int = 0) -> List[Prediction]:
        """Predicts many (precursors, actions) pairs in one call; results in input order."""
        request = predictor_pb2.PredictBatchRequest(queries=[_query(p, a) for p, a in reactions], neighbours=neighbours,
                                                    candidates=candidates)
        results = sorted(self._predictor.PredictBatch(request, timeout=self._timeout), key=lambda r: r.index)
        return [_prediction(r.prediction) for r in results]

    @_raising
    def similar(self, reaction_id: Optional[str] = None, precursors: Optional[Sequence[str]] = None,
                actions: Iterable[str] = (), k: int = 10) -> List[Neighbour]:
        """The k dataset reactions most similar to a stored reaction (by id) or to precursors + actions."""
        if (reaction_id is None) == (precursors is None):
            raise ValueError("give either reaction_id or precursors")
        request = (search_pb2.SimilarReactionsRequest(reaction_id=reaction_id, k=k) if reaction_id is not None
                   else search_pb2.SimilarReactionsRequest(query=_query(precursors, actions), k=k))
        return [_neighbour(n) for n in self._search.SimilarReactions(request, timeout=self._timeout).reactions]

    @_raising
    def search(self, text: str = "", contains: Iterable[str] = (), excludes: Iterable[str] = (),
               page_size: int = 20, page_token: Optional[str] = None, min_score: int = 0) -> SearchPage:
        """Fuzzy search over formulas and reaction strings; `contains`/`excludes` filter by target elements."""
        request = search_pb2.SearchReactionsRequest(
            text=text, include_elements=list(contains), exclude_elements=list(excludes),
            page_size=page_size, page_token=page_token or "", min_score=min_score)
        response = self._search.SearchReactions(request, timeout=self._timeout)
        matches = [Match(m.reaction_id, m.doi, m.reaction_string, m.target, list(m.precursors), m.score)
                   for m in response.matches]
        return SearchPage(matches, response.total_size, response.next_page_token or None)

    @_raising
    def get_reaction(self, reaction_id: str) -> dict:
        """Everything stored about a reaction, as a plain dict keyed by the proto field names."""
        reaction = self._search.GetReaction(search_pb2.GetReactionRequest(reaction_id=reaction_id), timeout=self._timeout)
        return json_format.MessageToDict(reaction, preserving_proto_field_name=True, including_default_value_fields=True)

    @_raising
    def predict_composition(self, formula: str, model_name: str = "") -> PropertyPrediction:
        """A composition's property with a composition model ("" for the server's default: experimental band gap, eV)."""
        request = properties_pb2.PredictCompositionRequest(formula=formula, model_name=model_name)
        return _property(self._properties.PredictComposition(request, timeout=self._timeout))

    @_raising
    def predict_structure(self, label: Optional[str] = None, cif: Optional[str] = None,
                          pymatgen_json: Union[str, dict, None] = None, model_name: str = "") -> PropertyPrediction:
        """A crystal structure's property with a structure model ("" for the server's default: last phonon DOS peak,
        cm^-1). Give exactly one of a protostructure `label`, the text of a `cif`, or `pymatgen_json` (the text, or the
        dict of Structure.as_dict()); the result names the label the server read or derived."""
        if sum(x is not None for x in (label, cif, pymatgen_json)) != 1:
            raise ValueError("give exactly one of label, cif or pymatgen_json")
        if isinstance(pymatgen_json, dict):
            pymatgen_json = json.dumps(pymatgen_json)
        request = properties_pb2.PredictStructureRequest(label=label or "", cif=cif or "", pymatgen_json=pymatgen_json or "",
                                                         model_name=model_name)
        return _property(self._properties.PredictStructure(request, timeout=self._timeout))

    @_raising
    def list_models(self) -> List[PropertyModel]:
        """The server's property models: what each reads and predicts, and how well."""
        response = self._properties.ListModels(properties_pb2.ListModelsRequest(), timeout=self._timeout)
        return [PropertyModel(m.name, _input_name(m.input), m.target, m.unit, m.training_data, m.members,
                              m.test_mae.value if m.HasField("test_mae") else None) for m in response.models]
