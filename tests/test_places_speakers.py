"""Where the harm happened, not where the people who tell of it are ("police in Abuja said
gunmen killed ... in Bokkos"); with no other place named, the speakers' place is still the
place. Self-written sentences."""
import pytest

from newstally.places import place_record

CASES = [
    # (text, country code, name of the place read)
    ("Police in Kaduna said bandits killed four farmers in Kauru on Sunday.", "NG", "Kauru"),
    ("Officials in Peshawar told reporters that a roadside bomb killed two soldiers in Bannu.",
     "PK", "Bannu"),
    ("Residents in Goma said rebels shot dead three traders near Rutshuru.", "CD", "Rutshuru"),
    ("Prosecutors in Brooklyn said the victim was stabbed to death in Yonkers.", "US", "Yonkers"),
    ("Police in Toluca on Monday said gunmen killed five men at a bar in Metepec.", "MX", "Metepec"),
    ("Authorities in Springfield, Ill., said a man was shot dead in Decatur.", "US", "Decatur"),
    ("Officials in Texas said three missionaries were killed in an ambush in Honduras.",
     "HN", "Honduras"),
    ("Residents of Kidal said a drone strike killed eight people at a wedding near Aguelhok.",
     "ML", "Aguelhok"),
    ("The mayor of Kharkiv said a drone struck an apartment block in Chuhuiv.", "UA", "Chuhuyiv"),
    # the only place named: the speakers' place is the place
    ("Police in Dayton said a man was shot dead outside a bar late on Friday.", "US", "Dayton"),
    ("Police in Lebanon, Ohio, said a man was stabbed at an apartment complex.", "US", "Lebanon"),
    # a part of the speakers' town named after a town elsewhere; a town's name with a connector
    ("Police in Mendoza, Argentina, said a woman was stabbed in the Belgrano neighbourhood.",
     "AR", "Mendoza"),
    ("Police in Vitoria da Conquista, Bahia, said two men were shot dead in a bar.",
     "BR", "Vitória da Conquista"),
    # not speakers: people of the place acting there
    ("Police in Kano arrested two men after a bomb killed three people at a market.",
     "NG", "Kano"),
]


@pytest.mark.parametrize("text,cc,name", CASES)
def test_the_place_of_the_harm_not_of_the_speakers(text, cc, name):
    p = place_record(text)
    assert p is not None and p["country_code"] == cc and p["name"] == name, p
