"""Specification of claims of responsibility found after an event's sentence."""

from __future__ import annotations

import pytest

from coder.claims import claim_sentences
from coder.models import TextSpan


def sentences(*texts: str) -> list[TextSpan]:
    out, start = [], 0
    for text in texts:
        out.append(TextSpan(start, start + len(text), text))
        start += len(text) + 1
    return out


@pytest.mark.parametrize(
    "claim",
    [
        "The Islamic State group claimed responsibility in a statement.",
        "Al Shabaab claimed the attack on its radio station.",
        "Responsibility was claimed by the Pakistani Taliban.",
        "The rebels said they had carried out the ambush.",
    ],
)
def test_a_later_sentence_that_owns_the_attack_is_a_claim(claim: str) -> None:
    sents = sentences("A bomb exploded at a market on Monday.", "Five people died.", claim)
    assert claim_sentences(sents, 0) == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the blast.",
        "The group denied responsibility for the attack.",
        "The attack has not yet been claimed, but the rebels claimed an earlier one.",
    ],
)
def test_denials_and_missing_claims_are_not_claims(text: str) -> None:
    sents = sentences("A bomb exploded at a market on Monday.", text)
    assert claim_sentences(sents, 0) == []


def test_claims_far_after_the_event_or_before_it_do_not_count() -> None:
    claim = "Al Shabaab claimed responsibility."
    filler = "Officials gave no details."
    sents = sentences(claim, "A bomb exploded on Monday.", *[filler] * 5, claim)
    assert claim_sentences(sents, 1) == []
