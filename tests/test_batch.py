"""newstally batch: partitions, Parquet output, re-runs, lost workers, and a ledger equal to
ingesting the same reports one by one. Dask runs in this process (threads) to stay fast."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from ledger_reports import TOWNS
from newstally.batch import BatchSettings, plan_partitions, read_dataset, run_batch, run_partition
from newstally.batch.work import read_partition
from newstally.cli import main
from newstally.ledger import Extracted, ingest, list_events
from newstally.store import open_store

pytest.importorskip("distributed")

THREADS = BatchSettings(partition_bytes=8 * 1024, processes=False, dashboard_address=None)


_SYL = "ka lo mi ra tu ben sa vo ni de gu ha ze ri po".split()


def _name(n: int) -> str:
    """A made-up name per incident: what tells one incident's reports from another's."""
    return (_SYL[n % 15] + _SYL[(n // 15) % 15] + _SYL[(n * 7) % 15]).capitalize()


def doc(i: int, *, copy_of: int | None = None, site: str | None = None, k: int = 0):
    """Report ``k`` about incident ``i`` (a copy of it when ``copy_of`` is given)."""
    from datetime import date, timedelta

    from newstally.model import Document

    n = copy_of if copy_of is not None else i
    town, name = TOWNS[n % len(TOWNS)], _name(n)
    killed = n % 40 + 3 + 2 * k
    text = (f"At least {killed} people were killed and {2 * n + 5} injured when a bomb exploded near the "
            f"{name} market in {town} on Monday, police said. The {name} Brigade was blamed for the attack "
            f"that destroyed {n % 7 + 2} shops.")
    day = date(2020, 1, 1) + timedelta(days=9 * n + k)
    return Document(id=f"r{i:05d}", text=text, title=f"Bomb kills {killed} at {name} market in {town}",
                    published=day.isoformat(), site=site or f"site{i % 4}.example")


def _record(d) -> dict:
    return {"id": d.id, "text": d.text, "title": d.title, "published": d.published, "source": d.site}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 150 reports: incidents told by several sites, wire copies, a report in a language
    without a lexicon, a broken line, and a folder of plain-text reports."""
    root = tmp_path_factory.mktemp("corpus")
    lines = []
    for i in range(60):
        lines.append(_record(doc(i)))
        lines.append(_record(doc(1000 + i, copy_of=i, site="wire.example")))  # a copy on another site
        if i % 3 == 0:  # a later report with a higher toll
            lines.append(_record(doc(2000 + i, copy_of=i, site="other.example", k=1)))
    lines.insert(40, {"id": "sw1", "text": "Watu kumi waliuawa katika shambulio la bomu sokoni jana.",
                      "language": "sw", "published": "2020-03-02"})
    with open(root / "reports.jsonl", "w", encoding="utf-8") as fh:
        for n, r in enumerate(lines):
            fh.write(json.dumps(r) + "\n")
            if n == 70:
                fh.write("{not json\n")
    folder = root / "more"
    folder.mkdir()
    for i in range(60, 75):
        d = doc(i)
        (folder / f"r{i}.txt").write_text(f"{d.title}\n\n{d.text}\n", encoding="utf-8")
    return root


def _cluster_or_skip(out: Path, inputs: list[str], **kw) -> object:
    try:
        return run_batch(inputs, out, workers=2, settings=THREADS, **kw)
    except OSError as exc:  # pragma: no cover - a machine where Dask cannot start a worker
        pytest.skip(f"a Dask worker could not start: {exc}")


@pytest.fixture(scope="module")
def batch_out(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("out")
    report = _cluster_or_skip(out, [str(corpus / "reports.jsonl"), str(corpus / "more")])
    return out, report


def test_jsonl_partitions_split_at_line_starts_and_read_every_line_once(corpus: Path) -> None:
    parts, errors = plan_partitions([str(corpus / "reports.jsonl")], partition_bytes=3000)
    assert not errors and len(parts) > 5
    ids = [d.id for p in parts for d in read_partition(p) if not isinstance(d, Exception)]
    whole = [json.loads(line)["id"] for line in (corpus / "reports.jsonl").read_text().splitlines()
             if line.startswith("{\"")]
    assert ids == whole
    # the same inputs plan the same partitions (what re-runs rely on)
    assert [p.id for p in plan_partitions([str(corpus / "reports.jsonl")], partition_bytes=3000)[0]] == \
        [p.id for p in parts]


def test_a_missing_input_and_a_url_are_errors_not_partitions(tmp_path: Path) -> None:
    parts, errors = plan_partitions([str(tmp_path / "nope.jsonl"), "https://example.org/a"])
    assert parts == [] and len(errors) == 2


def test_batch_writes_documents_and_claims_as_parquet(batch_out: tuple[Path, object], corpus: Path) -> None:
    import pyarrow.dataset as ds

    from newstally.extract import extract_claims

    out, report = batch_out
    assert report.partitions >= 3 and report.done == report.partitions and report.lost == 0
    assert report.reports == 60 * 2 + 20 + 1 + 15
    assert report.failed == 1 and "from byte" in report.errors[0]  # the broken line, with where it is
    assert report.unsupported == 1
    docs = ds.dataset(out / "documents", format="parquet").to_table().to_pylist()
    claims = ds.dataset(out / "claims", format="parquet").to_table().to_pylist()
    assert len(docs) == report.reports and len(claims) == report.claims
    by_id = {d["id"]: d for d in docs}
    r5 = by_id["r00005"]
    assert r5["place_name"] == "Kherson" and r5["place_country_code"] == "UA" and r5["day"] == "2020-02-15"
    assert json.loads(r5["summary"])["killed"]["best"] == 8
    mine = [c for c in claims if c["doc_id"] == "r00005"]
    expected = extract_claims(doc(5))
    assert [(c["category"], c["best"], c["text"], c["start"]) for c in mine] == \
        [(c.category, c.best, c.text, c.start) for c in expected]
    assert by_id["sw1"]["supported"] is False and by_id["sw1"]["claims"] == 0
    assert len(list((out / "_manifest").glob("part-*.json"))) == report.partitions


def test_a_second_run_skips_every_finished_partition(batch_out: tuple[Path, object], corpus: Path) -> None:
    out, first = batch_out
    before = {p: p.stat().st_mtime_ns for p in (out / "documents").iterdir()}
    again = _cluster_or_skip(out, [str(corpus / "reports.jsonl"), str(corpus / "more")])
    assert again.skipped == first.partitions and again.done == 0 and again.reports == 0
    assert {p: p.stat().st_mtime_ns for p in (out / "documents").iterdir()} == before


def test_a_worker_dying_half_way_leaves_no_partition_and_the_next_run_does_it(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newstally.batch import work

    part = plan_partitions([str(corpus / "more")])[0][0]
    real = work.document_record
    calls = {"n": 0}

    def dies(d, pid):
        calls["n"] += 1
        if calls["n"] == 5:
            raise MemoryError("killed")
        return real(d, pid)

    monkeypatch.setattr(work, "document_record", dies)
    with pytest.raises(MemoryError):
        run_partition(part, str(tmp_path))
    assert list(tmp_path.rglob("*.parquet")) == [] and list(tmp_path.rglob("part-*.json")) == []
    # a process killed outright leaves its hidden temporary file: readers never see it
    (tmp_path / "documents" / f".part-{part.id}.parquet.999.tmp").write_bytes(b"half")
    assert list(read_dataset(tmp_path)) == []
    monkeypatch.setattr(work, "document_record", real)
    stats = run_partition(part, str(tmp_path))
    assert stats["reports"] == 15
    assert sum(isinstance(x, Extracted) for x in read_dataset(tmp_path)) == 15


def test_a_worker_process_killed_while_writing_loses_and_duplicates_nothing(corpus: Path, tmp_path: Path) -> None:
    """A real worker process of a local cluster is killed (SIGKILL) while it writes a partition,
    after another partition was finished: the run goes on (the nanny starts a new worker, the
    scheduler gives the partition to a live one) or, if it gave the partition up, running it
    again finishes it; either way every report is in the dataset exactly once."""
    import signal
    import threading
    import time

    from distributed import Client, LocalCluster

    from newstally.places.gazetteer import connect

    connect()  # the place index, built once here for the worker processes to open
    src = corpus / "reports.jsonl"
    settings = BatchSettings(partition_bytes=src.stat().st_size // 12 + 1, dashboard_address=None)
    try:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                               silence_logs=50)
    except OSError as exc:  # pragma: no cover - a machine where Dask cannot start a worker
        pytest.skip(f"a Dask worker could not start: {exc}")
    out = tmp_path / "out"
    killed: dict[str, object] = {}
    stop = threading.Event()

    def kill_one_while_it_writes(pids: set[int]) -> None:
        while not stop.is_set():
            if any((out / "_manifest").glob("part-*.json")):
                for tmp in (out / "documents").glob(".part-*.parquet.*.tmp"):  # being written right now
                    _empty, part, _parquet, pid, _tmp = tmp.name.split(".")
                    if int(pid) in pids:
                        os.kill(int(pid), signal.SIGKILL)
                        killed.update(pid=int(pid), part=part[5:])
                        return
            time.sleep(0.005)

    try:
        with Client(cluster) as client:
            pids = set(client.run(os.getpid).values())
        killer = threading.Thread(target=kill_one_while_it_writes, args=(pids,), daemon=True)
        killer.start()
        first = run_batch([str(src)], out, scheduler=cluster.scheduler_address, settings=settings)
        stop.set()
        killer.join()
        again = run_batch([str(src)], out, scheduler=cluster.scheduler_address, settings=settings)
    finally:
        stop.set()
        cluster.close()
    assert killed, "no worker was caught writing a partition"
    assert first.partitions >= 10 and first.done + first.lost == first.partitions
    assert again.done == first.lost and again.skipped == first.done and again.lost == 0
    # the killed worker's half-written file is left hidden; the partition itself was written once
    assert (out / "documents" / f".part-{killed['part']}.parquet.{killed['pid']}.tmp").exists()
    assert (out / "_manifest" / f"part-{killed['part']}.json").exists()
    ids = [x.document.id for x in read_dataset(out) if isinstance(x, Extracted)]
    expected = [json.loads(line)["id"] for line in src.read_text().splitlines() if line.startswith("{\"")]
    assert len(ids) == len(set(ids)) == len(expected) == 141 and set(ids) == set(expected)
    assert first.reports + again.reports == 141


def _events(db: str) -> list[dict]:
    with open_store(db) as store:
        return [e.to_dict() for e in list_events(store)]


@pytest.fixture(scope="module")
def one_by_one(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    db = str(tmp_path_factory.mktemp("db") / "plain.db")
    with open_store(db) as store:
        for source in (corpus / "reports.jsonl", corpus / "more"):
            ingest(store, [str(source)], batch_size=1)
    return _events(db)


def test_ingesting_the_parquet_gives_the_events_and_figures_of_ingesting_one_by_one(
        batch_out: tuple[Path, object], one_by_one: list[dict], tmp_path: Path) -> None:
    out, _report = batch_out
    db = str(tmp_path / "batch.db")
    with open_store(db) as store:
        r = ingest(store, [str(out)], batch_size=40)
    assert r.added == 60 * 2 + 20 + 1 + 15 and r.failed == 0
    events = _events(db)
    assert len(events) >= 10 and events == one_by_one
    assert any(e["articles"] > e["independent_sources"] >= 3 for e in events)  # copies counted once


def test_clustering_compares_a_report_only_with_reports_of_its_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest (of a batch dataset or any input) compares a new report with the reports sharing
    one of its rarer words or places within a window of days; farther back, only a follow-up
    (an arrest, a trial) is compared, as nothing else could join. So the comparisons grow with
    the reports, not with their pairs, however many rare words the archive shares."""
    from datetime import date, timedelta

    from newstally.cluster import index
    from newstally.cluster.features import features
    from newstally.cluster.score import gap
    from newstally.cluster.settings import ClusterSettings
    from newstally.model import Document

    settings = ClusterSettings()
    reports = []
    for n in range(100):  # an incident a day, each with a name of its own, in ten towns
        town, name = TOWNS[n % len(TOWNS)], _name(n)
        text = (f"At least {n % 40 + 3} people were killed when a bomb exploded near the {name} market in "
                f"{town} on Monday, police said. The {name} Brigade was blamed for the attack.")
        reports.append(features(Document(id=f"r{n:03d}", text=text, title=f"Bomb kills {n % 40 + 3} in {town}",
                                         published=(date(2020, 1, 1) + timedelta(days=n)).isoformat(),
                                         site=f"site{n % 5}.example"), (), settings))
    real = index.linked
    pairs: list[int] = []

    def counted(a, b, s):
        pairs.append(gap(a, b))
        return real(a, b, s)

    monkeypatch.setattr(index, "linked", counted)
    compared = []
    for days in (50, 100):
        pairs.clear()
        clusterer = index.Clusterer(settings)
        for f in reports[:days]:
            clusterer.add_features(f)
        compared.append(len(pairs))
        assert max(pairs) <= settings.recent_days  # no follow-up here: nothing from farther back
    assert compared[1] <= 2.6 * compared[0] and compared[1] < 0.6 * 100 * 99 / 2  # all pairs: 4x, 4,950


def test_ingest_on_two_processes_gives_the_events_of_one(corpus: Path, one_by_one: list[dict],
                                                         tmp_path: Path) -> None:
    db = str(tmp_path / "two.db")
    with open_store(db) as store:
        r = ingest(store, [str(corpus / "reports.jsonl"), str(corpus / "more")], batch_size=30, workers=2)
    assert r.added == 60 * 2 + 20 + 1 + 15 and r.failed == 1
    assert _events(db) == one_by_one


def test_cli_batch_on_a_cluster_prints_its_dashboard_and_loads_the_ledger(corpus: Path, tmp_path: Path,
                                                                          one_by_one: list[dict]) -> None:
    from distributed import LocalCluster

    try:
        cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=":0")
    except OSError as exc:  # pragma: no cover
        pytest.skip(f"a Dask worker could not start: {exc}")
    db = str(tmp_path / "cli.db")
    try:
        res = CliRunner().invoke(main, ["batch", str(corpus / "reports.jsonl"), str(corpus / "more"),
                                        "--out", str(tmp_path / "out"), "--scheduler", cluster.scheduler_address,
                                        "--partition-size", "16KB", "--db", db])
    finally:
        cluster.close()
    assert res.exit_code == 1, res.output  # the broken line
    assert f"Dask cluster {cluster.scheduler_address}; dashboard" in res.output
    assert "0 already done; 156 report(s)" in res.output
    assert "ledger: 156 report(s) added" in res.output
    assert _events(db) == one_by_one


def test_cli_batch_refuses_workers_with_a_scheduler(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["batch", "x.jsonl", "--out", str(tmp_path), "--workers", "2",
                                    "--scheduler", "tcp://127.0.0.1:1"])
    assert res.exit_code == 2 and "not both" in res.output


def test_a_report_in_another_language_gets_its_place_as_the_gazetteer_writes_it() -> None:
    from newstally.batch.work import document_record
    from newstally.model import Document

    doc = Document(id="ru-1", text="В Херсоне при обстреле погибли два человека, сообщил губернатор.",
                   published="2026-02-03", language="ru")
    row, _claims = document_record(doc, "p0")
    assert (row["place_name"], row["place_country_code"]) == ("Kherson", "UA")
