"""A readable table of a document's events, one row per event, for the terminal."""

from __future__ import annotations

from eventwire.model import Actor, Document, Event

_COLUMNS = (
    "type",
    "actors → targets",
    "place",
    "date",
    "weapons",
    "casualties",
    "claimed by",
    "status",
)
_WIDTHS = (20, 12, 16, 20, 24, 14, 20, 9)


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
    when = e.date.value or (f"≤{e.date.latest.isoformat()}" if e.date.latest else "-")
    if e.date.earliest and e.date.latest and e.date.earliest != e.date.latest:
        when = f"{e.date.earliest.isoformat()[5:]}…{e.date.latest.isoformat()[5:]}"
        if e.date.earliest.year != e.date.latest.year or e.date.value:
            when = f"{e.date.value or ''} {when}".strip()
    weapons = ", ".join(
        dict.fromkeys(
            (w.system or w.category) + (f" ({w.origin})" if w.origin else "") for w in e.weapons
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
    claimed = "-"
    if e.claim.attribution is not None:
        attr = doc.attributions[e.claim.attribution]
        sp = attr.speaker
        claimed = (sp.organization or sp.name) if sp else (attr.source.text if attr.source else "-")
        if sp and sp.organization and sp.name and sp.name != sp.organization:
            claimed = f"{sp.name} ({sp.organization})"
    return (kind, who, place, when, weapons or "-", casualties, claimed, e.claim.status)


def _actors(actors: tuple[Actor, ...]) -> str:
    if not actors:
        return "?"
    return ", ".join(dict.fromkeys(a.country or a.name for a in actors))


def _row(cells: tuple[str, ...]) -> str:
    return "  ".join(_fit(c, w) for c, w in zip(cells, _WIDTHS, strict=True)).rstrip()


def _fit(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"
