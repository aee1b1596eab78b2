"""Grouping reports into events: outlets' rewrites join, copies share a source, incidents split."""
import json
from pathlib import Path

from click.testing import CliRunner

from newstally.cli import main
from newstally.cluster import ClusterSettings, Clusterer, cluster_documents, report_day
from newstally.model import Claim, Document

FIXTURE = Path(__file__).parent / "fixtures" / "cluster" / "reports.jsonl"


def load() -> list[Document]:
    docs = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        docs.append(Document(id=r["id"], text=r["text"], title=r["title"],
                             published=r["published"], site=r["source"]))
    return docs


def by_id(groups):
    return {i: n for n, g in enumerate(groups) for i in g}


def test_three_outlets_and_a_copy_are_one_event():
    g = by_id(cluster_documents(load()))
    assert g["a1"] == g["a2"] == g["a3"] == g["a1copy"]


def test_same_city_a_week_apart_is_two_events():
    g = by_id(cluster_documents(load()))
    assert g["b1"] == g["b2"]
    assert g["b1"] != g["a1"]


def test_same_day_other_country_is_another_event():
    g = by_id(cluster_documents(load()))
    assert g["c1"] == g["c2"]
    assert g["c1"] != g["a1"]


def test_every_id_exactly_once_in_input_order():
    docs = load()
    groups = cluster_documents(docs + [docs[0]])
    flat = [i for grp in groups for i in grp]
    assert sorted(flat) == sorted(d.id for d in docs)
    firsts = [grp[0] for grp in groups]
    order = [d.id for d in docs]
    assert firsts == sorted(firsts, key=order.index)


def test_verbatim_copy_shares_the_source_group():
    c = Clusterer()
    out = {d.id: c.add(d) for d in load()}
    assert out["a1copy"].source_group == "a1"
    assert out["a1copy"].event == out["a1"].event
    assert not out["a1copy"].new_event
    assert out["a2"].source_group == "a2"  # a rewrite is an independent source
    assert out["a1"].new_event and out["a1"].event == "a1"


def test_incremental_equals_batch():
    docs = load()
    c = Clusterer()
    events: dict[str, list[str]] = {}
    for d in sorted(docs, key=lambda d: d.published or ""):
        events.setdefault(c.add(d).event, []).append(d.id)
    assert sorted(map(sorted, events.values())) == sorted(map(sorted, cluster_documents(docs)))


def test_state_round_trip_gives_the_same_assignment():
    docs = load()
    newcomer = Document(
        id="a4", published="2024-03-07", site="Hill Courier",
        title="Peshawar mourns market bombing victims",
        text="Funerals were held on Thursday for victims of Tuesday's motorcycle bomb at a "
             "Peshawar vegetable market near Qissa Khwani bazaar, police officer Kamran Yusuf said.")
    first = Clusterer()
    for d in docs:
        first.add(d)
    saved = json.loads(json.dumps({k: first.event_state(k) for k in first.events}))
    stats = json.loads(json.dumps(first.stats()))
    resumed = Clusterer()
    resumed.load_stats(stats)
    resumed.load_events(saved.items())
    expected = first.add(newcomer)
    assert expected.event == "a1"
    assert resumed.add(newcomer) == expected


def test_shared_figures_help_but_never_required():
    docs = load()
    claims = {"a1": [Claim(doc_id="a1", category="killed", low=12, best=12, high=12)],
              "a2": [Claim(doc_id="a2", category="killed", low=12, best=12, high=12)]}
    g = by_id(cluster_documents(docs, claims))
    assert g["a1"] == g["a2"]


def test_stated_day_of_occurrence():
    doc = Document(id="x", text="Gunmen stormed a hotel on Monday.", published="2024-03-07")
    day, pub = report_day(doc)
    assert (day, pub) == (738952 - 3, 738952)  # Monday 4 March, published Thursday 7 March
    undated = Document(id="y", text="Shots fired. Published March 2, 2021.")
    assert report_day(undated)[1] is not None


def test_old_events_leave_the_active_set():
    c = Clusterer(ClusterSettings(horizon_days=30))
    for d in load():
        c.add(d)
    late = Document(id="z", title="Storm hits Lisbon", text="A storm hit Lisbon on Friday.",
                    published="2024-06-01")
    c.add(late)
    assert set(c.prune()) == {"a1", "b1", "c1"}
    assert set(c.events) == {"z"}


def test_cli_cluster(tmp_path):
    result = CliRunner().invoke(main, ["cluster", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.output.splitlines() if x.strip()]
    ids = [i for line in lines for i in line["ids"]]
    assert sorted(ids) == sorted(d.id for d in load())
    groups = [set(line["ids"]) for line in lines]
    assert {"a1", "a2", "a3", "a1copy"} in groups
    assert {"b1", "b2"} in groups and {"c1", "c2"} in groups


FOLLOW_UP = Path(__file__).parent / "fixtures" / "cluster" / "follow_up.jsonl"


def load_follow_up() -> list[Document]:
    rows = [json.loads(x) for x in FOLLOW_UP.read_text(encoding="utf-8").splitlines()]
    return [Document(id=r["id"], text=r["text"], title=r["title"], published=r["published"],
                     site=r["source"]) for r in rows]


def test_sentence_months_later_joins_its_incident_by_its_rare_names():
    g = by_id(cluster_documents(load_follow_up()))
    assert g["m1"] == g["m2"] == g["m3"]  # "gets 12 years for Hollowbrook arson", 4 months on


def test_without_the_follow_up_relief_the_sentence_is_too_late():
    g = by_id(cluster_documents(load_follow_up(), settings=ClusterSettings(follow_up_relief=0)))
    assert g["m1"] == g["m2"] != g["m3"]


def test_same_city_similar_title_without_follow_up_words_stays_apart():
    g = by_id(cluster_documents(load_follow_up()))
    assert g["d2"] != g["m1"]  # another fire set in Dunmore, months later


def test_follow_up_sharing_only_common_words_stays_apart():
    g = by_id(cluster_documents(load_follow_up()))
    assert len({g["x3"], g["m1"], g["x1"]}) == 3  # "sentenced for setting fire", elsewhere


def test_observed_incremental_equals_batch():
    docs = load() + load_follow_up()
    c = Clusterer()
    c.observe(docs)
    assert c.n_docs == len(docs)
    events: dict[str, list[str]] = {}
    for d in sorted(docs, key=lambda d: d.published or ""):
        events.setdefault(c.add(d).event, []).append(d.id)
    assert c.n_docs == len(docs)  # observed reports are not counted twice
    assert sorted(map(sorted, events.values())) == sorted(map(sorted, cluster_documents(docs)))


def test_word_variants_share_a_stem():
    from newstally.cluster import _stem

    assert _stem("Eco-terrorists") == _stem("ecoterrorism") == _stem("ecoterrorist")
    assert _stem("shooting") == "shoot"


def test_a_date_in_the_text_orders_an_undated_report():
    first = Document(id="u1", title="Fire guts Larkspur Fur Depot",
                     text="\"Fire guts Larkspur Fur Depot,\" Mountain Wire, March 3, 2021.")
    later = Document(id="u2", title="Animal group claims Larkspur Fur Depot fire",
                     text="\"Animal group claims Larkspur Fur Depot fire,\" Valley News, "
                          "March 4, 2021.", published="2021-03-04")
    groups = cluster_documents([later, first])
    assert groups == [["u2", "u1"]]
    c = Clusterer()
    assert c.add(first).new_event and c.add(later).event == "u1"
