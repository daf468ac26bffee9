"""The codebook format: loading, validation with located errors, taxonomy, listing, checking."""

from __future__ import annotations

from pathlib import Path

import pytest

from coder.codebook import (
    CODEBOOK_MODEL,
    CheckReport,
    Codebook,
    check_codebook,
    list_codebooks,
    load_codebook,
)
from coder.errors import CodebookError
from coder.models import Candidate, TextSpan

ACLED_SUB_EVENTS = {
    "Battles": {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    },
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    },
    "Protests": {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    },
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}

MANIFEST = "name: tiny\nversion: '1.2'\ndescription: a test codebook\n"
GOOD_RULE = """\
version: "1"
event_types:
  - name: Protests
    definition: People gather to protest.
    disorder_type: Demonstrations
    sub_event_types:
      - name: Peaceful protest
        definition: A peaceful gathering.
        cameo_code: "141"
    rules:
      - id: protests.peaceful.protest
        sub_event_type: Peaceful protest
        lemmas: [protest]
        examples:
          positive:
            - text: Nurses protested on Monday.
              event_type: Protests
              sub_event_type: Peaceful protest
          negative:
            - Nurses did not protest.
"""


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def acled() -> Codebook:
    return load_codebook("acled")


def test_shipped_acled_loads_by_name_with_identity(acled: Codebook) -> None:
    assert acled.name == "acled"
    assert acled.version
    assert len(acled.sha256) == 64


def test_acled_declares_all_six_event_types_and_25_sub_event_types(acled: Codebook) -> None:
    declared: dict[str, set[str]] = {}
    for info in acled.sub_event_types.values():
        declared.setdefault(info.event_type, set()).add(info.name)
    assert declared == ACLED_SUB_EVENTS


def test_every_sub_event_has_definition_disorder_type_and_string_cameo(acled: Codebook) -> None:
    for info in acled.sub_event_types.values():
        assert info.definition.strip()
        assert info.disorder_type in {
            "Political violence",
            "Demonstrations",
            "Strategic developments",
            "Political violence; Demonstrations",
        }
        assert isinstance(info.cameo_code, str) and info.cameo_code.isdigit()


def test_cameo_codes_keep_leading_zeros(acled: Codebook) -> None:
    assert acled.sub_event_types["Agreement"].cameo_code == "057"
    assert acled.sub_event_types["Non-violent transfer of territory"].cameo_code == "0874"


def test_every_sub_event_type_is_coded_by_at_least_one_rule(acled: Codebook) -> None:
    coded = {r.sub_event_type for r in acled.rules}
    assert coded == set(acled.sub_event_types)


def test_every_rule_has_positive_and_negative_examples(acled: Codebook) -> None:
    for rule in acled.rules:
        assert rule.source.examples.positive, rule.id
        assert rule.source.examples.negative, rule.id


def test_rules_are_compiled_highest_priority_first_and_indexed_by_lemma(acled: Codebook) -> None:
    priorities = [r.priority for r in acled.rules]
    assert priorities == sorted(priorities, reverse=True)
    assert "clash" in acled.trigger_lemmas
    assert any(r.sub_event_type == "Armed clash" for r in acled.lemma_index["clash"])
    assert ("exchange", "of", "fire") in {p for p, _ in acled.phrase_index["exchange"]}


def test_consequence_rules_are_compiled_as_not_after_an_event(acled: Codebook) -> None:
    assert acled.rule("strategic_developments.arrests.arrest").not_after_event is True
    assert acled.rule("battles.armed_clash.clash").not_after_event is False


def test_rule_lookup_by_id(acled: Codebook) -> None:
    assert acled.rule("battles.armed_clash.clash").event_type == "Battles"
    with pytest.raises(KeyError):
        acled.rule("no.such.rule")


def test_sha256_is_stable_and_changes_with_the_bytes(tmp_path: Path) -> None:
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "protests.yaml": GOOD_RULE})
    first = load_codebook(folder).sha256
    assert load_codebook(folder).sha256 == first
    (folder / "protests.yaml").write_text(GOOD_RULE.replace("Monday", "Tuesday"))
    assert load_codebook(folder).sha256 != first


def test_a_folder_path_loads_with_its_manifest(tmp_path: Path) -> None:
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "protests.yaml": GOOD_RULE})
    cb = load_codebook(folder)
    assert (cb.name, cb.version, cb.description) == ("tiny", "1.2", "a test codebook")
    assert [r.id for r in cb.rules] == ["protests.peaceful.protest"]


def test_a_single_yaml_file_loads_as_a_codebook(tmp_path: Path) -> None:
    path = tmp_path / "protests.yaml"
    path.write_text(GOOD_RULE)
    cb = load_codebook(str(path))
    assert cb.name == "protests"
    assert cb.version == "1"


def test_missing_field_error_names_file_and_location(tmp_path: Path) -> None:
    bad = GOOD_RULE.replace("        lemmas: [protest]\n", "")
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "protests.yaml": bad})
    with pytest.raises(CodebookError) as err:
        load_codebook(folder)
    assert "tiny/protests.yaml: event_types -> 0 -> rules -> 0 -> lemmas: Field required" in str(
        err.value
    )


def test_unknown_field_is_rejected(tmp_path: Path) -> None:
    bad = GOOD_RULE.replace(
        "        lemmas: [protest]\n", "        lemmas: [protest]\n        lemmmas: [rally]\n"
    )
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "protests.yaml": bad})
    with pytest.raises(CodebookError, match=r"rules -> 0 -> lemmmas: Extra inputs"):
        load_codebook(folder)


def test_rule_without_negative_example_is_rejected(tmp_path: Path) -> None:
    bad = GOOD_RULE.replace(
        "          negative:\n            - Nurses did not protest.\n", "          negative: []\n"
    )
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "protests.yaml": bad})
    with pytest.raises(CodebookError, match=r"examples -> negative"):
        load_codebook(folder)


def test_rule_naming_an_undeclared_sub_event_type_is_rejected(tmp_path: Path) -> None:
    bad = GOOD_RULE.replace(
        "        sub_event_type: Peaceful protest\n        lemmas",
        "        sub_event_type: Silent protest\n        lemmas",
    )
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "protests.yaml": bad})
    with pytest.raises(CodebookError, match="unknown sub_event_type 'Silent protest'"):
        load_codebook(folder)


def test_cameo_code_must_be_a_digit_string(tmp_path: Path) -> None:
    bad = GOOD_RULE.replace('cameo_code: "141"', "cameo_code: 141")
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "protests.yaml": bad})
    with pytest.raises(CodebookError, match="cameo_code"):
        load_codebook(folder)


def test_duplicate_rule_ids_are_rejected(tmp_path: Path) -> None:
    folder = _write(
        tmp_path / "tiny",
        {
            "codebook.yaml": MANIFEST,
            "a.yaml": GOOD_RULE,
            "b.yaml": GOOD_RULE.replace("Peaceful protest", "Other protest"),
        },
    )
    with pytest.raises(CodebookError, match="used twice"):
        load_codebook(folder)


def test_invalid_yaml_is_reported_with_the_file_name(tmp_path: Path) -> None:
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "bad.yaml": "a: [unclosed\n"})
    with pytest.raises(CodebookError, match=r"tiny/bad.yaml: invalid YAML"):
        load_codebook(folder)


def test_unknown_name_raises_codebook_error() -> None:
    with pytest.raises(CodebookError, match="no codebook"):
        load_codebook("no_such_codebook")


def test_folder_without_manifest_is_rejected(tmp_path: Path) -> None:
    folder = _write(tmp_path / "tiny", {"protests.yaml": GOOD_RULE})
    with pytest.raises(CodebookError, match=r"missing codebook\.yaml"):
        load_codebook(folder)


def test_list_codebooks_includes_the_shipped_acled() -> None:
    listed = {name: (version, desc) for name, version, desc in list_codebooks()}
    assert "acled" in listed
    assert listed["acled"][0] == load_codebook("acled").version
    assert listed["acled"][1]


def test_codebook_model_generates_a_json_schema() -> None:
    schema = CODEBOOK_MODEL.model_json_schema()
    assert "event_types" in schema["properties"]
    assert "Rule" in schema["$defs"]
    assert schema["$defs"]["Rule"]["additionalProperties"] is False


def _candidate(event_type: str, sub: str, actor1: str | None = None) -> Candidate:
    span = TextSpan(0, 1, "x")
    return Candidate(
        codebook="tiny",
        codebook_version="1",
        rule_id="r.x",
        event_type=event_type,
        sub_event_type=sub,
        disorder_type=None,
        cameo_code=None,
        sentence_index=0,
        sentence=span,
        trigger=span,
        actor1=TextSpan(0, len(actor1), actor1) if actor1 else None,
    )


def test_check_codebook_passes_when_examples_code_as_declared(tmp_path: Path) -> None:
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "protests.yaml": GOOD_RULE})

    def fake(text: str) -> list[Candidate]:
        return [] if "not" in text else [_candidate("Protests", "Peaceful protest")]

    report = check_codebook(load_codebook(folder), fake)
    assert isinstance(report, CheckReport)
    assert (report.passed, report.failed, report.ok) == (2, 0, True)


def test_check_codebook_reports_rule_text_expected_and_got(tmp_path: Path) -> None:
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "protests.yaml": GOOD_RULE})

    def always_riot(text: str) -> list[Candidate]:
        return [_candidate("Riots", "Violent demonstration")]

    report = check_codebook(load_codebook(folder), always_riot)
    assert (report.passed, report.failed) == (0, 2)
    first, second = report.failures
    assert first.rule_id == "protests.peaceful.protest"
    assert first.text == "Nurses protested on Monday."
    assert first.expected == "Protests / Peaceful protest"
    assert "Riots / Violent demonstration" in first.got
    assert second.expected == "nothing"


def test_check_codebook_compares_expected_actor_phrases(tmp_path: Path) -> None:
    text = GOOD_RULE.replace(
        "              sub_event_type: Peaceful protest\n",
        "              sub_event_type: Peaceful protest\n              actor1: Nurses\n",
    )
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "protests.yaml": text})

    def wrong_actor(t: str) -> list[Candidate]:
        return [] if "not" in t else [_candidate("Protests", "Peaceful protest", "Doctors")]

    report = check_codebook(load_codebook(folder), wrong_actor)
    assert report.failed == 1
    assert "a1='Nurses'" in report.failures[0].expected


def test_negative_example_with_instead_accepts_only_that_sub_event(tmp_path: Path) -> None:
    text = GOOD_RULE.replace(
        "            - Nurses did not protest.\n",
        "            - text: Nurses did not protest.\n              instead: Peaceful protest\n",
    )
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "protests.yaml": text})
    cb = load_codebook(folder)
    report = check_codebook(cb, lambda t: [_candidate("Protests", "Peaceful protest")])
    assert report.failed == 0
    report = check_codebook(cb, lambda t: [])
    assert report.failed == 2


def test_describe_lists_every_sub_event_type_and_rule(acled: Codebook) -> None:
    text = acled.describe()
    assert text.startswith(f"acled {acled.version}")
    for name in acled.sub_event_types:
        assert name in text
    for rule in acled.rules:
        assert rule.id in text


def test_context_before_reaches_at_most_three_sentences_back(tmp_path: Path) -> None:
    bad = GOOD_RULE.replace(
        "        lemmas: [protest]\n",
        "        lemmas: [protest]\n        conditions:\n          context_before: 4\n",
    )
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "protests.yaml": bad})
    with pytest.raises(CodebookError, match=r"conditions -> context_before"):
        load_codebook(folder)


def test_new_conditions_compile_onto_the_rule(acled: Codebook) -> None:
    named = acled.rule("violence_against_civilians.attack.named_place")
    assert named.target_unknown_name and named.needs_actor_types
    assert acled.rule("protests.intervention.dispersal").context_before == 1
    assert not acled.rule("battles.armed_clash.clash").target_unknown_name


def test_skipping_protest_reasons_is_a_codebook_choice(tmp_path: Path) -> None:
    assert load_codebook("acled").skip_reasons is True
    folder = _write(tmp_path / "tiny", {"codebook.yaml": MANIFEST, "protests.yaml": GOOD_RULE})
    assert load_codebook(folder).skip_reasons is False
