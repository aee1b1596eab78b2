"""Place index benchmark: build time, load time and memory, and resolution throughput.

    python bench/places_bench.py            # uses (and if needed builds) the user's index
    python bench/places_bench.py --fresh    # builds a new index in a temporary folder first

Each measure runs in a fresh process, so the resident memory printed is that step's alone:
"load" is importing newstally.places, opening the index and resolving one sentence (what a
one-report `newstally ingest` pays); "resolve" is main_place on generated lead sentences.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile

LOAD = """
import resource, time
t = time.perf_counter()
from newstally.places import main_place
p = main_place("Gunmen killed four people in Kunduz, police said.")
dt = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"load: {dt * 1000:.0f} ms to import, open the index and resolve one sentence; "
      f"peak RSS {rss:.0f} MB (found {p.canonical if p else None})")
"""

BUILD = """
import resource, time
from newstally.places import gazetteer
t = time.perf_counter()
gazetteer.build(gazetteer.index_path())
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
size = gazetteer.index_path().stat().st_size / 2**20
print(f"build (once per source version): {time.perf_counter() - t:.1f} s, "
      f"peak RSS {rss:.0f} MB, index {size:.0f} MB")
"""

RESOLVE = """
import random, resource, time
from newstally.places import main_place
rng = random.Random(7)
towns = ["Kunduz", "Maiduguri", "Bossaso", "Tarinkot", "Marib", "Goma", "Bamenda", "Culiacan",
         "Kherson", "Khan Younis", "Tripoli", "Mosul", "Kidal", "Sittwe", "Pattani", "Agra"]
shapes = ["On {d} May, gunmen killed {n} people in {t}, officials said.",
          "At least {n} soldiers died in an ambush near {t} on {d} May.",
          "Militants attacked a village in {t} district; {n} were killed.",
          "Shelling of {t} killed {n} civilians, the ministry said on Monday."]
texts = [rng.choice(shapes).format(d=rng.randint(1, 28), n=rng.randint(2, 40), t=rng.choice(towns))
         for _ in range(N)]
main_place(texts[0])
t = time.perf_counter()
found = sum(main_place(x) is not None for x in texts)
dt = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"resolve: {N / dt:,.0f} sentences/s ({found}/{N} placed), peak RSS {rss:.0f} MB")
"""


def run(code: str, env: dict[str, str]) -> None:
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fresh", action="store_true", help="build a new index in a temporary folder")
    ap.add_argument("-n", type=int, default=2000, help="sentences to resolve (default 2000)")
    a = ap.parse_args()
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        if a.fresh:
            env["NEWSTALLY_CACHE_DIR"] = tmp
            run(BUILD, env)
        else:
            run("from newstally.places import gazetteer; gazetteer.connect()", env)
        run(LOAD, env)
        run(f"N = {a.n}\n" + RESOLVE, env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
