"""`susi studio [--port N] [--no-browser]`: the studio on 127.0.0.1, opened in the browser."""

from __future__ import annotations

import argparse

from susi_spec.cli.language import say


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--port",
        type=int,
        default=0,
        metavar="N",
        help=say("porten (standard: en ledig)", "the port (default: a free one)"),
    )
    parser.add_argument(
        "--no-browser",
        action="store_true",
        help=say(
            "åbn ikke browseren; skriv kun adressen", "do not open the browser; print the address"
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("da", "en"),
        help=say("studiets sprog (standard: projektets, ellers dansk)", "the studio's language"),
    )


def run(args: argparse.Namespace) -> int:
    import socket
    import threading
    import webbrowser
    from pathlib import Path

    from susi_spec.checks.config import load_config
    from susi_spec.errors import SusiError
    from susi_spec.problems import Text
    from susi_spec.studio.app import create_app
    from susi_spec.studio.security import Keys

    if not 0 <= args.port <= 65535:
        raise SusiError(
            Text("--port skal være et tal fra 1 til 65535.", "--port must be 1 to 65535.")
        )
    config = load_config(Path.cwd())
    # Bound before the app is made, so the keys know the port (and a taken port says so).
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", args.port))
    except OSError as error:
        sock.close()
        raise SusiError(
            Text(
                f"Port {args.port} kan ikke bruges ({error.strerror}). Vælg en anden med --port, "
                "eller udelad --port.",
                f"Port {args.port} cannot be used ({error.strerror}). Choose another with --port.",
            )
        ) from None
    # Listening at once: the browser's first request waits in the backlog, never refused.
    sock.listen(128)
    port = sock.getsockname()[1]
    keys = Keys(port)
    # Made before uvicorn is imported: the app reads the git history in a thread meanwhile.
    app = create_app(config, keys, args.lang or config.language)
    import uvicorn

    # No WebSockets (the studio has none): uvicorn then imports no WebSocket library.
    server = uvicorn.Server(
        uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", ws="none")
    )
    print(
        say(
            f"susi studio kører på {keys.opening_url}\nLuk det med Ctrl+C.",
            f"susi studio is running at {keys.opening_url}\nStop it with Ctrl+C.",
        ),
        flush=True,
    )
    if not args.no_browser:
        threading.Timer(0.3, webbrowser.open, (keys.opening_url,)).start()
    server.run(sockets=[sock])
    return 0
