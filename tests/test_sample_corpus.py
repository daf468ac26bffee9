"""Specification of the shipped sample corpus: valid records and a coverage table that matches."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from coder.codebook import load_codebook
from coder.resources import shipped_path

CORPUS = shipped_path("data", "sample", "articles.jsonl")
README = shipped_path("data", "sample", "README.md")
DEV_GOLD = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev" / "acled_dev.jsonl"

FIELDS = {"id", "title", "text", "url", "source_name", "publication_date"}

# The ACLED taxonomy (event type -> sub-event types) as the shipped codebook declares it;
# tests/test_codebook.py checks that it is exactly ACLED's.
ACLED_TAXONOMY: dict[str, set[str]] = {
    et.name: {sub.name for sub in et.sub_event_types} for et in load_codebook("acled").event_types
}


@pytest.fixture(scope="module")
def articles() -> list[dict[str, Any]]:
    raw = CORPUS.read_bytes()
    text = raw.decode("utf-8")  # fails the test if the file is not UTF-8
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def coverage() -> list[dict[str, str]]:
    """Rows of the README coverage table: id, country, event_type, sub_event_type, date, notes."""
    rows = []
    for line in README.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 6 and re.fullmatch(r"[a-z]{3}-\d{2}", cells[0]):
            keys = ("id", "country", "event_type", "sub_event_type", "event_date", "notes")
            rows.append(dict(zip(keys, cells, strict=True)))
    return rows


def test_the_corpus_is_found_through_the_shipped_path_helper() -> None:
    assert CORPUS.is_file()
    assert README.is_file()


def test_the_corpus_has_at_least_36_articles_with_unique_ids(
    articles: list[dict[str, Any]],
) -> None:
    assert len(articles) >= 36
    ids = [a["id"] for a in articles]
    assert len(set(ids)) == len(ids)


def test_every_article_has_exactly_the_documented_fields(articles: list[dict[str, Any]]) -> None:
    for article in articles:
        assert set(article) == FIELDS, article["id"]
        assert all(isinstance(article[f], str) and article[f].strip() for f in FIELDS)


def test_publication_dates_are_iso_dates(articles: list[dict[str, Any]]) -> None:
    for article in articles:
        published = date.fromisoformat(article["publication_date"])
        assert date(2000, 1, 1) <= published <= date(2030, 1, 1)


def test_urls_are_fictional_example_org_addresses(articles: list[dict[str, Any]]) -> None:
    assert all(a["url"].startswith("https://example.org/") for a in articles)


def test_articles_are_short_news_texts(articles: list[dict[str, Any]]) -> None:
    for article in articles:
        words = len(article["text"].split())
        sentences = len(re.findall(r"[.!?](?:\s|$)", article["text"]))
        assert 80 <= words <= 300, (article["id"], words)
        assert 3 <= sentences <= 12, (article["id"], sentences)


def test_the_coverage_table_lists_every_article_and_nothing_else(
    articles: list[dict[str, Any]], coverage: list[dict[str, str]]
) -> None:
    assert {row["id"] for row in coverage} == {a["id"] for a in articles}


def test_the_coverage_table_uses_the_acled_taxonomy(coverage: list[dict[str, str]]) -> None:
    for row in coverage:
        if row["event_type"] == "(none)":
            continue
        assert row["sub_event_type"] in ACLED_TAXONOMY[row["event_type"]], row
        date.fromisoformat(row["event_date"])


def test_all_six_event_types_and_at_least_20_sub_event_types_are_covered(
    coverage: list[dict[str, str]],
) -> None:
    assert {row["event_type"] for row in coverage} >= set(ACLED_TAXONOMY)
    subs = {row["sub_event_type"] for row in coverage} - {"(none)"}
    assert len(subs) >= 20


def test_some_articles_carry_several_events_and_one_carries_none(
    coverage: list[dict[str, str]],
) -> None:
    per_article: dict[str, int] = {}
    for row in coverage:
        per_article[row["id"]] = per_article.get(row["id"], 0) + (row["event_type"] != "(none)")
    assert sum(n >= 2 for n in per_article.values()) >= 2
    assert 0 in per_article.values()


def test_the_corpus_spans_many_countries(coverage: list[dict[str, str]]) -> None:
    assert len({row["country"] for row in coverage}) >= 10


@pytest.mark.skipif(not DEV_GOLD.is_file(), reason="the third-party dev data is not here")
def test_no_eight_word_run_of_the_corpus_appears_in_the_third_party_dev_data(
    articles: list[dict[str, Any]],
) -> None:
    def shingles(text: str) -> set[str]:
        words = re.findall(r"\w+", text.casefold())
        return {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}

    ours: set[str] = set()
    for article in articles:
        ours |= shingles(article["text"])
    with DEV_GOLD.open(encoding="utf-8") as handle:
        for line in handle:
            assert not ours & shingles(json.loads(line)["text"])
