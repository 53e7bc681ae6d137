"""``kg serve``: the graph read-only over the SPARQL 1.1 Protocol, by Oxigraph's own server on the store.

We do not write an HTTP server: ``oxigraph serve-read-only`` (the ``oxigraph`` package) opens the store
that ``kg build`` wrote and answers ``/query``; ``kg serve`` watches the folder and restarts it on each new
store generation a writer swaps in, so it serves the current graph. The merged graph is its default graph;
``GRAPH ?g`` reaches the per-article graphs.
"""
from __future__ import annotations

import shutil
import sys
import time
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


def serve(out_dir: Path, bind: str, echo=_echo, timeout: int = 30, poll: float = 0.5) -> None:
    """Serve the store of ``out_dir`` until stopped, and keep serving the current graph: Oxigraph's
    read-only server runs as a child; when a writer swaps in a new store generation (``kg build``; ``kg add``
    and ``kg remove`` write a new generation while the folder is served, see :mod:`kg.store.serving`), the
    child is restarted on it. A query runs at most ``timeout`` seconds."""
    import signal

    from ..store.serving import register, unregister

    host, port = split_bind(bind)
    cmd = server_command(out_dir, bind, timeout)
    check_free(host, port)
    if host not in LOOPBACK:
        echo(f"warning: listening on {host}, not only this machine: whoever reaches port {port} can read the "
             "whole graph, and a query with SERVICE makes this machine send requests to any address", err=True)
    signal.signal(signal.SIGTERM, _stop)
    register(out_dir)
    child = None
    try:
        child, seen = _start(cmd), _generation(out_dir)
        echo(f"SPARQL endpoint (read-only): http://{bind}/query   (Ctrl-C stops it)")
        sys.stdout.flush()
        while True:
            time.sleep(poll)
            if child.poll() is not None:
                raise KGError(f"the oxigraph server stopped (exit status {child.returncode})")
            now = _generation(out_dir)
            if now is not None and now != seen:
                _halt(child)
                child, seen = _start(cmd), now
                echo("the graph changed: serving the new store")
                sys.stdout.flush()
    except KeyboardInterrupt:
        pass
    finally:
        if child is not None:
            _halt(child)
        unregister(out_dir)


def _stop(signum, frame):
    raise KeyboardInterrupt


def _generation(out_dir: Path):
    """The identity of the store folder now in place (a writer's swap gives a new one), or None."""
    try:
        st = (Path(out_dir) / STORE_DIR).stat()
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns


def _start(cmd: list[str]):
    import subprocess

    try:
        return subprocess.Popen(cmd, preexec_fn=_die_with_parent)
    except OSError as e:
        raise KGError(f"cannot start the oxigraph server: {e.strerror}") from None


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Linux: the server gets SIGTERM when kg serve dies, even by SIGKILL."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _halt(child) -> None:
    child.terminate()
    try:
        child.wait(10)
    except Exception:   # noqa: BLE001 - it must go whatever happens
        child.kill()
        child.wait()
