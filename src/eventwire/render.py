"""A readable table of a document's events, one row per event, for the terminal.

The last column says who claims each event and how: "John Kirby, White House (reported)",
or "— (asserted)" when the article states it on its own account.
"""

from __future__ import annotations

from eventwire.model import Actor, Document, Event, Weapon

_COLUMNS = (
    "type",
    "actor → target",
    "place",
    "date",
    "weapons",
    "casualties",
    "claimed by (how)",
)
# 120 characters in all with the gaps: fits a 120-column terminal.
_WIDTHS = (16, 14, 14, 11, 13, 10, 30)
# Who claims an event when the article itself states it.
NO_SOURCE = "—"


def render_table(doc: Document) -> str:
    title = doc.article.title or doc.article.meta.get("input") or doc.article.id
    lines = [f"{title}  ({len(doc.events)} events, published {_published(doc)})"]
    lines.append(_row(_COLUMNS))
    lines.append(_row(tuple("─" * w for w in _WIDTHS)))
    for event in doc.events:
        lines.append(_row(_cells(doc, event)))
    lines.extend(f"warning: {w}" for w in doc.warnings)
    return "\n".join(lines)


def _published(doc: Document) -> str:
    return doc.article.published.isoformat() if doc.article.published else "unknown"


def _cells(doc: Document, e: Event) -> tuple[str, ...]:
    kind = e.type.acled_sub or e.type.eventwire
    who = f"{_actors(e.actors)} → {_actors(e.targets)}" if e.targets else _actors(e.actors)
    route = [p.name for p in e.places if p.kind in ("water", "region")]
    place = e.location.name if e.location else (f"via {', '.join(route)}" if route else "-")
    when = _date(e)
    weapons = ", ".join(
        dict.fromkeys(
            (w.system or w.category) + (f" ({w.origin})" if w.origin else "") + _counts(w)
            for w in e.weapons
        )
    )
    f = e.fatalities
    casualties = (
        ", ".join(
            x
            for x in (
                f"{f.killed} killed" if f.killed else "",
                f"{f.injured} hurt" if f.injured else "",
            )
            if x
        )
        or "-"
    )
    if e.quantity and casualties == "-":
        casualties = e.quantity.text
    claimed = claim_cell(doc, e, _WIDTHS[-1])
    return (kind, who, place, when, weapons or "-", casualties, claimed)


def claimed_by(doc: Document, event: Event) -> str:
    """Who carries the event's claim: the speaker (and their organisation) or the source as
    written; NO_SOURCE when the article asserts it itself."""
    index = event.claim.attribution
    if index is None or not 0 <= index < len(doc.attributions):
        return NO_SOURCE
    attr = doc.attributions[index]
    speaker = attr.speaker
    if speaker is None:
        return attr.source.text if attr.source else NO_SOURCE
    name, organization = speaker.name, speaker.organization
    if name and organization and organization.lower() not in name.lower():
        return f"{name}, {organization}"
    return name or organization or (attr.source.text if attr.source else NO_SOURCE)


def claim_cell(doc: Document, event: Event, width: int) -> str:
    """ "Ukraine Ministry of Defence (reported)", the name shortened so the status shows."""
    how = f" ({event.claim.status})"
    who = " ".join(claimed_by(doc, event).split())
    room = max(1, width - len(how))
    if len(who) > room:
        who = who[: room - 1] + "…"
    return who + how


def _date(e: Event) -> str:
    """The date's value, else the days it lies between, else the latest it can be."""
    earliest, latest = e.date.earliest, e.date.latest
    if e.date.value:
        return e.date.value
    if earliest and latest and earliest != latest:
        if earliest.year != latest.year:
            return f"{earliest.year}…{latest.year}"
        return f"{earliest.isoformat()[5:]}…{latest.isoformat()[5:]}"
    if latest:
        return ("" if earliest == latest else "≤") + latest.isoformat()
    return "-"


def _actors(actors: tuple[Actor, ...]) -> str:
    if not actors:
        return "?"
    return ", ".join(dict.fromkeys(a.country or a.name for a in actors))


def _row(cells: tuple[str, ...]) -> str:
    return "  ".join(_fit(c, w) for c, w in zip(cells, _WIDTHS, strict=True)).rstrip()


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"


def _counts(weapon: Weapon) -> str:
    """ ": 40 launched, 36 intercepted" where the report gives them."""
    parts = [
        f"{n} {role}"
        for n, role in (
            (weapon.launched, "launched"),
            (weapon.intercepted, "intercepted"),
            (weapon.hit, "hit"),
        )
        if n is not None
    ]
    return f": {', '.join(parts)}" if parts else ""
