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


def server_command(out_dir: Path, bind: str) -> list[str]:
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        raise KGError("the oxigraph server is not installed (pip install oxigraph)")
    store = Path(out_dir) / STORE_DIR
    if not store.exists():
        raise KGError(f"no store in {out_dir}; run `kg build` first")
    return [exe, "serve-read-only", "--location", str(store), "--bind", bind]


def serve(out_dir: Path, bind: str, echo=print) -> None:
    """Replace this process by the server (so a signal to ``kg serve`` reaches it directly)."""
    import os

    cmd = server_command(out_dir, bind)
    echo(f"SPARQL endpoint (read-only): http://{bind}/query   (Ctrl-C stops it)")
    sys.stdout.flush()
    try:
        os.execv(cmd[0], cmd)
    except OSError as e:
        raise KGError(f"cannot start the oxigraph server: {e.strerror}") from None
