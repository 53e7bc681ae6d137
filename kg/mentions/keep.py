"""Readings on disk: one article's :class:`~kg.mentions.model.Analysis`, pickled (what a workspace keeps
so that ``kg add`` need not read the other articles again)."""
from __future__ import annotations

import pickle
from pathlib import Path

from ..util.files import atomic_file


def write_reading(path: Path, obj) -> Path:
    """Write one article's reading (or any picklable record of it) to ``path``, atomically (a temporary
    file renamed over it). Not flushed to disk one by one (that cost a millisecond per article): the
    workspace flushes all of them at once before it writes the index naming them."""
    with atomic_file(path, durable=False) as f:
        pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def load_reading(x):
    """A reading: in memory already, or the file it is kept in."""
    from .model import Analysis

    if isinstance(x, Analysis):
        return x
    with open(x, "rb") as f:
        return pickle.load(f)
