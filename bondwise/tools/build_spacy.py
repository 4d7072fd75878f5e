"""Build the project's own spaCy pipeline and save it to disk.

No pretrained English pipeline installs from the package registry, so we start
from `spacy.blank("en")`: the rule-based tokenizer, a sentencizer, and a lookup
lemmatizer whose tables come from `spacy-lookups-data`. Rasa's `SpacyNLP`
loads the saved folder by path (see config.yml).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import spacy

from bondwise import PROJECT_ROOT

DEFAULT_OUT = PROJECT_ROOT / "build" / "spacy_en_bondwise"


def build_pipeline() -> "spacy.language.Language":
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the lookup tables from spacy-lookups-data
    nlp.meta["name"] = "en_bondwise"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = "Bondwise: blank English + sentencizer + lookup lemmas"
    return nlp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    nlp = build_pipeline()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    lemmas = [t.lemma_ for t in nlp("she was hitting me and I felt trapped")]
    print(f"saved {args.out} (lemmas check: {' '.join(lemmas)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
