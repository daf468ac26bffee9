"""Plain-text rendering of an evaluation report (fixed-width tables, no colour, no printing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coder.metrics import ClassScore, EvalReport


def _pct(value: float | None) -> str:
    return "   n/a" if value is None else f"{100 * value:5.1f}%"


def _class_table(title: str, classes: list[ClassScore]) -> list[str]:
    width = max([len(title), *(len(c.label) for c in classes)])
    lines = [
        f"{title:<{width}}  support  predicted  precision  recall      F1",
        "-" * (width + 49),
    ]
    for c in classes:
        lines.append(
            f"{c.label:<{width}}  {c.support:7d}  {c.predicted:9d}     {_pct(c.precision)}"
            f"  {_pct(c.recall)}  {_pct(c.f1)}"
        )
    return lines


def render_report(report: EvalReport) -> str:
    """Render every figure of an evaluation as a readable table.

    Args:
        report: the evaluation report.

    Returns:
        Multi-line text; "among matched" divides by the gold events paired with a prediction,
        "per gold" by all gold events (a missed event counts as wrong).
    """
    settings = ", ".join(f"{k}={v}" for k, v in report.settings.items())
    lines = [
        f"Evaluation ({settings})" if settings else "Evaluation",
        f"texts {report.n_texts}   gold events {report.n_gold}   "
        f"predicted events {report.n_pred}   paired {report.n_matched}",
        "",
        "Detection (one-to-one pairing per text, any type)",
        f"  recall     {_pct(report.detection_recall)}   gold events paired with a prediction",
        f"  precision  {_pct(report.detection_precision)}   predictions paired with a gold event",
        f"  F1         {_pct(report.detection_f1)}",
        f"  event precision {_pct(report.event_precision)}   predictions paired with a gold "
        "event of the same event_type",
        "",
        "Type (per gold event, missed = wrong)",
        f"  event_type accuracy        {_pct(report.event_type_accuracy)}"
        f"   weighted F1 {_pct(report.event_type_weighted_f1)}",
        f"  sub_event_type accuracy    {_pct(report.sub_event_type_accuracy)}"
        f"   weighted F1 {_pct(report.sub_event_type_weighted_f1)}",
        "",
        "Fields                among matched   per gold   rule",
        "-" * 78,
    ]
    for name, score in report.fields.items():
        lines.append(
            f"  {name:<20} {_pct(score.among_matched)}       {_pct(score.per_gold)}    {score.rule}"
        )
    lines.append("")
    lines.extend(_class_table("event_type", report.event_types))
    lines.append("")
    lines.extend(_class_table("sub_event_type", report.sub_event_types))
    return "\n".join(lines) + "\n"
