"""A coding job: read inputs, code them, write events, articles and quarantine to the store."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from coder.config import CoderConfig
from coder.ingest import detect_format, read_articles
from coder.models import Article, CodedArticle, Rejected
from coder.parallel import code_parallel
from coder.pipeline import Coder
from coder.store import Store

WRITE_BATCH = 256


@dataclass
class RunSummary:
    """What a coding job did; the CLI prints it and picks the exit code from it."""

    run_id: str
    articles_read: int = 0
    articles_coded: int = 0
    quarantined: int = 0
    events_written: int = 0
    sentences: int = 0
    seconds: float = 0.0
    reasons: dict[str, int] = field(default_factory=dict)


def run_coding(
    inputs: Sequence[Path],
    db: Path,
    config: CoderConfig,
    *,
    published: date | None = None,
    coder: Coder | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> RunSummary:
    """Code every article of ``inputs`` into the DuckDB file ``db``.

    Args:
        inputs: files (JSONL, CSV, parquet, .txt) or folders of .txt files.
        db: the DuckDB file (created and migrated if new).
        config: the run's settings.
        published: publication date for inputs that carry none (.txt files).
        coder: already-loaded stages to reuse (None loads them from ``config``).
        on_progress: called with the number of articles coded so far.

    Returns:
        The run's summary; ``quarantined > 0`` means some input was rejected (exit 3).
    """
    started = time.perf_counter()
    for path in inputs:
        detect_format(path)  # a missing file or unknown format fails before any work is done
    rejected: list[Rejected] = []

    def valid_articles() -> Iterable[Article]:
        for item in read_articles(
            inputs, published=published, max_text_bytes=config.max_text_bytes
        ):
            if isinstance(item, Rejected):
                rejected.append(item)
            else:
                yield item

    # open the store first: a locked database fails at once, before the model loads
    with Store(db) as store:
        coder = coder or Coder(config)
        manifest = coder.manifest() | {"inputs": [str(p) for p in inputs]}
        run_id = store.start_run(manifest)
        summary = RunSummary(run_id=run_id)
        batch: list[CodedArticle] = []
        for coded in code_parallel(coder, valid_articles(), run_id, config.workers):
            batch.append(coded)
            summary.articles_coded += 1
            summary.sentences += coded.n_sentences
            if len(batch) >= WRITE_BATCH:
                summary.events_written += store.write_coded(run_id, batch)
                batch = []
            if on_progress is not None:
                on_progress(summary.articles_coded)
        if batch:
            summary.events_written += store.write_coded(run_id, batch)
        if rejected:
            store.write_quarantine(run_id, rejected)
        summary.quarantined = len(rejected)
        summary.articles_read = summary.articles_coded + summary.quarantined
        for r in rejected:
            code = r.reason.split(":", 1)[0]
            summary.reasons[code] = summary.reasons.get(code, 0) + 1
        summary.seconds = time.perf_counter() - started
        store.finish_run(
            run_id,
            {
                "articles_read": summary.articles_read,
                "articles_coded": summary.articles_coded,
                "quarantined": summary.quarantined,
                "events_written": summary.events_written,
                "seconds": round(summary.seconds, 3),
            },
        )
    return summary
