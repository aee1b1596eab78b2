"""English cues for reading place names: common words, demonyms, other country names, words
that mark a name as a division, a village, an outlet, a date or a person."""
from __future__ import annotations

#: Single words that are place names somewhere but mostly ordinary words in English news text.
COMMON_WORDS = frozenset("""
a about after against ago aid air all also alone along am among an and any arms army as at
attack attacks authority back bad bar bath bay beach bell best big bill black blast block blue
board body bomb border born both boy bridge brown but by call camp can cape car case
cause center central centre chief child church city clay clear close club coast college come
commerce congress cook corner council county court cross crown cut day dead death deal deep
defence defense del democrat deputy does dover down during early east eastern eden empire end
energy even ever ex fair fall far farmer field fire first five flat flint for force forest
fort fortune four free friday from front gas gate general gift given gold golden good grand
grant great green grove guard gun had hall hand harbor harbour has have he health her here
hero high hill his home homer hope horn hospital hot house how hull human if in independence
interior iron is island it its join joy just justice key kill killed king lake land last law
lead leader liberty life light lincoln lions little live long lost love low made magistrate
main major make man many march marina market may mayor media medical mercedes
middle military minister mission mobile monday money moon more most mount mountain much my
name nation national navy near new news nice night no none north northern not now oak ocean
of off office officer officials oil old on once one only open or orange order other our out
over page palm paradise park parliament party pass peace people pine place plain plains
plant pleasant point police polls port post power premier president press prince progress
providence queen rain range reading real red reform republic rescue rich ridge river road rock
rose round royal rule rural safety said saint saturday say school sea second security senate
sergeant service seven shell shelter shield short side silver six slaughter so soldier south
southern spring springs square star state states station still stone strike sunday sunrise
supply support surprise taken temple ten that the their them then there these they third this
three thursday time to today tower town trade troy truth tuesday two under union unity
university up valley victoria victory village vista wall war was water way we wednesday
well west western what when where white who why will wind with wood work worth yes you young
god pacific atlantic arctic mediterranean gulf
""".split())

#: Demonyms and other adjectival forms that point to a country (ISO alpha-2).
DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Angolan": "AO",
    "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM", "Australian": "AU",
    "Austrian": "AT", "Azerbaijani": "AZ", "Azeri": "AZ", "Bahraini": "BH", "Bangladeshi": "BD",
    "Belarusian": "BY", "Belgian": "BE", "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR",
    "British": "GB", "Bulgarian": "BG", "Burkinabe": "BF", "Burmese": "MM", "Burundian": "BI",
    "Cambodian": "KH", "Cameroonian": "CM", "Canadian": "CA", "Chadian": "TD", "Chilean": "CL",
    "Chinese": "CN", "Colombian": "CO", "Congolese": "CD", "Croatian": "HR", "Cuban": "CU",
    "Cypriot": "CY", "Czech": "CZ", "Danish": "DK", "Dutch": "NL", "Ecuadorian": "EC",
    "Egyptian": "EG", "Emirati": "AE", "Eritrean": "ER", "Estonian": "EE", "Ethiopian": "ET",
    "Filipino": "PH", "Finnish": "FI", "French": "FR", "Georgian": "GE", "German": "DE",
    "Ghanaian": "GH", "Greek": "GR", "Guatemalan": "GT", "Guinean": "GN", "Haitian": "HT",
    "Honduran": "HN", "Hungarian": "HU", "Indian": "IN", "Indonesian": "ID", "Iranian": "IR",
    "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL", "Italian": "IT", "Ivorian": "CI",
    "Jamaican": "JM", "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kenyan": "KE",
    "Kosovar": "XK", "Kurdish": "IQ", "Kuwaiti": "KW", "Kyrgyz": "KG", "Lao": "LA",
    "Latvian": "LV", "Lebanese": "LB", "Liberian": "LR", "Libyan": "LY", "Lithuanian": "LT",
    "Malagasy": "MG", "Malawian": "MW", "Malaysian": "MY", "Malian": "ML", "Mauritanian": "MR",
    "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN", "Moroccan": "MA",
    "Mozambican": "MZ", "Nepalese": "NP", "Nepali": "NP", "Nicaraguan": "NI", "Nigerian": "NG",
    "Nigerien": "NE", "North Korean": "KP", "Norwegian": "NO", "Omani": "OM",
    "Pakistani": "PK", "Palestinian": "PS", "Panamanian": "PA", "Paraguayan": "PY",
    "Peruvian": "PE", "Polish": "PL", "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO",
    "Russian": "RU", "Rwandan": "RW", "Saudi": "SA", "Senegalese": "SN", "Serbian": "RS",
    "Slovak": "SK", "Slovenian": "SI", "Somali": "SO", "South African": "ZA",
    "South Korean": "KR", "South Sudanese": "SS", "Spanish": "ES", "Sri Lankan": "LK",
    "Sudanese": "SD", "Swedish": "SE", "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW",
    "Tajik": "TJ", "Tanzanian": "TZ", "Thai": "TH", "Tunisian": "TN", "Turkish": "TR",
    "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ",
    "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE", "Zambian": "ZM",
    "Zimbabwean": "ZW",
}

#: Other ways news text names a country.
COUNTRY_ALIASES: dict[str, str] = {
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "America": "US", "UK": "GB",
    "U.K.": "GB", "Britain": "GB", "Great Britain": "GB", "England": "GB", "Scotland": "GB",
    "Wales": "GB", "Northern Ireland": "GB", "DRC": "CD", "DR Congo": "CD", "Congo": "CD",
    "Democratic Republic of Congo": "CD", "Democratic Republic of the Congo": "CD",
    "Ivory Coast": "CI", "Burma": "MM", "Czech Republic": "CZ", "UAE": "AE",
    "Gaza": "PS", "West Bank": "PS", "Gaza Strip": "PS", "Palestine": "PS", "Holland": "NL",
    "Turkiye": "TR", "Türkiye": "TR", "Timor-Leste": "TL", "East Timor": "TL",
}

#: Month and weekday names: never places ("in May", "on Sunday").
CALENDAR = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday
""".split())

#: Words after a name that say which kind of place it is ("Nong Chik district").
DIVISION2_WORDS = frozenset("""
district districts county counties lga territory municipality municipio department
prefecture subdistrict sub-district tehsil upazila township raion rayon commune cercle
circle zila taluk mandal sector chiefdom zone woreda
""".split())
DIVISION1_WORDS = frozenset("""
province provinces state states governorate governorates region regions oblast division
wilaya wilayah velayat emirate canton
""".split())
LOCALITY_WORDS = frozenset("""
village villages town towns city cities locality area neighbourhood neighborhood suburb
community settlement hamlet camp market quarter
""".split())

#: Words that make a name before them an outlet ("Kabul Times", "Jerusalem Post").
MEDIA_WORDS = frozenset("""
times post journal herald tribune news gazette daily chronicle observer telegraph mirror
express independent today radio tv television dispatch courier examiner inquirer bulletin
enquirer review monitor globe mail guardian agency newspaper magazine network channel
broadcasting press register bee sentinel standard record star sun citizen advocate reporter
mercury beacon ledger intelligencer dealer pioneer commercial voice week weekly online
""".split())

#: Words before a name that make it a person's ("Mr Houston", "General Jackson").
PERSON_TITLES = frozenset("""
mr mrs ms miss dr prof president minister governor senator sen rep representative judge
justice general gen colonel col major maj captain capt lieutenant lt sergeant sgt officer
commander chief mayor sheikh imam pastor father rev reverend king queen prince princess
lord lady sir dame pope bishop deputy spokesman spokeswoman spokesperson secretary
ambassador mullah maulvi haji mawlawi sens reps gov vice
""".split())
#: Words after a name that make it a person's ("Houston said", "Jackson, 34,").
PERSON_VERBS = frozenset("""
said says told added stated explained wrote tweeted argued insisted claimed confirmed denied
""".split())

#: Capitalised words that may stand before a place as part of its written name.
PLACE_MODIFIERS = frozenset("""
north south east west northern southern eastern western central upper lower greater new old
downtown metro metropolitan rural urban outer inner northeast northwest southeast southwest
north-east north-west south-east south-west northeastern northwestern southeastern
southwestern al el ar as ad an az ash
""".split())

#: Nouns after a country's name that make it an actor, not a place ("US forces").
ACTOR_NOUNS = frozenset("""
forces force troops military army soldiers officials official government authorities embassy
police navy president ministry minister company companies citizens nationals national drone
drones airstrike airstrikes strikes coalition envoy diplomats diplomat spokesman media state
regime border intelligence militia militias fighters jets warplanes aircraft consulate
delegation nationals-
sanctions aid backed led funded allies allied proxies proxy base bases contractors contingent
peacekeepers personnel agents ambassador mission missile missiles rockets artillery shelling
bombing bombings raid raids patrol patrols convoy warship warships vessel marines
dollar dollars currency
""".split())

#: Words that open a sentence without being part of a name after them ("Before Dallas, ...").
FUNCTION_WORDS = frozenset("""
before after during since until while when where as at in on near from to into across around
outside inside throughout within toward towards beyond via despite like unlike by for with
without between among against under over behind beside besides through upon about and but or
yet so if then than that this these those there here why how what who whom whose which the a
an in inside once every each all some many most few several both either neither no not also
even only just still yesterday today tonight tomorrow overnight meanwhile later earlier
""".split())

#: Institutions and buildings whose names are also towns somewhere ("White House", Tennessee).
INSTITUTIONS = frozenset("""
white house|pentagon|kremlin|capitol|capitol hill|congress|senate|supreme court|parliament|
vatican|elysee|downing street|wall street|scotland yard|holy see|oval office|state department
""".replace("\n", "").split("|"))

#: Titles that only people bear: the name after one is a person's in the whole text.
HONORIFICS = frozenset("""
mr mrs ms miss dr prof president sen sens rep reps representative senator general gen colonel
col major maj captain capt lieutenant lt sergeant sgt judge justice sir dame lord lady king
queen prince princess pope bishop sheikh imam pastor father rev reverend mullah maulvi haji
mawlawi ambassador
""".split())

#: Words that end the name of a facility named after its town ("Donetsk Filtration Station",
#: "Kabul Airport"): the town is where it is.
FACILITY_WORDS = frozenset("""
airport airbase airfield base station dam bridge road highway checkpoint prison jail hospital
university college school stadium port harbour harbor refinery plant factory mine market
mosque church square camp barracks crossing hotel junction
""".split())
