"""The literal prefilters may only skip a pattern that cannot match; and the detector's
spelling repairs must not depend on the process's hash seed."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import List, Optional, Set

import pytest
import yaml

from bondwise.risk import patterns, rules
from bondwise.risk.normalize import normalize
from bondwise.risk.prefilter import LiteralIndex, LiteralSet, required_literals

DATA = Path(__file__).parent / "data"


def _corpus() -> List[str]:
    texts = []
    for path in (DATA / name for name in SOUNDNESS_SETS):
        texts += [item["text"] for item in yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]]
    return texts


@pytest.mark.parametrize("pattern, expected", [
    # Literal runs join across a group the parser inlines ("kill " + the shared "my").
    (r"\bkill (?:myself|my ?self)\b", {"kill my"}),
    # A branch needs one literal of each alternative.
    (r"\b(?:overdos(?:e|ed|ing)|too many pills)\b", {"overdos", "too many pills"}),
    # The longest requirement of a sequence wins; "i"/"we" would be too short anyway.
    (r"\b(?:i|we) (?:want|need) to\b", {"want", "need"}),
    (r"\bcut(?:ting)? (?:\w+ )?deep\b", {"deep"}),
    # Case-insensitive, or a branch that can match without a literal: nothing required.
    (r"(?i)\bKILL\b", None),
    (r"\b(?:die|x*)\b", None),
])
def test_required_literals(pattern: str, expected: Optional[Set[str]]) -> None:
    found = required_literals(re.compile(pattern))
    assert found == (frozenset(expected) if expected is not None else None)


# Sets that exercise most patterns; all of them would make this test take minutes.
SOUNDNESS_SETS = ["risk_eval.yml", "risk_dev.yml", "risk_dev30.yml", "risk_holdout2.yml", "risk_dev29.yml"]


def test_no_pattern_matches_where_its_literals_are_absent() -> None:
    """Every pattern family, on every view the rules search (sentences and their lemma
    views, whole messages), across all labelled sets: a match implies the prefilter passes."""
    families = [*patterns.INDEX.values(), *patterns.SPANNING_INDEX.values(), patterns.OTHER_INDEX, rules.IDIOM_INDEX]
    every_literal = LiteralSet(lit for index in families for lit in index.literals)
    checked = 0
    for text in _corpus():
        for surface in {normalize(text), normalize(text, adversarial=False)}:
            views = [surface] + [v for parse in rules._sentences_with_lemmas(surface) for v in (parse.text, parse.lemmas)]
            for view in views:
                present = every_literal.found_in(view)
                assert present == {lit for lit in every_literal if lit in view}
                for index in families:
                    allowed = set(index.candidates(present))
                    for i, pattern in enumerate(index.patterns):
                        if pattern.search(view):
                            checked += 1
                            assert i in allowed, (pattern.pattern, view, index.needs[i])
    assert checked > 1000  # the sets exercise the patterns, so the check means something


def test_most_patterns_have_a_literal() -> None:
    # Without literals the prefilter saves nothing: a regression here is a slowdown.
    indexes = list(patterns.INDEX.values())
    total = sum(len(index.patterns) for index in indexes)
    without = sum(need is None for index in indexes for need in index.needs)
    assert without / total < 0.05


def test_index_keeps_pattern_order() -> None:
    index = LiteralIndex([re.compile(r"\bkill\b"), re.compile(r"\w+"), re.compile(r"\bpills\b")])
    assert index.candidates(index.literals.found_in("pills and kill")) == [0, 1, 2]
    assert index.candidates(index.literals.found_in("nothing here")) == [1]


def test_spelling_repair_is_the_same_under_every_hash_seed() -> None:
    """"suicidl" is one edit from two trigger words; the repair used to follow a set's
    iteration order, so "suicidl again" was caught in some processes and not in others."""
    code = ("from bondwise.risk.normalize import correct; from bondwise.risk.rules import find;"
            "print([correct(w) for w in ['suicidl', 'suicida', 'sucide', 'kiling', 'strangld', 'thretening']],"
            " bool(find('suicidl again, this time for real').hits))")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={"PYTHONHASHSEED": str(seed), "PATH": "/usr/bin:/bin"}).stdout.strip()
               for seed in range(3)}
    assert len(outputs) == 1, outputs
    assert outputs.pop().endswith("True")
