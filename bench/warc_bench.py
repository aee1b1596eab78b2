"""How fast newstally reads news pages out of a WARC file, and in how much memory.

Builds a gzipped WARC of N generated article pages (each with its request record, as a crawler
writes them, plus optional large non-HTML records) in a temporary folder, reads it back with
:func:`newstally.read.warc.read_warc_file` on one core, and prints pages per second and peak
memory (the process's maximum resident set size, and the growth while reading).

    python bench/warc_bench.py                 # 2,000 pages
    python bench/warc_bench.py --pages 500 --filler-mb 200
    python bench/warc_bench.py --tracemalloc   # also the Python heap peak (slower)
"""
from __future__ import annotations

import argparse
import io
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstally.model import Document
from newstally.read.warc import WarcStats, read_warc_file

PLACES = ["Riverton", "Lakeside", "Northgate", "Eastmoor", "Hillcrest", "Portview", "Ashford"]
EVENTS = ["a bridge collapse", "floods", "an explosion at a factory", "a landslide", "a fire"]
FILLER = [
    "Rescue teams worked through the night to reach people trapped in the rubble.",
    "The regional governor said an inquiry would be opened into the causes of the disaster.",
    "Hospitals in the area called for blood donations as they treated the wounded.",
    "Witnesses described a loud noise shortly before the structure gave way.",
    "Schools in the district will stay closed for the rest of the week, officials said.",
    "The national weather service warned that more rain was expected over the weekend.",
]


def page(n: int, rng: random.Random) -> bytes:
    place, event = rng.choice(PLACES), rng.choice(EVENTS)
    killed, injured = rng.randint(1, 80), rng.randint(0, 200)
    paragraphs = [f"At least {killed} people were killed and {injured} injured in {event} in "
                  f"{place} on Tuesday, the emergency services said."]
    paragraphs += [rng.choice(FILLER) + " " + rng.choice(FILLER) for _ in range(rng.randint(5, 12))]
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{killed} killed in {event} in {place} | Daily Example</title>
<meta property="article:published_time" content="2024-03-{1 + n % 28:02d}T08:00:00Z">
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>{killed} killed in {event} in {place}</h1>
{body}</article></main><footer><p>Copyright Daily Example</p></footer></body></html>
""".encode()


def build(path: Path, pages: int, filler_mb: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n in range(pages):
            url = f"https://news.example/{n}"
            request = StatusAndHeaders(f"GET /{n} HTTP/1.1", [("Host", "news.example")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                          length=0, http_headers=request))
            html = page(n, rng)
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html),
                                                          length=len(html), http_headers=http))
        blob = rng.randbytes(1024 * 1024)
        for n in range(filler_mb):
            http = StatusAndHeaders("200 OK", [("Content-Type", "video/mp4")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://news.example/video/{n}", "response", payload=io.BytesIO(blob),
                length=len(blob), http_headers=http))


def max_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--filler-mb", type=int, default=0, help="MiB of non-HTML records to add")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace the Python heap")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.warc.gz"
        started = time.perf_counter()
        build(path, args.pages, args.filler_mb)
        size_mb = path.stat().st_size / (1024 * 1024)
        print(f"built {path.name}: {args.pages} pages, {size_mb:.1f} MiB, "
              f"{time.perf_counter() - started:.1f} s")

        # warm up: imports and lazily built models are not part of the reading rate
        from newstally.read.html import html_to_document
        from newstally.read.language import detect_language

        html_to_document(page(0, random.Random(0)))
        detect_language("A warm-up sentence in English for the language detector.")

        rss_before = max_rss_mb()
        if args.tracemalloc:
            tracemalloc.start()
        stats = WarcStats()
        started = time.perf_counter()
        docs = sum(1 for r in read_warc_file(path, stats=stats) if isinstance(r, Document))
        seconds = time.perf_counter() - started
        heap_peak = tracemalloc.get_traced_memory()[1] / (1024 * 1024) if args.tracemalloc else None
        if args.tracemalloc:
            tracemalloc.stop()
        rss_after = max_rss_mb()

    print(stats.summary())
    print(f"read {docs} pages in {seconds:.2f} s: {docs / seconds:.0f} pages/s "
          f"({size_mb / seconds:.1f} MiB/s of archive) on one core")
    print(f"peak RSS {rss_after:.0f} MiB (before reading {rss_before:.0f} MiB, "
          f"growth {rss_after - rss_before:.0f} MiB)")
    if heap_peak is not None:
        print(f"peak Python heap while reading (tracemalloc): {heap_peak:.1f} MiB")


if __name__ == "__main__":
    main()
