"""``kg serve``: the graph read-only over the SPARQL 1.1 Protocol, by Oxigraph's own server on the store.

We do not write an HTTP server: ``oxigraph serve-read-only`` (the ``oxigraph`` package) opens the store
that ``kg build`` wrote and answers ``/query``. The merged graph is its default graph; ``GRAPH ?g`` reaches
the per-article graphs.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

from ..errors import KGError
from ..store.oxigraph import STORE_DIR


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def split_bind(bind: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:PORT`` for IPv6) as (host, port); a one-line error for anything else."""
    host, sep, port = bind.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise KGError(f"--bind {bind!r}: give HOST:PORT, e.g. 127.0.0.1:7878")
    return host, int(port)


def check_free(host: str, port: int) -> None:
    """Fail in one line, before anything is printed, when ``host:port`` cannot be listened on."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as e:
        raise KGError(f"cannot listen on {host}:{port}: {e.strerror}") from None
    family, kind, proto, _, addr = infos[0]
    with socket.socket(family, kind, proto) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(addr)
        except OSError as e:
            raise KGError(f"cannot listen on {host}:{port}: {e.strerror}") from None


def server_command(out_dir: Path, bind: str, timeout: int = 30) -> list[str]:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        raise KGError("the oxigraph server is not installed (pip install oxigraph)")
    store = Path(out_dir) / STORE_DIR
    if not store.exists():
        raise KGError(f"no store in {out_dir}; run `kg build` first")
    return [exe, "serve-read-only", "--location", str(store), "--bind", bind, "--timeout-s", str(timeout)]


def _echo(message: str, err: bool = False) -> None:
    (sys.stderr if err else sys.stdout).write(message + "\n")


def serve(out_dir: Path, bind: str, echo=_echo, timeout: int = 30) -> None:
    """Replace this process by the server (so a signal to ``kg serve`` reaches it directly), after checking
    that the address is free; a query runs at most ``timeout`` seconds."""
    import os

    host, port = split_bind(bind)
    cmd = server_command(out_dir, bind, timeout)
    check_free(host, port)
    if host not in LOOPBACK:
        echo(f"warning: listening on {host}, not only this machine: whoever reaches port {port} can read the "
             "whole graph, and a query with SERVICE makes this machine send requests to any address", err=True)
    echo(f"SPARQL endpoint (read-only): http://{bind}/query   (Ctrl-C stops it)")
    sys.stdout.flush()
    try:
        os.execv(cmd[0], cmd)
    except OSError as e:
        raise KGError(f"cannot start the oxigraph server: {e.strerror}") from None
