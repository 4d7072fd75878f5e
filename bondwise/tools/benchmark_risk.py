"""Benchmark (not a test): what risk detection costs.

`make benchmark-risk` or `python -m bondwise.tools.benchmark_risk [--rounds 5]` prints
1. the detector's cost per message (rules + classifier), median and p95, in ms;
2. the latency it adds to a whole reply: the trained assistant answers the same
   messages in-process with the detector on and with it switched off;
3. recall and false alarms on every labelled set in tests/data/risk_*.yml.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Callable, List

from bondwise import PROJECT_ROOT
from bondwise.risk.classifier import RiskClassifier, training_examples
from bondwise.risk.detector import RiskDetector
from bondwise.tools.risk_eval import evaluate, load


def _quantiles(samples_ms: List[float]) -> str:
    ordered = sorted(samples_ms)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    return f"median {statistics.median(ordered):.3f} ms, p95 {p95:.3f} ms, n={len(ordered)}"


def time_each(fn: Callable[[str], object], texts: List[str], rounds: int) -> List[float]:
    samples = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            fn(text)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


async def _reply_latency(agent: object, texts: List[str]) -> List[float]:
    samples = []
    for text in texts:
        start = time.perf_counter()
        await agent.handle_text(text, sender_id=uuid.uuid4().hex)  # type: ignore[attr-defined]
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main(argv: List[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--replies", type=int, default=60, help="messages for the reply latency")
    parser.add_argument("--model", type=Path, default=PROJECT_ROOT / "models" / "bondwise.tar.gz")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    detector = RiskDetector(RiskClassifier.train(training_examples()))
    print(f"classifier training: {time.perf_counter() - started:.1f} s")
    sets = sorted((PROJECT_ROOT / "tests" / "data").glob("risk_*.yml"))
    texts = [item["text"] for item in load(sets[0])]
    detector.detect("warm-up")
    print("detector cost per message:", _quantiles(time_each(detector.detect, texts, args.rounds)))
    # Hostile 5,000-character messages (the channels' cap): the costliest shapes for the
    # spelling rewrites (no word, stretched runs, leetspeak, spaced letters).
    hostile = ["ab" * 2500, "aabb" * 1250, "k1ll" * 1250, "a b " * 1250, "k.i.l.l " * 625, "x" * 5000]
    worst = max(time_each(detector.detect, hostile, 1))
    print(f"detector cost on hostile 5,000-character messages: worst {worst:.1f} ms")

    for path in sets:
        report = evaluate(detector, load(path))
        print(f"{path.name}: recall {report.recall:.3f}, false alarms {report.false_alarm_rate:.3f}")

    if args.model.exists():
        from rasa.core.agent import Agent

        from bondwise.risk import component

        agent = Agent.load(str(args.model))
        sample = texts[: args.replies]
        asyncio.run(_reply_latency(agent, sample[:3]))  # warm-up
        with_detector = asyncio.run(_reply_latency(agent, sample))
        original = component.RiskDetector.detect
        component.RiskDetector.detect = lambda self, text: None  # type: ignore[assignment]
        try:
            without = asyncio.run(_reply_latency(agent, sample))
        finally:
            component.RiskDetector.detect = original  # type: ignore[assignment]
        print("reply latency with detector:   ", _quantiles(with_detector))
        print("reply latency without detector:", _quantiles(without))
        print(f"added by detection (median): {statistics.median(with_detector) - statistics.median(without):.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
