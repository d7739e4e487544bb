"""The Prometheus endpoint's HTTP server: one thread, however many connections. No Qt.

prometheus_client's own ``start_http_server`` starts a thread for every connection,
inside the kiosk process: 600 half-open connections made 612 threads. This server runs
one asyncio event loop in one daemon thread instead:

- **Only** ``GET`` / ``HEAD`` **of** ``/metrics`` (a query string is ignored); any other
  path is 404, any other method 405. One answer a connection, then it is closed.
- **Bounded.** At most `MAX_CONNECTIONS` connections wait for their request at once;
  one more closes the one that has waited longest, so a flood of silent connections
  cannot keep a real scrape (which sends its request at once) out. A request line
  and headers must arrive within `REQUEST_TIMEOUT_S` and fit in `MAX_REQUEST_BYTES`,
  or the connection is closed. A slow or silent client costs a socket for a few
  seconds, never a thread.
- The page is made on the loop's thread by ``render()`` (the exposition text of a
  private registry: quick, and the registry is thread-safe).

Bind errors are raised by `MetricsHttpServer.start` in the caller's thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import threading
from collections.abc import Callable

log = logging.getLogger(__name__)

__all__ = ["MAX_CONNECTIONS", "MetricsHttpServer"]

#: Connections waiting for their request at once; one more closes the oldest.
MAX_CONNECTIONS = 32
#: Time for a client to send its request line and headers.
REQUEST_TIMEOUT_S = 5.0
#: Longest request head accepted.
MAX_REQUEST_BYTES = 8192
PATH = "/metrics"

_REASONS = {
    200: "OK",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    500: "Internal Server Error",
}


def _answer(status: int, body: bytes, content_type: str, *, head: bool = False) -> bytes:
    lines = [
        f"HTTP/1.1 {status} {_REASONS[status]}",
        f"Content-Type: {content_type}",
        f"Content-Length: {len(body)}",
        "Connection: close",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("ascii") + (b"" if head else body)


class MetricsHttpServer:
    """Serves ``render()`` (returns the page and its content type) at ``/metrics``."""

    def __init__(
        self,
        address: str,
        port: int,
        render: Callable[[], tuple[bytes, str]],
        *,
        max_connections: int = MAX_CONNECTIONS,
        request_timeout_s: float = REQUEST_TIMEOUT_S,
    ) -> None:
        self.address = address
        self.port = port
        self._render = render
        self._max = max_connections
        self._timeout = request_timeout_s
        # Connections still waiting for their request, oldest first (loop thread only).
        self._waiting: dict[asyncio.Task[None], None] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    @property
    def server_port(self) -> int:
        """The bound port (the real one when asked for port 0)."""
        return self.port

    def start(self) -> int:
        """Bind (OSError if the address or port cannot be had) and serve from a daemon
        thread. Returns the bound port."""
        family = socket.AF_INET6 if ":" in self.address else socket.AF_INET
        sock = socket.create_server((self.address, self.port), family=family, backlog=64)
        sock.setblocking(False)
        self.port = int(sock.getsockname()[1])
        loop = asyncio.new_event_loop()
        started = threading.Event()
        failed: list[BaseException] = []

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                server = loop.run_until_complete(
                    asyncio.start_server(self._serve, sock=sock, limit=MAX_REQUEST_BYTES)
                )
            except BaseException as exc:  # noqa: BLE001 - handed to start()
                failed.append(exc)
                started.set()
                loop.close()
                return
            started.set()
            try:
                loop.run_forever()
            finally:
                server.close()
                loop.run_until_complete(server.wait_closed())
                pending = asyncio.all_tasks(loop)
                for task in pending:
                    task.cancel()
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                loop.close()

        self._loop = loop
        self._thread = threading.Thread(target=run, name="metrics-http", daemon=True)
        self._thread.start()
        started.wait()
        if failed:
            sock.close()
            self._loop = self._thread = None
            raise OSError(f"metrics endpoint: {failed[0]}") from failed[0]
        return self.port

    def stop(self, timeout: float = 5.0) -> None:
        """Close every connection and the listening socket; wait for the thread."""
        loop, thread = self._loop, self._thread
        self._loop = self._thread = None
        if loop is None or thread is None:
            return
        with contextlib.suppress(RuntimeError):  # the loop has already stopped
            loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._waiting[task] = None
        while len(self._waiting) > self._max:  # too many: the longest waiting goes
            oldest = next(iter(self._waiting))
            del self._waiting[oldest]
            oldest.cancel()
        try:
            try:
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), self._timeout)
            except (
                TimeoutError,
                asyncio.IncompleteReadError,
                asyncio.LimitOverrunError,
                ConnectionError,
            ):
                return  # silent, slow, too long or gone: closed without an answer
            self._waiting.pop(task, None)
            writer.write(self._respond(head))
            with contextlib.suppress(TimeoutError, ConnectionError):
                await asyncio.wait_for(writer.drain(), self._timeout)
        except Exception:  # noqa: BLE001 - one bad connection must not reach the loop
            log.exception("metrics: a connection failed")
        finally:
            self._waiting.pop(task, None)
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), 1.0)

    def _respond(self, head: bytes) -> bytes:
        text = "text/plain; charset=utf-8"
        parts = head.split(b"\r\n", 1)[0].decode("latin-1").split()
        if len(parts) != 3 or not parts[2].startswith("HTTP/"):
            return _answer(400, b"Bad request\n", text)
        method, target = parts[0], parts[1]
        path = target.split("?", 1)[0]
        if path != PATH:
            return _answer(404, b"Not found: only /metrics is served here\n", text)
        if method not in ("GET", "HEAD"):
            return _answer(405, b"Only GET and HEAD\n", text)
        try:
            body, content_type = self._render()
        except Exception:  # noqa: BLE001 - a broken collector must not end the server
            log.exception("metrics: the page could not be made")
            return _answer(500, b"The metrics could not be made\n", text)
        return _answer(200, body, content_type, head=method == "HEAD")
