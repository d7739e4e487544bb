"""The ``kiosk`` command: run the kiosk, check a config file, render screenshots.

Qt is imported only by the subcommands that need it, so ``kiosk check-config`` works
on a server with no display libraries.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Helsinki city e-service kiosk for libraries.")
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    sub = parser.add_subparsers(dest="command")

    run = sub.add_parser("run", help="start the kiosk (the default)")
    _run_options(run)

    check = sub.add_parser("check-config", help="check a config file; one line per problem")
    check.add_argument("file", type=Path)

    shots = sub.add_parser("screenshots", help="render every screen of every flow to PNG")
    shots.add_argument("out_dir", type=Path)
    shots.add_argument("--lang", default="all", choices=["fi", "sv", "en", "all"])
    shots.add_argument("--text-size", type=int, default=100, choices=[100, 150, 200])
    shots.add_argument("--theme", default="standard", choices=["standard", "high-contrast"])
    shots.add_argument("--config", type=Path, default=None)
    shots.add_argument("--size", default="1920x1080", help="window size in pixels, WxH")
    return parser


def _run_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", type=Path, default=None,
                        help="TOML config file (default: built-in demo settings)")
    parser.add_argument("--windowed", action="store_true",
                        help="a normal window instead of full screen (development)")
    parser.add_argument("--smoke", action="store_true",
                        help="exit 0 once the start screen is up (install checks, bench)")


def check_config_command(path: Path) -> int:
    from kiosk.core.config import check_config

    problems = check_config(path)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f"{path}: OK")
    return 0


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"kiosk: --size must look like 1920x1080, got {text!r}") from None
    return width, height


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    if not args_list or args_list[0].startswith("-") and args_list[0] not in (
            "-h", "--help", "--version"):
        args_list = ["run", *args_list]
    args = _parser().parse_args(args_list)
    if args.command == "check-config":
        return check_config_command(args.file)
    if args.command == "screenshots":
        from kiosk.ui.screenshots import render_all

        langs = ["fi", "sv", "en"] if args.lang == "all" else [args.lang]
        written = render_all(args.out_dir, langs, args.text_size, args.theme,
                             config_path=args.config, size=_size(args.size))
        print(f"wrote {written} screenshots to {args.out_dir}")
        return 0
    from kiosk.app import run

    return run(args.config, windowed=args.windowed, smoke=args.smoke)
