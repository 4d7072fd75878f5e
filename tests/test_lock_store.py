"""The lock store against the machine's real Redis: one holder at a time per conversation,
across servers (threads with their own event loops and connections stand in for them
here; tests/test_scale.py runs real Rasa servers)."""
from __future__ import annotations

import asyncio
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, List

import pytest
import redis

from bondwise.scale.lock_store import AtomicRedisLockStore
from rasa.core.lock_store import LockError, RedisLockStore

REDIS_URL = "redis://127.0.0.1:6379/15"


@pytest.fixture(scope="module")
def red() -> redis.Redis:
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError as error:  # a failure, not a skip: CI must have Redis
        pytest.fail(f"Redis is not running on 127.0.0.1:6379: {error}")
    return client


@dataclass
class Tally:
    inside: int = 0
    most_inside: int = 0
    entries: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _hammer(make_store: Callable[[], Any], red: redis.Redis, conversation: str, servers: int,
            tasks: int, rounds: int, patience_s: float = 120, release: Callable[[], None] = lambda: None) -> tuple:
    """Each "server" (a thread with its own loop and store) runs `tasks` coroutines that
    each take the conversation's lock `rounds` times and do a read-modify-write of a
    counter with a pause in the middle, as a message turn does with the tracker."""
    tally = Tally()
    counter = f"test:counter:{conversation}"
    red.delete(counter)
    errors: List[BaseException] = []

    async def turn(store: Any) -> None:
        for _ in range(rounds):
            async with store.lock(conversation):
                with tally.lock:
                    tally.inside += 1
                    tally.entries += 1
                    tally.most_inside = max(tally.most_inside, tally.inside)
                value = int(red.get(counter) or 0)
                await asyncio.sleep(0.002)
                red.set(counter, value + 1)
                with tally.lock:
                    tally.inside -= 1

    def server() -> None:
        store = make_store()

        async def main() -> None:
            await asyncio.gather(*(turn(store) for _ in range(tasks)))
        try:
            asyncio.run(main())
        except BaseException as error:  # noqa: BLE001 - reported to the test
            errors.append(error)

    threads = [threading.Thread(target=server, daemon=True) for _ in range(servers)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + patience_s
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    hung = sum(thread.is_alive() for thread in threads)
    if hung:
        release()  # let stuck waiters out, so they stop polling Redis
        for thread in threads:
            thread.join(timeout=10)
    return tally, int(red.get(counter) or 0), errors, hung


def test_one_holder_at_a_time_across_servers(red: redis.Redis) -> None:
    prefix = f"test:{uuid.uuid4().hex}:"
    tally, counted, errors, hung = _hammer(lambda: AtomicRedisLockStore(url=REDIS_URL, key_prefix=prefix),
                                           red, "conv-a", servers=3, tasks=4, rounds=15)
    print(f"\natomic lock store: {tally.entries} turns, most holders at once {tally.most_inside}, "
          f"counter {counted}/{3 * 4 * 15}")
    assert not errors and not hung, (errors, hung)
    assert tally.most_inside == 1
    assert counted == tally.entries == 3 * 4 * 15  # no lost update


def test_rasa_stock_redis_lock_store_lets_two_servers_in(red: redis.Redis) -> None:
    """The failure the atomic store fixes, measured on the same workload. Each ticket
    is a read-modify-write of one JSON value, so servers that read it together get the
    same number and both go in."""
    prefix = f"test{uuid.uuid4().hex}"
    tally, counted, errors, hung = _hammer(
        lambda: _FastPollingRedisLockStore(host="127.0.0.1", port=6379, db=15, key_prefix=prefix),
        red, "conv-b", servers=3, tasks=4, rounds=15, patience_s=60,
        # A waiter whose ticket was overwritten waits for ever (seen here); deleting
        # the lock makes Rasa's loop give up with a LockError.
        release=lambda: [red.delete(key) for key in red.keys(f"{prefix}*")])
    lost = tally.entries - counted
    print(f"\nstock RedisLockStore: {tally.entries} turns, most holders at once {tally.most_inside}, "
          f"lost updates {lost}, lock errors {len(errors)}, servers stuck after 60 s {hung}")
    assert tally.most_inside > 1 or lost > 0 or errors or hung


class _FastPollingRedisLockStore(RedisLockStore):
    """Rasa's store with its 1 s retry pause and 60 s ticket lifetime shortened, so the
    test takes seconds (a ticket lost to the race otherwise blocks a minute)."""

    def lock(self, conversation_id: str, lock_lifetime: float = 60, wait_time_in_seconds: float = 1):  # type: ignore[override]
        return super().lock(conversation_id, lock_lifetime=3, wait_time_in_seconds=0.005)


def test_a_dead_holder_releases_its_turn_when_its_ticket_lapses(red: redis.Redis) -> None:
    store = AtomicRedisLockStore(url=REDIS_URL, key_prefix=f"test:{uuid.uuid4().hex}:")

    async def scenario() -> float:
        # A server takes a ticket and dies without releasing it (no `finally` runs).
        await store.issue("conv-c", lock_lifetime=0.3)
        loop = asyncio.get_running_loop()
        started = loop.time()
        async with store.lock("conv-c", lock_lifetime=5):
            return loop.time() - started

    waited = asyncio.run(scenario())
    assert 0.2 <= waited < 2.0, waited


def test_a_waiter_gives_up_with_a_lock_error_not_a_hang(red: redis.Redis) -> None:
    store = AtomicRedisLockStore(url=REDIS_URL, key_prefix=f"test:{uuid.uuid4().hex}:")

    async def scenario() -> None:
        async with store.lock("conv-d", lock_lifetime=30):
            with pytest.raises(LockError):
                async with store.lock("conv-d", lock_lifetime=0.3):
                    pass

    asyncio.run(scenario())


def test_redis_down_is_a_clear_lock_error() -> None:
    store = AtomicRedisLockStore(url="redis://127.0.0.1:1/0")  # nothing listens on port 1

    async def scenario() -> None:
        async with store.lock("conv-e"):
            pass

    with pytest.raises(LockError, match="lock store unavailable"):
        asyncio.run(scenario())


def test_conversations_do_not_wait_for_each_other(red: redis.Redis) -> None:
    store = AtomicRedisLockStore(url=REDIS_URL, key_prefix=f"test:{uuid.uuid4().hex}:")

    async def scenario() -> bool:
        async with store.lock("conv-f"):
            async with store.lock("conv-g", lock_lifetime=1):
                return True

    assert asyncio.run(scenario())
