"""Per-set figures of the earlier unseen sets, the guard of tests/test_risk_eval.py.

Each kept set in tests/data is read with a classifier trained without the kept sets (the
served one has learnt them), and its misses and false alarms are recorded in
tests/data/unseen_baselines.yml. A change to the rules or the training data may then cost
no set more than a message or two, and all of them together hardly anything; one bound
over the pooled sets could not do that, since every new hard set moved the pool.

`python -m bondwise.tools.risk_baselines` prints the figures; `--write` records them
(after adding a set, or after a change whose cost was read and accepted: say so in the
commit). Training the classifier takes about two minutes.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Dict, List, Optional

import yaml

from bondwise.risk.classifier import KEPT_SETS_DIR, RiskClassifier, kept_sets, training_examples
from bondwise.risk.detector import RiskDetector
from bondwise.tools.risk_eval import RiskReport, evaluate, load

BASELINES = KEPT_SETS_DIR / "unseen_baselines.yml"
# What one set may lose before the guard fails: classifier retraining alone moves a
# set's alarms by a message or two.
SET_MISSES_ALLOWED = 1
SET_ALARMS_ALLOWED = 3
# ...and all sets together: recall may not fall by more than these few risk messages,
# false alarms may not rise by more than this share of all safe messages.
TOTAL_MISSES_ALLOWED = 3
TOTAL_ALARM_RISE_ALLOWED = 0.005

Figures = Dict[str, int]


def figures(report: RiskReport) -> Figures:
    risk, safe = sum(report.total.values()), sum(report.safe_total.values())
    return {"risk": risk, "missed": risk - sum(report.caught.values()),
            "safe": safe, "alarms": sum(report.alarms.values())}


def measure(detector: RiskDetector, paths: List[Path]) -> Dict[str, Figures]:
    return {path.name: figures(evaluate(detector, load(path))) for path in paths}


def load_baselines(path: Path = BASELINES) -> Dict[str, Figures]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["sets"]


def regressions(now: Dict[str, Figures], recorded: Dict[str, Figures]) -> List[str]:
    """Every way the figures now are worse than recorded beyond what is allowed."""
    problems = []
    if set(now) != set(recorded):
        problems.append(f"sets without a baseline: {sorted(set(now) - set(recorded))}; "
                        f"baselines without a set: {sorted(set(recorded) - set(now))}")
    for name in sorted(set(now) & set(recorded)):
        n, r = now[name], recorded[name]
        if (n["risk"], n["safe"]) != (r["risk"], r["safe"]):
            problems.append(f"{name}: {n['risk']} risk / {n['safe']} safe, recorded {r['risk']} / {r['safe']} "
                            "(a set that changed needs its baseline measured again)")
        if n["missed"] > r["missed"] + SET_MISSES_ALLOWED:
            problems.append(f"{name}: {n['missed']} missed, recorded {r['missed']}")
        if n["alarms"] > r["alarms"] + SET_ALARMS_ALLOWED:
            problems.append(f"{name}: {n['alarms']} false alarms, recorded {r['alarms']}")
    common = sorted(set(now) & set(recorded))
    missed_now, missed_then = (sum(f[name]["missed"] for name in common) for f in (now, recorded))
    alarms_now, alarms_then = (sum(f[name]["alarms"] for name in common) for f in (now, recorded))
    safe = sum(now[name]["safe"] for name in common)
    if missed_now > missed_then + TOTAL_MISSES_ALLOWED:
        problems.append(f"all sets: {missed_now} missed, recorded {missed_then}")
    if alarms_now > alarms_then + TOTAL_ALARM_RISE_ALLOWED * safe:
        problems.append(f"all sets: {alarms_now} false alarms, recorded {alarms_then}")
    return problems


def render(now: Dict[str, Figures], recorded: Optional[Dict[str, Figures]] = None) -> str:
    risk, missed = sum(f["risk"] for f in now.values()), sum(f["missed"] for f in now.values())
    safe, alarms = sum(f["safe"] for f in now.values()), sum(f["alarms"] for f in now.values())
    lines = [f"earlier unseen sets: recall {1 - missed / max(1, risk):.4f} ({risk - missed}/{risk}), "
             f"false alarms {alarms / max(1, safe):.3f} ({alarms}/{safe})"]
    for name, f in now.items():
        was = (recorded or {}).get(name)
        change = "" if was is None else f"   recorded: missed {was['missed']}, alarms {was['alarms']}"
        lines.append(f"  {name:<20} missed {f['missed']:>2}/{f['risk']:<4} alarms {f['alarms']:>3}/{f['safe']:<4}{change}")
    return "\n".join(lines)


def write(now: Dict[str, Figures], path: Path = BASELINES) -> None:
    header = ("# Figures of each earlier unseen set, read with the classifier trained without the\n"
              "# kept sets: the guard of tests/test_risk_eval.py. Written by\n"
              "# `python -m bondwise.tools.risk_baselines --write`; see that module for when.\n")
    body = yaml.safe_dump({"sets": now}, sort_keys=True, default_flow_style=None, width=120)
    path.write_text(header + body, encoding="utf-8")


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help=f"record the figures in {BASELINES.name}")
    args = parser.parse_args(argv)
    detector = RiskDetector(RiskClassifier.train(training_examples(with_kept_sets=False)))
    now = measure(detector, kept_sets())
    recorded = load_baselines() if BASELINES.exists() else None
    print(render(now, recorded))
    if recorded is not None:
        print("\n".join(regressions(now, recorded)) or "no regression against the recorded figures")
    if args.write:
        write(now)
        print(f"recorded in {BASELINES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
