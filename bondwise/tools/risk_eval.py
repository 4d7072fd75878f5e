"""Score the risk detector on a labelled set: recall and false-alarm rate per category.

`python -m bondwise.tools.risk_eval [--data tests/data/risk_eval.yml] [--misses]`
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import yaml

from bondwise import PROJECT_ROOT
from bondwise.risk.categories import SAFE
from bondwise.risk.detector import Detection, RiskDetector

DEFAULT_DATA = PROJECT_ROOT / "tests" / "data" / "risk_eval.yml"


@dataclass
class RiskReport:
    caught: Counter = field(default_factory=Counter)     # risk label -> detected (any category)
    total: Counter = field(default_factory=Counter)
    alarms: Counter = field(default_factory=Counter)     # safe kind -> false alarms
    safe_total: Counter = field(default_factory=Counter)
    misses: List[Tuple[str, str]] = field(default_factory=list)
    false_alarms: List[Tuple[str, str, str]] = field(default_factory=list)
    by_detector: Counter = field(default_factory=Counter)

    @property
    def recall(self) -> float:
        return sum(self.caught.values()) / max(1, sum(self.total.values()))

    @property
    def false_alarm_rate(self) -> float:
        return sum(self.alarms.values()) / max(1, sum(self.safe_total.values()))

    def render(self, show_examples: bool = False) -> str:
        lines = [f"risk recall: {self.recall:.3f} ({sum(self.caught.values())}/{sum(self.total.values())})"]
        for label in sorted(self.total):
            lines.append(f"  {label:<18} recall {self.caught[label] / self.total[label]:.3f} "
                         f"({self.caught[label]}/{self.total[label]})")
        lines.append(f"false-alarm rate on safe messages: {self.false_alarm_rate:.3f} "
                     f"({sum(self.alarms.values())}/{sum(self.safe_total.values())})")
        for kind in sorted(self.safe_total):
            lines.append(f"  {kind:<22} false alarms {self.alarms[kind] / self.safe_total[kind]:.3f} "
                         f"({self.alarms[kind]}/{self.safe_total[kind]})")
        lines.append("escalations by detector: " + ", ".join(f"{k} {v}" for k, v in sorted(self.by_detector.items())))
        if show_examples:
            lines += [f"  MISS [{label}] {text}" for text, label in self.misses]
            lines += [f"  FALSE ALARM [{kind} -> {cat}] {text}" for text, kind, cat in self.false_alarms]
        return "\n".join(lines)


def load(path: Path) -> List[Dict[str, str]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]


def evaluate(detector: RiskDetector, items: List[Dict[str, str]]) -> RiskReport:
    report = RiskReport()
    for item in items:
        found: Optional[Detection] = detector.detect(item["text"])
        if found:
            report.by_detector[found.detector] += 1
        if item["label"] == SAFE:
            kind = item.get("kind", "safe")
            report.safe_total[kind] += 1
            if found:
                report.alarms[kind] += 1
                report.false_alarms.append((item["text"], kind, found.category))
        else:
            report.total[item["label"]] += 1
            if found:
                report.caught[item["label"]] += 1
            else:
                report.misses.append((item["text"], item["label"]))
    return report


def main(argv: Optional[List[str]] = None) -> int:
    from bondwise.risk.classifier import RiskClassifier, training_examples

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms")
    parser.add_argument("--rules-only", action="store_true")
    args = parser.parse_args(argv)
    classifier = None if args.rules_only else RiskClassifier.train(training_examples())
    report = evaluate(RiskDetector(classifier), load(args.data))
    print(report.render(args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
