"""Looks at the running kiosk through AT-SPI, the way assistive technology does (A16).

Run with the system Python, which has python3-pyatspi (the kiosk's venv does not),
inside the private D-Bus session and X display that tests/a11y/test_atspi.py starts::

    /usr/bin/python3 atspi_probe.py wait-bus [--timeout S]
    /usr/bin/python3 atspi_probe.py tree --pid PID [--expect SPEC ...] [--timeout S]
    /usr/bin/python3 atspi_probe.py press --pid PID --target SPEC [--timeout S]
    /usr/bin/python3 atspi_probe.py click --pid PID --target SPEC [--timeout S]
    /usr/bin/python3 atspi_probe.py serve --pid PID [--timeout S]

A SPEC names one object: ``ROLE=NAME`` (exact name) or ``ROLE~TEXT`` (name contains
TEXT), with AT-SPI role names such as ``push button``, ``label``, ``filler``.

``serve`` stays up for a walk through many screens: for each line ``tree`` on its
standard input it prints one JSON line with what is showing now (``nodes``, as below,
from a quick walk: see ``BatchWalk``), in a single walk (the kiosk says when its
screen has settled, see kiosk.ui.screen_walk).

Every other command waits (polling, up to the timeout) until what it needs is there, and
prints one JSON object: ``ok`` and, for ``tree``, ``nodes`` (every object of the
application: role, name, description, states, actions, depth), or ``error`` and the
last tree seen when it gave up. The exit status is 0 when ``ok``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")

import pyatspi  # noqa: E402  (python3-pyatspi: only in the system Python)
from gi.repository import Atspi, Gio, GLib  # noqa: E402

#: Names of the action that activates a control, as toolkits spell it.
PRESS_ACTIONS = ("press", "click", "activate")
POLL_S = 0.2


def _spec(text: str) -> tuple[str, str, bool]:
    """``ROLE=NAME`` / ``ROLE~TEXT`` -> (role, text, exact)."""
    for sep, exact in (("=", True), ("~", False)):
        if sep in text:
            role, _, name = text.partition(sep)
            return role.strip(), name, exact
    raise argparse.ArgumentTypeError(f"not ROLE=NAME or ROLE~TEXT: {text!r}")


def _matches(node: dict, spec: tuple[str, str, bool]) -> bool:
    role, name, exact = spec
    if node["role"] != role or "showing" not in node["states"]:
        return False
    return node["name"] == name if exact else name in node["name"]


def find_app(pid: int):
    """The application object of process ``pid``, or None."""
    desktop = pyatspi.Registry.getDesktop(0)
    # Read every name and state from the application itself, never from libatspi's
    # cache: the cache is filled once and then only updated by events this short-lived
    # process may not have dispatched yet, so it can show a screen half retranslated.
    desktop.set_cache_mask(Atspi.Cache.NONE)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def _clear_cache(app) -> None:
    """Read the tree afresh: pages come and go between polls."""
    app.set_cache_mask(Atspi.Cache.NONE)
    app.clear_cache()


def _states(acc) -> list[str]:
    states = acc.getState()
    return sorted(pyatspi.stateToString(s) for s in states.getStates())


def _actions(acc) -> list[str]:
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


#: Roles of controls whose one child is the label that draws their name (the kiosk's
#: BigButton): the quick walk takes the control's name for it.
BUTTON_ROLES = frozenset({"push button", "check box", "radio button", "toggle button"})


def walk(app) -> list[tuple[dict, object]]:
    """Every object under ``app`` as (facts, accessible), depth first."""
    found: list[tuple[dict, object]] = []

    def visit(acc, depth: int, path: str) -> None:
        node = {
            "role": acc.getRoleName(),
            "name": acc.name or "",
            "description": acc.description or "",
            "states": _states(acc),
            "actions": _actions(acc),
            "depth": depth,
            "path": path,
        }
        found.append((node, acc))
        for index in range(acc.childCount):
            child = acc.getChildAtIndex(index)
            if child is not None:
                visit(child, depth + 1, f"{path}/{index}")

    visit(app, 0, "")
    return found


def snapshot(pid: int) -> tuple[list[tuple[dict, object]], str]:
    """The application's tree now, or ([], why not)."""
    app = find_app(pid)
    if app is None:
        return [], f"no application with process id {pid} on the AT-SPI bus"
    _clear_cache(app)
    try:
        return walk(app), ""
    except GLib.Error as exc:  # an object went away while being read: try again
        return [], f"tree changed while read: {exc}"


def _signature(tree: list[tuple[dict, object]]) -> list[tuple]:
    return [
        (n["path"], n["role"], n["name"], n["description"], tuple(n["states"])) for n, _ in tree
    ]


def wait_for(pid: int, specs: list[tuple[str, str, bool]], timeout: float):
    """Poll until every spec matches a showing object, in two walks in a row that found
    the same tree; (tree, error).

    The application answers each question between its own events, so one walk can
    straddle a change (half of the screen read before a language switch, half after);
    two identical walks in a row show a screen that has settled.
    """
    deadline = time.monotonic() + timeout
    tree: list[tuple[dict, object]] = []
    before: list[tuple] | None = None
    error = ""
    while True:
        current, error = snapshot(pid)
        if current:
            tree = current
            missing = [s for s in specs if not any(_matches(n, s) for n, _ in tree)]
            now = _signature(tree)
            if not missing and now == before:
                return tree, ""
            before = now
            error = (
                "not found: "
                + ", ".join(f"{r}{'=' if exact else '~'}{n}" for r, n, exact in missing)
                if missing
                else "the tree kept changing"
            )
        if time.monotonic() > deadline:
            return tree, error
        if before is None or error != "the tree kept changing":
            time.sleep(POLL_S)


def _report(ok: bool, tree: list[tuple[dict, object]], **extra) -> int:
    print(json.dumps({"ok": ok, **extra, "nodes": [node for node, _ in tree]}, ensure_ascii=False))
    return 0 if ok else 1


def _bus_address(session, flags, timeout_ms: int) -> str:
    """The accessibility bus's address, from its launcher on the session bus."""
    reply = session.call_sync(
        "org.a11y.Bus",
        "/org/a11y/bus",
        "org.a11y.Bus",
        "GetAddress",
        None,
        GLib.VariantType("(s)"),
        flags,
        timeout_ms,
        None,
    )
    return reply.unpack()[0]


def cmd_wait_bus(args) -> int:
    """Wait until the accessibility bus launcher answers on the session bus."""
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    deadline = time.monotonic() + args.timeout
    error = ""
    while time.monotonic() <= deadline:
        try:
            address = _bus_address(bus, Gio.DBusCallFlags.NO_AUTO_START, 2000)
            if address:
                print(json.dumps({"ok": True, "address": address}))
                return 0
        except GLib.Error as exc:
            error = str(exc)
        time.sleep(POLL_S)
    print(json.dumps({"ok": False, "error": f"org.a11y.Bus did not answer: {error}"}))
    return 1


def cmd_tree(args) -> int:
    tree, error = wait_for(args.pid, args.expect, args.timeout)
    if error:
        return _report(False, tree, error=error)
    app = find_app(args.pid)
    return _report(True, tree, app={"name": app.name if app else "", "pid": args.pid})


def _target(args):
    tree, error = wait_for(args.pid, [args.target], args.timeout)
    if error:
        return tree, None, error
    for node, acc in tree:
        if _matches(node, args.target):
            return tree, (node, acc), ""
    return tree, None, "target vanished"


def cmd_press(args) -> int:
    """Do the target's press action (the way a screen reader activates a button)."""
    tree, found, error = _target(args)
    if found is None:
        return _report(False, tree, error=error)
    node, acc = found
    names = [name.lower() for name in node["actions"]]
    index = next((names.index(a) for a in PRESS_ACTIONS if a in names), None)
    if index is None:
        return _report(
            False,
            tree,
            error=f"{node['role']} {node['name']!r} offers no press action, only {node['actions']}",
        )
    done = acc.queryAction().doAction(index)
    return _report(
        bool(done),
        [],
        target=node,
        action=node["actions"][index],
        error="" if done else "doAction returned false",
    )


def cmd_click(args) -> int:
    """Tap the middle of the target, through AT-SPI's device event generator."""
    tree, found, error = _target(args)
    if found is None:
        return _report(False, tree, error=error)
    node, acc = found
    box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    x, y = box.x + box.width // 2, box.y + box.height // 2
    pyatspi.Registry.generateMouseEvent(x, y, pyatspi.MOUSE_B1C)
    return _report(True, [], target=node, at=[x, y])


ACCESSIBLE = "org.a11y.atspi.Accessible"
PROPERTIES = "org.freedesktop.DBus.Properties"


class BatchWalk:
    """A quick walk for many screens: nodes as ``walk`` gives them, but fewer
    questions (not under an object that is not showing, no actions, a description only
    for focusable objects, not the one label of a button), and asked in rounds: every
    object of one level of the tree at once, straight over D-Bus (async calls), so a
    round trip's wait is shared by a level's objects, not paid by each as libatspi's
    calls do one by one (312 screens: 15 s of reading a language became 5 s).

    Roles and states are named as libatspi names them (``Atspi.role_get_name``,
    ``pyatspi.stateToString``); on every screen of the walk the nodes were the same as
    a libatspi walk with the same rules found.
    """

    def __init__(self, bus, bus_name: str) -> None:
        self.bus, self.bus_name = bus, bus_name
        self.context = GLib.MainContext.default()

    def _ask(self, path: str, interface: str, method: str, args, answers: dict, key) -> None:
        def done(bus, result, _data=None) -> None:
            try:
                answers[key] = bus.call_finish(result).unpack()
            except GLib.Error as exc:
                answers[key] = exc

        self.bus.call(
            self.bus_name,
            path,
            interface,
            method,
            args,
            None,
            Gio.DBusCallFlags.NONE,
            10000,
            None,
            done,
            None,
        )

    def _round(self, questions: list[tuple]) -> dict:
        answers: dict = {}
        for key, (path, interface, method, args) in enumerate(questions):
            self._ask(path, interface, method, args, answers, key)
        while len(answers) < len(questions):
            self.context.iteration(True)
        failed = [a for a in answers.values() if isinstance(a, GLib.Error)]
        if failed:
            raise failed[0]
        return answers

    def walk(self, root: str) -> list[dict]:
        found: list[dict] = []
        level = [(root, 0, "")]
        while level:
            asked = []
            for path, _depth, _where in level:
                # (Qt answers Properties.Get, not GetAll.)
                asked += [
                    (path, ACCESSIBLE, "GetRole", None),
                    (path, ACCESSIBLE, "GetState", None),
                    (path, PROPERTIES, "Get", GLib.Variant("(ss)", (ACCESSIBLE, "Name"))),
                    (path, PROPERTIES, "Get", GLib.Variant("(ss)", (ACCESSIBLE, "Description"))),
                    (path, ACCESSIBLE, "GetChildren", None),
                ]
            answers = self._round(asked)
            below = []
            for index, (_path, depth, where) in enumerate(level):
                (role,), (bits,), (name,), (description,), (children,) = (
                    answers[5 * index + k] for k in range(5)
                )
                role_name = (
                    Atspi.role_get_name(Atspi.Role(role)) if role < Atspi.Role.LAST_DEFINED else ""
                )
                states = sorted(
                    pyatspi.stateToString(Atspi.StateType(32 * word + bit))
                    for word, value in enumerate(bits)
                    for bit in range(32)
                    if value & (1 << bit) and 32 * word + bit < Atspi.StateType.LAST_DEFINED
                )
                node = {
                    "role": role_name,
                    "name": name,
                    # (As the quick walk: a description only where focus can go.)
                    "description": description if "focusable" in states else "",
                    "states": states,
                    "actions": [],
                    "depth": depth,
                    "path": where,
                }
                found.append(node)
                if depth > 0 and "showing" not in states:
                    continue
                if len(children) == 1 and role_name in BUTTON_ROLES:
                    continue
                below += [
                    (child_path, depth + 1, f"{where}/{number}")
                    for number, (_bus, child_path) in enumerate(children)
                ]
            level = below
        order = {node["path"]: node for node in found}
        return [order[path] for path in sorted(order, key=_path_key)]


def _path_key(path: str) -> list[int]:
    """Depth-first order, as ``walk`` gives it: "/0/10" after "/0/9"."""
    return [int(part) for part in path.split("/")[1:]]


def cmd_serve(args) -> int:
    """One showing tree a line, for each ``tree`` line read (see the module's text)."""
    bus = _a11y_bus()
    deadline = time.monotonic() + args.timeout
    found = _app_on_bus(bus, args.pid)
    while found is None and time.monotonic() < deadline:
        time.sleep(POLL_S)
        found = _app_on_bus(bus, args.pid)
    if found is None:
        print(json.dumps({"ok": False, "error": f"no application with process id {args.pid}"}))
        return 1
    bus_name, root = found
    batch = BatchWalk(bus, bus_name)
    for line in sys.stdin:
        if line.strip() != "tree":
            break
        started = time.monotonic()
        try:
            nodes, error = batch.walk(root), ""
        except GLib.Error as exc:
            nodes, error = [], f"tree changed while read: {exc}"
        print(
            json.dumps(
                {
                    "ok": not error,
                    "error": error,
                    "seconds": round(time.monotonic() - started, 3),
                    "nodes": nodes,
                },
                ensure_ascii=False,
            ),
            flush=True,
        )
    return 0


def _app_on_bus(bus, pid: int) -> tuple[str, str] | None:
    """The bus name and root object of process ``pid``'s application, as the registry
    lists it, or None."""
    (apps,) = bus.call_sync(
        "org.a11y.atspi.Registry",
        "/org/a11y/atspi/accessible/root",
        ACCESSIBLE,
        "GetChildren",
        None,
        None,
        Gio.DBusCallFlags.NONE,
        5000,
        None,
    ).unpack()
    for bus_name, path in apps:
        try:
            (owner,) = bus.call_sync(
                "org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus",
                "GetConnectionUnixProcessID",
                GLib.Variant("(s)", (bus_name,)),
                None,
                Gio.DBusCallFlags.NONE,
                5000,
                None,
            ).unpack()
        except GLib.Error:
            continue  # gone since the registry listed it
        if owner == pid:
            return bus_name, path
    return None


def _a11y_bus():
    """A connection of our own to the accessibility bus (its address from the session
    bus, as libatspi finds it)."""
    session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    address = _bus_address(session, Gio.DBusCallFlags.NONE, 5000)
    flags = (
        Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
        | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION
    )
    return Gio.DBusConnection.new_for_address_sync(address, flags, None, None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    bus = sub.add_parser("wait-bus")
    bus.add_argument("--timeout", type=float, default=20)
    tree = sub.add_parser("tree")
    tree.add_argument("--expect", type=_spec, action="append", default=[])
    for name in ("press", "click"):
        command = sub.add_parser(name)
        command.add_argument("--target", type=_spec, required=True)
    serve = sub.add_parser("serve")
    for command in (tree, sub.choices["press"], sub.choices["click"], serve):
        command.add_argument("--pid", type=int, required=True)
        command.add_argument("--timeout", type=float, default=20)
    args = parser.parse_args(argv)
    handlers = {
        "wait-bus": cmd_wait_bus,
        "tree": cmd_tree,
        "press": cmd_press,
        "click": cmd_click,
        "serve": cmd_serve,
    }
    return handlers[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
