"""After Ctrl-C, Inspect prints nothing more: lrmsafe says what happened, in one line.

Inspect 0.3.285's ``eval_set`` treats a task cancelled by Ctrl-C as done and
prints "Completed all tasks in '...' successfully" just before lrmsafe reports
the interrupt (``_checks.check_interrupted``): two contradicting lines.

The signal cannot be watched with a handler of ours: asyncio's runner takes
over SIGINT (a graceful cancel of the run) only while Python's own handler is
installed. So the C-level wakeup fd is used instead: Python writes the number
of each signal it receives to that socket, and a thread that reads it quiets
Inspect's (rich) console at the first SIGINT or SIGTERM until ``eval_set``
returns.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import threading
from collections.abc import Iterator

import rich

_STOPS = {int(signal.SIGINT), int(signal.SIGTERM)}


@contextlib.contextmanager
def silence_inspect_after_interrupt() -> Iterator[None]:
    """Around ``eval_set``: once SIGINT/SIGTERM arrives, Inspect's output stops."""
    console = rich.get_console()
    quiet = console.quiet
    reader, writer = socket.socketpair()
    writer.setblocking(False)
    try:
        previous = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread: signals are not ours to watch
        reader.close()
        writer.close()
        yield
        return

    def watch() -> None:
        while data := reader.recv(64):
            if _STOPS.intersection(data):
                console.quiet = True

    thread = threading.Thread(target=watch, name="lrmsafe-interrupt", daemon=True)
    thread.start()
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(previous)
        writer.shutdown(socket.SHUT_RDWR)  # the thread's recv returns b""
        thread.join()
        reader.close()
        writer.close()
        console.quiet = quiet
