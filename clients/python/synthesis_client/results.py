"""Plain results of the Synthesis client (no protobuf types leak out)."""
from dataclasses import dataclass, field
from typing import Dict, List, Optional


@dataclass(frozen=True)
class ElementShare:
    """One product element: its fraction in the top candidate, the model's own fraction +- the ensemble's std, and P(present)."""
    element: str
    fraction: float
    fraction_std: float
    probability: float
    model_fraction: float = 0.0


@dataclass(frozen=True)
class SupportingReaction:
    """A stored reaction that records a candidate: precursor-set similarity (Jaccard) and the heating it reports."""
    reaction_id: str
    doi: str
    reaction_string: str
    similarity: float
    heating_temperatures_c: List[float]
    heating_times_h: List[float]


@dataclass(frozen=True)
class Candidate:
    """A candidate product with the probability that the literature would record it, its sources and support."""
    formula: str
    fractions: Dict[str, float]
    probability: float
    sources: List[str]
    supporting_reactions: int
    similar_supporting_reactions: int
    examples: List[SupportingReaction]
    # For an "analogue" candidate: the known products it is an analogue of (one element swapped).
    analogues: List[str] = field(default_factory=list)
    # For a "doped" candidate: the known product it dopes (empty otherwise, and from servers before 2026-11-30).
    doped_host: str = ""


@dataclass(frozen=True)
class Neighbour:
    """A dataset reaction similar to the query (cosine similarity of reaction embeddings)."""
    reaction_id: str
    doi: str
    reaction_string: str
    target: str
    similarity: float


@dataclass(frozen=True)
class Prediction:
    """The top candidate's formula, ranked candidates, element shares, the model's own formula, neighbours, warnings."""
    formula: str
    elements: List[ElementShare]
    uncertainty: float
    neighbours: List[Neighbour]
    model_version: str
    candidates: List[Candidate] = field(default_factory=list)
    model_formula: str = ""
    warnings: List[str] = field(default_factory=list)

    def __str__(self) -> str:
        lines = ["{} (model {}; model's own fractions {} +- {:.3f})".format(
            self.formula, self.model_version, self.model_formula, self.uncertainty)]
        lines += ["  {}. {} {:.0%} ({} reactions)".format(i + 1, c.formula, c.probability, c.supporting_reactions)
                  for i, c in enumerate(self.candidates)]
        lines += ["  {:.3f}  {}  ({})".format(n.similarity, n.reaction_string, n.doi) for n in self.neighbours]
        return "\n".join(lines)


@dataclass(frozen=True)
class Match:
    reaction_id: str
    doi: str
    reaction_string: str
    target: str
    precursors: List[str]
    score: int


@dataclass(frozen=True)
class SearchPage:
    """One page of matches; pass next_page_token to search() for the next page (None on the last)."""
    matches: List[Match]
    total: int
    next_page_token: Optional[str] = None


@dataclass(frozen=True)
class PropertyPrediction:
    """A property predicted from a composition or a structure: value in `unit`, the data's noise the model expects
    (aleatoric) and the ensemble's spread (epistemic), both standard deviations; a structure's protostructure label."""
    formula: str
    model_name: str
    target: str
    unit: str
    value: float
    aleatoric_uncertainty: float
    epistemic_uncertainty: float
    protostructure_label: str = ""

    def __str__(self) -> str:
        what = self.protostructure_label or self.formula
        return "{}  {} {:.2f} {}  (aleatoric {:.2f}, epistemic {:.2f}; model {})".format(
            what, self.target, self.value, self.unit, self.aleatoric_uncertainty, self.epistemic_uncertainty, self.model_name)


@dataclass(frozen=True)
class PropertyModel:
    """A property model of the server: what it reads ("composition" or "structure"), predicts, learnt from, and its
    test MAE (None when not measured)."""
    name: str
    input: str
    target: str
    unit: str
    training_data: str
    members: int
    test_mae: Optional[float] = None
