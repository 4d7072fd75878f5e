"""Choose the risk classifier's settings by cross-validation on its training data only.

`python -m bondwise.tools.risk_cv [--folds 5] [--c 8 20] [--thresholds 0.4 0.45 0.5]`

For each regularisation C, trains the classifier on all folds but one and runs the
whole detector (rules, then the classifier at each threshold) on the fold left out.
Prints recall on risk messages and the false-alarm rate on safe ones (which include
the hard negatives, so the rate runs higher than on everyday messages). No evaluation
set in tests/ is read.
"""
from __future__ import annotations

import argparse
import random
import sys
from typing import List

from bondwise.risk import classifier as risk_classifier
from bondwise.risk.categories import SAFE
from bondwise.risk.classifier import risk_prediction
from bondwise.risk.detector import EXPLAINED_AWAY_THRESHOLD, SHORT_MESSAGE_THRESHOLD, SHORT_MESSAGE_WORDS
from bondwise.risk.rules import find


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, nargs="+", default=[8.0, risk_classifier.REGULARISATION_C])
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.35, 0.4, 0.45, 0.5, 0.55])
    args = parser.parse_args(argv)

    examples = risk_classifier.training_examples()
    order = list(range(len(examples)))
    random.Random(3).shuffle(order)
    rules = [find(text) for text, _ in examples]
    for c in args.c:
        risk_p = [0.0] * len(examples)
        for fold in range(args.folds):
            held = set(order[fold::args.folds])
            model = risk_classifier.build_model()
            model.set_params(classifier__C=c)
            model.fit([rules[i].normalized for i in range(len(examples)) if i not in held],
                      [examples[i][1] for i in range(len(examples)) if i not in held])
            for i, probabilities in zip(held, model.predict_proba([rules[i].normalized for i in held])):
                risk_p[i] = risk_prediction(model.classes_, probabilities).probability
        cells = []
        for threshold in args.thresholds:
            caught = risk = alarms = safe = 0
            for i, (_, label) in enumerate(examples):
                needed = EXPLAINED_AWAY_THRESHOLD if rules[i].explained_away else threshold
                if len(rules[i].normalized.split()) <= SHORT_MESSAGE_WORDS:
                    needed = max(needed, SHORT_MESSAGE_THRESHOLD)
                escalated = bool(rules[i].hits) or risk_p[i] >= needed
                if label == SAFE:
                    safe, alarms = safe + 1, alarms + escalated
                else:
                    risk, caught = risk + 1, caught + escalated
            cells.append(f"{threshold:.2f}: recall {caught / risk:.3f} alarms {alarms / safe:.3f}")
        print(f"C={c:g}  " + "   ".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
