"""The supervised worker pool: a job past its time budget or a worker that dies fails that job
alone, and the pool goes on with a fresh worker."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import Future
from typing import Any

import pytest

from ftz_desktop.services import pool


def _square(x: int) -> int:
    return x * x


def _sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def _crash(_x: int) -> None:
    os.kill(os.getpid(), signal.SIGSEGV)  # what a parser crashing inside C code does


def _fail(x: int) -> None:
    raise ValueError(f"bad input {x}")


def test_results_errors_timeouts_and_crashes_each_stay_with_their_job() -> None:
    p = pool.SupervisedPool(2, job_seconds=8)  # the first job also imports this test module
    try:
        started = time.monotonic()
        futures: list[Future[Any]] = [
            p.submit(_square, 3),
            p.submit(_sleep, 60),
            p.submit(_crash, 0),
            p.submit(_fail, 7),
            *(p.submit(_square, i) for i in range(10)),
        ]
        assert futures[0].result(timeout=30) == 9
        with pytest.raises(pool.TookTooLong, match="took too long"):
            futures[1].result(timeout=30)
        with pytest.raises(pool.WorkerLost, match="crashed"):
            futures[2].result(timeout=30)
        with pytest.raises(ValueError, match="bad input 7"):
            futures[3].result(timeout=30)
        assert [f.result(timeout=30) for f in futures[4:]] == [i * i for i in range(10)]
        assert time.monotonic() - started < 40
    finally:
        p.shutdown(wait=False, cancel_futures=True)


def test_shutdown_stops_the_workers() -> None:
    p = pool.SupervisedPool(1, job_seconds=30)
    assert p.submit(_square, 4).result(timeout=30) == 16
    workers = [s.process for s in p._slots]
    p.shutdown(wait=False, cancel_futures=True)
    assert workers and all(not w.is_alive() for w in workers)
