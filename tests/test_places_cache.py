"""What the place reader keeps between reports (look-ups, name forms) gives the same answers
as reading afresh, and a caller changing what it got changes nothing kept."""
from newstally.places import gazetteer, place_record
from newstally.places.normalize import folded_keys, variants


def test_a_lookup_kept_gives_the_same_entries_and_its_lists_are_the_callers():
    first = gazetteer.lookup(["kabul", "no such place xyz", "gao"])
    assert first["kabul"] and "no such place xyz" not in first
    kept = list(first["kabul"])
    first["kabul"].clear()
    again = gazetteer.lookup(["gao", "kabul"])
    assert again["kabul"] == kept and again["gao"] == first["gao"]
    assert list(again) == ["gao", "kabul"]  # in key order, as one query gives them


def test_name_forms_kept_are_copied_for_each_caller():
    v = variants("al hudaydah")
    v.append("changed")
    assert "changed" not in variants("al hudaydah")
    f = folded_keys("ain issa", text=True)
    f.clear()
    assert folded_keys("ain issa", text=True)


def test_the_same_report_read_twice_has_the_same_place():
    text = "Gunmen killed four villagers in Gwoza (Borno) on Tuesday; the wounded were taken to Maiduguri."
    assert place_record(text) == place_record(text)
    assert place_record(text)["name"] == "Gwoza"
