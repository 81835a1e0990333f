"""Plain results of the Synthesis client (no protobuf types leak out)."""
from dataclasses import dataclass
from typing import List, Optional


@dataclass(frozen=True)
class ElementShare:
    """Atomic fraction +- ensemble std of one product element, and the probability that it is present."""
    element: str
    fraction: float
    fraction_std: float
    probability: float


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
    formula: str
    elements: List[ElementShare]
    uncertainty: float
    neighbours: List[Neighbour]
    model_version: str

    def __str__(self) -> str:
        lines = ["{} (uncertainty {:.3f}, model {})".format(self.formula, self.uncertainty, self.model_version)]
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
