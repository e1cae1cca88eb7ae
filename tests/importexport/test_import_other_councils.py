"""Shapes from other councils' minutes: how each reads, what is marked unsure, and that the import's work grows
with the text."""

from __future__ import annotations

from brå_tui.importer.followups import IdMatcher, Row


class _CountingSet(set[str]):
    """A set that counts how often it is asked whether it holds an id."""

    asked = 0

    def __contains__(self, key: object) -> bool:
        type(self).asked += 1
        return super().__contains__(key)


def test_fresh_ids_for_many_follow_ups_of_one_title_take_work_in_proportion() -> None:
    """Each new follow-up of a title already used finds its numbered id at once, not by trying every number given
    before it: the ids asked about grow with the rows, not with their square."""
    rows = [Row(title="Trygghetsvandring", status="", owners=[]) for _ in range(400)]
    matcher = IdMatcher([])
    matcher.taken = _CountingSet()
    _CountingSet.asked = 0
    followups = matcher.build(rows, {})
    assert [f.id for f in followups[:3]] == ["trygghetsvandring", "trygghetsvandring-2", "trygghetsvandring-3"]
    assert len({f.id for f in followups}) == 400
    assert _CountingSet.asked <= 3 * len(rows)
