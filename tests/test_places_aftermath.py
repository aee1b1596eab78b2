"""Where the harm happened, not where the dead were mourned, buried or spoken of; a country's
name read as the country, not as a town of that name abroad; the later names of a list of
origins; a town known by a shorter form of its official name. Self-written sentences."""
import pytest

from newstally.places import place_record

CASES = [
    # (text, country code, name of the place read)
    # mourning, burial, cremation, speeches and visits elsewhere
    ("Relatives in Quetta buried two miners shot dead by gunmen in Harnai (Balochistan).",
     "PK", "Harnai"),
    ("Mourners in Kano on Sunday buried six traders killed when bandits attacked a market in "
     "Faskari (Katsina).", "NG", "Faskari"),
    ("Funeral prayers for the three policemen killed in an ambush in Tank district were held "
     "in Dera Ismail Khan.", "PK", "Tank"),
    ("A funeral was held in Lahore for a journalist shot dead in Sadiqabad on Friday.",
     "PK", "Saddiqabad"),
    ("The bodies of four workers killed in a landslide in Chamoli were cremated in Dehradun.",
     "IN", "Chamoli"),
    ("Hundreds attended a vigil in Paris for the victims of the shooting in Strasbourg.",
     "FR", "Strasbourg"),
    ("The defence minister told reporters in Ankara that PKK fighters had killed two soldiers in "
     "Hakkari province.", "TR", "Hakkâri"),
    ("Families in Karachi mourned five fishermen killed when a boat capsized off Gwadar.",
     "PK", "Gwadar"),
    # a harm word between the cue and the place: the place is where the harm happened
    ("A suicide bomber struck a funeral in Kabul, killing 12 mourners.", "AF", "Kabul"),
    ("Gunmen opened fire on a vigil in Bamako, wounding three people.", "ML", "Bamako"),
    # what buried them is the harm
    ("A mudslide buried nine houses in Shindand after heavy rain, officials in Herat said.",
     "AF", "Shīnḏanḏ"),
    # a country's name is the country, unless the text puts a town of that name in its state
    ("WASHINGTON — Senators from Ohio and Florida demanded answers on Tuesday after two US "
     "contractors were killed in a rocket attack in Jordan.", "JO", "Jordan"),
    ("Lawmakers in Maine and Indiana condemned the bombing in Peru that killed a missionary "
     "from Michigan.", "PE", "Peru"),
    ("A man was stabbed at a gas station in Lebanon, Tennessee, on Sunday, police said.",
     "US", "Lebanon"),
    ("Deputies said a woman was shot in Mexico, Missouri, late on Friday.", "US", "Mexico"),
    # a big province's name is no village of another country the text names
    ("Texas officials said two Americans were found shot dead in Reynosa, Mexico.", "MX", "Reynosa"),
    ("A man was shot in Mexico, Indiana, on Sunday.", "US", "Mexico"),
    # a later name of a list of origins is an origin too
    ("Pilgrims from Gujarat and Maharashtra were among 30 killed when a bus fell into a gorge "
     "in Doda (Jammu and Kashmir).", "IN", "Doda"),
    # a town known by a shorter form of its official name
    ("Gunmen killed three police officers in Matamoros, Tamaulipas, on Monday.", "MX",
     "Heroica Matamoros"),
    ("Soldiers found five bodies in Juarez, Mexico, on Saturday.", "MX", "Ciudad Juárez"),
]


@pytest.mark.parametrize("text,cc,name", CASES)
def test_the_place_where_the_harm_happened(text, cc, name):
    p = place_record(text)
    assert p is not None and p["country_code"] == cc and p["name"] == name, p
