"""Coding with several worker processes on one machine.

The parent loads every stage once, then forks the workers, which inherit the loaded model and
indexes copy-on-write (no reload, no pickling of spaCy objects). Workers receive chunks of articles
and send back coded rows (never `Doc` objects); the parent yields them in input order, so a run
with N workers writes exactly what a run with one writes.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import traceback
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from coder.errors import CoderError
from coder.models import Article, CodedArticle
from coder.pipeline import Coder

CHUNK = 32


def _worker(coder: Coder, run_id: str, tasks: Any, results: Any) -> None:
    # One BLAS thread per worker: with a BLAS pool in each of N workers on N cores the threads
    # fight for the cores (measured: 2 workers ran slower than 1 until this was set).
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    while True:
        item = tasks.get()
        if item is None:
            return
        index, chunk = item
        try:
            results.put((index, list(coder.code(chunk, run_id)), None))
        except Exception:  # a worker must report, never die silently
            results.put((index, [], traceback.format_exc()))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def code_parallel(
    coder: Coder, articles: Iterable[Article], run_id: str, workers: int
) -> Iterator[CodedArticle]:
    """Code articles with ``workers`` forked processes, yielding results in input order.

    Raises:
        CoderError: a worker failed (its traceback is in the message).
    """
    if workers <= 1 or not hasattr(os, "fork"):
        yield from coder.code(articles, run_id)
        return
    ctx = mp.get_context("fork")
    tasks = ctx.Queue(maxsize=workers * 4)
    results = ctx.Queue()
    procs = [
        ctx.Process(target=_worker, args=(coder, run_id, tasks, results), daemon=True)
        for _ in range(workers)
    ]
    for p in procs:
        p.start()
    pending: dict[int, list[CodedArticle]] = {}
    next_out = 0
    sent = 0
    try:
        chunks = _chunks(articles, CHUNK)
        exhausted = False
        while True:
            # keep every worker busy without reading the whole input into memory
            while not exhausted and sent - next_out < workers * 3:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                tasks.put((sent, chunk))
                sent += 1
            if exhausted and next_out == sent:
                break
            index, coded, error = results.get()
            if error:
                raise CoderError(f"a coding worker failed:\n{error}")
            pending[index] = coded
            while next_out in pending:
                yield from pending.pop(next_out)
                next_out += 1
    finally:
        for _ in procs:
            try:
                tasks.put_nowait(None)
            except Exception:  # the queue is full only when we are failing anyway
                break
        for p in procs:
            p.join(timeout=5)
            if p.is_alive():
                p.terminate()
