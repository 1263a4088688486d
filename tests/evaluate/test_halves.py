"""The tune and check halves of a dev set: by a hash of the id, stable, about even."""

from __future__ import annotations

from eventwire.evaluate.halves import half_of, in_half


def test_an_id_always_falls_in_the_same_half() -> None:
    assert half_of("article-17") == half_of("article-17")


def test_the_halves_split_ids_about_evenly_and_do_not_overlap() -> None:
    ids = [f"doc-{n}" for n in range(1000)]
    tune, check = in_half(ids, "tune"), in_half(ids, "check")
    assert not tune & check and tune | check == set(ids)
    assert 400 < len(tune) < 600
    assert in_half(ids, None) == set(ids)
