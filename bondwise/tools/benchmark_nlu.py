"""Benchmark (not a test): NLU training time and 5-fold cross-validation figures.

`make benchmark-nlu` or `python -m bondwise.tools.benchmark_nlu [--folds 5]`.
Prints the wall time of `rasa train nlu` and the weighted precision/recall/F1 and
accuracy of intents and response selection averaged over the folds.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List

from bondwise import PROJECT_ROOT


def _rasa() -> str:
    return str(Path(sys.executable).with_name("rasa"))


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    out = PROJECT_ROOT / "results" / "cross_validation"
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        subprocess.run([_rasa(), "train", "nlu", "--out", tmp, "--fixed-model-name", "bench"],
                       cwd=PROJECT_ROOT, check=True, capture_output=True)
        train_seconds = time.perf_counter() - started
    started = time.perf_counter()
    subprocess.run(
        [_rasa(), "test", "nlu", "--nlu", "data/nlu", "--cross-validation",
         "--folds", str(args.folds), "--out", str(out)],
        cwd=PROJECT_ROOT, check=True, capture_output=True,
    )
    cv_seconds = time.perf_counter() - started
    print(f"NLU training (full data): {train_seconds:.1f} s")
    print(f"{args.folds}-fold cross-validation: {cv_seconds:.1f} s")
    for name in ("intent_report.json", "response_selection_report.json"):
        path = out / name
        if not path.exists():
            continue
        report = json.loads(path.read_text())
        avg = report.get("weighted avg", {})
        print(f"{name}: accuracy {report.get('accuracy', float('nan')):.3f}, "
              f"weighted precision {avg.get('precision', 0):.3f}, "
              f"recall {avg.get('recall', 0):.3f}, f1 {avg.get('f1-score', 0):.3f}")
    print(f"full reports: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
