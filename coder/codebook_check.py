"""Running a codebook's own examples: every rule's positive and negative sentences."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from coder.models import Candidate

if TYPE_CHECKING:
    from coder.codebook import Codebook


@dataclass(frozen=True, slots=True)
class CheckFailure:
    """One example that did not code as its rule says."""

    rule_id: str
    text: str
    expected: str
    got: str


@dataclass
class CheckReport:
    """The outcome of running every rule's examples."""

    passed: int = 0
    failed: int = 0
    failures: list[CheckFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every example coded as expected."""
        return self.failed == 0


def _describe(cands: Sequence[Candidate]) -> str:
    if not cands:
        return "nothing"
    return "; ".join(
        f"{c.event_type} / {c.sub_event_type} [{c.rule_id}]"
        f" a1={c.actor1.text if c.actor1 else None!r} a2={c.actor2.text if c.actor2 else None!r}"
        for c in cands
    )


def _positive_ok(cands: Sequence[Candidate], ex: Any) -> bool:
    for c in cands:
        if (c.event_type, c.sub_event_type) != (ex.event_type, ex.sub_event_type):
            continue
        if ex.actor1 is not None and (c.actor1 is None or ex.actor1 not in c.actor1.text):
            continue
        if ex.actor2 is not None and (c.actor2 is None or ex.actor2 not in c.actor2.text):
            continue
        return True
    return False


def check_codebook(
    codebook: Codebook,
    code_text: Callable[[str], Sequence[Candidate]],
    *,
    rule_ids: Collection[str] | None = None,
) -> CheckReport:
    """Run every rule's examples and report the ones that do not code as expected.

    A positive example passes when some candidate has the expected event and sub-event type (and
    actor phrases, when given, occur in the candidate's actor spans). A negative example passes
    when it codes nothing, or, when it names an ``instead`` sub-event type, only that type.

    Args:
        codebook: the codebook whose examples are run.
        code_text: codes one text, e.g. the real pipeline or ``nlp`` + ``find_events``.
        rule_ids: run only these rules' examples (None: every rule).

    Returns:
        The counts and every failure with rule id, sentence, expected and got.
    """
    report = CheckReport()
    for rule in codebook.rules:
        if rule_ids is not None and rule.id not in rule_ids:
            continue
        src = rule.source
        for pos in src.examples.positive:
            cands = code_text(pos.text)
            if _positive_ok(cands, pos):
                report.passed += 1
                continue
            expected = f"{pos.event_type} / {pos.sub_event_type}"
            if pos.actor1 or pos.actor2:
                expected += f" a1={pos.actor1!r} a2={pos.actor2!r}"
            report.failed += 1
            report.failures.append(CheckFailure(rule.id, pos.text, expected, _describe(cands)))
        for neg in src.examples.negative:
            cands = code_text(neg.text)
            if neg.instead is None:
                ok, expected = not cands, "nothing"
            else:
                ok = bool(cands) and all(c.sub_event_type == neg.instead for c in cands)
                expected = f"only {neg.instead}"
            if ok:
                report.passed += 1
            else:
                report.failed += 1
                report.failures.append(CheckFailure(rule.id, neg.text, expected, _describe(cands)))
    return report
