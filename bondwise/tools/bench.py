"""Benchmark (not a test): Bondwise against a plain Rasa starter assistant.

`make bench` (or `python -m bondwise.tools.bench`) in one run:
1. reuses the project's model (`make` trains it) and trains, once, the assistant that
   `rasa init` creates (build/baseline), timing what it trains (`--train` also retrains
   ours from scratch into a temporary directory and times it);
2. serves each the same way: `rasa run` with an SQL tracker store on a fresh SQLite file
   (ours with its action server);
3. drives each over REST with 1, 10 and 50 concurrent conversations, each a realistic
   multi-turn script for that assistant, in two modes:
   - paced: a person reads and types, 1 to 3 s between messages (seeded), which is what
     "10 people chatting at once" means; the latency targets are judged here;
   - flat out: every conversation sends its next message as soon as the reply arrives,
     which saturates the server; throughput is judged here;
4. prints p50/p95/p99 latency, throughput, the server's peak memory, server start time
   (model load included), and ours/baseline ratios; writes results/bench.json and
   results/bench.png.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

import aiohttp

from bondwise import PROJECT_ROOT
from bondwise.tools.run import _bin, _stop, _up, free_port

BASELINE_DIR = PROJECT_ROOT / "build" / "baseline"
RESULTS = PROJECT_ROOT / "results"
LEVELS = (1, 10, 50)
THINK_S = (1.0, 3.0)
MODES = ("paced", "flat out")

# What a person asks each assistant, turn by turn.
OUR_SCRIPTS = [
    ["hi", "what is a trauma bond?", "tell me more", "where is this from?", "what is love bombing",
     "thanks", "bye"],
    ["hello there", "can a bond from a shared loss be healthy", "whats the difference between that and an abusive one",
     "what are the signs", "thank you"],
    ["hey", "how do i heal from a trauma bond", "tell me more", "what is hoovering", "ok bye"],
    ["hi", "my boyfriend is sweet one day and cold the next", "what is gaslighting", "where does that come from",
     "thanks"],
]
BASELINE_SCRIPTS = [
    ["hi", "i am sad", "yes", "bye"],
    ["hello there", "i'm feeling great", "goodbye"],
    ["hey", "very unhappy", "no", "bye"],
    ["good morning", "am i talking to a bot?", "i am great", "see you later"],
]


@dataclass
class Level:
    conversations: int
    mode: str = "flat out"
    messages: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies_ms: List[float] = field(default_factory=list)

    def summary(self) -> Dict[str, float]:
        ordered = sorted(self.latencies_ms) or [float("nan")]

        def pct(q: float) -> float:
            return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]
        return {"mode": self.mode, "concurrent": self.conversations, "messages": self.messages, "errors": self.errors,
                "p50_ms": round(statistics.median(ordered), 1), "p95_ms": round(pct(0.95), 1),
                "p99_ms": round(pct(0.99), 1),
                "throughput_msg_s": round(self.messages / self.seconds, 2) if self.seconds else 0.0}


@dataclass
class Result:
    name: str
    start_s: float
    training_s: Optional[float]
    peak_rss_mb: float
    levels: List[Dict[str, float]]


def _peak_rss_mb(pid: int) -> float:
    """VmHWM: the most resident memory the process ever had (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def ensure_baseline() -> float:
    """The `rasa init` starter assistant, trained once; returns its training seconds."""
    model = BASELINE_DIR / "models" / "baseline.tar.gz"
    timing = BASELINE_DIR / "training_seconds"
    if model.exists() and timing.exists():
        return float(timing.read_text())
    if BASELINE_DIR.exists():
        shutil.rmtree(BASELINE_DIR)
    BASELINE_DIR.mkdir(parents=True)  # `rasa init` wants the directory to exist
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false")
    # --no-prompt writes the project and trains it; we retrain with a fixed name, timed.
    subprocess.run([_bin("rasa"), "init", "--no-prompt", "--init-dir", str(BASELINE_DIR)],
                   check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.perf_counter()
    subprocess.run([_bin("rasa"), "train", "--force", "--fixed-model-name", "baseline", "--out", "models"],
                   check=True, cwd=BASELINE_DIR, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    timing.write_text(f"{seconds:.1f}")
    return seconds


def time_training_ours() -> float:
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        subprocess.run([_bin("rasa"), "train", "--force", "--out", out], check=True, cwd=PROJECT_ROOT,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - started


async def _drive(port: int, scripts: List[List[str]], level: int, rounds: int, mode: str = "flat out",
                 seed: int = 7) -> Level:
    result = Level(level, mode)
    url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
    pauses = random.Random(seed)
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120),
                                     connector=aiohttp.TCPConnector(limit=0)) as session:
        # `level` conversations at a time; when one ends, the next person starts.
        seats = asyncio.Semaphore(level)

        async def conversation(index: int) -> None:
            async with seats:
                await talk(index)

        async def talk(index: int) -> None:
            sender = f"bench-{uuid.uuid4().hex}"
            if mode == "paced":  # people do not all start typing in the same instant
                await asyncio.sleep(pauses.uniform(0, THINK_S[1]))
            for turn, text in enumerate(scripts[index % len(scripts)]):
                if mode == "paced" and turn:
                    await asyncio.sleep(pauses.uniform(*THINK_S))
                started = time.perf_counter()
                try:
                    async with session.post(url, json={"sender": sender, "message": text}) as reply:
                        await reply.read()
                        ok = reply.status == 200
                except (aiohttp.ClientError, asyncio.TimeoutError):
                    ok = False
                result.latencies_ms.append((time.perf_counter() - started) * 1000)
                result.messages += 1
                result.errors += 0 if ok else 1
        started = time.perf_counter()
        await asyncio.gather(*(conversation(i) for i in range(level * rounds)))
        result.seconds = time.perf_counter() - started
    return result


def serve_and_drive(name: str, cwd: Path, model: Path, endpoints: Path, credentials: Path,
                    scripts: List[List[str]], port: int, rounds: int, env: Dict[str, str],
                    actions_port: Optional[int] = None, training_s: Optional[float] = None) -> Result:
    procs = []
    try:
        if actions_port:
            procs.append(subprocess.Popen(
                [_bin("rasa"), "run", "actions", "--actions", "actions", "--port", str(actions_port)],
                cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        started = time.perf_counter()
        server = subprocess.Popen(
            [_bin("rasa"), "run", "--model", str(model), "--port", str(port), "--endpoints",
             str(endpoints), "--credentials", str(credentials)],
            cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append(server)
        while not _up(f"http://127.0.0.1:{port}/"):
            if server.poll() is not None:
                raise RuntimeError(f"{name}: the Rasa server exited during start-up")
            time.sleep(0.2)
        start_s = time.perf_counter() - started
        if actions_port:
            while not _up(f"http://127.0.0.1:{actions_port}/health"):
                time.sleep(0.2)
        # Warm-up: every script once, so no first-call set-up lands in the figures.
        asyncio.run(_drive(port, scripts, len(scripts), 1))
        levels = [asyncio.run(_drive(port, scripts, level, rounds, mode)).summary()
                  for mode in MODES for level in LEVELS]
        return Result(name, round(start_s, 1), round(training_s, 1) if training_s else None,
                      round(_peak_rss_mb(server.pid), 1), levels)
    finally:
        _stop(procs)


def _print(results: List[Result]) -> None:
    ours, base = results
    print(f"\n{'':<10}{'start s':>9}{'peak MB':>9}")
    for r in results:
        print(f"{r.name:<10}{r.start_s:>9}{r.peak_rss_mb:>9}"
              + (f"   trained in {r.training_s} s" if r.training_s else ""))
    print(f"\n{'mode':<9}{'conc':>5} {'who':<9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'msg/s':>9}{'errors':>8}")
    for a, b in zip(ours.levels, base.levels):
        for who, row in (("bondwise", a), ("baseline", b)):
            print(f"{row['mode']:<9}{row['concurrent']:>5} {who:<9}{row['p50_ms']:>9}{row['p95_ms']:>9}"
                  f"{row['p99_ms']:>9}{row['throughput_msg_s']:>9}{row['errors']:>8}")
        print(f"{'':<9}{'':>5} {'ratio':<9}{a['p50_ms'] / b['p50_ms']:>9.2f}{a['p95_ms'] / b['p95_ms']:>9.2f}"
              f"{a['p99_ms'] / b['p99_ms']:>9.2f}{a['throughput_msg_s'] / b['throughput_msg_s']:>9.2f}")


def _plot(results: List[Result], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(14, 4))
    for r in results:
        for mode, axis in zip(MODES, axes[:2]):
            rows = [row for row in r.levels if row["mode"] == mode]
            conc = [row["concurrent"] for row in rows]
            axis.plot(conc, [row["p95_ms"] for row in rows], marker="o", label=f"{r.name} p95")
            axis.plot(conc, [row["p50_ms"] for row in rows], marker=".", linestyle="--", label=f"{r.name} p50")
            axis.set(xscale="log", yscale="log", xlabel="concurrent conversations", ylabel="latency (ms)",
                     title=f"Reply latency, {mode}")
        rows = [row for row in r.levels if row["mode"] == "flat out"]
        axes[2].plot([row["concurrent"] for row in rows], [row["throughput_msg_s"] for row in rows],
                     marker="o", label=r.name)
    axes[2].set(xscale="log", xlabel="concurrent conversations", ylabel="messages / s",
                title="Throughput, flat out")
    for axis in axes:
        axis.set_xticks(list(LEVELS))
        axis.set_xticklabels([str(level) for level in LEVELS])
        axis.legend(fontsize=8)
        axis.grid(alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=4,
                        help="conversations per level: level x rounds, level at a time")
    parser.add_argument("--train", action="store_true", help="also time training our model from scratch")
    parser.add_argument("--model", type=Path, default=PROJECT_ROOT / "models" / "bondwise.tar.gz")
    args = parser.parse_args(argv)
    baseline_training = ensure_baseline()
    our_training = time_training_ours() if args.train else None
    RESULTS.mkdir(exist_ok=True)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", SQLALCHEMY_SILENCE_UBER_WARNING="1")
        actions_port = free_port()
        our_env = dict(env, BONDWISE_DATABASE_URL=f"sqlite:///{tmp_path / 'ours.db'}",
                       BONDWISE_ACTION_URL=f"http://127.0.0.1:{actions_port}/webhook",
                       BONDWISE_SESSION_SECRET=uuid.uuid4().hex,
                       # The load generator is one address sending faster than any person:
                       # rate limits off, or the benchmark would measure 429s.
                       BONDWISE_RATE_PER_CONVERSATION="0", BONDWISE_RATE_PER_ADDRESS="0")
        results.append(serve_and_drive("bondwise", PROJECT_ROOT, args.model, PROJECT_ROOT / "endpoints.yml",
                                       PROJECT_ROOT / "credentials.yml", OUR_SCRIPTS, free_port(),
                                       args.rounds, our_env, actions_port, our_training))
        endpoints = tmp_path / "baseline-endpoints.yml"
        endpoints.write_text(f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {tmp_path / 'baseline.db'}\n")
        credentials = tmp_path / "baseline-credentials.yml"
        credentials.write_text("rest:\n")
        results.append(serve_and_drive("baseline", BASELINE_DIR, BASELINE_DIR / "models" / "baseline.tar.gz",
                                       endpoints, credentials, BASELINE_SCRIPTS, free_port(), args.rounds,
                                       env, training_s=baseline_training))
    _print(results)
    (RESULTS / "bench.json").write_text(json.dumps([asdict(r) for r in results], indent=2))
    _plot(results, RESULTS / "bench.png")
    print(f"\nwritten: {RESULTS / 'bench.json'}, {RESULTS / 'bench.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
