"""Attribution extraction on sentences of other conflicts and wordings, and on the example."""

from __future__ import annotations

import time
from pathlib import Path

from spacy.language import Language

from eventwire.extract.attribution import find_attributions
from eventwire.model import Attribution

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "drones-kyiv-2023-06-10.txt"


def _attrs(nlp: Language, text: str) -> tuple[Attribution, ...]:
    return find_attributions(nlp(text))


def _by_cue(attrs: tuple[Attribution, ...], cue: str, nth: int = 0) -> Attribution:
    return [a for a in attrs if a.cue.text == cue][nth]


def test_quote_before_inverted_cue_names_person_and_role(nlp: Language) -> None:
    text = (
        "“We will respond to any aggression with full force,” said Israeli Defence "
        "Minister Yoav Gallant."
    )
    a = _by_cue(_attrs(nlp, text), "said")
    assert a.kind == "direct"
    assert a.content.text.startswith("“We will respond") and a.content.text.endswith("force,”")
    assert a.source is not None and a.source.text == "Israeli Defence Minister Yoav Gallant"
    assert a.speaker is not None
    assert (a.speaker.name, a.speaker.role) == ("Yoav Gallant", "Defence Minister")


def test_that_clause_is_indirect_content(nlp: Language) -> None:
    text = (
        "Ethiopia's foreign ministry denied that its troops had crossed into Eritrea, "
        "Reuters reported."
    )
    attrs = _attrs(nlp, text)
    denied = _by_cue(attrs, "denied")
    assert denied.kind == "indirect"
    assert denied.content.text == "that its troops had crossed into Eritrea"
    assert denied.source is not None and denied.source.text == "Ethiopia's foreign ministry"
    reported = _by_cue(attrs, "reported")
    assert reported.source is not None and reported.source.text == "Reuters"
    assert "denied that its troops" in reported.content.text


def test_according_to(nlp: Language) -> None:
    text = "According to the Balkan Centre for Conflict Monitoring, 40 families fled the district."
    a = _by_cue(_attrs(nlp, text), "According to")
    assert a.kind == "according_to"
    assert a.source is not None and a.source.text == "the Balkan Centre for Conflict Monitoring"
    assert a.content.text.startswith("40 families fled the district")
    assert a.speaker is not None
    assert a.speaker.organization == "Balkan Centre for Conflict Monitoring"


def test_sentence_opening_poll_is_the_source_of_its_sentence(nlp: Language) -> None:
    text = "In a Marist College poll published Thursday, Duarte led Whitfield by nine points."
    a = _by_cue(_attrs(nlp, text), "In")
    assert a.source is not None and a.source.text.startswith("a Marist College poll")
    assert a.content.text.startswith("Duarte led Whitfield")


def test_poll_in_mid_sentence_is_no_cue(nlp: Language) -> None:
    attrs = _attrs(nlp, "Whitfield is ahead by 48 percent to 41 percent in the statewide poll.")
    assert not any(a.cue.text == "in" for a in attrs)


def test_pronoun_resolves_to_last_named_person(nlp: Language) -> None:
    text = (
        "Sudanese army spokesman Nabil Abdallah said the paramilitaries had shelled the "
        "market. He said, “They are targeting civilians deliberately. This is a war crime.”"
    )
    attrs = _attrs(nlp, text)
    he = _by_cue(attrs, "said", 1)
    assert he.source is not None and he.source.text == "He"
    assert he.speaker is not None and he.speaker.name == "Nabil Abdallah"
    assert he.kind == "direct"
    # The quotation runs over two sentences.
    assert he.content.text.endswith("This is a war crime.”")


def test_quote_continues_after_its_cue(nlp: Language) -> None:
    text = (
        "“The situation in the camp is catastrophic,” the agency said. "
        "“Families have no water and no medicine.”"
    )
    a = _by_cue(_attrs(nlp, text), "said")
    assert a.content.text.startswith("“The situation")
    assert a.content.text.endswith("no medicine.”")


def test_hearsay_adverb_has_no_source(nlp: Language) -> None:
    text = "The militants reportedly seized two villages near the border."
    a = _by_cue(_attrs(nlp, text), "reportedly")
    assert a.source is None and a.speaker is None
    assert "The militants" in a.content.text and "seized two villages" in a.content.text


def test_physical_attacks_are_not_cues(nlp: Language) -> None:
    assert _attrs(nlp, "Russian forces attacked the city overnight and hit a power plant.") == ()


def test_reporting_words_inside_a_quotation_are_the_speakers_own(nlp: Language) -> None:
    text = "“They told us to leave or die,” said a resident of the village, Amina Yusuf."
    attrs = _attrs(nlp, text)
    assert [a.cue.text for a in attrs] == ["said"]
    assert attrs[0].content.text == "“They told us to leave or die,”"


def test_signature_and_speaker_label(nlp: Language) -> None:
    text = (
        "Kuleba: Ukraine will not trade territory for peace\n\n"
        "“The shelling never stops, day or night.” ― Olena Petrenko\n"
    )
    attrs = _attrs(nlp, text)
    label = _by_cue(attrs, ":")
    assert label.source is not None and label.source.text == "Kuleba"
    assert label.content.text == "Ukraine will not trade territory for peace"
    signed = _by_cue(attrs, "―")
    assert signed.source is not None and signed.source.text == "Olena Petrenko"
    assert signed.content.text == "“The shelling never stops, day or night.”"
    assert signed.kind == "direct"


def test_spans_are_exact_and_sorted(nlp: Language) -> None:
    doc = nlp(EXAMPLE.read_text(encoding="utf-8"))
    attrs = find_attributions(doc)
    starts = [a.cue.start for a in attrs]
    assert starts == sorted(starts)
    for a in attrs:
        for span in (a.cue, a.content, a.source):
            if span is not None:
                assert doc.text[span.start : span.end] == span.text


def test_example_article(nlp: Language) -> None:
    attrs = find_attributions(nlp(EXAMPLE.read_text(encoding="utf-8")))

    def find(source: str, content_start: str) -> Attribution:
        return next(
            a
            for a in attrs
            if a.source is not None
            and a.source.text == source
            and a.content.text.startswith(content_start)
        )

    wh = find("the White House", "that Russia had received hundreds of attack drones")
    assert wh.kind == "indirect" and wh.speaker is not None
    assert wh.speaker.organization == "White House"

    statement = find("a statement from White House spokesman John Kirby", "“Russia has been using")
    assert statement.kind == "direct" and statement.speaker is not None
    assert statement.speaker == statement.speaker.__class__(
        "John Kirby", "spokesman", "White House", "USA"
    )

    added = find("the statement", "“We are also concerned")
    assert added.cue.text == "added"
    assert added.speaker is not None and added.speaker.name == "John Kirby"

    post = next(a for a in attrs if "last night, Russians attacked" in a.content.text)
    assert post.speaker is not None
    assert post.speaker.organization == "Ukraine Ministry of Defence"

    for quote in ("“We are releasing", "“Russia has been offering", "“This is a full-scale"):
        a = next(a for a in attrs if a.content.text.startswith(quote))
        assert a.speaker is not None and a.speaker.name == "John Kirby", quote

    spokesman = find("The White House spokesman", "that Iran and Russia would be held")
    assert spokesman.speaker is not None and spokesman.speaker.name == "John Kirby"

    putin = find("Russian President Vladimir Putin", "that the counteroffensive by Ukraine")
    assert putin.speaker is not None
    assert (putin.speaker.name, putin.speaker.role) == ("Vladimir Putin", "President")
    assert putin.speaker.country == "RUS"
    us = find("the United States", "that the Iranian drones had been shipped")
    assert us.speaker is not None and us.speaker.name == "United States"
    claimed = find("The White House statement", "that Russia and Iran were working together")
    assert claimed.cue.text == "claimed"
    reportedly = next(a for a in attrs if a.cue.text == "reportedly")
    assert reportedly.source is None and "largescale weapons exchange" in reportedly.content.text


def _check_spans(text: str, attrs: tuple[Attribution, ...]) -> None:
    for a in attrs:
        for span in (a.cue, a.content, a.source):
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start : span.end] == span.text


def test_unbalanced_quotation_mark_stays_in_its_paragraph(nlp: Language) -> None:
    text = (
        "“The shelling went on all night, the mayor said.\n\n"
        "Officials said the bridge was destroyed. Nobody was hurt."
    )
    attrs = _attrs(nlp, text)
    _check_spans(text, attrs)
    later = _by_cue(attrs, "said", -1)
    assert later.content.text.startswith("the bridge was destroyed")


def test_quote_inside_a_quote_is_one_quotation(nlp: Language) -> None:
    text = (
        "“They told us ‘leave now or die’ and then the tanks came,” said Olena Petrenko, "
        "a resident."
    )
    attrs = _attrs(nlp, text)
    _check_spans(text, attrs)
    a = _by_cue(attrs, "said")
    assert a.content.text.startswith("“They told us") and a.content.text.endswith("came,”")
    assert a.speaker is not None and a.speaker.name == "Olena Petrenko"
    assert [x.cue.text for x in attrs] == ["said"]  # "told" is the speaker's own wording


def test_curly_and_straight_quotes_mixed(nlp: Language) -> None:
    text = '"We have no plans to withdraw," the general said. “The front is stable,” he added.'
    attrs = _attrs(nlp, text)
    _check_spans(text, attrs)
    assert _by_cue(attrs, "said").content.text == '"We have no plans to withdraw,"'
    assert _by_cue(attrs, "added").content.text == "“The front is stable,”"


def test_very_long_quote_is_fast_and_whole(nlp: Language) -> None:
    body = " ".join(["The convoy moved north past the checkpoint and stopped."] * 330)
    text = f"The commander said: “{body}” Then he left."
    doc = nlp(text)
    start = time.perf_counter()
    attrs = find_attributions(doc)
    assert time.perf_counter() - start < 0.5
    _check_spans(text, attrs)
    a = _by_cue(attrs, "said")
    assert a.content.start == text.index("“") and a.content.end == text.index("”") + 1


def test_text_that_is_one_long_quote(nlp: Language) -> None:
    text = (
        "“We will not give up the city. The enemy said it would take it in three days, "
        "and the minister warned that we would fall. We did not.”"
    )
    attrs = _attrs(nlp, text)
    _check_spans(text, attrs)
    assert attrs == ()  # every cue is inside the quotation: the speaker's, not the article's


def test_quote_marks_only_and_empty_text(nlp: Language) -> None:
    for text in ("", "“", '" " "', "”” ““ ' said"):
        _check_spans(text, _attrs(nlp, text))


def test_passive_report_by_agent(nlp: Language) -> None:
    text = "The strike on the depot was first reported by Reuters."
    a = _by_cue(_attrs(nlp, text), "reported")
    assert a.source is not None and a.source.text == "Reuters"
    assert a.content.text == "The strike on the depot"


def test_said_colon_takes_the_next_paragraph(nlp: Language) -> None:
    text = "The governor said:\n\nThe evacuation of the villages will start on Monday.\n"
    a = _by_cue(_attrs(nlp, text), "said")
    assert a.content.text == "The evacuation of the villages will start on Monday."


def test_role_phrase_speaker_has_organization(nlp: Language) -> None:
    text = "White House spokesman John Kirby said the talks would continue."
    a = _by_cue(_attrs(nlp, text), "said")
    assert a.speaker is not None
    assert a.speaker.name == "John Kirby"
    assert a.speaker.organization == "White House"


def test_speaker_country_from_institution_and_pronoun(nlp: Language) -> None:
    text = (
        "White House spokesman John Kirby said the talks would continue. "
        "He said Washington would send more air defence systems."
    )
    attrs = _attrs(nlp, text)
    first, second = _by_cue(attrs, "said"), _by_cue(attrs, "said", 1)
    assert first.speaker is not None and first.speaker.country == "USA"
    assert second.speaker is not None and second.speaker.name == "John Kirby"
    assert second.speaker.country == "USA"


def test_a_credit_line_attributes_the_text_before_it(nlp: Language) -> None:
    text = "Russia launched 20 drones overnight.\n\nSource: Twitter/@uarealitynow"
    found = find_attributions(nlp(text))
    credit = next(a for a in found if a.cue.text == "Source:")
    assert credit.source is not None and credit.source.text == "Twitter/@uarealitynow"
    assert credit.content.text == "Russia launched 20 drones overnight."
    assert credit.speaker is not None and credit.speaker.name == "@uarealitynow"
    assert credit.speaker.organization == "Twitter"
