"""Who claims an event and how hedged the claim is."""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.model import Attribution, Claim, ClaimStatus, Span

# Reporting cues (lower-case, first word) and the status they give what they report.
_CUE_STATUS: dict[str, ClaimStatus] = {
    "claim": "claimed",
    "claimed": "claimed",
    "claims": "claimed",
    "claiming": "claimed",
    "insist": "claimed",
    "insisted": "claimed",
    "insists": "claimed",
    "boast": "claimed",
    "boasted": "claimed",
    "allege": "alleged",
    "alleged": "alleged",
    "alleges": "alleged",
    "accuse": "alleged",
    "accused": "alleged",
    "accuses": "alleged",
    "blamed": "alleged",
    "deny": "denied",
    "denied": "denied",
    "denies": "denied",
    "reject": "denied",
    "rejected": "denied",
    "dismissed": "denied",
}
_REPORTEDLY = re.compile(r"\b(reportedly|allegedly|purportedly|apparently)\b", re.I)


def claim_for(
    trigger: Span,
    evidence: Span,
    modality: ClaimStatus | None,
    attributions: Sequence[Attribution],
) -> Claim:
    """The attribution whose content holds the trigger, and the claim's status."""
    index = attribution_containing(trigger, attributions)
    status: ClaimStatus
    if modality is not None:
        status = modality
    elif index is not None:
        cue = attributions[index].cue.text.lower().split()
        status = _CUE_STATUS.get(cue[0] if cue else "", "reported")
        if status == "reported" and any(w in _CUE_STATUS for w in cue[1:2]):
            status = _CUE_STATUS[cue[1]]
    elif _REPORTEDLY.search(evidence.text):
        status = "reported" if "reportedly" in evidence.text.lower() else "alleged"
    else:
        status = "asserted"
    return Claim(index, status)


def attribution_containing(span: Span, attributions: Sequence[Attribution]) -> int | None:
    """The tightest attribution whose content covers the span (or whose cue is it)."""
    best: int | None = None
    best_len = 0
    for i, attr in enumerate(attributions):
        content = attr.content
        if content.start <= span.start and span.end <= content.end:
            length = content.end - content.start
            if best is None or length < best_len:
                best, best_len = i, length
    return best
