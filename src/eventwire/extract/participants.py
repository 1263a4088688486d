"""Who takes part in an event: actor and target phrases found in the parse.

Actors come from the subject (inherited through "to strike", "and hit"), passive agents,
possessives and national adjectives; targets from objects and "on"/"against" phrases; givers
and receivers of arms and aid from "from"/"to" phrases.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.grammar import ACCUSE_VERBS, MUTUAL_WORDS, OBJECT_DEPS
from eventwire.extract.triggers import TRIGGERS
from eventwire.extract.weapons import HEADS
from eventwire.model import Span
from eventwire.nlp import text_of

_RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "where"})


_RECIPIENT_PREPS = frozenset({"to", "for"})


_SUPPORT_VERBS = frozenset({"support", "help", "assist", "aid", "arm", "bolster"})


_NO_ACTORS = frozenset({"natural disaster", "man-made disaster"})

# Events done to a place or thing, whose "with"/"from"/"to" phrases name instruments, origins
# and destinations rather than the other party.
_PHYSICAL = frozenset(
    {
        "attack",
        "armed clash",
        "territory change",
        "suicide bombing",
        "protest",
        "looting",
        "natural disaster",
        "man-made disaster",
        "weapons production",
        "arms transfer",
        "military aid",
        "sexual violence",
        "abduction",
    }
)

# Physical events whose object may be a deed standing for the party it is aimed at.
_AGAINST_A_PARTY = frozenset({"protest"})

# Prepositions that name the other party of a relation: "met with X", "talks with X",
# "apologized to X", "withdraw from X", "mediate between X and Y".
_PARTY_PREPS = frozenset({"with", "to", "from", "between", "toward", "towards", "against", "on"})

# Prepositions under an event noun that name whose it is: "demands from X", "calls by X".
_OWNER_PREPS = frozenset({"by", "from"})

# Entities that can be a party to a relation.
_PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})

# Pronouns that stand for the speaker of the clause they are reported in ("Syria says it will").
_SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})

# Modals that make a deed demanded of its subject.
_DEMANDING_MODALS = frozenset({"must"})

# Verbs of handing something over, whose object is the thing and whose receiver is the party.
_GIVING_VERBS = frozenset(
    {
        "give",
        "provide",
        "send",
        "contribute",
        "deliver",
        "hand",
        "grant",
        "supply",
        "donate",
        "offer",
        "extend",
        "ship",
        "lend",
        "transfer",
        "return",
    }
)

# Dependencies along which a noun hangs under the verb that governs it ("as part of a deal").
_NOUN_CHAIN_DEPS = frozenset({"pobj", "prep", "dobj", "obj", "npadvmod", "attr", "appos"})


def participants(trigger: Token, label: str) -> tuple[list[Token], list[Token]]:
    """Heads of the actor and target phrases of a trigger."""
    if label == "demand" and _is_demanded(trigger):
        return _demand_parties(trigger)
    actors: list[Token] = []
    targets: list[Token] = []
    if _names_its_head(trigger, label):
        # "launched a mediation effort between A and B": the phrase's head is the event.
        trigger = trigger.head
    # Whoever "was blamed for" or "responded by" a deed of force is too loose a guess at who
    # did it; for words and protests it is the party ("responded by calling for").
    gerunds = label not in _PHYSICAL - _AGAINST_A_PARTY
    if trigger.pos_ == "VERB":
        subject = _subject(trigger, gerunds)
        agent = _agent(trigger)
        passive = any(c.dep_ == "nsubjpass" for c in trigger.children) and not (
            trigger.lower_ in _STATIVE_PARTICIPLES and not agent
        )
        if passive:
            actors += agent
            targets += [s for s in subject if s.lower_ not in _RELATIVE_PRONOUNS]
        else:
            actors += subject
            for obj in _objects(trigger):
                targets.append(obj)
        if label == "arms transfer" and trigger.lemma_ in (
            "receive",
            "acquire",
            "purchase",
            "buy",
            "import",
        ):
            # The subject receives; whoever it is "from" gave.
            targets, actors = actors, _prep_objects(trigger, {"from"})
        elif label in ("arms transfer", "military aid"):
            targets = _prep_objects(trigger, _RECIPIENT_PREPS) + [
                c for c in trigger.children if c.dep_ in ("dative", "iobj")
            ]
    else:
        actors += [c for c in trigger.children if c.dep_ == "poss"]
        actors += [
            c
            for c in trigger.lefts
            if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
        ]
        actors += _prep_objects(trigger, {"by"})
        targets += _prep_objects(trigger, {"on", "against"})
    # "Russia escalated its airstrikes": the possessive pronoun is the governing subject.
    if all(a.pos_ == "PRON" for a in actors) and trigger.dep_ in OBJECT_DEPS | {"pobj"}:
        governor = trigger.head.head if trigger.head.pos_ == "ADP" else trigger.head
        if governor.pos_ == "VERB":
            if governor.lemma_.lower() in ACCUSE_VERBS:
                mutual = any(m in governor.sent.text.lower() for m in MUTUAL_WORDS)
                # "A and B blamed each other for the shelling": both are named as its actors;
                # "A accused B of the shelling": B is.
                actors = (
                    _subject(governor)
                    if mutual
                    else [c for c in governor.children if c.dep_ in ("dobj", "obj")]
                )
            elif trigger.pos_ != "VERB":
                actors = _subject(governor, gerunds)
    if label == "military aid" and not targets:
        targets = _aid_recipients(trigger)
    giver = trigger if trigger.pos_ == "VERB" else _governing_verb(trigger)
    if giver is not None and giver.lemma_.lower() in _GIVING_VERBS:
        # "Norway will give Malawi a loan", "sent arms to Pakistan": the object is what is
        # given; the party is who gets it.
        targets = _recipients(giver) or targets
    if not actors and trigger.pos_ != "VERB":
        # "Turkey will allow ... as part of a deal": the deal's party is the governing subject.
        ruling = _governing_verb(trigger)
        if ruling is not None:
            actors = _subject(ruling, gerunds)
    if label not in _PHYSICAL:
        targets = _relational_targets(trigger, targets)
    elif label in _AGAINST_A_PARTY:
        # "demonstrations against violations by the Israeli military": the party named.
        targets = [p for t in targets for p in _named_party(t)]
        if not targets:
            # "struck to demand the resignation of President X": the party the demand is of.
            verb = _governing_verb(trigger) if trigger.pos_ != "VERB" else None
            targets = _purpose_targets([trigger] + ([verb] if verb is not None else []))
    actors = _with_conjuncts(actors)
    targets = _with_conjuncts([t for t in targets if t.lower_ not in ("other", "another")])
    if label == "weapons production":
        actors += _prep_objects(trigger.head if trigger.pos_ != "VERB" else trigger, {"with"})
        actors += _co_workers(trigger)
        targets = []  # what a plant makes is its product, not a target
    if label in _NO_ACTORS:
        actors, targets = [], []
    if label not in _PHYSICAL:
        # Who said or agreed something is the nearest fitting party; blame for a deed of
        # force needs more than nearness (the person named before is often a victim).
        actors = [_antecedent(a) or a for a in actors]
        targets = [_antecedent(t) or t for t in targets]
    actors = [a for a in actors if _can_take_part(a)]
    # "A and B renewed talks on their relations": a party is not its own target.
    targets = [t for t in targets if _can_take_part(t) and t not in actors]
    return _unique(actors), _unique(targets)


# Participles that say how their subject stands, not what was done to it: "Spain is opposed
# to", "is committed to", "is prepared to" (the parser reads them as passives).
_STATIVE_PARTICIPLES = frozenset(
    {
        "opposed",
        "committed",
        "determined",
        "concerned",
        "prepared",
        "resolved",
        "inclined",
        "disposed",
        "dedicated",
        "interested",
        "willing",
        "ready",
    }
)


def _names_its_head(trigger: Token, label: str) -> bool:
    """ "a mediation effort", "a peace mission": an event noun naming the kind of the noun it
    modifies, whose own phrase holds the parties. Not for deeds on things ("an attack
    helicopter" is a weapon)."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "compound"
        and trigger.head.pos_ == "NOUN"
        and label not in _PHYSICAL
    )


def _is_demanded(verb: Token) -> bool:
    """ "China must drop barriers": a deed someone is told to do."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ in _DEMANDING_MODALS for c in verb.children
    )


def _demand_parties(verb: Token) -> tuple[list[Token], list[Token]]:
    """ "The US declared that China must drop barriers": who says it demands, of the one who
    must (PLOVER's DEMAND); a pronoun that must ("reminded Iraq that it must") is the party
    the reminder went to."""
    told = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    speaker: Token | None = None
    if verb.dep_ == "ccomp" and verb.head.i != verb.i:
        speaker = verb.head
    elif verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        speaker = _governing_verb(verb.head)  # "issued a reminder to Iraq that it must"
    actors = _subject(speaker) if speaker is not None else []
    if speaker is not None and all(t.pos_ == "PRON" for t in told):
        told = _prep_objects(speaker, {"to"}, deps=("prep", "dative")) or told
    actors = [a for a in _with_conjuncts(actors) if _can_take_part(a)]
    targets = [t for t in _with_conjuncts(told) if _can_take_part(t)]
    return _unique(actors), _unique(targets)


def _recipients(verb: Token) -> list[Token]:
    """Who is given something: "give Malawi", "to Macedonia", "arms to Pakistan"."""
    found = [c for c in verb.children if c.dep_ in ("dative", "iobj")]
    found += _prep_objects(verb, {"to"})
    for obj in verb.children:
        if obj.dep_ in ("dobj", "obj"):
            found += _prep_objects(obj, {"to"})
    return [t for t in found if _can_take_part(t)]


def _relational_targets(trigger: Token, targets: list[Token]) -> list[Token]:
    """The other party of a relation: the owner of an event-noun object ("rejected North Korea's
    demand", "a U.S. request"), else a "with"/"to"/"from" phrase, else a reported subject
    ("demanded that the US cancel")."""
    out: list[Token] = []
    for target in targets:
        out += _owners(target) if _is_event_noun(target) else _named_party(target)
    out = [t for t in out if _can_take_part(t)]  # "withdraw its troops from X": X
    if out:
        return out
    heads = [trigger]
    if trigger.pos_ != "VERB":
        governor = _governing_verb(trigger)
        heads += [governor] if governor is not None else []
    for head in heads:
        for pobj in _prep_objects(head, _PARTY_PREPS):
            out += _owners(pobj) if _is_event_noun(pobj) else [pobj]
        out += [c for c in head.children if c.dep_ in ("dative", "iobj")]
        # "demanded on Tuesday that the US ...": a day or a thing is no party; look further.
        out = [t for t in out if _can_take_part(t)]
        if head.pos_ == "NOUN" and not out:
            # "the withdrawal of forces from Panama": the party hangs under what is moved.
            for moved in _prep_objects(head, {"of"}):
                out += _prep_objects(moved, {"from"})
            out = [t for t in out if _can_take_part(t)]
        if out:
            return out
    if trigger.pos_ == "VERB":
        for clause in trigger.children:
            if clause.dep_ == "ccomp":
                out += [c for c in clause.children if c.dep_ == "nsubj"]
    return out or _purpose_targets(heads)


# Clauses that say what a deed or statement is for or leads to: "threatened to shell X",
# "staged demonstrations to demand reforms by X", "rallied calling for independence from X".
_PURPOSE_DEPS = frozenset({"xcomp", "advcl"})


def _purpose_targets(heads: list[Token]) -> list[Token]:
    """The party a purpose clause is aimed at: its object, or the party that object names
    ("the resignation of President X", "Sweden's decision")."""
    for head in heads:
        for clause in head.children:
            if clause.dep_ not in _PURPOSE_DEPS or clause.pos_ != "VERB":
                continue
            found: list[Token] = []
            for obj in _objects(clause) + _prep_objects(clause, _PARTY_PREPS | {"for"}):
                found += _owners(obj) if _is_event_noun(obj) else _named_party(obj)
            # What is agreed or promised ("to undertake joint exercises") is a thing; only a
            # named party, or a phrase a name qualifies ("Iraqi towns"), is aimed at.
            found = [t for t in found if _can_take_part(t) and _is_named(t)]
            if found:
                return found
    return []


def _is_named(token: Token) -> bool:
    return token.ent_type_ in _PARTY_ENTITIES or any(
        c.ent_type_ in _PARTY_ENTITIES for c in token.lefts
    )


def _named_party(noun: Token) -> list[Token]:
    """A common noun stands for the party its phrase names: "further action against Russia",
    "curfew on Palestinians", "violations by the Israeli military"."""
    if (
        noun.pos_ != "NOUN"
        or noun.ent_type_
        or any(c.ent_type_ in _PARTY_ENTITIES for c in noun.lefts)
    ):
        return [noun]
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in _PARTY_PREPS | _OWNER_PREPS | {"of"}:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if pobj.ent_type_ in _PARTY_ENTITIES or any(
                c.ent_type_ in _PARTY_ENTITIES for c in pobj.lefts
            ):
                return [pobj]
            deeper = _named_party(pobj)
            if deeper != [pobj]:
                return deeper
    return [noun]


def _is_event_noun(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.pos_ == "NOUN" and lemma in TRIGGERS and lemma not in HEADS


def _owners(noun: Token) -> list[Token]:
    """Who an event noun belongs to: "North Korea's demand", "an Indian proposal", "calls by
    X", "talks with X"."""
    found = [c for c in noun.children if c.dep_ == "poss"]
    found += [
        c
        for c in noun.lefts
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
    ]
    found += _prep_objects(noun, _OWNER_PREPS | _PARTY_PREPS)
    return found


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase hangs under, through prepositions and objects."""
    tok = noun
    for _ in range(5):
        if tok.dep_ not in _NOUN_CHAIN_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _can_take_part(token: Token) -> bool:
    """Weapons, events and pronouns ("his country") are not actors or targets themselves."""
    lemma = token.lemma_.lower()
    if lemma in HEADS and any(c.ent_type_ in ("NORP", "GPE") for c in token.lefts):
        return True  # "Israeli warplanes struck": the weapon stands for its force
    return not (
        lemma in HEADS
        or lemma in TRIGGERS
        or token.pos_ == "PRON"
        # "struck Kramatorsk on Tuesday": a day the parser hangs on the verb takes no part.
        or token.ent_type_ in ("DATE", "TIME")
        or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
        or any(c.lower_ == "such" for c in token.children)
    )


def _subject(verb: Token, gerunds: bool = True) -> list[Token]:
    """The subject of a verb, inherited from the verbs it depends on ("to strike", "and hit")."""
    tok = verb
    for _ in range(4):
        found = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(found) == 1 and found[0].lower_ in _SPEAKER_PRONOUNS and tok.dep_ == "ccomp":
            # "Syria says it is willing to withdraw": the pronoun is the one who says it.
            speaker = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if speaker and speaker[0].pos_ != "PRON":
                return speaker
        if found:
            return [s for s in found if s.lower_ not in _RELATIVE_PRONOUNS] or (
                [tok.head] if tok.dep_ == "relcl" else []
            )
        if (
            gerunds
            and tok.dep_ == "pcomp"
            and tok.head.dep_ == "prep"
            and tok.head.head.pos_ == "VERB"
        ):
            verb = tok.head.head
            if verb.lemma_.lower() in ACCUSE_VERBS:
                # "blamed the party of cooperating": the one blamed did it.
                return [c for c in verb.children if c.dep_ in ("dobj", "obj")]
            tok = verb  # "resorted to throwing stones", "responded by calling for"
            continue
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in _DOCUMENT_NOUNS:
            # "issued a declaration demanding ...": who issued the document says it.
            ruling = _governing_verb(tok.head)
            if ruling is None:
                break
            tok = ruling
        elif tok.dep_ in ("xcomp", "advcl", "conj", "acl", "acomp") and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return []


# Texts that speak for whoever issues them ("a statement condemning", "a resolution urging").
_DOCUMENT_NOUNS = frozenset(
    {
        "statement",
        "declaration",
        "communique",
        "communiqué",
        "letter",
        "resolution",
        "report",
        "message",
        "note",
        "appeal",
        "petition",
        "decree",
        "motion",
        "bill",
        "document",
        "memorandum",
        "ultimatum",
    }
)


def _agent(verb: Token) -> list[Token]:
    return _prep_objects(verb, {"by"}, deps=("agent", "prep"))


def _objects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    found += _prep_objects(verb, {"on", "against"})
    # "strike Kyiv and terrorise the population": objects of coordinated verbs.
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB":
            found += [c for c in conj.children if c.dep_ in ("dobj", "obj")]
    return found


def _prep_objects(
    head: Token, preps: set[str] | frozenset[str], deps: tuple[str, ...] = ("prep", "agent")
) -> list[Token]:
    out = []
    for child in head.children:
        if child.dep_ in deps and child.lower_ in preps:
            out += [g for g in child.children if g.dep_ == "pobj"]
    return out


def _aid_recipients(trigger: Token) -> list[Token]:
    """Who military aid is for: "to support Ukraine's efforts", "aid for Kyiv"."""
    sent = trigger.sent
    for tok in sent:
        if tok.lemma_.lower() in _SUPPORT_VERBS and tok.pos_ == "VERB":
            for obj in tok.children:
                if obj.dep_ in ("dobj", "obj"):
                    poss = [c for c in obj.children if c.dep_ == "poss"]
                    return poss or [obj]
    return []


def _co_workers(trigger: Token) -> list[Token]:
    """ "Russia is working with Iran to produce ...": partners of the governing verb."""
    head = trigger.head if trigger.dep_ in ("xcomp", "advcl") else trigger
    return _prep_objects(head, {"with"}) if head.i != trigger.i else []


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    out = []
    for tok in tokens:
        out.append(tok)
        out += [c for c in tok.conjuncts if c.pos_ in ("PROPN", "NOUN", "PRON")]
    return out


def _unique(tokens: list[Token]) -> list[Token]:
    seen: set[int] = set()
    out = []
    for tok in tokens:
        if tok.i not in seen:
            seen.add(tok.i)
            out.append(tok)
    return out


def phrase_span(head: Token) -> Span:
    """The noun phrase of an argument: modifiers and name parts, no clauses or determiners."""
    keep = [head]
    for child in head.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod", "nummod") or (
            child.dep_ == "punct" and child.text == "-"
        ):
            keep += list(child.subtree)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "NOUN":
            keep += list(child.subtree)
    start = min(t.idx for t in keep)
    end = max(t.idx + len(t.text) for t in keep)
    text = text_of(head.doc)
    return Span(start, end, text[start:end])


# Pronouns by the kind of party they stand for.
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "his", "her"})
_THING_PRONOUNS = frozenset({"it", "its"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their"})

# Common nouns for a body that is referred to as "it" ("the government ... its troops").
_BODY_NOUNS = frozenset(
    {
        "government",
        "army",
        "military",
        "regime",
        "group",
        "party",
        "movement",
        "council",
        "parliament",
        "ministry",
        "cabinet",
        "administration",
        "authority",
        "organization",
        "organisation",
        "alliance",
        "coalition",
        "front",
        "court",
        "police",
        "junta",
        "navy",
    }
)


def _antecedent(party: Token) -> Token | None:
    """The party a pronoun stands for ("he embarked", "its warships fired", "they marched"):
    the nearest subject before it, in its sentence or the one before, that agrees with it
    (a person, a state or body, a group)."""
    pronoun = party if party.pos_ == "PRON" else None
    if pronoun is None and not _is_named(party) and _is_force(party):
        # "its warships", "their forces" stand for the owner ("her shop window" does not;
        # "its European Community partners" names itself).
        pronoun = next((c for c in party.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if pronoun is None:
        return None
    kind = pronoun.lower_
    if kind not in _PERSON_PRONOUNS | _THING_PRONOUNS | _PLURAL_PRONOUNS:
        return None
    doc = pronoun.doc
    sent = pronoun.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    before = [t for t in doc[start : pronoun.i] if _agrees(t, kind)]
    found = [t for t in before if t.dep_ in ("nsubj", "nsubjpass")]
    if kind in _PERSON_PRONOUNS:
        # "Banco said her boss ... He ordered": a person already called "she" is not "he".
        other = _FEMININE if kind not in _FEMININE else _PERSON_PRONOUNS - _FEMININE
        found = [t for t in found if not any(w.lower_ in other for w in doc[t.i : pronoun.i])]
    return found[-1] if found else None


_FEMININE = frozenset({"she", "her", "hers", "herself"})


def _agrees(token: Token, pronoun: str) -> bool:
    if token.pos_ not in ("PROPN", "NOUN") or not _can_take_part(token):
        return False
    if token.ent_iob_ == "I" and token.head.i != token.i and token.head.ent_type_:
        return False  # inside a name: its head stands for it
    if pronoun in _PERSON_PRONOUNS:
        return token.ent_type_ == "PERSON"
    plural = token.ent_type_ != "GPE" and (
        token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children)
    )
    if pronoun in _PLURAL_PRONOUNS:
        return plural and (_is_named(token) or token.ent_type_ == "NORP")
    return not plural and (token.ent_type_ in ("GPE", "ORG") or token.lemma_.lower() in _BODY_NOUNS)


# Heads that stand for the body that owns them ("its troops", "their fighters").
_FORCE_NOUNS = frozenset(
    {
        "force",
        "troop",
        "soldier",
        "army",
        "fighter",
        "militia",
        "police",
        "navy",
        "unit",
        "government",
        "official",
        "militant",
        "supporter",
        "member",
    }
)


def _is_force(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in HEADS or lemma in _FORCE_NOUNS
