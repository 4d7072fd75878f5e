"""Make casual chat text comparable: case, apostrophes, slang, coded words, typos.

Risk rules are written against this normalised form, so "i dont wanna live",
"I DON'T WANT TO LIVE" and "i don't want to live" all read the same.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List, Optional, Tuple

# Word-for-word replacements (after lower-casing). Coded forms of risk language are
# expanded to plain words so one rule covers both.
SLANG: Dict[str, str] = {
    "dont": "don't", "cant": "can't", "wont": "won't", "im": "i'm", "ive": "i've",
    "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't",
    "wouldnt": "wouldn't", "couldnt": "couldn't", "shouldnt": "shouldn't", "aint": "ain't",
    "hes": "he's", "shes": "she's", "theyre": "they're", "thats": "that's", "whats": "what's",
    "finna": "going to", "wana": "want to", "wnna": "want to", "boutta": "about to", "bouta": "about to", "wanna": "want to", "gonna": "going to", "gotta": "got to", "tryna": "trying to",
    "u": "you", "ur": "your", "r": "are", "ya": "you", "rn": "right now", "atm": "at the moment",
    "tn": "tonight", "2nite": "tonight", "tonite": "tonight", "bc": "because", "cuz": "because",
    "coz": "because", "pls": "please", "plz": "please", "idk": "i don't know", "abt": "about",
    "w": "with", "bf": "boyfriend", "gf": "girlfriend", "hubby": "husband", "n": "and",
    "kms": "kill myself", "kys": "kill yourself", "unalive": "kill", "unalived": "killed",
    "unaliving": "killing", "sewerslide": "suicide", "suicde": "suicide", "ctb": "ctb", "ctbing": "ctb", "ctb'ing": "ctb", "ctb'in": "ctb", "ctbd": "ctb", "ctb'd": "ctb",
    "od": "overdose", "oded": "overdosed", "od'd": "overdosed", "od'ed": "overdosed",
    "selfharm": "self harm", "self-harm": "self harm", "selfharming": "self harming",
    "kil": "kill", "kiil": "kill", "pils": "pills", "pilss": "pills", "ded": "dead",
    "myslef": "myself", "mysef": "myself", "meself": "myself", "my self": "myself",
    "b4": "before", "4ever": "forever", "4eva": "forever", "2day": "today", "2moro": "tomorrow",
    "2morrow": "tomorrow", "gr8": "great", "l8r": "later", "m8": "mate", "m8s": "mates",
    # Text-speak ("ppl r better off w/o me fr"): spelt out so the rules read the words.
    "ppl": "people", "fr": "for real", "ngl": "not going to lie", "tbh": "to be honest",
    "smth": "something", "sth": "something", "every1": "everyone", "some1": "someone",
    "any1": "anyone", "no1": "no one", "noone": "no one", "bcuz": "because",
    "becuz": "because", "bcoz": "because", "cos": "because", "tho": "though",
    "thru": "through", "wud": "would", "wld": "would", "cud": "could", "cld": "could",
    "shud": "should", "dunno": "don't know", "imma": "i'm going to", "ima": "i'm going to",
    "lemme": "let me", "gimme": "give me", "wat": "what", "wut": "what", "urself": "yourself",
    "nd": "and", "bout": "about", "til": "until", "nvr": "never", "evr": "ever",
    "shan't": "won't", "shant": "won't",
    "anymor": "anymore", "nomore": "no more", "2b": "to be",
    # Units of time, so "2 yrs ago" reads as a past the rules know.
    "yrs": "years", "yr": "year", "mths": "months", "wks": "weeks", "hrs": "hours", "bday": "birthday",
    # Scots: "cannae dae this anymore", "just wanted tae tell someone".
    "cannae": "can't", "canna": "can't", "dinnae": "don't", "didnae": "didn't", "wouldnae": "wouldn't",
    "couldnae": "couldn't", "isnae": "isn't", "wisnae": "wasn't", "willnae": "won't", "dae": "do",
    "tae": "to", "gonnae": "going to", "naebody": "nobody", "nae": "no",
}
# Slang spelt with digits ("b4", "2nite"): replaced before tokens split letters from digits.
_DIGIT_SLANG = re.compile(r"(?<![a-z0-9'])(?:" + "|".join(
    sorted((re.escape(k) for k in SLANG if any(c.isdigit() for c in k)), key=len, reverse=True))
    + r")(?![a-z0-9'])")
# Emoji people use in place of words.
EMOJI: Dict[str, str] = {
    "💊": "pills", "🍾": "alcohol", "🍷": "alcohol", "🍺": "alcohol", "🥃": "alcohol",
    "🍸": "alcohol", "🔪": "knife", "🔫": "gun", "🪦": "grave", "⚰️": "coffin", "⚰": "coffin",
    "🩸": "blood", "💉": "needle",
}
# Multi-word coded forms, applied before word replacements.
PHRASES: Dict[str, str] = {
    r"\bsewer ?slide\b": "suicide",
    r"\bun-?alive thoughts?\b": "suicidal thoughts",
    # "kinda want to unalive": with no one named after it, the writer means themself.
    r"\b(?:want to|wanna|going to|gonna|about to|ready to|trying to|try to|gunna) un-?alive\b(?! (?:myself|me|him|her|them|you|u|my|his|the|this|that|it|everyone|people|someone|somebody|\w+self))": "want to kill myself",
    r"\bun-?alive (?:szn|season|vibes|mode|o'?clock|era|hours)\b": "i am suicidal",
    r"\bun-?alive\b": "kill",
    r"\bself[\s-]?harm": "self harm",
    r"\bs/h\b": "self harm",
    r"\bw/o\b": " without ",
    r"\bw/(?=\s|[a-z])": " with ",
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
again harmed
""".split())
# Pronoun contractions spelt out, so "he's outside" and "he is outside" read the same.
CONTRACTIONS = re.compile(r"\b(i|you|he|she|it|we|they|that|there|who)('m|'re|'s|'ll|'d|'ve)\b")
_EXPANSION = {"'m": "am", "'re": "are", "'s": "is", "'ll": "will", "'d": "would", "'ve": "have"}
_TOKEN = re.compile(r"[a-z']+|\d+|[^a-z'\s\d]")
_REPEATS = re.compile(r"([a-z])\1{2,}")
# Letters written apart to slip past filters: "k i l l", "k.i.l.l", "k-i-l-l", "d_i_e".
_SPACED = re.compile(r"(?<![a-z0-9'])[a-z](?:(?:[ ._*-]|  )[a-z]){2,}(?![a-z0-9])")
# Leetspeak: "k1ll", "su1c1d3", "0verd0se", "$elf h@rm". A word is rewritten when it mixes
# letters with these characters and is not a number with a unit ("5mg", "10pm"); in a
# message written mostly this way ("1 w4nt t0 d13") every such word is, single digits too.
# "!" is left alone: "help!he's hitting me" is punctuation, not leetspeak.
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "@": "a", "$": "s", "|": "l"})
_LEET_WORD = re.compile(r"(?<![\w@$|'])[a-z0-9@$|']*[0134579@$|][a-z0-9@$|']*")
# A number glued to a word is a number and a word ("15pills", "10tablets").
_NUMBER_THEN_WORD = re.compile(r"(?<![a-z0-9])(\d+)([a-z]{3,})(?![a-z0-9])")
_NUMBER_WITH_UNIT = re.compile(
    r"\d+(?:[.,]\d+)?(?:mg|mcg|ml|g|kg|lbs?|am|pm|x|s|k|h|hrs?|mins?|m|yo|yrs?|ft|in|cm|mm)?"
    r"|\d*(?:1st|2nd|3rd|[04-9]th|1[1-3]th)")
# In a leet message a digit and one letter is a word ("5h" = "sh"), not "5 hours".
_DIGIT_AND_LETTER = re.compile(r"\d[a-z]")
_LEET_MESSAGE_WORDS = 1
_SINGLE_LETTER_WORDS = frozenset({"i", "a"})
# Words after which a lone "b" is "be".
_BEFORE_BE = frozenset("would will to could should might must can can't won't wouldn't "
                       "i'll you'll he'll she'll they'll it'll never not just".split())
# Short words that make a spaced-out run worth reading ("d i e", "e n d  i t").
_SHORT_RISK_WORDS = frozenset({"die", "end", "cut", "hit", "od", "kms", "kys"})


@lru_cache(maxsize=1)
def known_words() -> FrozenSet[str]:
    """English word forms known to spaCy's lookup tables and its stop words (which the
    lemma table lacks: "to", "my"): never 'corrected'."""
    import gzip
    import json
    from importlib import resources

    from spacy.lang.en.stop_words import STOP_WORDS

    words = set(STOP_WORDS)
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


SHORT_TRIGGER_WORDS: FrozenSet[str] = frozenset({"self", "harm", "kill", "pill", "dead", "cuts"})


@lru_cache(maxsize=4096)
def correct(word: str) -> str:
    """Map a misspelt trigger word to its intended form; leave everything else."""
    if len(word) < 4 or word in TRIGGER_WORDS or word in known_words():
        return word
    if len(word) == 4:
        # Short words only by two swapped letters ("slef harm"): one edit of four letters
        # reaches too many ordinary words.
        for target in SHORT_TRIGGER_WORDS:
            if sorted(word) == sorted(target) and _edits_within(word, target, 1):
                return target
        return word
    limit = 1 if len(word) < 8 else 2
    near = [target for target in _TRIGGERS_IN_ORDER if target[0] == word[0] and _edits_within(word, target, limit)]
    if not near:
        return word
    # "suicidl" is one edit from "suicidal" and from "suicide": a set's order would pick
    # one at random per process. The closest wins, then the one that keeps more of the
    # word's ends (a typo drops or swaps a letter inside), then the first in order.
    return min(near, key=lambda target: (not _edits_within(word, target, 1), -_shared_ends(word, target)))


_TRIGGERS_IN_ORDER: Tuple[str, ...] = tuple(sorted(TRIGGER_WORDS))


def _shared_ends(a: str, b: str) -> int:
    prefix = 0
    while prefix < min(len(a), len(b)) and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < min(len(a), len(b)) - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    return prefix + suffix


def _unleet(text: str) -> str:
    def mixed(word: str) -> bool:
        return any(c.isalpha() for c in word) and not _NUMBER_WITH_UNIT.fullmatch(word)

    text = _NUMBER_THEN_WORD.sub(
        lambda m: f"{m.group(1)} {m.group(2)}" if m.group(2) in known_words() else m.group(0), text)
    words = _LEET_WORD.findall(text)
    leet_message = sum(mixed(w) and w not in SLANG for w in words) >= _LEET_MESSAGE_WORDS

    def rewrite(match: "re.Match[str]") -> str:
        word, tail = match.group(0), ""
        letters = sum(c.isalpha() for c in word)
        if word in SLANG or _NUMBER_WITH_UNIT.fullmatch(word.strip("'")) and not (
                leet_message and (len(word.strip("'")) == 1 or _DIGIT_AND_LETTER.fullmatch(word))):
            return match.group(0)
        if letters < (0 if leet_message else 2):
            return match.group(0)
        return word.translate(_LEET) + tail

    return _LEET_WORD.sub(rewrite, text)


# Segmenting a run of letters: a known word costs 1, a misspelt risk word ("sucidal")
# a little more, a letter that belongs to no word 3 (so a typo costs its letters, not the
# whole run). A run is read as words only when most of it is words.
_WORD_COST, _TYPO_COST, _LETTER_COST = 1.0, 1.5, 3.0
_MAX_UNREAD_SHARE = 0.34


@lru_cache(maxsize=4096)
def segment(letters: str) -> Optional[str]:
    """'killmyself' -> 'kill myself', 'imsucidal' -> 'i'm suicidal': the cheapest reading
    of a run of letters as words, or None when it does not read as words (then it was
    not words written apart)."""
    vocabulary = known_words()
    # best[i]: (cost, pieces) for letters[:i]; a piece is (text, read as a word?)
    best: List[Optional[Tuple[float, List[Tuple[str, bool]]]]] = [(0.0, [])] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - 20), end):
            if best[start] is None:
                continue
            piece = letters[start:end]
            if len(piece) == 1 and piece not in _SINGLE_LETTER_WORDS:
                options = [(_LETTER_COST, piece, False)]
            elif piece in vocabulary or piece in TRIGGER_WORDS or piece in SLANG:
                options = [(_WORD_COST, piece, True)]
            elif len(piece) >= 5 and correct(piece) != piece:
                options = [(_TYPO_COST, correct(piece), True)]
            else:
                continue
            for cost, text, is_word in options:
                total = best[start][0] + cost
                if best[end] is None or total < best[end][0]:
                    best[end] = (total, best[start][1] + [(text, is_word)])
    pieces = best[-1][1] if best[-1] else []
    unread = sum(len(text) for text, is_word in pieces if not is_word)
    words = [text for text, is_word in pieces if is_word]
    # "u r a", "i m a": chat shorthand, not a word written apart.
    if not words or unread > _MAX_UNREAD_SHARE * len(letters) or not any(
            len(w) >= 4 or w in TRIGGER_WORDS or w in _SHORT_RISK_WORDS for w in words):
        return None
    out: List[str] = []
    for text, is_word in pieces:  # letters no word claimed stay together
        if not is_word and out and out[-1].startswith("\0"):
            out[-1] += text
        else:
            out.append(text if is_word else "\0" + text)
    return " ".join(w.lstrip("\0") for w in out)


def _join_spaced(match: "re.Match[str]") -> str:
    # Two spaces (or more) between letters mark a word break: "k i l l  m e".
    if len(match.group(0)) > 2 * MAX_SPACED_LETTERS:
        return match.group(0)
    groups = [re.sub(r"[^a-z]", "", group) for group in re.split(r"(?:[ ._*-]){2,}", match.group(0))]
    joined = [segment(group) for group in groups]
    if not any(joined) and len(groups) == 1 and len(groups[0]) < 4:
        return match.group(0)  # "u r a": shorthand, not a word written apart
    # A run of four letters or more that reads as no words is still one word ("h.u.s.b.n.d").
    return " ".join(words or group for words, group in zip(joined, groups))


def _unrepeat(word: str) -> str:
    """'diie' -> 'die', 'kiill' -> 'kill': undo doubled letters (after _REPEATS cut longer
    runs to two) when the word as written is unknown and one reading is a risk word or a
    known word."""
    if word in TRIGGER_WORDS or word in SLANG or word in known_words():
        return word
    doubles = [m.start() for m in re.finditer(r"([a-z])\1", word)]
    if not doubles or len(doubles) > 4:
        return word
    found = None
    for mask in range(1, 1 << len(doubles)):
        cut = [d for i, d in enumerate(doubles) if mask >> i & 1]
        candidate = "".join(c for i, c in enumerate(word) if i not in cut)
        if candidate in TRIGGER_WORDS:
            return candidate
        if found is None and candidate in known_words():
            found = candidate
    return found or word


_LETTERS = re.compile(r"[a-z]+")
# Words and spaced runs longer than this are not read letter by letter: no word is that
# long, and the work would grow with the square of a hostile message's length.
MAX_WORD = 40
MAX_SPACED_LETTERS = 120


def _unstretch_words(text: str) -> str:
    def one(match: "re.Match[str]") -> str:
        word = match.group(0)
        if not _REPEATS.search(word):
            return word
        return _unstretch(word) if len(word) <= MAX_WORD else _REPEATS.sub(r"\1\1", word)
    return _LETTERS.sub(one, text)


def _unstretch(word: str) -> str:
    """'staaab' -> 'stab', 'heeer' -> 'her', 'oooff' -> 'off': a letter written three or
    more times stands for one or two; take the reading that is a risk word, slang, a
    stop word or a known word, in that order (else two, as before)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    parts = re.findall(r"(([a-z])\2{2,})|([a-z])", word)
    runs = [i for i, (run, _, _) in enumerate(parts) if run]
    if len(runs) > 4:
        return _REPEATS.sub(r"\1\1", word)
    candidates = []
    for mask in range(1 << len(runs)):  # bit set: that run read as two letters
        letters = []
        for i, (run, letter, single) in enumerate(parts):
            if run:
                letters.append(letter * (2 if mask >> runs.index(i) & 1 else 1))
            else:
                letters.append(single)
        candidates.append("".join(letters))
    for vocabulary in (TRIGGER_WORDS, SLANG, STOP_WORDS, known_words()):
        for candidate in candidates:
            if candidate in vocabulary:
                return candidate
    return _REPEATS.sub(r"\1\1", word)


# Words written with a letter starred out to get past filters ("need to c*t", "b*aten
# again"): read as the one risk word they can stand for. Everyday words ("f*ck") are left.
CENSORABLE = ("cut", "cuts", "cutting", "kill", "killing", "die", "dead", "suicide", "suicidal",
              "beaten", "beat", "rape", "raped", "stab", "shoot", "harm", "hurt", "choke", "choked",
              "strangled", "pills", "overdose", "myself", "blood", "knife", "hang", "noose", "abuse",
              "abused", "stalker", "stalking", "kms", "unalive", "self")
_CENSORED = re.compile(r"(?<![a-z*#])[a-z]*(?:[*#]+[a-z]*)+(?![a-z*#])")


def _uncensor(match: "re.Match[str]") -> str:
    word = match.group(0)
    if sum(c.isalpha() for c in word) < 2:
        return word
    shape = re.compile("".join("[a-z]" if c in "*#" else c for c in word))
    found = [target for target in CENSORABLE if shape.fullmatch(target)]
    return found[0] if len(found) == 1 else word


_LATIN_LIGATURES = str.maketrans({"ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i"})


def fold_accents(text: str) -> str:
    """"me corté", "er schlägt mich" -> "me corte", "er schlagt mich": accents are often
    left out when typing fast, and the word splitter below reads only a-z, so an accented
    letter would cut a word in two. Only marks on Latin letters go: Devanagari vowel
    signs are letters of their own."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LATIN_LIGATURES))
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and kept and "a" <= kept[-1] <= "z":
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


# Words strung together by one repeated separator ("wanting-to-die", "want😭to😭die",
# "kill_my_self"): three words or more, so "well-being" keeps its hyphen.
_SEPARATED = re.compile(r"(?<![\w'])[a-z']+(?P<sep>[-_~+]|[^\w\s'.,!?;:()\"\-])(?:[a-z']+(?P=sep)){1,}[a-z']+(?![\w'])")


def _unseparate(match: "re.Match[str]") -> str:
    # "never-ending-nightmare" is one thing, not a "never" that negates what follows.
    if match.group(0).split(match.group("sep"))[0] in ("no", "not", "never", "non", "none", "nobody"):
        return match.group(0)
    return match.group(0).replace(match.group("sep"), " ")


def normalize(text: str, adversarial: bool = True) -> str:
    """The comparable form of a message. `adversarial=False` leaves out the undoing of
    filter-dodging spellings (leetspeak, letters spaced or stretched): the rules read that
    plain form too, so undoing them can never cost a plain message its catch."""
    text = fold_accents(unicodedata.normalize("NFKC", text).lower())
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    text = re.sub(r"[\u200b-\u200f\u202a-\u202e\u2060\ufeff]", "", text)
    text = _DIGIT_SLANG.sub(lambda m: SLANG[m.group(0)], text)
    if adversarial:
        text = _CENSORED.sub(_uncensor, text)
        text = _unleet(text)
        text = _unstretch_words(text)
        text = _SPACED.sub(_join_spaced, text)
        text = _SEPARATED.sub(_unseparate, text)
    else:
        text = _REPEATS.sub(r"\1\1", text)
    for emoji, word in EMOJI.items():
        text = text.replace(emoji, f" {word} ")
    for pattern, replacement in PHRASES.items():
        text = re.sub(pattern, replacement, text)
    text = SH_AFTER.sub("self harm", text)
    text = SH_BEFORE.sub(r"\1 self harm", text)
    words: List[str] = []
    for token in _TOKEN.findall(text):
        if adversarial and token.isalpha() and len(token) <= MAX_WORD:
            token = _unrepeat(token)
        token = SLANG.get(token, token)
        if token.isalpha() and len(token) <= MAX_WORD:
            token = correct(token)
        if token in ("b", "bee") and words and words[-1] in _BEFORE_BE:
            token = "be"  # "every1 wud b happier"; "plan b" stays
        words.append(token)
    joined = _join(words)
    return CONTRACTIONS.sub(lambda m: f"{m.group(1)} {_EXPANSION[m.group(2)]}", joined)


def _join(tokens: Iterable[str]) -> str:
    out = " ".join(tokens)
    return re.sub(r" ([.,!?;:)])", r"\1", out)
