"""Literal prefilters: which strings a regex cannot match without.

Python's regex engine tries a pattern at every position of the text, so hundreds of
patterns searched one by one cost more than everything else the detector does. Most
of them hold a literal that any match must contain ("kill", "pill", "overdos"): a
substring test (`in`, done in C) rules a pattern out in a fraction of the time, and
is exact, since a pattern whose required literals are all absent cannot match.
"""
from __future__ import annotations

import re
import sre_constants as c
import sre_parse
from typing import Dict, FrozenSet, Iterable, Iterator, List, Optional, Sequence, Set, Tuple

# A set of strings of which a match must contain at least one; None: no such set known.
Required = Optional[FrozenSet[str]]

MAX_ALTERNATIVES = 24  # beyond this many literals the `in` tests cost as much as a search


def _better(a: Required, b: Required) -> Required:
    """The more selective of two requirements (either one alone is sound)."""
    if a is None:
        return b
    if b is None:
        return a
    # Prefer the set whose shortest literal is longer; then the smaller set.
    key_a, key_b = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if key_a >= key_b else b


def _sequence(items: Sequence[Tuple[object, object]], flags: int) -> Required:
    best: Required = None
    run: List[str] = []

    def close() -> None:
        nonlocal best, run
        if run:
            best = _better(best, frozenset(["".join(run)]))
        run = []

    for op, arg in items:
        if op is c.LITERAL and not flags & re.IGNORECASE:
            run.append(chr(arg))  # type: ignore[arg-type]
            continue
        close()
        best = _better(best, _item(op, arg, flags))
    close()
    return best


def _item(op: object, arg: object, flags: int) -> Required:
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg  # type: ignore[misc]
        return _sequence(list(sub), (flags | add_flags) & ~del_flags)
    if op is c.BRANCH:
        _unused, branches = arg  # type: ignore[misc]
        union: Set[str] = set()
        for branch in branches:
            required = _sequence(list(branch), flags)
            if required is None:
                return None
            union |= required
        return frozenset(union) if len(union) <= MAX_ALTERNATIVES else None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = arg  # type: ignore[misc]
        return _sequence(list(sub), flags) if low >= 1 else None
    if op is c.IN and not flags & re.IGNORECASE:
        # A small class of literals ("[sz]") is a set of one-character strings: too
        # short to be worth testing, so it only breaks the run.
        return None
    # Lookarounds, references, classes, any-character: nothing is required of the text.
    return None


def required_literals(pattern: "re.Pattern[str]") -> Required:
    """Strings of which every match of the pattern contains at least one, or None."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):  # pragma: no cover - compiled patterns parse
        return None
    required = _sequence(list(parsed), pattern.flags)
    # One- and two-letter literals ("i", "me") are in nearly every message.
    if required is None or min(map(len, required)) < 3:
        return None
    return required


class LiteralIndex:
    """Patterns with the literals each needs. `candidates` lists, in order, the patterns
    that could match a text, given the literals found in it (or in more than it: the
    whole message stands in soundly for one of its sentences)."""

    def __init__(self, patterns: Iterable["re.Pattern[str]"]) -> None:
        self.patterns: List["re.Pattern[str]"] = list(patterns)
        self.needs: List[Required] = [required_literals(pattern) for pattern in self.patterns]
        self.always: Tuple[int, ...] = tuple(i for i, need in enumerate(self.needs) if need is None)
        self.by_literal: Dict[str, List[int]] = {}
        for i, need in enumerate(self.needs):
            for literal in need or ():
                self.by_literal.setdefault(literal, []).append(i)
        self.literals = LiteralSet(self.by_literal)

    def candidates(self, present: Iterable[str]) -> List[int]:
        """Positions of the patterns that could match a text holding just these literals."""
        found = set(self.always)
        for literal in present:
            found.update(self.by_literal.get(literal, ()))
        return sorted(found)


class LiteralSet:
    """Literals looked up by their first three characters: a text is scanned once for its
    three-character pieces instead of being searched for every literal."""

    def __init__(self, literals: Iterable[str]) -> None:
        self.by_head: Dict[str, List[str]] = {}
        for literal in sorted(set(literals)):
            self.by_head.setdefault(literal[:3], []).append(literal)

    def __iter__(self) -> Iterator[str]:
        return (literal for group in self.by_head.values() for literal in group)

    def __or__(self, other: "LiteralSet") -> "LiteralSet":
        return LiteralSet([*self, *other])

    def found_in(self, *texts: str) -> FrozenSet[str]:
        found = []
        for text in texts:
            heads = {text[i:i + 3] for i in range(len(text) - 2)}
            for head in heads.intersection(self.by_head):
                found += [literal for literal in self.by_head[head] if literal in text]
        return frozenset(found)
