"""Actor and target phrases of a trigger: relations name their other party in owners,
"with"/"to"/"from" phrases and reported clauses; reported pronouns stand for the speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.extract.participants import participants, phrase_span


def _parties(nlp: Language, text: str, trigger: str, label: str) -> tuple[list[str], list[str]]:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    actors, targets = participants(token, label)
    return [phrase_span(a).text for a in actors], [phrase_span(t).text for t in targets]


@pytest.mark.parametrize(
    ("text", "trigger", "label", "target"),
    [
        # the owner of an event noun: possessive, national adjective, "from" phrase
        (
            "South Korea rejected Pyongyang's demand on Monday.",
            "rejected",
            "rejection",
            "Pyongyang",
        ),
        ("Kenya rejected an Ethiopian proposal on trade.", "rejected", "rejection", "Ethiopian"),
        (
            "The cabinet accepted demands from the striking miners.",
            "accepted",
            "concession",
            "miners",
        ),
        # the other party in a preposition phrase
        ("The minister met with Chinese officials in Beijing.", "met", "consultation", "officials"),
        ("Chile apologized to Peru for the incident.", "apologized", "concession", "Peru"),
        ("Syria will withdraw its troops from Lebanon.", "withdraw", "withdrawal", "Lebanon"),
        # the subject of a reported demand
        ("Protesters demanded that the governor must resign.", "demanded", "demand", "governor"),
        # a common noun stands for the party its phrase names
        ("Washington threatened further action against Iran.", "threatened", "threat", "Iran"),
    ],
)
def test_relations_name_their_other_party(
    nlp: Language, text: str, trigger: str, label: str, target: str
) -> None:
    _, targets = _parties(nlp, text, trigger, label)
    assert any(target in t for t in targets), targets


@pytest.mark.parametrize(
    "text", ["Syria says it will withdraw its troops.", "Syria says it is willing to withdraw."]
)
def test_a_reported_pronoun_is_the_speaker(nlp: Language, text: str) -> None:
    actors, _ = _parties(nlp, text, "withdraw", "withdrawal")
    assert actors == ["Syria"]


def test_a_noun_event_takes_the_subject_of_its_verb(nlp: Language) -> None:
    text = "Turkey signed the treaty as part of a deal."
    actors, _ = _parties(nlp, text, "deal", "agreement")
    assert actors == ["Turkey"]


def test_attacks_keep_instruments_out_of_targets(nlp: Language) -> None:
    _, targets = _parties(nlp, "Rebels attacked with mortars from the hills.", "attacked", "attack")
    assert targets == []


def test_a_day_is_no_party_of_a_demand(nlp: Language) -> None:
    text = "Ankara on Thursday demanded that Sweden extradite the two journalists."
    _, targets = _parties(nlp, text, "demanded", "demand")
    assert targets == ["Sweden"]


def test_a_protest_against_a_deed_targets_its_doer(nlp: Language) -> None:
    text = "Youths joined demonstrations against violations by the Israeli military."
    _, targets = _parties(nlp, text, "demonstrations", "protest")
    assert targets == ["Israeli military"]


@pytest.mark.parametrize(
    ("text", "trigger", "actors", "targets"),
    [
        # "X said that Y must ...": the speaker demands, of the one who must
        (
            "Brazil said on Wednesday that Paraguay must release the detained fishermen.",
            "release",
            ["Brazil"],
            ["Paraguay"],
        ),
        # a pronoun that must is the party the reminder went to
        (
            "The French president issued a stern reminder to Iraq that it must cooperate.",
            "cooperate",
            ["French president"],
            ["Iraq"],
        ),
    ],
)
def test_demands_said_with_must(
    nlp: Language, text: str, trigger: str, actors: list[str], targets: list[str]
) -> None:
    assert _parties(nlp, text, trigger, "demand") == (actors, targets)


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Sweden will give Mozambique a loan of 90 million kronor.", "give", "Mozambique"),
        (
            "The United States is providing military intelligence to Macedonia.",
            "providing",
            "Macedonia",
        ),
    ],
)
def test_what_is_given_is_no_target_who_gets_it_is(
    nlp: Language, text: str, trigger: str, target: str
) -> None:
    assert _parties(nlp, text, trigger, "pledge")[1] == [target]


@pytest.mark.parametrize(
    ("text", "trigger", "label", "target"),
    [
        # the party a purpose clause is aimed at: "threatened to shell X", "refused to meet X"
        (
            "Pakistan threatened to shell Afghan border posts today.",
            "threatened",
            "threat",
            "Afghan border posts",
        ),
        ("The president refused to meet Jordan's king in May.", "refused", "rejection", "king"),
    ],
)
def test_purpose_clauses_name_the_party_aimed_at(
    nlp: Language, text: str, trigger: str, label: str, target: str
) -> None:
    _, targets = _parties(nlp, text, trigger, label)
    assert any(target in t for t in targets)


def test_what_is_agreed_to_is_no_party(nlp: Language) -> None:
    _, targets = _parties(
        nlp, "Jordan and Britain agreed to undertake joint exercises.", "agreed", "agreement"
    )
    assert targets == []


def test_a_document_speaks_for_whoever_issued_it(nlp: Language) -> None:
    actors, _ = _parties(
        nlp,
        "The student union published a statement demanding that the rector step down.",
        "demanding",
        "demand",
    )
    assert actors == ["student union"]


def test_a_pronoun_stands_for_the_subject_before_it(nlp: Language) -> None:
    actors, _ = _parties(
        nlp,
        "Iraq sent a letter to the United Nations. It said it would allow the inspectors back.",
        "allow",
        "concession",
    )
    assert actors == ["Iraq"]


def test_a_party_is_not_its_own_target(nlp: Language) -> None:
    actors, targets = _parties(
        nlp,
        "Peru and Ecuador resumed talks on their border dispute.",
        "talks",
        "consultation",
    )
    assert not set(actors) & set(targets)


def test_a_stative_participle_is_no_passive(nlp: Language) -> None:
    actors, targets = _parties(nlp, "Norway is opposed to the Danish plan.", "opposed", "rejection")
    assert actors == ["Norway"]
    assert "Norway" not in targets
    # with an agent it is a passive all the same
    actors, _ = _parties(nlp, "The plan was opposed by Norway.", "opposed", "rejection")
    assert actors == ["Norway"]


def test_an_event_noun_naming_its_head_takes_the_head_s_parties(nlp: Language) -> None:
    actors, targets = _parties(
        nlp,
        "The envoy began a mediation effort between Kenya and Uganda.",
        "mediation",
        "consultation",
    )
    assert actors == ["envoy"]
    assert targets == ["Kenya", "Uganda"]


def test_a_gerund_after_a_preposition_takes_the_verb_s_subject(nlp: Language) -> None:
    actors, _ = _parties(
        nlp, "The clergy reacted by calling for a day of mourning.", "calling", "demand"
    )
    assert actors == ["clergy"]


def test_a_withdrawal_is_from_the_party_its_forces_leave(nlp: Language) -> None:
    _, targets = _parties(
        nlp,
        "Britain completed the withdrawal of its troops from Iraq on Monday.",
        "withdrawal",
        "withdrawal",
    )
    assert targets == ["Iraq"]


def test_a_protest_with_no_target_is_aimed_at_whom_its_demand_names(nlp: Language) -> None:
    _, targets = _parties(
        nlp,
        "Teachers started a hunger strike to press for the removal of Mayor Kowalski.",
        "strike",
        "protest",
    )
    assert targets == ["Mayor Kowalski"]
