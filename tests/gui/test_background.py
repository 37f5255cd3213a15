"""kiosk.services.threads.Background: the job runs on its own thread, the answer comes on the interface thread."""

from __future__ import annotations

import threading

from kiosk.services.threads import Background


def test_job_off_the_interface_thread_answer_on_it(qtbot):
    runner = Background("test")
    main = threading.current_thread()
    seen = {}

    def job():
        seen["job"] = threading.current_thread()
        return 42

    def done(value):
        seen["done"] = (threading.current_thread(), value)

    runner.run(job, done)
    qtbot.waitUntil(lambda: "done" in seen, timeout=5000)
    assert seen["job"] is not main and seen["done"] == (main, 42)


def test_a_failing_job_reaches_failed_and_a_hung_one_holds_only_itself(qtbot):
    runner = Background("test")
    hang = threading.Event()
    answers = []
    runner.run(lambda: hang.wait(30), lambda _v: answers.append("hung"))       # a stick that never answers
    runner.run(lambda: 1 / 0, lambda _v: answers.append("done"), lambda exc: answers.append(type(exc).__name__))
    runner.run(lambda: "next", answers.append)
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=5000)
    assert sorted(answers) == ["ZeroDivisionError", "next"]
    hang.set()
    qtbot.waitUntil(lambda: len(answers) == 3, timeout=5000)
