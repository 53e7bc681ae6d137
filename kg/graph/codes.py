"""The event codes of event nodes (:mod:`kg.reference.event_codes`): ``dip:cameoCode``, ``dip:ploverType``
and ``dip:ploverMode``; a visit carries both sides' codes (042 the guest's act, 043 the host's)."""
from __future__ import annotations

from ..reference.event_codes import code_of
from .vocab import DIP

SIDES = {"Visit": ("guest", "host")}


def add_codes(r, node, cls: str, side: str | None = None) -> None:
    """The codes of an event of ``cls`` (of ``side`` where the kind has sides), in the current context."""
    for s in ((side,) if side is not None else SIDES.get(cls, ("",))):
        c = code_of(cls, s)
        r.g.add((node, DIP.cameoCode, r.lit(c.cameo)))
        r.g.add((node, DIP.ploverType, r.lit(c.plover_type)))
        if c.plover_mode:
            r.g.add((node, DIP.ploverMode, r.lit(c.plover_mode)))


def meeting_side(r, city: str | None, participants, in_visit: bool) -> str:
    """"third" for talks in a city of a state none of the participants is from (CAMEO 044: on the sidelines
    of a summit abroad), else "" (040); a meeting during a visit is the host's, never a third place."""
    if not city or in_visit:
        return ""
    states = set()
    for kind, key in participants:
        if kind == "state":
            states.add(key)
        elif kind == "person" and key in r.people.clusters:
            iso = r.people.clusters[key].iso
            if iso:
                states.add(iso)
    where = r.gaz.cities[city]["country"]
    return "third" if states and where not in states else ""
