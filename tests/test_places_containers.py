"""Names in parentheses after a place name the divisions that hold it ("Bali Nyonga (Mezam,
North-West)"): they pick the country and the namesake, even when the place's name is also a
country's ("Jordan (Guimaras)"), an everyday word ("Victoria (Tarlac)") or the division's an
everyday word ("Hinche (Centre)"). Self-written sentences."""
import pytest

from newstally.places import place_record

CASES = [
    # (text, country code, province of the place read)
    ("Separatists abducted a chief in Bafut Nyonga (Mezam, North-West) on Monday.", "CM", "North-West"),
    ("Separatists abducted a chief in Bafut (Mezam, North-West) on Monday.", "CM", "North-West"),
    ("A bomb wounded three soldiers in Limbe (Fako, South-West).", "CM", "South-West"),
    ("Two men were shot dead in Mexico (Pampanga) on Friday.", "PH", "Central Luzon"),
    ("Police shot a suspect in Paris (Kentucky).", "US", "Kentucky"),
    ("Gunmen killed a trader in Victoria (Tarlac) on Sunday.", "PH", "Central Luzon"),
    ("Gang members burned homes in Hinche (Centre) overnight.", "HT", "Centre"),
    ("Militants killed five volunteers near Djibo (Soum, Sahel).", "BF", "Sahel"),
    # the outermost division first: the town of that province, then its district
    ("A sniper shot a soldier west of Rafah (Rafah, North Sinai).", "EG", "North Sinai"),
]


@pytest.mark.parametrize("text,cc,admin1", CASES)
def test_the_divisions_in_parentheses_pick_the_place(text, cc, admin1):
    p = place_record(text)
    assert p is not None and p["country_code"] == cc and p["admin1"] == admin1, p


def test_a_town_in_parentheses_keeps_its_own_name():
    p = place_record("Gunmen killed a farmer in Jordan (Guimaras) on Sunday.")
    assert p is not None and (p["name"], p["country_code"]) == ("Jordan", "PH"), p
