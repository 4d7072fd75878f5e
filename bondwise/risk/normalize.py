"""Make casual chat text comparable: case, apostrophes, slang, coded words, typos.

Risk rules are written against this normalised form, so "i dont wanna live",
"I DON'T WANT TO LIVE" and "i don't want to live" all read the same.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List

# Word-for-word replacements (after lower-casing). Coded forms of risk language are
# expanded to plain words so one rule covers both.
SLANG: Dict[str, str] = {
    "dont": "don't", "cant": "can't", "wont": "won't", "im": "i'm", "ive": "i've",
    "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't",
    "wouldnt": "wouldn't", "couldnt": "couldn't", "shouldnt": "shouldn't", "aint": "ain't",
    "hes": "he's", "shes": "she's", "theyre": "they're", "thats": "that's", "whats": "what's",
    "finna": "going to", "boutta": "about to", "bouta": "about to", "wanna": "want to", "gonna": "going to", "gotta": "got to", "tryna": "trying to",
    "u": "you", "ur": "your", "r": "are", "ya": "you", "rn": "right now", "atm": "at the moment",
    "tn": "tonight", "2nite": "tonight", "tonite": "tonight", "bc": "because", "cuz": "because",
    "coz": "because", "pls": "please", "plz": "please", "idk": "i don't know", "abt": "about",
    "w": "with", "bf": "boyfriend", "gf": "girlfriend", "hubby": "husband", "n": "and",
    "kms": "kill myself", "kys": "kill yourself", "unalive": "kill", "unalived": "killed",
    "unaliving": "killing", "sewerslide": "suicide", "suicde": "suicide", "ctb": "catch the bus",
    "od": "overdose", "oded": "overdosed", "od'd": "overdosed", "od'ed": "overdosed",
    "selfharm": "self harm", "self-harm": "self harm", "selfharming": "self harming",
    "kil": "kill", "kiil": "kill", "pils": "pills", "pilss": "pills", "ded": "dead",
    "myslef": "myself", "mysef": "myself", "meself": "myself", "my self": "myself",
}
# Emoji people use in place of words.
EMOJI: Dict[str, str] = {
    "💊": "pills", "🍾": "alcohol", "🍷": "alcohol", "🍺": "alcohol", "🥃": "alcohol",
    "🍸": "alcohol", "🔪": "knife", "🔫": "gun", "🪦": "grave", "⚰️": "coffin", "⚰": "coffin",
    "🩸": "blood", "💉": "needle",
}
# Multi-word coded forms, applied before word replacements.
PHRASES: Dict[str, str] = {
    r"\bsewer ?slide\b": "suicide",
    r"\bun-?alive\b": "kill",
    r"\bself[\s-]?harm": "self harm",
    r"\bs/h\b": "self harm",
    r"\bo\.d\.?(?=\s|$)": "overdose",
    r"\bcatch(?:ing)? the bus\b": "end my life",
    r"\bcommit(?:ting)? (?:suicide|die)\b": "kill myself",
}
# `sh` means self-harm only next to words about doing it or fighting it.
SH_AFTER = re.compile(r"\bsh\b(?=\s+(?:again|urges?|relapse|scars?|marks?|wounds?|tonight|today|last night|clean|streak|free))")
SH_BEFORE = re.compile(
    r"\b(did|do|doing|relapsed on|relapse on|clean from|urges? to|want to|need to|about to) sh\b"
)
# Spelling variants of the words risk rules hinge on; unknown words within one or two
# edits of these are read as them ("sucidal" -> "suicidal").
TRIGGER_WORDS: FrozenSet[str] = frozenset("""
suicide suicidal kill killing myself overdose overdosed overdosing pills tablets
strangle strangled strangling choke choked choking threaten threatened threatening
stalking stalked hitting punched punching beating slapped kicked raped assaulted
cutting burning hurting harming bleeding unresponsive breathing
die dying dead alive living anymore everyone without better burden
goodbye wrists scared terrified afraid drinking alcohol xanax fentanyl heroin
someone myself himself herself because tonight tomorrow nothing forever
""".split())
# Pronoun contractions spelt out, so "he's outside" and "he is outside" read the same.
CONTRACTIONS = re.compile(r"\b(i|you|he|she|it|we|they|that|there|who)('m|'re|'s|'ll|'d|'ve)\b")
_EXPANSION = {"'m": "am", "'re": "are", "'s": "is", "'ll": "will", "'d": "would", "'ve": "have"}
_TOKEN = re.compile(r"[a-z']+|\d+|[^a-z'\s\d]")
_REPEATS = re.compile(r"([a-z])\1{2,}")


@lru_cache(maxsize=1)
def known_words() -> FrozenSet[str]:
    """English word forms known to spaCy's lookup tables: never 'corrected'."""
    import gzip
    import json
    from importlib import resources

    words = set()
    data_dir = resources.files("spacy_lookups_data") / "data"
    with gzip.open(str(data_dir / "en_lemma_lookup.json.gz"), "rt", encoding="utf-8") as fh:
        raw = json.load(fh)
    words.update(raw.keys())
    words.update(raw.values())
    return frozenset(w.lower() for w in words)


def _edits_within(a: str, b: str, limit: int) -> bool:
    """Damerau-Levenshtein distance of a and b is at most `limit` (small strings)."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev2: List[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= limit


@lru_cache(maxsize=4096)
def correct(word: str) -> str:
    """Map a misspelt trigger word to its intended form; leave everything else."""
    if len(word) < 5 or word in TRIGGER_WORDS or word in known_words():
        return word
    limit = 1 if len(word) < 8 else 2
    for target in TRIGGER_WORDS:
        if target[0] == word[0] and _edits_within(word, target, limit):
            return target
    return word


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"[\u200b-\u200f\u202a-\u202e\u2060\ufeff]", "", text)
    text = _REPEATS.sub(r"\1\1", text)
    for emoji, word in EMOJI.items():
        text = text.replace(emoji, f" {word} ")
    for pattern, replacement in PHRASES.items():
        text = re.sub(pattern, replacement, text)
    text = SH_AFTER.sub("self harm", text)
    text = SH_BEFORE.sub(r"\1 self harm", text)
    words: List[str] = []
    for token in _TOKEN.findall(text):
        token = SLANG.get(token, token)
        if token.isalpha():
            token = correct(token)
        words.append(token)
    joined = _join(words)
    return CONTRACTIONS.sub(lambda m: f"{m.group(1)} {_EXPANSION[m.group(2)]}", joined)


def _join(tokens: Iterable[str]) -> str:
    out = " ".join(tokens)
    return re.sub(r" ([.,!?;:)])", r"\1", out)
