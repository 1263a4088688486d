"""Claim status against MEANTIME's factuality gold (certainty, polarity, time of event mentions).

MEANTIME marks every event mention with a certainty (CERTAIN, PROBABLE, POSSIBLE), a polarity
(POS, NEG) and a time (NON_FUTURE, FUTURE), each also UNDERSPECIFIED when the annotators could
not tell. eventwire instead says who claims an event and how hedged the claim is; the statuses
are mapped onto MEANTIME's axes as follows:

    status                         certainty   polarity
    asserted, reported, claimed    CERTAIN     POS        (the source states it as fact)
    alleged, disputed              PROBABLE    POS        (an accusation, contested)
    possible, planned              POSSIBLE    POS        (may happen, not yet happened)
    denied                         CERTAIN     NEG        (the source states it did not happen)

`planned` is also compared with MEANTIME's time attribute: a planned event should be FUTURE.

Alignment: each predicted event (one per trigger: the records a coordinated location splits
into count once) is matched to the smallest gold mention whose anchor tokens overlap its
trigger; failing that, to a gold mention in its evidence sentence with the trigger's stem
(the first five letters: "attack" / "attacks"). Only predictions inside the annotated opening
of an article (`meta.annotated_until`) are scored, as for `time`. Gold UNDERSPECIFIED or empty
values are left out of the accuracy they would blur, and counted apart.

The pipeline finds conflict and politics events, few of which occur in MEANTIME's business
news; so the same claim-status rules are also scored on every gold mention (`gold_trigger_*`
figures): the mention's token stands in for a trigger, its modality is read from the parse and
its attribution from the predicted document's attributions, exactly as for a found event.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.evaluate.datasets import Dataset
from eventwire.evaluate.figures import Figures, Records, missing_docs
from eventwire.evaluate.matching import f1, ratio
from eventwire.model import Article, Attribution, Span

if TYPE_CHECKING:
    from spacy.language import Language

CERTAINTY_OF_STATUS: dict[str, str] = {
    "asserted": "CERTAIN",
    "reported": "CERTAIN",
    "claimed": "CERTAIN",
    "alleged": "PROBABLE",
    "disputed": "PROBABLE",
    "possible": "POSSIBLE",
    "planned": "POSSIBLE",
    "denied": "CERTAIN",
}
CERTAINTIES = ("CERTAIN", "PROBABLE", "POSSIBLE")
POLARITIES = ("POS", "NEG")
_STEM = 5


def polarity_of_status(status: str) -> str:
    return "NEG" if status == "denied" else "POS"


def read_claims_dataset(folder: Path) -> Dataset:
    """MEANTIME articles and their gold event mentions (`{"id", "events": [...]}`)."""
    # Imported here: reading the XML needs the time tagger, which the other tasks do not.
    from eventwire.evaluate.meantime import read_meantime_events

    articles: list[Article] = []
    gold: dict[str, Mapping[str, Any]] = {}
    for article, events in read_meantime_events(folder):
        articles.append(article)
        gold[article.id] = {"id": article.id, "events": events}
    return Dataset(articles, gold)


def align(event: Mapping[str, Any], mentions: Sequence[Mapping[str, Any]]) -> int | None:
    """The index of the gold mention a predicted event stands for, or None."""
    trigger = event.get("trigger") or {}
    if "start" in trigger:
        start, end = trigger["start"], trigger["end"]
        hits = [
            i for i, m in enumerate(mentions) if any(s < end and start < e for s, e in m["tokens"])
        ]
        if hits:
            return min(hits, key=lambda i: (mentions[i]["end"] - mentions[i]["start"], i))
    evidence = event.get("evidence") or {}
    stem = str(trigger.get("text") or "").lower()[:_STEM]
    if len(stem) < _STEM or "start" not in evidence:
        return None
    return next(
        (
            i
            for i, m in enumerate(mentions)
            if evidence["start"] <= m["start"] < evidence["end"]
            and str(m["text"]).lower().startswith(stem)
        ),
        None,
    )


def score_claims(gold: Records, predicted: Records) -> Figures:
    """Figures for claim status against gold certainty, polarity and time."""
    pairs: list[tuple[str, Mapping[str, Any]]] = []  # (predicted status, gold mention)
    n_pred = 0
    for doc_id, record in gold.items():
        mentions: Sequence[Mapping[str, Any]] = record.get("events") or []
        seen: set[tuple[int, int]] = set()
        for event in (predicted.get(doc_id) or {}).get("events") or []:
            trigger = event.get("trigger") or event.get("evidence") or {}
            key = (trigger.get("start", -1), trigger.get("end", -1))
            if key in seen:
                continue
            seen.add(key)
            n_pred += 1
            index = align(event, mentions)
            if index is not None:
                pairs.append((str((event.get("claim") or {}).get("status")), mentions[index]))
    figures: Figures = {
        "gold": sum(len(r.get("events") or []) for r in gold.values()),
        "pred": n_pred,
        "aligned": len(pairs),
        "missing_docs": missing_docs(gold, predicted),
    }
    figures.update(status_figures(pairs))
    return figures


def status_figures(pairs: Sequence[tuple[str, Mapping[str, Any]]], prefix: str = "") -> Figures:
    """Accuracy of (predicted status, gold mention) pairs on certainty, polarity and time."""
    certainty = [
        (CERTAINTY_OF_STATUS.get(s, "CERTAIN"), m["certainty"])
        for s, m in pairs
        if m["certainty"] in CERTAINTIES
    ]
    polarity = [
        (polarity_of_status(s), m["polarity"]) for s, m in pairs if m["polarity"] in POLARITIES
    ]
    neg_found = sum(p == g == "NEG" for p, g in polarity)
    gold_certainty = Counter(g for _, g in certainty)
    planned = [m["time"] for s, m in pairs if s == "planned"]
    future = [s for s, m in pairs if m["time"] == "FUTURE"]
    figures: Figures = {
        "certainty_scored": len(certainty),
        "certainty_acc": ratio(sum(p == g for p, g in certainty), len(certainty)),
        "certainty_macro_f1": macro_f1(certainty, CERTAINTIES),
        # MEANTIME calls intended events ("will buy") CERTAIN with time FUTURE: the accuracy
        # were `planned` mapped so, to show what the choice of mapping costs.
        "certainty_acc_planned_as_certain": ratio(
            sum(
                ("CERTAIN" if s == "planned" else CERTAINTY_OF_STATUS.get(s, "CERTAIN"))
                == m["certainty"]
                for s, m in pairs
                if m["certainty"] in CERTAINTIES
            ),
            len(certainty),
        ),
        # What always answering the commonest gold value would score: the bar to clear.
        "certainty_majority_acc": ratio(max(gold_certainty.values(), default=0), len(certainty)),
        "polarity_scored": len(polarity),
        "polarity_acc": ratio(sum(p == g for p, g in polarity), len(polarity)),
        "neg_precision": ratio(neg_found, sum(p == "NEG" for p, _ in polarity)),
        "neg_recall": ratio(neg_found, sum(g == "NEG" for _, g in polarity)),
        "planned_future_precision": ratio(planned.count("FUTURE"), len(planned)),
        "future_planned_recall": ratio(future.count("planned"), len(future)),
        "confusion": confusion(pairs),
    }
    return {prefix + name: value for name, value in figures.items()}


def score_gold_triggers(
    nlp: Language, articles: Iterable[Article], gold: Records, predicted: Records
) -> Figures:
    """Claim-status figures with every gold mention (in a scored article) as the trigger."""
    # Imported here: the rules need spaCy, which scoring predictions alone does not.
    from eventwire.aggregate.claims import claim_for
    from eventwire.extract.modality import modality_of

    chosen = [a for a in articles if a.id in gold and a.id in predicted]
    pairs: list[tuple[str, Mapping[str, Any]]] = []
    for article, doc in zip(chosen, nlp.pipe(a.text for a in chosen), strict=True):
        attributions = [
            attribution_from_dict(a) for a in predicted[article.id].get("attributions") or []
        ]
        for mention in gold[article.id].get("events") or []:
            start, end = mention["tokens"][0]
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            token = span.root
            sentence = Span.of(doc.text, token.sent.start_char, token.sent.end_char)
            trigger = Span.of(doc.text, start, end)
            claim = claim_for(trigger, sentence, modality_of(token, ""), attributions)
            pairs.append((claim.status, mention))
    return status_figures(pairs, prefix="gold_trigger_")


def attribution_from_dict(record: Mapping[str, Any]) -> Attribution:
    """An Attribution back from its eventwire/1 form (the speaker is not needed here)."""

    def span(part: Any) -> Span | None:
        return Span(part["start"], part["end"], part["text"]) if part else None

    cue, content = span(record.get("cue")), span(record.get("content"))
    empty = Span(0, 0, "")
    return Attribution(
        span(record.get("source")), cue or empty, content or empty, None, record["kind"]
    )


def macro_f1(pairs: Sequence[tuple[str, str]], labels: Sequence[str]) -> float:
    """The mean F1 over the labels that occur in gold or prediction."""
    scores = []
    for label in labels:
        gold_n = sum(g == label for _, g in pairs)
        pred_n = sum(p == label for p, _ in pairs)
        if gold_n == pred_n == 0:
            continue
        right = sum(p == g == label for p, g in pairs)
        scores.append(f1(ratio(right, pred_n), ratio(right, gold_n)))
    return sum(scores) / len(scores) if scores else 0.0


def confusion(pairs: Sequence[tuple[str, Mapping[str, Any]]]) -> dict[str, dict[str, int]]:
    """Counts by predicted status and gold `CERTAINTY/POLARITY` ("-" for an empty value)."""
    table: dict[str, Counter[str]] = {}
    for status, mention in pairs:
        label = f"{mention['certainty'] or '-'}/{mention['polarity'] or '-'}"
        table.setdefault(status, Counter())[label] += 1
    return {status: dict(counts.most_common()) for status, counts in sorted(table.items())}


def format_confusion(table: Mapping[str, Mapping[str, int]]) -> str:
    """The confusion table as aligned text: a row per status, a column per gold value."""
    columns = sorted({label for row in table.values() for label in row})
    if not columns:
        return ""
    widths = [len(c) + 2 for c in columns]
    lines = ["status".ljust(10) + "".join(c.rjust(w) for c, w in zip(columns, widths, strict=True))]
    for status, row in table.items():
        cells = (str(row.get(c, 0)).rjust(w) for c, w in zip(columns, widths, strict=True))
        lines.append(status.ljust(10) + "".join(cells))
    return "\n".join(lines)
