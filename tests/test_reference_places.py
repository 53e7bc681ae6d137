"""The small-places table (kg.reference.places): looked up by any case form and script, only in the
states asked for; and held as strings, which the cycle collector never walks."""
import gc

from kg.reference import places


def test_a_small_place_is_found_in_its_state_in_either_script():
    assert places.lookup("Sighnaghi", {"GE"})[:2] == ("611902", "GE")
    assert places.lookup("Сигнахи", {"GE"})[:2] == ("611902", "GE")
    assert places.lookup("Sighnaghi", {"AM"}) is None
    assert places.info("611902")["country"] == "GE" and places.info("no such id") is None


def test_the_table_holds_nothing_the_cycle_collector_walks():
    by_key, rows = places._table()
    assert len(rows) > 50_000
    assert not gc.is_tracked(by_key) and not gc.is_tracked(rows)
