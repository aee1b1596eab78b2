"""Notes of monitors and groups that act in a few provinces of one country name villages
without their province ("the OSCE SMM recorded shelling near Zolote"): a village whose
namesakes lie in several provinces is read in the group's provinces. Self-written sentences."""
import pytest

from newstally.places import place_record

CASES = [
    # (text, country code, province of the place read)
    ("According to the OSCE, a civilian was wounded in Pervomaisk.", "UA", "Luhansk"),
    ("The OSCE SMM recorded 14 explosions near Zolote and one near Krymske.", "UA", "Luhansk"),
    ("OSCE monitors heard shelling near Shyrokyne; a civilian was injured.", "UA", "Donetsk"),
    ("The SMM saw fresh craters in Hnutove, where one civilian had been injured.", "UA", "Donetsk"),
    ("OSCE SMM: a civilian was wounded by small-arms fire in Stanytsia Luhanska.", "UA", "Luhansk"),
    ("An OSCE patrol recorded shelling in Krasnohorivka; two civilians were injured.", "UA", "Donetsk"),
    # villages the index knows only elsewhere in the country: the group's province stands in
    ("On 4 May 2020, the OSCE SMM observed a total of 3 explosions near Vilnove.", "UA", "Donetsk"),
    ("OSCE monitors saw two dead soldiers near Vodiane.", "UA", "Donetsk"),
    ("According to the SMM, a man was injured by an explosion in Petrivske.", "UA", "Donetsk"),
    # a well-known place elsewhere stays itself
    ("OSCE observers said two protesters were injured in Tbilisi.", "GE", None),
    ("The OSCE said the vote in Armenia was calm.", "AM", None),
]


@pytest.mark.parametrize("text,cc,province", CASES)
def test_a_village_is_read_where_the_group_acts(text, cc, province):
    p = place_record(text)
    assert p is not None and p["country_code"] == cc, p
    if province:
        assert p["admin1"] == province, p
