"""Weapon mentions: category, named system and origin, found in a parsed sentence.

Categories follow how analysts count attacks: drones, cruise and ballistic missiles, rockets,
artillery, aircraft, explosives, small arms. Named systems carry the country that makes them,
used as the origin when the text names none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.model import Span, WeaponMention, WeaponRef
from eventwire.nlp import text_of
from eventwire.resolve.origins import weapon_origin


@dataclass(frozen=True)
class System:
    name: str
    category: str
    origin: str | None  # ISO 3166-1 alpha-3 of the maker


# Named systems, matched on the token text (case-insensitive, hyphen-insensitive prefixes).
SYSTEMS: dict[str, System] = {
    key: system
    for system in (
        System("Iskander-M", "ballistic missile", "RUS"),
        System("Iskander", "ballistic missile", "RUS"),
        System("Kinzhal", "ballistic missile", "RUS"),
        System("Kalibr", "cruise missile", "RUS"),
        System("Kh-101", "cruise missile", "RUS"),
        System("Kh-555", "cruise missile", "RUS"),
        System("Kh-22", "cruise missile", "RUS"),
        System("Onyx", "cruise missile", "RUS"),
        System("Tochka-U", "ballistic missile", "RUS"),
        System("S-300", "missile", "RUS"),
        System("Shahed", "drone", "IRN"),
        System("Shahed-136", "drone", "IRN"),
        System("Shahed-131", "drone", "IRN"),
        System("Geran-2", "drone", "RUS"),
        System("Mohajer-6", "drone", "IRN"),
        System("Lancet", "drone", "RUS"),
        System("Orlan-10", "drone", "RUS"),
        System("Bayraktar", "drone", "TUR"),
        System("TB2", "drone", "TUR"),
        System("Switchblade", "drone", "USA"),
        System("Reaper", "drone", "USA"),
        System("HIMARS", "rocket", "USA"),
        System("ATACMS", "ballistic missile", "USA"),
        System("Storm Shadow", "cruise missile", "GBR"),
        System("SCALP", "cruise missile", "FRA"),
        System("Tomahawk", "cruise missile", "USA"),
        System("Javelin", "anti-tank missile", "USA"),
        System("NLAW", "anti-tank missile", "GBR"),
        System("Patriot", "air defence", "USA"),
        System("Grad", "rocket", "RUS"),
        System("Smerch", "rocket", "RUS"),
        System("Uragan", "rocket", "RUS"),
        System("Tornado-S", "rocket", "RUS"),
        System("Qassam", "rocket", "PSE"),
        System("Fateh-110", "ballistic missile", "IRN"),
        System("Zolfaghar", "ballistic missile", "IRN"),
        System("Scud", "ballistic missile", None),
        System("Leopard", "tank", "DEU"),
        System("Abrams", "tank", "USA"),
        System("Challenger", "tank", "GBR"),
        System("F-16", "aircraft", "USA"),
        System("Su-34", "aircraft", "RUS"),
        System("Su-25", "aircraft", "RUS"),
        System("AK-47", "small arms", None),
    )
    for key in {_k for _k in (system.name.lower(), system.name.lower().replace("-", ""))}
}

# Head nouns (lemmas) and the category they name.
HEADS: dict[str, str] = {
    "drone": "drone",
    "uav": "drone",
    "uavs": "drone",
    "quadcopter": "drone",
    "munition": "drone",
    "missile": "missile",
    "rocket": "rocket",
    "mlrs": "rocket",
    "artillery": "artillery",
    "shell": "artillery",
    "howitzer": "artillery",
    "mortar": "artillery",
    "cannon": "artillery",
    "airstrike": "aircraft",
    "warplane": "aircraft",
    "jet": "aircraft",
    "plane": "aircraft",
    "airplane": "aircraft",
    "airlifter": "aircraft",
    "gunship": "aircraft",
    "aircraft": "aircraft",
    "helicopter": "aircraft",
    "bomber": "aircraft",
    "bomb": "explosive",
    "ied": "explosive",
    "vbied": "explosive",
    "svbied": "explosive",
    "device": "explosive",
    "vehicle": "armoured vehicle",
    "strike": "aircraft",
    "apc": "armoured vehicle",
    "bulldozer": "engineering vehicle",
    "warship": "warship",
    "ship": "warship",
    "frigate": "warship",
    "destroyer": "warship",
    "corvette": "warship",
    "submarine": "warship",
    "carrier": "warship",
    "landmine": "explosive",
    "mine": "explosive",
    "explosive": "explosive",
    "grenade": "grenade",
    "gun": "small arms",
    "rifle": "small arms",
    "gunfire": "small arms",
    "bullet": "small arms",
    "tank": "tank",
    "weapon": "weapons",
    "arms": "weapons",
    "ammunition": "ammunition",
    "chlorine": "chemical",
    "sarin": "chemical",
    "gas": "chemical",
}
# Modifiers that refine a category ("cruise missile", "suicide drone", "car bomb").
REFINE: dict[tuple[str, str], str] = {
    ("cruise", "missile"): "cruise missile",
    ("ballistic", "missile"): "ballistic missile",
    ("anti-tank", "missile"): "anti-tank missile",
    ("anti", "missile"): "anti-tank missile",
    ("car", "bomb"): "explosive",
    ("roadside", "bomb"): "explosive",
    ("suicide", "drone"): "drone",
    ("kamikaze", "drone"): "drone",
    ("attack", "drone"): "drone",
    ("toxic", "gas"): "chemical",
    ("poisonous", "gas"): "chemical",
    ("poison", "gas"): "chemical",
    ("nerve", "gas"): "chemical",
    ("mustard", "gas"): "chemical",
    ("chemical", "weapon"): "chemical",
    ("tear", "gas"): "riot control",
    ("loitering", "munition"): "drone",
    ("explosive", "device"): "explosive",
    ("incendiary", "device"): "explosive",
    ("fighter", "jet"): "aircraft",
    ("military", "jet"): "aircraft",
    ("armored", "vehicle"): "armoured vehicle",
    ("armoured", "vehicle"): "armoured vehicle",
    ("tactical", "vehicle"): "armoured vehicle",
    ("military", "vehicle"): "armoured vehicle",
    ("combat", "vehicle"): "armoured vehicle",
    ("technical", "vehicle"): "armoured vehicle",
    ("fighting", "vehicle"): "armoured vehicle",
    ("aircraft", "carrier"): "warship",
    ("assault", "ship"): "warship",
    ("amphibious", "ship"): "warship",
    ("landing", "ship"): "warship",
    ("naval", "ship"): "warship",
    ("navy", "ship"): "warship",
    ("patrol", "ship"): "warship",
    ("military", "plane"): "aircraft",
    ("fighter", "plane"): "aircraft",
    ("armoured", "bulldozer"): "engineering vehicle",
    ("armored", "bulldozer"): "engineering vehicle",
    ("air", "strike"): "aircraft",
    ("suicide", "vehicle"): "explosive",
    ("artillery", "shell"): "artillery",
    ("tank", "shell"): "artillery",
    ("mortar", "shell"): "artillery",
}
# Plain "munitions" are arms in general; a refinement above makes a loitering one a drone.
UNREFINED: dict[str, str] = {"munition": "ammunition"}
# Prefixes of warship names: "HMS Ocean", "USS Mahan".
SHIP_PREFIXES = frozenset({"HMS", "USS", "HMAS", "HMCS", "HMNZS", "INS", "FS", "RFS", "JS"})
# Heads that need a weapon-like modifier to count ("gas" alone is not a weapon).
NEEDS_REFINEMENT = frozenset(
    {"gas", "shell", "mine", "jet", "device", "vehicle", "carrier", "destroyer", "strike", "ship"}
)
# Heads that name a weapon by themselves as the head of a common-noun phrase ("shells fell",
# "one jet bombed"), but not as a modifier or a name ("shell company", "jet fuel", "Shell").
ALONE_AS_HEAD = frozenset({"shell", "jet"})
# Military aircraft designations: mission letters, a hyphen, a model number ("KC-135R",
# "MQ-9", "Su-34", "Mi-8"); single letters that also start road and product names are left out.
_AIRCRAFT_DESIGNATION = re.compile(
    r"^(?:F|B|C|KC|MQ|RQ|AH|UH|CH|MH|HH|AC|EA|FA|EC|RC|Su|Mi|MiG|Tu|Il|Ka|Yak|An|J|JF|H)"
    r"-\d{1,3}[A-Z]?$"
)
# Heads that name arms in general ("weapons", "arms"): they make a transfer an arms transfer.
GENERIC = frozenset({"weapons", "ammunition", "munition"})

# "grenade attack", "drone strike": the weapon names how the attack was made.
_ATTACK_NOUNS = frozenset(
    {"attack", "strike", "raid", "explosion", "blast", "barrage", "bombardment", "assault"}
)
_MADE_IN = re.compile(r"^(?P<origin>[A-Z][\w.]*)-(made|built|designed|supplied|produced)$")


def find_weapons(sentence: SpacySpan) -> list[WeaponMention]:
    """Every weapon mention in a sentence, one per noun phrase."""
    found: list[WeaponMention] = []
    seen_heads: set[int] = set()
    for token in sentence:
        mention = _mention_at(token)
        if mention is None:
            continue
        head = _phrase_head(token)
        if head.i in seen_heads:
            continue
        seen_heads.add(head.i)
        found.append(mention)
    return found


def _mention_at(token: Token) -> WeaponMention | None:
    key = token.text.lower().rstrip("s") if token.text.isupper() else token.text.lower()
    system = SYSTEMS.get(token.text.lower()) or SYSTEMS.get(key.replace("-", ""))
    lemma = token.lemma_.lower()
    if token.text.isupper() and lemma not in HEADS and key in HEADS:
        lemma = key  # "VBIEDs", "IEDs": the tagger leaves plural acronyms unlemmatised
    if token.text in SHIP_PREFIXES:
        return _ship_at(token)
    if system is None and _AIRCRAFT_DESIGNATION.match(token.text):
        system = System(token.text, "aircraft", None)
    if system is None and token.pos_ not in ("NOUN", "PROPN"):
        return None
    if system is None:
        if lemma not in HEADS:
            return None
        category = HEADS[lemma]
        modifiers = [c.lemma_.lower() for c in token.lefts]
        refined = next((REFINE[(m, lemma)] for m in modifiers if (m, lemma) in REFINE), None)
        if lemma in NEEDS_REFINEMENT and refined is None and not _alone_as_head(token, lemma):
            return None
        category = refined or UNREFINED.get(lemma, category)
        # A named system among the modifiers ("Iskander missiles") is the system itself.
        system = next(
            (SYSTEMS[m.text.lower()] for m in token.lefts if m.text.lower() in SYSTEMS), None
        )
        if system is not None:
            category = system.category
    else:
        category = system.category
    head = _phrase_head(token)
    start_token = min(
        (t for t in head.subtree if t.i <= head.i and _in_phrase(t, head)),
        key=lambda t: t.i,
        default=head,
    )
    doc = token.doc
    start, end = start_token.idx, head.idx + len(head.text)
    origin_text = _origin_text(head)
    return WeaponMention(
        span=Span(start, end, text_of(doc)[start:end]),
        category=category,
        system=system.name if system else None,
        default_origin=system.origin if system else None,
        origin_text=origin_text,
        generic=lemma in GENERIC or HEADS.get(lemma) in GENERIC,
        as_modifier=head.lemma_.lower() not in HEADS
        and head.text.lower() not in SYSTEMS
        and head.lemma_.lower() not in _ATTACK_NOUNS,
    )


def _alone_as_head(token: Token, lemma: str) -> bool:
    return (
        lemma in ALONE_AS_HEAD
        and token.pos_ == "NOUN"
        # Capitalised inside a sentence it is a name ("Shell"); at its start it may be either.
        and (token.text.islower() or token.i == token.sent.start)
        and token.dep_ not in ("compound", "amod", "nmod")
    )


def _ship_at(prefix: Token) -> WeaponMention | None:
    """A named warship: the prefix and the capitalised words after it ("HMS Ocean")."""
    doc = prefix.doc
    end = prefix.i + 1
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].text not in SHIP_PREFIXES:
        end += 1
    if end == prefix.i + 1:
        return None
    start, stop = prefix.idx, doc[end - 1].idx + len(doc[end - 1].text)
    return WeaponMention(span=Span(start, stop, text_of(doc)[start:stop]), category="warship")


def _phrase_head(token: Token) -> Token:
    """The noun a modifier belongs to: "Iskander" in "Iskander missiles" → "missiles"."""
    while token.dep_ in ("compound", "amod", "nmod") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token


def _in_phrase(token: Token, head: Token) -> bool:
    """Pre-modifiers of the head, without determiners, numbers or possessives."""
    if token.i == head.i:
        return True
    if token.dep_ in ("det", "predet", "poss", "case", "nummod", "quantmod", "punct", "cc"):
        return False
    return token.head.i == head.i or _in_phrase(token.head, head)


def _origin_text(head: Token) -> Span | None:
    """The country a weapon comes from, as written: "Iranian", "Iranian-made", "from Iran"."""
    doc = head.doc
    for child in head.lefts:
        if child.ent_type_ in ("NORP", "GPE") or _MADE_IN.match(child.text):
            return Span(child.idx, child.idx + len(child.text), child.text)
        # "Iranian-made" is split into "Iranian", "-", "made" by the tokenizer.
        if child.lower_ == "made" and child.i >= 2 and doc[child.i - 1].text == "-":
            maker = doc[child.i - 2]
            return Span(maker.idx, maker.idx + len(maker.text), maker.text)
    for child in head.rights:
        if child.lower_ == "from" and child.dep_ == "prep":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "NORP"):
                    return Span(obj.idx, obj.idx + len(obj.text), obj.text)
    return None


def document_weapons(doc: Doc) -> tuple[WeaponRef, ...]:
    """Every weapon the article names, in text order, whether or not an event uses it:
    "the S-400 systems deployed in Crimea" names arms that no event in the text fires."""
    return weapon_refs(m for sentence in doc.sents for m in find_weapons(sentence))


def weapon_refs(mentions: Iterable[WeaponMention]) -> tuple[WeaponRef, ...]:
    """The document's weapons from the mentions `find_weapons` gave sentence by sentence.
    Arms named as modifiers count too ("the drone plant", "a missile strike"): the article
    names the weapon, if not one that was used."""
    return tuple(WeaponRef(m.span, m.category, m.system, weapon_origin(m)) for m in mentions)
