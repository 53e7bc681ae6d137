"""The cycle collector's setting while a bulk stage (reading, joining, loading kept state) runs.

Reading and joining make millions of small objects that live to the end; with Python's default
thresholds its cycle collector re-scans them over and over (15-25 % of a build, measured in
bench/NOTES.md). Young collections are made rarer while a bulk stage runs; nothing is left uncollected.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager

BULK_GC = (50_000, 20, 100)


@contextmanager
def bulk_gc():
    old = gc.get_threshold()
    gc.set_threshold(*BULK_GC)
    try:
        yield
    finally:
        gc.set_threshold(*old)
