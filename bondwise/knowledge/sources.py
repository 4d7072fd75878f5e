"""The sources registry: articles and sections a knowledge response may cite."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Mapping

import yaml

REGISTRY_PATH = Path(__file__).with_name("sources.yml")


@dataclass(frozen=True)
class Section:
    article_id: str
    section_id: str
    article_title: str
    article_short: str
    publisher: str
    date: str
    title: str
    anchor: str
    seed_file: str

    @property
    def ref(self) -> str:
        return f"{self.article_id}/{self.section_id}"

    def line(self) -> str:
        """The short source line shown under an answer in the chat."""
        return f"Source: {self.article_short}, section “{self.title}”"

    def describe(self) -> str:
        """The longer form used when a person asks where an answer comes from."""
        return (
            f"“{self.article_title}” ({self.publisher}, {self.date}), "
            f"section “{self.title}”"
        )


@lru_cache(maxsize=1)
def registry() -> Dict[str, Section]:
    """All citable sections, keyed by `article/section`."""
    raw = yaml.safe_load(REGISTRY_PATH.read_text(encoding="utf-8"))
    sections: Dict[str, Section] = {}
    for article_id, article in raw["articles"].items():
        for section_id, section in article["sections"].items():
            item = Section(
                article_id=article_id,
                section_id=section_id,
                article_title=article["title"],
                article_short=article["short"],
                publisher=article["publisher"],
                date=str(article["date"]),
                title=section["title"],
                anchor=section["anchor"],
                seed_file=article["seed_file"],
            )
            sections[item.ref] = item
    return sections


def resolve(refs: List[Mapping[str, str]]) -> List[Section]:
    """Turn metadata entries ({article, section}) into registry sections.

    Raises KeyError for anything the registry does not list, so a typo in a
    response can never cite a section that does not exist.
    """
    table = registry()
    return [table[f"{ref['article']}/{ref['section']}"] for ref in refs]
