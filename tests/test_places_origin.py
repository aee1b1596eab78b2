"""Places a note names that are not where the incident happened: where people came from or are
based, where the casualties were taken or were heading; and districts named after their
province or town with a compass word ("Baringo North"). Self-written sentences."""
import pytest

from newstally.places import place_record

CASES = [
    # (text, country code, name of the place read)
    ("Cattle raiders from Warrap killed eight people in Rumbek East county (Lakes).", "SS", "Rumbek"),
    ("Herders from Kaduna attacked farmers in Agatu (Benue), killing six.", "NG", "Agatu"),
    ("A soldier from Kano was among those killed when ISWAP overran a base in Malam Fatori (Borno).",
     "NG", "Mallam Fatori"),
    ("Insurgents crossing from Mozambique attacked a village in Mtwara region, killing 20 people.",
     "TZ", "Mtwara"),
    ("Al-Shabaab fighters based in Jilib attacked an army base in Afgooye (Lower Shabelle).",
     "SO", "Afgooye"),
    ("Gunmen killed five traders in Bama (Borno); the wounded were flown to Abuja.", "NG", "Bama"),
    ("Bandits killed 12 villagers in Faskari (Katsina); the injured were taken to the Federal "
     "Medical Centre in Gusau.", "NG", "Faskari"),
    ("Gunmen shot dead five merchants from the Amhara region as they drove toward the Afar region "
     "in Bati woreda.", "ET", "Batī"),
    ("Militants killed two soldiers 20 km from Gao on Tuesday.", "ML", "Gao"),
    ("Bandits killed two police reservists in Baringo North on 12 February 2024.", "KE", "Baringo"),
    ("Raiders killed a herder in Turkana South on Sunday.", "KE", "Turkana County"),
]


@pytest.mark.parametrize("text,cc,name", CASES)
def test_the_place_of_the_incident_not_of_origin(text, cc, name):
    p = place_record(text)
    assert p is not None and p["country_code"] == cc and p["name"] == name, p
