"""Every knowledge answer names a source the registry lists, and that source is real."""
from __future__ import annotations

from typing import Any, Dict

import pytest
import yaml

from bondwise import PROJECT_ROOT
from bondwise.knowledge.sources import registry, resolve
from bondwise.tools import build_knowledge
from tests.conftest import SEEDS

RESPONSE_FILES = [PROJECT_ROOT / "domain.yml", PROJECT_ROOT / "data" / "responses" / "knowledge.yml"]


def all_responses() -> Dict[str, Any]:
    responses: Dict[str, Any] = {}
    for path in RESPONSE_FILES:
        responses.update(yaml.safe_load(path.read_text(encoding="utf-8")).get("responses", {}))
    return responses


def knowledge_responses() -> Dict[str, Any]:
    return {
        name: variants
        for name, variants in all_responses().items()
        if name.startswith(("utter_explain/", "utter_glossary/", "utter_glossary_list"))
    }


def test_generated_knowledge_files_are_up_to_date() -> None:
    assert build_knowledge.main(["--check"]) == 0


def test_every_topic_has_an_answer() -> None:
    content = yaml.safe_load(build_knowledge.CONTENT.read_text(encoding="utf-8"))
    names = set(knowledge_responses())
    for retrieval_intent, topics in content.items():
        for key in topics:
            assert f"utter_{retrieval_intent}/{key}" in names


def test_there_are_knowledge_responses_to_check() -> None:
    # All ten glossary terms, the four named tactics and the article topics.
    assert len(knowledge_responses()) >= 30


@pytest.mark.parametrize("name", sorted(knowledge_responses()))
def test_knowledge_response_cites_a_registered_source(name: str) -> None:
    for variant in knowledge_responses()[name]:
        refs = (variant.get("metadata") or {}).get("source")
        assert refs, f"{name} has no source in its metadata"
        sections = resolve(refs)  # KeyError: cites something the registry lacks
        if name != "utter_glossary_list":
            assert variant["text"].endswith(sections[0].line()), f"{name} hides its source"


def test_resolve_rejects_unknown_article_or_section() -> None:
    with pytest.raises(KeyError):
        resolve([{"article": "kimberly", "section": "no_such_section"}])
    with pytest.raises(KeyError):
        resolve([{"article": "wikipedia", "section": "opening"}])


def test_answers_fit_a_chat_bubble() -> None:
    for name, variants in knowledge_responses().items():
        for variant in variants:
            assert len(variant["text"]) <= 560, f"{name} is too long for a chat bubble"
            # Paragraph breaks split into several bubbles on some channels.
            assert "\n\n" not in variant["text"]


def test_no_answer_copies_a_sentence_from_the_articles() -> None:
    """Our own words: no run of 8 words is taken from a source article."""
    if not SEEDS.exists():
        pytest.fail(f"source articles not found at {SEEDS}")
    article_words = set()
    for path in SEEDS.glob("*.txt"):
        words = path.read_text(encoding="utf-8").lower().replace("’", "'").split()
        article_words |= {" ".join(words[i:i + 8]) for i in range(len(words) - 7)}
    for name, variants in knowledge_responses().items():
        for variant in variants:
            words = variant["text"].lower().replace("’", "'").split()
            copied = [" ".join(words[i:i + 8]) for i in range(len(words) - 7)
                      if " ".join(words[i:i + 8]) in article_words]
            assert not copied, f"{name} copies the article: {copied[0]!r}"


def test_every_registered_section_exists_in_its_article() -> None:
    if not SEEDS.exists():
        pytest.fail(f"source articles not found at {SEEDS}")
    for section in registry().values():
        text = (SEEDS / section.seed_file).read_text(encoding="utf-8")
        assert section.anchor in text, f"{section.ref}: anchor not in {section.seed_file}"
