"""The query worker pool keeps its workers whatever happens to a request: answered, timed out or dropped."""

import asyncio
import os

import pytest

from kg.serve.app import load_served
from kg.serve.execute import Job
from kg.serve.workers import WorkerPool

CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
COUNT = Job("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", accept="application/sparql-results+json")


@pytest.fixture
def pool(built):
    pool = WorkerPool(load_served(built), workers=1, timeout=2.0)
    yield pool
    pool.close()


def test_a_query_is_answered_and_its_worker_reused(pool):
    async def twice():
        return [await pool.answer(COUNT) for _ in range(2)]

    first, second = asyncio.run(twice())
    assert first.status == second.status == 200 and first.body == second.body
    assert len(pool._all) == 1


def test_an_overrunning_query_is_stopped_and_its_worker_replaced(pool):
    async def overrun_then_count():
        return await pool.answer(Job(CROSS_JOIN)), await pool.answer(COUNT)

    stopped, counted = asyncio.run(overrun_then_count())
    assert stopped.status == 503 and b"time limit" in stopped.body
    assert counted.status == 200


def test_a_dropped_request_gives_its_worker_back(pool):
    async def drop_then_count():
        running = asyncio.ensure_future(pool.answer(Job(CROSS_JOIN)))
        await asyncio.sleep(0.3)
        waiting = asyncio.ensure_future(pool.answer(COUNT))  # waits for the only worker
        await asyncio.sleep(0.3)
        running.cancel()
        waiting.cancel()
        await asyncio.gather(running, waiting, return_exceptions=True)
        return await asyncio.wait_for(pool.answer(COUNT), timeout=4)

    assert asyncio.run(drop_then_count()).status == 200


@pytest.fixture
def patient_pool(built):
    """One worker with a time limit that a loaded machine cannot reach: a 503 here is the pipe's fault."""
    pool = WorkerPool(load_served(built), workers=1, timeout=60.0)
    yield pool
    pool.close()


def test_under_uvloop_an_answer_larger_than_the_pipe_arrives_whole(patient_pool):
    """uvloop (what ``kg serve`` runs on) makes a watched pipe non-blocking; ``recv`` needs it blocking, or an
    answer larger than the pipe's buffer is cut short, at random, into a 503."""
    uvloop = pytest.importorskip("uvloop")
    pool = patient_pool
    large = Job("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 2000", accept="application/sparql-results+json")

    async def thrice():
        return [await pool.answer(large) for _ in range(3)]

    answers = uvloop.run(thrice())
    assert [a.status for a in answers] == [200] * 3 and len(answers[0].body) > 200_000
    (worker,) = pool._all
    assert os.get_blocking(worker.connection.fileno())
