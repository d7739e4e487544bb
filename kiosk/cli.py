"""The ``kiosk`` command: run the kiosk, check a config file, render screenshots,
make a PIN hash, print the usage figures.

Qt is imported only by the subcommands that need it, so ``kiosk check-config`` works
on a server with no display libraries.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from kiosk import __version__
from kiosk.core.languages import SHIPPED


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Helsinki city e-service kiosk for libraries."
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    sub = parser.add_subparsers(dest="command")

    run = sub.add_parser("run", help="start the kiosk (the default)")
    _run_options(run)

    check = sub.add_parser("check-config", help="check a config file; one line per problem")
    check.add_argument("file", type=Path)

    shots = sub.add_parser("screenshots", help="render every screen of every flow to PNG")
    shots.add_argument("out_dir", type=Path)
    shots.add_argument("--lang", default="all", choices=[*SHIPPED, "all"])
    shots.add_argument("--text-size", type=int, default=100, choices=[100, 150, 200])
    shots.add_argument("--theme", default="standard", choices=["standard", "high-contrast"])
    shots.add_argument("--config", type=Path, default=None)
    shots.add_argument("--size", default="1920x1080", help="window size in pixels, WxH")
    shots.add_argument(
        "--all-flows",
        action="store_true",
        help="every flow in assets/flows, not only the enabled ones",
    )
    shots.add_argument(
        "--practice-only",
        action="store_true",
        help="only the practice lessons' screens (a quick look at a new lesson)",
    )

    hash_pin = sub.add_parser(
        "hash-pin",
        help="make a PIN hash line for [staff] pin_hashes / admin_pin_hashes",
        description="Asks for a PIN twice without showing it and prints its hash line "
        "(never the PIN): scrypt$N$r$p$LENGTH$SALT$HASH, where LENGTH is the "
        "number of digits (so that check-config can tell an admin PIN is long "
        "enough). Without a terminal, reads the PIN from the first line of "
        "standard input (and, if given, the same PIN again from the second "
        "line).",
    )
    hash_pin.add_argument(
        "--admin",
        action="store_true",
        help="for admin_pin_hashes: the PIN must have at least 6 digits",
    )

    stats = sub.add_parser(
        "stats",
        help="print the anonymous usage figures (a table, or CSV)",
        description="Counts of the usage events saved by this kiosk. The table gives "
        "totals for the period; --csv gives one row a day.",
    )
    stats.add_argument(
        "--since",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="only from this day on (Helsinki time)",
    )
    stats.add_argument(
        "--until",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="only up to and including this day",
    )
    stats.add_argument(
        "--csv",
        action="store_true",
        help="CSV with a header line, one row a day, for a spreadsheet",
    )
    stats.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="the kiosk's data folder (default: $KIOSK_DATA_DIR or the "
        "user data folder, as the kiosk itself uses)",
    )
    _desk_options(sub)
    return parser


def _desk_options(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    desk = sub.add_parser(
        "desk",
        help="the staff desk window: the place's kiosks and their help requests (MQTT)",
        description="A window for the staff PC: the kiosks of one place (or several) and "
        'their help requests, with "I\'m coming" and "Done". It reads the MQTT broker '
        "from [fleet] and the language from [staff] language in the config file.",
    )
    desk.add_argument(
        "--config",
        type=Path,
        default=None,
        help="TOML file with [fleet] broker (and tls, username, password)",
    )
    desk.add_argument(
        "--place",
        action="append",
        default=[],
        metavar="PLACE",
        help="a place whose kiosks to show (again for more; default: "
        "[fleet] places, else [fleet] place)",
    )
    desk.add_argument(
        "--lang",
        choices=["fi", "sv", "en"],
        default=None,
        help="the window's language (default: [staff] language)",
    )
    desk.add_argument(
        "--name", default="", help='your first name, shown to the resident with "I\'m coming"'
    )
    desk.add_argument("--smoke", action="store_true", help="exit once the window is up")


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2024-05-31, got {text!r}") from None


def _run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        help="TOML config file (default: /etc/kiosk/kiosk.toml if it "
        "exists, else a developer's demo kiosk)",
    )
    parser.add_argument(
        "--windowed",
        action="store_true",
        help="a normal window instead of full screen (development)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="exit 0 once the start screen is up (install checks, bench)",
    )
    parser.add_argument(
        "--hold",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="with --smoke: stay up this long after the start screen (memory benchmarks)",
    )


def check_config_command(path: Path) -> int:
    from kiosk.core.config import check_config

    problems = check_config(path)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"{path}: OK")
    return 0


def _read_pin_twice(admin: bool) -> tuple[str, str] | None:
    """The PIN and its repetition: from the terminal without echo, else from stdin."""
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        digits = "6-12" if admin else "4-12"
        try:
            pin = getpass.getpass(
                f"New {'admin ' if admin else ''}PIN ({digits} digits, not shown): "
            )
            again = getpass.getpass("The same PIN again: ")
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
            return None
        return pin.strip(), again.strip()
    if sys.stdin is None:
        return None
    lines = sys.stdin.read(4096).splitlines()
    pin = lines[0].strip() if lines else ""
    again = lines[1].strip() if len(lines) > 1 and lines[1].strip() else pin
    return pin, again


def hash_pin_command(admin: bool = False) -> int:
    from kiosk.staff.pins import check_pin_format, hash_pin

    read = _read_pin_twice(admin)
    if read is None:
        print("kiosk hash-pin: no PIN given", file=sys.stderr)
        return 1
    pin, again = read
    reason = check_pin_format(pin, admin=admin)
    if reason:
        print(f"kiosk hash-pin: not a usable PIN: {reason}", file=sys.stderr)
        return 1
    if pin != again:
        print("kiosk hash-pin: the two PINs differ; nothing was made", file=sys.stderr)
        return 1
    print(hash_pin(pin, admin=admin))
    if sys.stdin.isatty():
        where = "admin_pin_hashes" if admin else "pin_hashes (staff)"
        print(
            f"Put this line, in quotes, in {where} in the [staff] section of the config file.",
            file=sys.stderr,
        )
    return 0


def stats_command(
    data_dir: Path | None, since: datetime.date | None, until: datetime.date | None, as_csv: bool
) -> int:
    from kiosk.core.paths import Paths
    from kiosk.stats.report import StatsReadError, format_table, read_counts, write_csv
    from kiosk.stats.store import STATS_FILE

    path = Paths.locate(data_dir=data_dir).data / STATS_FILE
    if not path.exists():
        print(f"kiosk stats: no usage figures yet ({path} does not exist)", file=sys.stderr)
    try:
        rows = read_counts(path, since, until, by_day=as_csv)
    except StatsReadError as exc:
        print(f"kiosk stats: {exc}", file=sys.stderr)
        return 1
    if as_csv:
        write_csv(rows, sys.stdout)
    else:
        sys.stdout.write(format_table(rows, since, until))
    return 0


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"kiosk: --size must look like 1920x1080, got {text!r}") from None
    return width, height


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if (
        not args_list
        or args_list[0].startswith("-")
        and args_list[0] not in ("-h", "--help", "--version")
    ):
        args_list = ["run", *args_list]
    args = _parser().parse_args(args_list)
    if args.command == "check-config":
        return check_config_command(args.file)
    if args.command == "hash-pin":
        return hash_pin_command(args.admin)
    if args.command == "stats":
        return stats_command(args.data_dir, args.since, args.until, args.csv)
    if args.command == "desk":
        from kiosk.ui.desk_window import run_desk

        return run_desk(args.config, args.place, args.lang, args.name, smoke=args.smoke)
    if args.command == "screenshots":
        from kiosk.app import build
        from kiosk.ui.screenshots import render_all

        langs = list(SHIPPED) if args.lang == "all" else [args.lang]
        written = render_all(
            args.out_dir,
            langs,
            args.text_size,
            args.theme,
            config_path=args.config,
            size=_size(args.size),
            all_flows=args.all_flows,
            practice_only=args.practice_only,
            build=build,
        )
        print(f"wrote {written} screenshots to {args.out_dir}")
        return 0
    from kiosk.app import run

    return run(
        run_config_path(args.config), windowed=args.windowed, smoke=args.smoke, hold_s=args.hold
    )


def run_config_path(given: Path | None) -> Path | None:
    """The config file ``kiosk run`` uses: ``--config``, else the installed
    /etc/kiosk/kiosk.toml if there is one. None (no file at all) only on a developer's
    machine, which makes the demo kiosk; an installed kiosk never falls back to it."""
    from kiosk.core.config import SYSTEM_CONFIG

    if given is not None:
        return given
    try:
        SYSTEM_CONFIG.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:  # there, perhaps, but not ours to see: fail closed, never the demo
        pass
    return SYSTEM_CONFIG
