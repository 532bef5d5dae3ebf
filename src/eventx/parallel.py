"""Worker processes for ``extract_many(n_process=N)``: forked, so they inherit the loaded pipeline.

spaCy's own ``nlp.pipe(n_process=N)`` pickles the pipeline into each worker; forking copies the
loaded process instead (copy-on-write), so workers start at once. Batches go out in input order, at
most a few per worker in flight (a long stream is never read ahead), and come back in input order.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["batches", "forked_map", "worker_count"]

_state: tuple[Any, Callable[..., Any]] | None = None  # (pipeline, batch function), set in each worker


def batches(pairs: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter)."""
    it = iter(pairs)
    while batch := list(islice(it, size)):
        yield batch


def worker_count(n_process: int) -> int:
    """The number of processes to run: ``n_process``, or one per core for ``-1``; 1 where the platform
    cannot fork (with a warning)."""
    if n_process == -1:
        n_process = os.cpu_count() or 1
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be a positive integer or -1, got {n_process!r}")
    if n_process > 1 and "fork" not in mp.get_all_start_methods():
        warnings.warn("this platform cannot fork worker processes: extract_many runs in one", stacklevel=3)
        return 1
    return n_process


def _init(nlp: Any, run: Callable[..., Any]) -> None:
    global _state
    _state = (nlp, run)  # inherited through fork, never pickled


def _work(batch: Any) -> Any:
    assert _state is not None, "worker process not initialised"
    nlp, run = _state
    return run(nlp, batch)


def forked_map(nlp: Any, run: Callable[[Any, T], R], items: Iterable[T], workers: int) -> Iterator[R]:
    """``run(nlp, item)`` for each item in ``workers`` forked processes; results in input order."""
    ctx = mp.get_context("fork")
    window = 2 * workers
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # Python 3.12+: fork with threads running
        executor = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init, initargs=(nlp, run))
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                pending.append(executor.submit(_work, item))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
