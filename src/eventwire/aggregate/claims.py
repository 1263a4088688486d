"""Who claims an event and how hedged the claim is.

The status comes first from the event's own clause (`extract.modality`: "did not attack" is
denied, "could attack" possible, "plans to attack" planned, "accused X of attacking" alleged),
then from the cue of the attribution whose content holds it ("claimed" → claimed, "alleged" →
alleged, "rejected" → disputed, any other cue → reported), then from a hedging adverb in the
sentence ("reportedly", "allegedly", "apparently"); an event none of these touch is asserted by
the article itself. The attribution is kept whatever decided the status, so that a denied or
planned event still says who denies or plans it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.model import Attribution, Claim, ClaimStatus, Span

# Reporting cues (lower-case words) and the status they give what they report.
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
    "alleging": "alleged",
    "accuse": "alleged",
    "accused": "alleged",
    "accuses": "alleged",
    "accusing": "alleged",
    "blame": "alleged",
    "blamed": "alleged",
    "blames": "alleged",
    "deny": "denied",
    "denied": "denied",
    "denies": "denied",
    "denying": "denied",
    # Rejecting a claim contests it; rejecting a proposal does not say it did not happen.
    "reject": "disputed",
    "rejected": "disputed",
    "rejects": "disputed",
    "dismiss": "disputed",
    "dismissed": "disputed",
    "dismisses": "disputed",
    "dispute": "disputed",
    "disputed": "disputed",
    "disputes": "disputed",
    "suspect": "alleged",
    "suspected": "alleged",
    "suspects": "alleged",
}
# Hedging adverbs: the article reports without a named source, or doubts.
_HEDGE_STATUS: dict[str, ClaimStatus] = {
    "reportedly": "reported",
    "allegedly": "alleged",
    "purportedly": "alleged",
    "supposedly": "alleged",
    "apparently": "possible",
    "seemingly": "possible",
}
_HEDGE = re.compile(r"\b(" + "|".join(_HEDGE_STATUS) + r")\b", re.I)
# Cues whose status word may come second ("strongly denied", "publicly accused").
_CUE_WORDS_READ = 2


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
        status = cue_status(attributions[index].cue.text)
    else:
        hedge = _HEDGE.search(evidence.text)
        status = _HEDGE_STATUS[hedge.group(1).lower()] if hedge else "asserted"
    return Claim(index, status)


def cue_status(cue: str) -> ClaimStatus:
    """The status a reporting cue gives what it reports: "reported" unless the cue hedges."""
    for word in cue.lower().split()[:_CUE_WORDS_READ]:
        if word in _CUE_STATUS:
            return _CUE_STATUS[word]
    return "reported"


def attribution_containing(span: Span, attributions: Sequence[Attribution]) -> int | None:
    """The tightest attribution whose content covers the span."""
    best: int | None = None
    best_len = 0
    for i, attr in enumerate(attributions):
        content = attr.content
        if content.start <= span.start and span.end <= content.end:
            length = content.end - content.start
            if best is None or length < best_len:
                best, best_len = i, length
    return best
