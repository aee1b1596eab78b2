"""Names written after a one-letter Nguni prefix ("eThekwini", "uMhlathuze") are names, and a
village read from a loose spelling must lie in the district written beside it. Self-written
sentences."""
import pytest

from newstally.places import place_record

CASES = [
    # (text, country code, names allowed, names not allowed)
    ("A councillor was shot dead in eThekwini on Friday.", "ZA",
     {"eThekwini Metropolitan Municipality", "Durban"}, set()),
    ("Gunmen killed seven people at a tavern in Umlazi (eThekwini, KwaZulu-Natal).", "ZA",
     {"eThekwini Metropolitan Municipality", "Durban", "KwaZulu-Natal"}, {"Mtunzini"}),
    ("He bought a phone in Lagos before he was robbed.", "NG", {"Lagos"}, set()),
]


@pytest.mark.parametrize("text,cc,names,wrong", CASES)
def test_prefixed_names_and_loose_spellings(text, cc, names, wrong):
    p = place_record(text)
    assert p is not None and p["country_code"] == cc and p["name"] in names and p["name"] not in wrong, p
