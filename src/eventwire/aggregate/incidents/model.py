"""The incident model: a logistic regression over `incident_features`, shipped as JSON.

The weights are learnt by `make incident-model` (`benchmarks/train_incidents.py`) from incidents
labelled by the annotation guideline on `shared/corpus/ukraine-president-ua` (labels as ids and
offsets in `data/labels/`); never from the dev sets it is measured on. Scoring is a dot product,
so no learning library is needed at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from eventwire.errors import EventwireError

MODEL_FILE = "incident_model.json"
# How many signed cues a record shows as the evidence of its decision.
CUES_SHOWN = 4
# In a snippet (no article around it) a record the model doubts stands unless it shows a cue of
# what the guideline says is no incident: a plan, threat or denial, a total, ongoing or habitual
# violence, the war in general, rhetoric. A bare report with nothing for or against it ("Police
# said two women were assaulted in the camp.") stands.
COUNTER_CUES = frozenset(
    {
        "claim:planned",
        "claim:possible",
        "claim:denied",
        "modal",
        "negation",
        "since",
        "already",
        "count_of_many",
        "progressive",
        "war_word",
        "rhetoric",
        "imperative",
        "question",
        "date:old",
    }
)


@dataclass(frozen=True)
class IncidentModel:
    weights: Mapping[str, float]
    bias: float
    threshold: float  # for records in an article, chosen on articles-dev's tune half
    meta: Mapping[str, object] = field(default_factory=dict)
    # For records in a snippet (a lead, a wire item of a few sentences), chosen on CASE 2021's
    # tune half: with no article around it a report stands on less.
    snippet_threshold: float = 0.5

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * v for name, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def is_incident(self, features: Mapping[str, float], snippet: bool = False) -> bool:
        """Above the threshold; in a snippet (no article around it), also when no cue argues
        against it."""
        if self.probability(features) >= (self.snippet_threshold if snippet else self.threshold):
            return True
        if not snippet:
            return False
        return not any(name in COUNTER_CUES for name in features)

    def strongest(self, features: Mapping[str, float]) -> tuple[str, ...]:
        """The features that moved the decision most, signed: "+place:settlement", "-since"."""
        weighed = [(self.weights.get(name, 0.0) * v, name) for name, v in features.items()]
        weighed = [w for w in weighed if w[0] != 0.0]
        weighed.sort(key=lambda w: -abs(w[0]))
        return tuple(f"{'+' if w > 0 else '-'}{name}" for w, name in weighed[:CUES_SHOWN])

    def to_json(self) -> str:
        return json.dumps(
            {
                "bias": self.bias,
                "threshold": self.threshold,
                "snippet_threshold": self.snippet_threshold,
                "weights": dict(sorted(self.weights.items())),
                "meta": dict(self.meta),
            },
            indent=1,
        )

    @classmethod
    def accept_all(cls) -> IncidentModel:
        """Every candidate is an incident: for collecting training candidates."""
        return cls({}, 30.0, 0.0, {"method": "accept all"})


@lru_cache(maxsize=1)
def shipped_model() -> IncidentModel:
    try:
        data = json.loads(
            resources.files("eventwire.data").joinpath(MODEL_FILE).read_text(encoding="utf-8")
        )
        return IncidentModel(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            meta=data.get("meta") or {},
            snippet_threshold=float(data.get("snippet_threshold", 0.5)),
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise EventwireError(
            f"the incident model {MODEL_FILE} cannot be read ({error}); rebuild it with "
            "make incident-model"
        ) from error
