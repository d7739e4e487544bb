"""One connection to the MQTT broker that never makes its caller wait.

paho-mqtt runs the network in a thread of its own (``loop_start``) and reconnects by
itself. Everything else runs on one more thread, the connection's *worker*: paho's
callbacks only put work in the worker's inbox, and so do callers on other threads
(``call``). So the code that keeps the state (what is retained, what waits in the
queue, which message was acknowledged) runs on one thread and needs no locks, and
paho's locks are never taken in an order that could deadlock.

While the broker cannot be reached:

- *kept* messages (``keep``: retained state such as a kiosk's status or an open help
  request) are not queued at all: the latest of each is published again on every
  connect, so a broker that restarted without its retained messages gets them back;
- other messages (``send``) wait in a queue of at most ``queue_max``: a newer retained
  message on the same topic replaces an older one, and when the queue is full the
  oldest is dropped (and counted).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from kiosk.core.clock import Clock, SystemClock

if TYPE_CHECKING:
    from kiosk.core.config import FleetConfig

__all__ = ["BrokerSettings", "Connection", "Handler"]

log = logging.getLogger(__name__)

#: Seconds between reconnect attempts: from the first to the longest.
RECONNECT_DELAYS = (1, 15)
#: Seconds to wait for a TCP (and TLS) connection to the broker.
CONNECT_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class BrokerSettings:
    """Where the broker is and how to log in (from ``[fleet]``)."""

    host: str
    port: int = 0
    tls: bool = False
    ca_file: str = ""
    username: str = ""
    password: str = ""
    keepalive_s: int = 30
    queue_max: int = 100

    @classmethod
    def from_config(cls, fleet: FleetConfig) -> BrokerSettings:
        return cls(
            fleet.broker,
            fleet.port,
            fleet.tls,
            fleet.ca_file,
            fleet.username,
            fleet.password,
            fleet.keepalive_s,
            fleet.queue_max,
        )

    @property
    def effective_port(self) -> int:
        return self.port or (8883 if self.tls else 1883)

    @property
    def address(self) -> str:
        """host:port, for logs and the staff panel (never the password)."""
        return f"{self.host}:{self.effective_port}"


class Handler(Protocol):
    """What a connection's owner does, always on the connection's worker thread."""

    def on_connected(self) -> None: ...

    def on_disconnected(self) -> None: ...

    def on_message(self, topic: str, payload: bytes) -> None: ...

    def on_tick(self) -> None: ...


_STOP = object()


@dataclass
class _Queued:
    topic: str
    payload: bytes
    retain: bool


class Connection:
    """A broker connection for ``handler``. ``start()`` returns at once; the connection
    is made (and remade) in the background."""

    def __init__(
        self,
        settings: BrokerSettings,
        client_id: str,
        handler: Handler,
        *,
        subscriptions: list[str],
        will: tuple[str, bytes] | None = None,
        tick_s: float = 0.5,
        clock: Clock | None = None,
        name: str = "fleet",
    ) -> None:
        self.settings, self.client_id, self._handler = settings, client_id, handler
        self._subscriptions, self._will, self._tick_s = list(subscriptions), will, tick_s
        self._clock = clock or SystemClock()
        self._name = name
        self._inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._kept: dict[str, bytes] = {}
        self._queue: deque[_Queued] = deque()
        self._acks: dict[int, Callable[[], None]] = {}
        self._client: Any = None
        self._worker: threading.Thread | None = None
        # Read from any thread (single assignments of immutable values).
        self.connected = False
        self.dropped = 0
        self.queued = 0
        self.problem: str | None = None
        self.down_since: datetime | None = self._clock.now()
        self.stopped = False

    # ---- any thread ------------------------------------------------------------------

    def start(self) -> None:
        """Connect in the background; the worker thread starts at once."""
        self._worker = threading.Thread(target=self._run, name=f"{self._name}-worker", daemon=True)
        self._worker.start()
        self.call(self._connect)

    def call(self, work: Callable[[], None]) -> None:
        """Run ``work`` on the worker thread, after what is already waiting there."""
        self._inbox.put(work)

    def stop(self, final: list[tuple[str, bytes]] | None = None, timeout: float = 3.0) -> None:
        """Publish ``final`` retained messages (if connected), disconnect and end both
        threads. Waits at most about ``timeout`` seconds."""
        if self.stopped:
            return
        self.stopped = True
        self.call(partial(self._shutdown, final or []))
        self._inbox.put(_STOP)
        if self._worker is not None:
            self._worker.join(timeout)
        client = self._client
        if client is not None:
            client._thread_terminate = True  # paho's loop_stop() would join without limit
            thread = getattr(client, "_thread", None)
            if thread is not None and thread is not threading.current_thread():
                thread.join(timeout)

    # ---- the worker thread -----------------------------------------------------------

    def _run(self) -> None:
        next_tick = self._clock.monotonic() + self._tick_s
        while True:
            wait = max(0.0, min(self._tick_s, next_tick - self._clock.monotonic()))
            try:
                item = self._inbox.get(timeout=wait)
            except queue.Empty:
                item = None
            if item is _STOP:
                return
            if item is not None:
                self._safely(item)
            if self._clock.monotonic() >= next_tick or item is None:
                next_tick = self._clock.monotonic() + self._tick_s
                self._safely(self._handler.on_tick)

    def _safely(self, work: Callable[[], None]) -> None:
        try:
            work()
        except Exception:  # noqa: BLE001 - the worker must outlive any one mistake
            log.exception("%s: error in the fleet worker", self._name)

    def _connect(self) -> None:
        import paho.mqtt.client as mqtt
        from paho.mqtt.enums import CallbackAPIVersion

        s = self.settings
        client = mqtt.Client(
            callback_api_version=CallbackAPIVersion.VERSION2,
            client_id=self.client_id,
            protocol=mqtt.MQTTv311,
            clean_session=True,
        )
        if s.username:
            client.username_pw_set(s.username, s.password or None)
        if s.tls:
            try:
                client.tls_set(ca_certs=s.ca_file or None)
            except (OSError, ValueError) as exc:
                self.problem = f"TLS cannot be set up: {type(exc).__name__}: {exc}"
                log.error("%s: %s", self._name, self.problem)
                return
        if self._will is not None:
            client.will_set(self._will[0], self._will[1], qos=1, retain=True)
        client.reconnect_delay_set(*RECONNECT_DELAYS)
        client.connect_timeout = CONNECT_TIMEOUT_S
        # paho's own queue for messages handed over just as the connection broke.
        client.max_queued_messages_set(s.queue_max)
        client.on_connect = lambda _c, _u, _f, code, _p: self.call(partial(self._on_connect, code))
        client.on_connect_fail = lambda _c, _u: self.call(partial(self._on_down, "cannot connect"))
        client.on_disconnect = lambda _c, _u, _f, code, _p: self.call(
            partial(self._on_down, f"disconnected ({code})")
        )
        client.on_message = lambda _c, _u, msg: self.call(
            partial(self._handler.on_message, msg.topic, bytes(msg.payload))
        )
        client.on_publish = lambda _c, _u, mid, _code, _p: self.call(partial(self._on_acked, mid))
        self._client = client
        try:
            client.connect_async(s.host, s.effective_port, s.keepalive_s)
        except (OSError, ValueError) as exc:
            self.problem = f"cannot connect to {s.address}: {exc}"
            log.error("%s: %s", self._name, self.problem)
            return
        client.loop_start()
        log.info("%s: connecting to %s as %s", self._name, s.address, self.client_id)

    def _on_connect(self, code: Any) -> None:
        if getattr(code, "is_failure", False):
            self.problem = f"the broker at {self.settings.address} refused: {code}"
            log.error("%s: %s", self._name, self.problem)
            self._set_down()
            return
        self.connected, self.problem, self.down_since = True, None, None
        log.info("%s: connected to %s", self._name, self.settings.address)
        client = self._client
        for topic in self._subscriptions:
            client.subscribe(topic, qos=1)
        for topic, payload in self._kept.items():
            client.publish(topic, payload, qos=1, retain=True)
        while self._queue:
            item = self._queue.popleft()
            client.publish(item.topic, item.payload, qos=1, retain=item.retain)
        self.queued = 0
        self._handler.on_connected()

    def _on_down(self, why: str) -> None:
        was = self.connected
        if was:
            log.warning("%s: %s from %s", self._name, why, self.settings.address)
        if was or self.problem is None:
            self.problem = f"cannot reach the broker at {self.settings.address}"
        self._set_down()
        if was:
            self._handler.on_disconnected()

    def _set_down(self) -> None:
        if self.connected or self.down_since is None:
            self.down_since = self._clock.now()
        self.connected = False

    def _on_acked(self, mid: int) -> None:
        done = self._acks.pop(mid, None)
        if done is not None:
            done()

    def _publish(
        self, topic: str, payload: bytes, retain: bool, on_acked: Callable[[], None] | None
    ) -> None:
        info = self._client.publish(topic, payload, qos=1, retain=retain)
        if on_acked is not None:
            self._acks[info.mid] = on_acked

    def keep(self, topic: str, payload: bytes, on_acked: Callable[[], None] | None = None) -> None:
        """Retained state: published now if connected, and again on every connect.
        ``on_acked`` runs when the broker has it (only for a publish made now)."""
        self._kept[topic] = payload
        if self.connected:
            self._publish(topic, payload, True, on_acked)

    def forget(self, topic: str) -> None:
        """No longer kept: the retained message is removed from the broker."""
        self._kept.pop(topic, None)
        self.send(topic, b"", retain=True)

    def send(
        self,
        topic: str,
        payload: bytes,
        *,
        retain: bool = False,
        on_acked: Callable[[], None] | None = None,
    ) -> None:
        """Publish (QoS 1) now, or queue it until the broker can be reached."""
        if self.connected:
            self._publish(topic, payload, retain, on_acked)
            return
        if retain:  # only the latest retained message of a topic counts
            for item in [i for i in self._queue if i.retain and i.topic == topic]:
                self._queue.remove(item)
        self._queue.append(_Queued(topic, payload, retain))
        while len(self._queue) > self.settings.queue_max:
            self._queue.popleft()
            self.dropped += 1
        self.queued = len(self._queue)

    def _shutdown(self, final: list[tuple[str, bytes]]) -> None:
        client = self._client
        if client is None:
            return
        if self.connected:
            for topic, payload in final:
                client.publish(topic, payload, qos=1, retain=True)
        client.disconnect()
        self.connected = False
