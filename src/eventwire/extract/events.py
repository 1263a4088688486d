"""Event mentions from a parsed article: triggers and their arguments, linked by syntax.

For each sentence, words from the trigger lexicon become event mentions. Their actors come
from the subject (inherited through "to strike", "and hit"), passive agents and possessives;
their targets from objects; their place, time and quantity from the resolved mentions nearest
to the trigger in the dependency tree, without crossing into another clause ("which was
flooded", "said that ...") or into an origin ("forces from Belgorod").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.extract.amounts import find_quantities
from eventwire.extract.attribution_cues import REPORTING_VERBS
from eventwire.extract.casualties import CasualtyReport, combine_counts, find_casualties
from eventwire.extract.containers import AREA_NOUNS, contained_places
from eventwire.extract.linking import (
    clause_distances,
    nearest,
    nearest_quantity,
    origin_token_ids,
    sentence_opening_time,
    span_distance,
)
from eventwire.extract.location import locations_of
from eventwire.extract.modality import modality_of
from eventwire.extract.munition_counts import with_munition_counts
from eventwire.extract.participants import participants, phrase_span
from eventwire.extract.trigger_rules import accuses_of_event, dominates, trigger_of
from eventwire.extract.triggers import (
    DIPLOMATIC_LABELS,
    FRAMING_LABELS,
    GATHERING_LABELS,
    Trigger,
)
from eventwire.extract.verb_form import verb_form
from eventwire.extract.weapons import find_weapons
from eventwire.model import EventMention, Fatalities, Place, Span, Time, WeaponMention
from eventwire.nlp import sentence_spans, text_of, trimmed_span


class EventFindings(NamedTuple):
    mentions: tuple[EventMention, ...]
    warnings: tuple[str, ...]  # implausible or contradictory casualty counts
    weapons: tuple[WeaponMention, ...]  # every weapon named, in text order


def find_events(doc: Doc, places: Sequence[Place], times: Sequence[Time]) -> EventFindings:
    """Event mentions in document order, and warnings about the counts they report."""
    mentions: list[EventMention] = []
    deeds: list[float] = []  # confidences of events that are not words about other events
    # ... and of those told as the time or cause of another ("since last month's invasion")
    backdrops: list[float] = []
    warnings: list[str] = []
    named_weapons: list[WeaponMention] = []
    casualties = _CasualtyFollowUps(text_of(doc), mentions, warnings)
    for sent in doc.sents:
        report = find_casualties(sent.text)
        for written in report.implausible:
            warnings.append(
                f'implausible casualty count "{written}" ignored '
                f"(sentence at {sent.start_char}–{sent.end_char})"
            )
        weapons = find_weapons(sent)
        named_weapons.extend(weapons)
        place_tokens = _place_token_ids(doc, sent, places)
        found = [
            (t, hit) for t in sent if (hit := trigger_of(t, weapons, place_tokens)) is not None
        ]
        # "discussed the rapes": words about an event do not make it a circumstance of them.
        acting_ids = {t.i for t, (label, _) in found if label not in DIPLOMATIC_LABELS}
        # Words that turn what they govern into their own event ("refused to deploy",
        # "promised to continue aid"); a sanction vowed stays the news (see `_FORCEFUL`).
        framing_ids = {t.i for t, (label, _) in found if label in FRAMING_LABELS}
        # "demanded that X withdraw", "blamed Y for the bombing": the sentence's main verb
        # says words about the deeds below it.
        speaking_ids = {
            t.i
            for t, (label, _) in found
            if label in DIPLOMATIC_LABELS and t.pos_ == "VERB" and _is_main_predicate(t)
        }
        # "denied involvement in the attack", "claimed the bombing": who did it is the news.
        attributing_ids = {t.i for t, (label, _) in found if label in _ATTRIBUTING}
        # "threatened to impose a curfew": the threat is the event until it is carried out.
        threat_ids = {t.i for t, (label, _) in found if label == "threat"}
        if not found:
            casualties.follow_up(sent, report, [])
            continue
        first_of_sentence = len(mentions)
        in_sentence = [p for p in places if sent.start_char <= p.span.start < sent.end_char]
        sentence_places = in_sentence + contained_places(sent, in_sentence)
        for token, (label, trigger) in found:
            # (Accusing of talks or demands leaves the accusation the event: "accused the US
            # of blackmail in the negotiations".)
            if label == "accusation" and accuses_of_event(token, acting_ids):
                continue  # the accused event carries the accusation as its claim status
            # "build a drone manufacturing plant": one event, named by its top-most word.
            if token.pos_ != "VERB" and any(
                lab == label and dominates(other, token) for other, (lab, _) in found
            ):
                continue
            mention = _mention(token, label, trigger, sent, weapons, sentence_places, times, report)
            prominence = _prominence(token, acting_ids)
            if mention.weapons:
                prominence += 0.02  # of two like events, the one whose arms are named
            # "refused to deploy troops", "rejected the deal": what the words are about.
            content = label not in _VIOLENT | _FORCEFUL and _said_of(token, framing_ids)
            if _said_of(token, attributing_ids | threat_ids):
                content = True
            # (Sanctions stay the news when vowed or called for: they are diplomacy too.)
            if label not in DIPLOMATIC_LABELS | {"sanction"} and _spoken_of(token, speaking_ids):
                content = True
            if content:
                prominence -= 0.15
            if prominence:
                mention = replace(
                    mention, confidence=max(0.05, min(0.95, mention.confidence + prominence))
                )
            mentions.append(mention)
            if not content and label not in _BELOW_DEEDS and not _in_background(token):
                (backdrops if _told_as_circumstance(token) else deeds).append(mention.confidence)
        casualties.follow_up(sent, report, mentions[first_of_sentence:])
    ranked = _words_below_deeds(mentions, deeds, backdrops)
    counted = with_munition_counts(text_of(doc), ranked, sentence_spans(doc))
    return EventFindings(tuple(counted), tuple(warnings), tuple(named_weapons))


class _CasualtyFollowUps:
    """Counts reported after the event, in a sentence of their own ("There were no
    casualties", "The death toll rose to 9"), belong to the violent event just before them,
    not to a new event: that would count the dead twice."""

    def __init__(self, doc_text: str, mentions: list[EventMention], warnings: list[str]) -> None:
        self.doc_text = doc_text
        self.mentions = mentions
        self.warnings = warnings
        self.last: int | None = None  # index of the latest violent mention
        self.sentences_since = 0

    def follow_up(self, sent: SpacySpan, report: CasualtyReport, found: list[EventMention]) -> None:
        violent = [m for m in found if m.label in _VIOLENT]
        if (
            report.reports_any
            and self.last is not None
            and self.sentences_since <= _FOLLOW_UP_SENTENCES
            and all(self._only_counts(m) for m in violent)
        ):
            self._fold(report, sent, violent)
            self.sentences_since = 0
            return
        self.sentences_since += 1
        if violent:
            best = max(violent, key=lambda m: m.confidence)
            self.last = next(i for i, m in enumerate(self.mentions) if m is best)
            self.sentences_since = 0

    def _only_counts(self, mention: EventMention) -> bool:
        """A mention that is nothing but the count ("5 people were killed", "the death
        toll"), in no place other than the earlier event's."""
        assert self.last is not None
        earlier = self.mentions[self.last]
        if mention.actors or mention.weapons or mention.targets:
            return False
        if mention.trigger.text.lower() not in _CASUALTY_WORDS and not self._refers_back(mention):
            return False
        names = {p.name for p in earlier.locations}
        return all(p.name in names for p in mention.locations)

    def _refers_back(self, mention: EventMention) -> bool:
        """ "the strike", "this attack": the event already reported, named again."""
        before = self.doc_text[max(0, mention.trigger.start - 12) : mention.trigger.start]
        words = before.lower().split()
        return bool(words) and words[-1] in ("the", "this", "that", "these", "those")

    def _fold(self, report: CasualtyReport, sent: SpacySpan, drop: list[EventMention]) -> None:
        assert self.last is not None
        earlier = self.mentions[self.last]
        fatalities, warning = combine_counts(earlier.fatalities, report)
        if warning:
            self.warnings.append(
                f"{warning} (sentences at {earlier.evidence.start}–{earlier.evidence.end} "
                f"and {sent.start_char}–{sent.end_char})"
            )
        self.mentions[self.last] = replace(earlier, fatalities=fatalities)
        for mention in drop:
            self.mentions.remove(mention)


# How far after the event a sentence of counts still reports on it.
_FOLLOW_UP_SENTENCES = 2
_CASUALTY_WORDS = frozenset(
    {
        "killed",
        "kill",
        "killing",
        "died",
        "dead",
        "death",
        "deaths",
        "toll",
        "casualties",
        "fatalities",
        "injured",
        "wounded",
        "hurt",
        "victims",
        "perished",
    }
)


def _words_below_deeds(
    mentions: list[EventMention], deeds: list[float], backdrops: list[float]
) -> list[EventMention]:
    """Verbal events rank below the article's other events, unless those are only what the
    words are about ("rejected the deal"): a sanction or an agreement reported stays the main
    event, as a demand or a visit reported around it is its background. A deed told as the
    time or cause of another ("offered talks following the invasion") outranks words too,
    but not help given or people released ("surrendered following an offensive", "granted
    asylum to officers holed up since the invasion"): those are deeds themselves."""
    if not deeds and not backdrops:
        return mentions
    ceiling = max(0.05, min(deeds + backdrops) - 0.01)
    done_ceiling = max(0.05, min(deeds) - 0.01) if deeds else 1.0
    return [
        replace(m, confidence=min(m.confidence, _ceiling(m.label, ceiling, done_ceiling)))
        if m.label in _BELOW_DEEDS
        else m
        for m in mentions
    ]


def _ceiling(label: str, ceiling: float, done_ceiling: float) -> float:
    return done_ceiling if label in _MATERIAL_ACTS else ceiling


# Cooperative deeds rather than words: help sent, people freed, borders opened.
_MATERIAL_ACTS = DIPLOMATIC_LABELS - FRAMING_LABELS


# Evacuations follow from the fire, flood or fighting the article reports: they rank below
# it, as words about it do.
_CONSEQUENCES = frozenset({"evacuation"})
_BELOW_DEEDS = DIPLOMATIC_LABELS | _CONSEQUENCES


def _place_token_ids(doc: Doc, sent: SpacySpan, places: Sequence[Place]) -> frozenset[int]:
    ids: set[int] = set()
    for place in places:
        if sent.start_char <= place.span.start < sent.end_char:
            span = doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
            ids.update(t.i for t in span or ())
    return frozenset(ids)


def _mention(
    token: Token,
    label: str,
    trigger: Trigger,
    sent: SpacySpan,
    weapons: list[WeaponMention],
    places: Sequence[Place],
    times: Sequence[Time],
    casualties: CasualtyReport,
) -> EventMention:
    doc = token.doc
    distance = clause_distances(token, sent)
    actors, targets = participants(token, label)
    actor_spans = tuple(phrase_span(t) for t in actors)
    # The whole actor phrase, appositions included ("the Pentagon, headquarters of the US
    # Department of Defense"), names no place where the event happened.
    actor_areas = tuple(
        Span(min(t.idx for t in a.subtree), max(t.idx + len(t.text) for t in a.subtree), "")
        for a in actors
    )
    target_spans = tuple(phrase_span(t) for t in targets)
    in_sentence = [p for p in places if sent.start_char <= p.span.start < sent.end_char]
    origin_tokens = origin_token_ids(token, sent, label)
    if label in GATHERING_LABELS:
        excluded: tuple[Span, ...] = ()  # "New Zealand demonstrators protested": they are there
    elif label in _PLACE_IS_TARGET:
        excluded = actor_areas
    else:
        excluded = actor_areas + target_spans
    locations, others = locations_of(in_sentence, distance, doc, excluded, origin_tokens, label)
    # A target that is a place ("attacked Kharkiv", "Kharkiv and Odesa regions") is the
    # location, not an actor; a phrase that only contains a place ("Three US servicemen")
    # stays a target.
    target_spans = tuple(
        span
        for span, head in zip(target_spans, targets, strict=True)
        if label not in _PLACE_IS_TARGET or not _names_a_place(span, head, in_sentence)
    )
    sentence_times = [
        t
        for t in times
        if t.type in ("DATE", "TIME") and sent.start_char <= t.span.start < sent.end_char
    ]
    time = nearest(sentence_times, distance, doc) or sentence_opening_time(sentence_times, sent)
    quantities = find_quantities(Span(sent.start_char, sent.end_char, sent.text))
    quantity = nearest_quantity(quantities, distance, doc)
    evidence = trimmed_span(text_of(doc), sent.start_char, sent.end_char)
    modality = modality_of(token, label)
    return EventMention(
        label=label,
        trigger=Span(token.idx, token.idx + len(token.text), token.text),
        evidence=evidence,
        actors=actor_spans,
        targets=target_spans,
        weapons=_weapons_used(weapons, distance, doc) if label not in _UNARMED else (),
        locations=locations,
        places=others,
        time=time,
        modality=modality,
        fatalities=casualties.fatalities if label in _VIOLENT else Fatalities(),
        quantity=quantity,
        confidence=_confidence(trigger, token, actors, locations),
        form=verb_form(token),
    )


def _names_a_place(span: Span, head: Token, places: Sequence[Place]) -> bool:
    real = [p for p in places if not p.is_demonym]
    if any(p.span.start <= head.idx < p.span.end for p in real):
        return True
    return head.lemma_.lower() in AREA_NOUNS and any(
        span.start <= p.span.start < span.end for p in real
    )


_PLACE_IS_TARGET = frozenset(
    {"attack", "armed clash", "territory change", "suicide bombing", "protest", "looting"}
)
_VIOLENT = frozenset(
    {
        "attack",
        "armed clash",
        "suicide bombing",
        "protest",
        "abduction",
        "natural disaster",
        "man-made disaster",
        "sexual violence",
    }
)
# Deeds that stay the main event even when words are said about them ("called for an inquiry
# into the killings").
_FORCEFUL = frozenset(
    {"territory change", "looting", "arrest", "disrupted weapons use", "sanction"}
)
_ATTRIBUTING = frozenset({"denial", "claim of responsibility"})
_UNARMED = frozenset(
    {
        "protest",
        "natural disaster",
        "man-made disaster",
        "evacuation",
        "agreement",
        "sanction",
        "arrest",
        "statement",
        "accusation",
        "denial",
    }
) | (DIPLOMATIC_LABELS - {"aid", "mobilization"})  # talks and demands use no arms


def _weapons_used(
    weapons: list[WeaponMention], distance: dict[int, int], doc: Doc
) -> tuple[WeaponMention, ...]:
    """Weapons named in the event's own clause ("attacked ... with cruise missiles"), else
    in its sentence ("six were killed when forces used chlorine gas")."""
    named = [w for w in weapons if not w.as_modifier]
    own = tuple(w for w in named if span_distance(w.span, distance, doc) is not None)
    return own or tuple(named)


def _confidence(
    trigger: Trigger, token: Token, actors: list[Token], locations: tuple[Place, ...]
) -> float:
    score = 0.45 * trigger.weight + 0.15
    if actors:
        score += 0.15
    if locations:
        score += 0.15
    if token.pos_ == "VERB":
        score += 0.05
    if token.sent.start == 0 or token.sent.text.strip().endswith(("?",)):
        score -= 0.05  # headlines and questions state events less surely
    if _in_subordinate_clause(token):
        score -= 0.1  # "... as Iraqi forces battle IS": background to the main event
    return max(0.05, min(0.95, score))


def _prominence(token: Token, trigger_ids: set[int]) -> float:
    """What the sentence is about ranks first: its main verb ("X said Y killed": the
    killing) above events named inside its phrases ("killed in fighting", "captured during
    the invasion", "launched an offensive"), which are circumstances of it."""
    if token.pos_ in ("VERB", "AUX") and _is_main_predicate(token):
        return 0.1
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ != "ROOT":
        # "in a letter handed over to the UN": a thing described, not news (but a headline's
        # "diplomats expelled by the US" is its news).
        return -0.1
    if token.pos_ not in ("VERB", "AUX") and _governing_trigger(token, trigger_ids):
        return -0.15
    return 0.0


def _is_main_predicate(token: Token) -> bool:
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "ROOT":
        return True
    head = node.head
    return node.dep_ == "ccomp" and head.dep_ == "ROOT" and head.lemma_.lower() in REPORTING_VERBS


def _governing_trigger(token: Token, trigger_ids: set[int]) -> bool:
    """A noun trigger inside the object or a phrase of a verb that is a trigger itself."""
    node = token
    for _ in range(5):
        if node.head.i == node.i or node.dep_ not in ("dobj", "obj", "pobj", "prep", "conj"):
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node.i in trigger_ids
    return False


def _said_of(token: Token, verbal_ids: set[int]) -> bool:
    """Whether an event is the content of a verbal event's verb: its object, a phrase of
    its object, or the clause it governs ("urged them to withdraw")."""
    node = token
    for _ in range(6):
        if node.head.i == node.i or node.dep_ not in _CONTENT_DEPS:
            return False
        node = node.head
        if node.i in verbal_ids:
            return True
    return False


def _spoken_of(token: Token, speaking_ids: set[int]) -> bool:
    """Whether a deed lies below the sentence's main verb when that verb is a verbal event:
    its object, a phrase or a clause of it ("demanded that troops withdraw", "complained
    over the raids")."""
    node = token
    for _ in range(6):
        if node.head.i == node.i or node.dep_ not in _BELOW_DEPS or _circumstance(node):
            return False
        node = node.head
        if node.i in speaking_ids:
            return True
    return False


def _told_as_circumstance(token: Token) -> bool:
    """A deed named in a phrase or clause of time or cause ("surrendered following a
    government offensive", "holed up since last month's invasion")."""
    node = token
    for _ in range(4):
        if _circumstance(node):
            return True
        if node.dep_ not in ("pobj", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _circumstance(node: Token) -> bool:
    """ "urged calm after gunmen attacked a station", "spoke following the attack": a clause
    or phrase of time or cause tells what happened, not what the words say."""
    if node.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_WORDS for c in node.children)
    return node.dep_ == "pobj" and node.head.lower_ in _CIRCUMSTANCE_WORDS


_CIRCUMSTANCE_WORDS = frozenset(
    {"after", "before", "when", "since", "because", "following", "once", "until", "amid"}
)


_BELOW_DEPS = frozenset(
    {"dobj", "obj", "pobj", "prep", "xcomp", "ccomp", "acl", "relcl", "advcl", "pcomp", "nsubj"}
)
_CONTENT_DEPS = frozenset({"dobj", "obj", "pobj", "prep", "conj", "xcomp", "ccomp", "acl", "aux"})


def _in_background(token: Token) -> bool:
    """A deed told in passing: in a subordinate clause ("if it is attacked"), or describing
    a thing ("weapons seized last year", "an occupying army")."""
    if token.dep_ in ("acl", "amod"):
        return True
    # "after gunmen attacked the station": a clause of time or cause tells a deed that
    # happened, which outranks the words said about it; "if it is attacked" does not, nor
    # does one inside a relative clause ("a curfew that was imposed after clashes").
    if _in_relative_clause(token):
        return True
    return _in_subordinate_clause(token) and not _circumstance(token)


def _in_relative_clause(token: Token) -> bool:
    return any(node.dep_ == "relcl" for node in token.ancestors) or token.dep_ == "relcl"


def _in_subordinate_clause(token: Token) -> bool:
    node = token
    while node.head.i != node.i:
        if node.dep_ == "relcl" or (
            node.dep_ == "advcl" and any(c.dep_ == "mark" for c in node.children)
        ):
            return True
        node = node.head
    return False
