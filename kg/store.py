"""The working store: the built graph in an on-disk Oxigraph database, next to the Turtle export.

``kg build`` fills a fresh store in a temporary folder and swaps it in only when complete, so a build
that fails or is killed leaves the previous store as it was. Oxigraph was chosen over rdflib's memory
store for SPARQL speed (about 20-30 times faster on the named queries, see notes/MEASURED.md).
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from .errors import StoreError

STORE_DIR = "store"


def write_store(ntriples: bytes, out_dir: Path) -> Path:
    """Replace ``out_dir/store`` by a new Oxigraph store holding the given N-Triples."""
    import pyoxigraph as ox

    out_dir = Path(out_dir)
    target = out_dir / STORE_DIR
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".store.", dir=out_dir))
        store = ox.Store(str(tmp))
        store.bulk_load(ntriples, format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        del store
        old = None
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=".store-old.", dir=out_dir))
            old.rmdir()
            target.rename(old)
        tmp.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as e:
        raise StoreError(f"cannot write the store in {out_dir}: {e.strerror or e}") from None
    return target


def open_store(out_dir: Path, read_only: bool = True):
    """Open the working store written by ``kg build``."""
    import pyoxigraph as ox

    path = Path(out_dir) / STORE_DIR
    if not path.exists():
        raise StoreError(f"no store in {out_dir}; run `kg build` first")
    try:
        return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
    except OSError as e:
        raise StoreError(f"cannot open the store {path}: {e}") from None
