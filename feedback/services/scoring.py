"""Sentiment scoring spread over worker processes, so an import uses every core.

VADER dominates an import's cost. The importer hands batches of texts to a pool of processes (one per
core) and keeps only a few batches in flight, so memory stays flat however large the file is.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from ..domain.sentiment import SentimentScorer

T = TypeVar("T")
Job = tuple[str, float | None, str]  # text, rating, kind
Scored = tuple[float, str]  # compound, label

_scorer: SentimentScorer | None = None


def _scorer_instance() -> SentimentScorer:
    global _scorer
    if _scorer is None:
        _scorer = SentimentScorer()
    return _scorer


def score_batch(jobs: list[Job]) -> list[Scored]:
    """Score one batch of (text, rating, kind); runs in a worker process or inline."""
    scorer = _scorer_instance()
    out: list[Scored] = []
    for text, rating, kind in jobs:
        result = scorer.score(text, rating, kind)
        out.append((result.compound, result.label.value))
    return out


def default_workers() -> int:
    """Return how many scoring processes to start: one per usable core."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def score_pipeline(batches: Iterable[tuple[T, list[Job]]], workers: int) -> Iterator[tuple[T, list[Scored]]]:
    """Score ``(payload, jobs)`` batches in order, with ``workers`` processes (0 means inline).

    Yields each payload with its scores, in input order. At most ``2 * workers`` batches are in flight,
    which bounds memory; the caller's work on a yielded batch overlaps the workers' scoring of the next.
    """
    if workers <= 0:
        for payload, jobs in batches:
            yield payload, score_batch(jobs)
        return
    # spawn: the import may run inside a threaded worker, where fork is unsafe.
    context = multiprocessing.get_context("spawn")
    pending: deque[tuple[T, Future[list[Scored]]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for payload, jobs in batches:
            pending.append((payload, pool.submit(score_batch, jobs)))
            if len(pending) >= 2 * workers:
                done_payload, future = pending.popleft()
                yield done_payload, future.result()
        while pending:
            done_payload, future = pending.popleft()
            yield done_payload, future.result()
