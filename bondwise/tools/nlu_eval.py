"""Measure intent and response-selector accuracy on a held-out NLU file.

`python -m bondwise.tools.nlu_eval [--data tests/data/nlu_heldout.yml]` prints the
figures; tests/test_nlu_heldout.py applies the quality gates to the same report.
"""
from __future__ import annotations

import argparse
import re
import asyncio
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Tuple

import yaml

from bondwise import PROJECT_ROOT

DEFAULT_DATA = PROJECT_ROOT / "tests" / "data" / "nlu_heldout.yml"
DEFAULT_MODEL = PROJECT_ROOT / "models" / "bondwise.tar.gz"


@dataclass
class Report:
    # intent -> [correct, total]; retrieval keys use the full `explain/x` name.
    intents: Dict[str, List[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    keys: Dict[str, List[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    errors: List[Tuple[str, str, str]] = field(default_factory=list)
    risk_flagged: List[Tuple[str, str]] = field(default_factory=list)

    @staticmethod
    def _rate(table: Dict[str, List[int]]) -> float:
        total = sum(t for _, t in table.values())
        return sum(c for c, _ in table.values()) / total if total else 0.0

    @property
    def intent_accuracy(self) -> float:
        return self._rate(self.intents)

    @property
    def key_accuracy(self) -> float:
        return self._rate(self.keys)

    def per_intent(self) -> Dict[str, float]:
        return {name: c / t for name, (c, t) in self.intents.items()}

    def per_key(self) -> Dict[str, float]:
        return {name: c / t for name, (c, t) in self.keys.items()}

    def render(self) -> str:
        lines = [f"intent accuracy: {self.intent_accuracy:.3f} "
                 f"({sum(c for c, _ in self.intents.values())}/{sum(t for _, t in self.intents.values())})"]
        for name, (c, t) in sorted(self.intents.items()):
            lines.append(f"  {name:<24} {c / t:.2f}  ({c}/{t})")
        lines.append(f"response-selector accuracy: {self.key_accuracy:.3f}")
        for name, (c, t) in sorted(self.keys.items()):
            lines.append(f"  {name:<46} {c / t:.2f}  ({c}/{t})")
        lines.append(f"messages the risk detector escalated: {len(self.risk_flagged)}")
        lines += [f"  {text!r} -> {category}" for text, category in self.risk_flagged]
        if self.errors:
            lines.append("misses (text | expected | got):")
            lines += [f"  {text!r} | {gold} | {got}" for text, gold, got in self.errors]
        return "\n".join(lines)


def load_examples(path: Path) -> List[Tuple[str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    examples = []
    for block in data["nlu"]:
        if "intent" not in block:
            continue  # synonyms, lookup tables
        for line in block["examples"].splitlines():
            text = line.strip()
            if text.startswith("- "):
                # "[uk](country)" -> "uk": the text a person would type
                plain = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text[2:].strip())
                examples.append((plain, block["intent"]))
    return examples


def predicted_key(parse: Dict[str, Any], retrieval_intent: str) -> str:
    selector = parse.get("response_selector", {}).get(retrieval_intent, {})
    return selector.get("response", {}).get("intent_response_key") or "none"


async def evaluate(agent: Any, examples: List[Tuple[str, str]]) -> Report:
    report = Report()
    for text, gold in examples:
        parse = await agent.parse_message(text)
        got = parse["intent"]["name"]
        if parse.get("risk"):
            # Scored as the intent classifier saw it; the risk detector's false alarms
            # are measured by the risk tests (tests/test_risk_eval.py), not here.
            report.risk_flagged.append((text, parse["risk"]["category"]))
            got = (parse["risk"].get("nlu_intent") or {}).get("name") or got
        gold_intent = gold.split("/")[0]
        ok = got == gold_intent
        report.intents[gold_intent][0] += ok
        report.intents[gold_intent][1] += 1
        shown = got
        if "/" in gold:
            key = predicted_key(parse, gold_intent) if ok else got
            key_ok = key == gold
            report.keys[gold][0] += key_ok
            report.keys[gold][1] += 1
            ok, shown = key_ok, key
        if not ok:
            report.errors.append((text, gold, shown))
    return report


def main(argv: List[str] | None = None) -> int:
    from rasa.core.agent import Agent

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    args = parser.parse_args(argv)
    agent = Agent.load(str(args.model))
    report = asyncio.run(evaluate(agent, load_examples(args.data)))
    print(report.render())
    return 0


if __name__ == "__main__":
    sys.exit(main())
