"""The one loop the line-block cleaners share (kg/text/blocks.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from kg.text.blocks import replaced_blocks


@given(st.lists(st.text(alphabet="ab \n", max_size=6), max_size=12))
def test_lines_with_no_block_stay_as_they_are(lines):
    assert replaced_blocks(lines, lambda lines, i: None) == lines


@given(st.lists(st.sampled_from(["a", "b", "[", "]"]), max_size=20))
def test_each_block_is_put_as_read_and_every_other_line_kept_in_order(lines):
    def bracketed(lines, i):
        if lines[i] != "[" or "]" not in lines[i + 1:]:
            return None
        end = lines.index("]", i + 1)
        return ["(" + "".join(lines[i + 1:end]) + ")"], end + 1

    out = replaced_blocks(lines, bracketed)
    assert "".join(out).replace("(", "[").replace(")", "]") == "".join(lines)


def test_a_finder_that_does_not_move_on_is_a_bug_not_a_loop_for_ever():
    with pytest.raises(ValueError, match="must end after it"):
        replaced_blocks(["a", "b"], lambda lines, i: (["x"], i))
