"""kiosk.services.threads: the one hand-off between worker threads and the interface thread.

Every check that something did NOT arrive first waits for a sentinel handed
over after it from the same thread: calls from one thread arrive in order, so
once the sentinel ran, the dropped call would have run too.
"""

from __future__ import annotations

import logging
import threading

from kiosk.services import threads
from kiosk.services.threads import Answers, Background, run_task, to_main


def _on_plain_thread(func) -> None:
    """Run `func` on a plain Python thread (as paho-mqtt's would be) and wait for it to end."""
    worker = threading.Thread(target=func, name="plain-python-thread")
    worker.start()
    worker.join(10)
    assert not worker.is_alive()


def test_to_main_from_a_plain_python_thread_arrives_on_the_interface_thread_in_order(qtbot):
    main = threading.current_thread()
    seen: list[tuple[int, threading.Thread]] = []

    _on_plain_thread(lambda: [to_main(lambda i=i: seen.append((i, threading.current_thread())))
                              for i in range(500)])
    qtbot.waitUntil(lambda: len(seen) == 500, timeout=5000)
    assert [i for i, _ in seen] == list(range(500))
    assert {t for _, t in seen} == {main}


def test_to_main_passes_arguments_and_runs_later_even_from_the_interface_thread(qtbot):
    seen = []
    to_main(seen.append, "answer")
    assert seen == []   # not inside the caller: the caller's own state is finished first
    qtbot.waitUntil(lambda: seen == ["answer"], timeout=5000)


def test_the_receiver_made_on_a_worker_still_runs_calls_on_the_interface_thread(qtbot, monkeypatch):
    # As if the MQTT client's thread made the very first hand-off of the process.
    monkeypatch.setattr(threads, "_receiver", None)
    main = threading.current_thread()
    seen = []
    _on_plain_thread(lambda: to_main(lambda: seen.append(threading.current_thread())))
    qtbot.waitUntil(lambda: seen == [main], timeout=5000)


def test_a_raising_callback_is_logged_and_the_next_one_runs(qtbot, caplog):
    seen = []

    def broken():
        raise ValueError("a feature's bug")

    with caplog.at_level(logging.ERROR, logger="kiosk.threads"):
        _on_plain_thread(lambda: (to_main(broken), to_main(seen.append, "next")))
        qtbot.waitUntil(lambda: seen == ["next"], timeout=5000)
    failures = [r for r in caplog.records if r.exc_info and r.exc_info[0] is ValueError]
    assert len(failures) == 1 and "broken" in failures[0].getMessage()


def test_a_raising_answer_is_logged_and_the_next_answer_arrives(qtbot, caplog):
    answers = Answers(None, "test-worker")
    seen = []
    with caplog.at_level(logging.ERROR, logger="kiosk.threads"):
        _on_plain_thread(lambda: (answers.to_main(lambda: 1 / 0), answers.to_main(seen.append, "next")))
        qtbot.waitUntil(lambda: seen == ["next"], timeout=5000)
    failures = [r for r in caplog.records if r.exc_info and r.exc_info[0] is ZeroDivisionError]
    assert len(failures) == 1 and "test-worker" in failures[0].getMessage()


def test_an_answer_already_on_its_way_when_stop_is_called_is_dropped(qtbot):
    answers = Answers(None, "test-worker")
    seen = []
    # The worker has handed its answer over; the interface thread has not run it yet.
    _on_plain_thread(lambda: answers.to_main(seen.append, "stale"))
    answers.stop()
    _on_plain_thread(lambda: to_main(seen.append, "sentinel"))
    qtbot.waitUntil(lambda: "sentinel" in seen, timeout=5000)
    assert seen == ["sentinel"]


def test_after_stop_the_worker_is_told_nobody_listens(qtbot):
    answers = Answers(None, "test-worker")
    answers.stop()
    told = []
    _on_plain_thread(lambda: told.append(answers.to_main(print, "never")))
    assert told == [False]


def test_run_task_answers_on_the_interface_thread_and_none_after_stop(qtbot):
    main = threading.current_thread()
    answers = Answers(None, "test-job")
    seen = []
    release = threading.Event()

    def job():
        seen.append(("job", threading.current_thread() is main))
        return 42

    run_task(job, lambda v: seen.append(("done", threading.current_thread() is main, v)), name="t", answers=answers)
    qtbot.waitUntil(lambda: ("done", True, 42) in seen, timeout=5000)
    assert seen[0] == ("job", False)

    late = run_task(lambda: release.wait(10), lambda _v: seen.append("late"), name="t", answers=answers)
    answers.stop()
    release.set()
    late.join(10)
    _on_plain_thread(lambda: to_main(seen.append, "sentinel"))
    qtbot.waitUntil(lambda: "sentinel" in seen, timeout=5000)
    assert "late" not in seen


def test_a_failing_task_without_failed_is_logged_on_its_thread(qtbot, caplog):
    with caplog.at_level(logging.ERROR, logger="kiosk.threads"):
        run_task(lambda: 1 / 0, lambda _v: None, name="sum").join(10)
    assert any("sum: background job failed" in r.getMessage() for r in caplog.records)


def test_no_answer_reaches_an_owner_that_was_deleted(qtbot):
    from PySide6.QtCore import QObject

    owner = QObject()
    runner = Background("test", owner)
    release = threading.Event()
    seen = []
    job = runner.run(lambda: release.wait(10), lambda _v: seen.append("answer"))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not threads._alive(runner), timeout=5000)
    release.set()
    job.join(10)   # the answer has been handed over
    _on_plain_thread(lambda: to_main(seen.append, "sentinel"))
    qtbot.waitUntil(lambda: "sentinel" in seen, timeout=5000)
    assert seen == ["sentinel"]


def test_to_main_passes_keywords(qtbot):
    seen = []
    to_main(lambda **kw: seen.append(kw), key="value")
    qtbot.waitUntil(lambda: seen == [{"key": "value"}], timeout=5000)
