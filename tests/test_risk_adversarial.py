"""Issue 8: risk detection on adversarial spellings. Every risk message of the project's
set (tests/data/risk_eval.yml) is rewritten each way (letters spaced or dotted,
leetspeak, stretched letters, no apostrophes, mixed case, buried in a long calm message)
and must still be caught. Prints recall and false alarms per transformation."""
from __future__ import annotations

from typing import Dict, Tuple

import pytest

from bondwise.risk.adversarial import TRANSFORMATIONS
from bondwise.risk.classifier import RiskClassifier
from bondwise.risk.detector import RiskDetector
from bondwise.risk.normalize import normalize
from bondwise.tools.risk_eval import DEFAULT_DATA, load


@pytest.fixture(scope="module")
def results(pytestconfig: pytest.Config, risk_classifier: RiskClassifier) -> Dict[str, Tuple[list, int, int]]:
    detector = RiskDetector(risk_classifier)
    items = load(DEFAULT_DATA)
    risk = [item["text"] for item in items if item["label"] != "safe"]
    safe = [item["text"] for item in items if item["label"] == "safe"]
    out = {}
    lines = []
    for name, change in TRANSFORMATIONS.items():
        missed = [change(text) for text in risk if not detector.detect(change(text))]
        alarms = sum(detector.detect(change(text)) is not None for text in safe)
        out[name] = (missed, alarms, len(safe))
        lines.append(f"  {name:<17} recall {1 - len(missed) / len(risk):.3f} ({len(risk) - len(missed)}/{len(risk)})"
                     f"  false alarms {alarms}/{len(safe)}")
    with pytestconfig.pluginmanager.get_plugin("capturemanager").global_and_fixture_disabled():
        print(f"\nadversarial spellings, {len(risk)} risk and {len(safe)} safe messages each:\n" + "\n".join(lines))
    return out


@pytest.mark.parametrize("name", list(TRANSFORMATIONS))
def test_recall_stays_total_after(name: str, results: Dict[str, Tuple[list, int, int]]) -> None:
    missed, _, _ = results[name]
    assert not missed, missed[:5]


@pytest.mark.parametrize("written, read", [
    ("i want to k i l l myself", "i want to kill myself"),
    ("k.i.l.l m.y.s.e.l.f", "kill myself"),
    ("i w a n t t o d i e", "i want to die"),
    ("im s u c i d a l", "i am suicidal"),          # spaced and misspelt
    ("gonna k1ll mys3lf", "going to kill myself"),
    ("1 w4nt t0 d13", "i want to die"),              # leet throughout, single digits too
    ("$elf h@rm again", "self harm again"),
    ("h3'5 thr34t3n1ng m3", "he is threatening me"),
    ("staaab", "stab"),
    ("kiiilll myself", "kill myself"),
    ("whaaat's the pooooint", "what's the point"),
    ("b4 he hit me", "before he hit me"),
])
def test_adversarial_spellings_read_as_plain_words(written: str, read: str) -> None:
    assert normalize(written) == read


@pytest.mark.parametrize("text, read", [
    ("took 5mg at 10pm", "took 5 mg at 10 pm"),  # numbers with units are not leetspeak
    ("took 30 pills", "took 30 pills"),
    ("i'm 4 years clean, 2 kids", "i am 4 years clean, 2 kids"),
    ("u r a star", "you are a star"),             # chat shorthand is not spaced letters
    ("a b c", "a b c"),
    ("hello!!", "hello!!"),
])
def test_ordinary_text_is_not_rewritten(text: str, read: str) -> None:
    assert normalize(text) == read


@pytest.mark.parametrize("text", [
    # Found by review: "!" glued to the next word, and numbers glued to words, were once
    # read as leetspeak and the rules lost these.
    "help!he's hitting me", "help!!he's going to kill me", "stop!he's got a knife",
    "no!he's going to kill me", "I want to die!!!he won't stop", "i want to kill myself!!!sorry",
    "i took 5 pills!", "i took 15pills and some vodka", "took 10tablets of my mums", "2 much, i cant do this anymore, goodbye",
])
def test_ordinary_risk_messages_survive_the_rewriting(text: str) -> None:
    from bondwise.risk.rules import find

    assert find(text).hits, (text, normalize(text))

