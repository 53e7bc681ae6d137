"""The event codes of each kind of event (``event_codes.tsv``): CAMEO code and name, PLOVER type and mode,
by dipkg class and side, so that the graph can be joined with GDELT, ICEWS and POLECAT records."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

CODES_FILE = Path(__file__).with_name("event_codes.tsv")


@dataclass(frozen=True)
class EventCode:
    cls: str            # the dipkg class (Visit, Meeting, Agreement, ...)
    side: str           # "guest" / "host" of a visit, "third" for a meeting at a third location, else ""
    cameo: str
    cameo_name: str
    plover_type: str
    plover_mode: str


@functools.lru_cache(maxsize=1)
def event_codes() -> tuple[EventCode, ...]:
    """Every row of the table, in its order."""
    lines = [ln for ln in CODES_FILE.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return tuple(EventCode(*(ln.split("\t") + [""] * 6)[:6]) for ln in lines[1:])


def code_of(cls: str, side: str = "") -> EventCode:
    """The code of an event of ``cls`` seen from ``side``."""
    for c in event_codes():
        if c.cls == cls and c.side == side:
            return c
    raise KeyError((cls, side))


def by_cameo(cameo: str) -> EventCode:
    return next(c for c in event_codes() if c.cameo == cameo)
