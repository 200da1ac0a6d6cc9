#!/usr/bin/env python3
"""Runs the Python dedup peers on a JSON Lines corpus ({id, text}) and
prints their documents per CPU-second, for BENCHMARKS.md ("Dedup").

  datasketch: MinHash(num_perm=112) over word 5-gram shingles (whitespace
              words, as datasketch's docs do), inserted into MinHashLSH
              (threshold 0.5) and queried: the usual datasketch dedup loop.
  datatrove:  its four minhash stages (signature, buckets, cluster, filter)
              with 14 buckets x 8 hashes, word 5-grams, the FineWeb-2
              Arabic tokenizer (language arb_Arab), one task, one worker.

Usage: peers.py CORPUS.jsonl [--tool datasketch|datatrove|all] [--limit N]
Run it from a venv with `pip install datasketch "datatrove[processing]" spacy`.
Single process; CPU time is process_time() plus children.
"""
import argparse, json, os, resource, shutil, sys, tempfile, time


def cpu():
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def load(path, limit):
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                docs.append((r["id"], r["text"]))
                if limit and len(docs) >= limit:
                    break
    return docs


def run_datasketch(docs):
    from datasketch import MinHash, MinHashLSH
    t0, c0 = time.time(), cpu()
    lsh = MinHashLSH(threshold=0.5, num_perm=112)
    dups = 0
    for i, (_, text) in enumerate(docs):
        words = text.split()
        m = MinHash(num_perm=112)
        m.update_batch([" ".join(words[j:j + 5]).encode() for j in range(max(1, len(words) - 4))])
        if lsh.query(m):
            dups += 1
        lsh.insert(str(i), m)
    return time.time() - t0, cpu() - c0, dups


def run_datatrove(path, limit):
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup.minhash import (MinhashConfig, MinhashDedupBuckets, MinhashDedupCluster,
                                                  MinhashDedupFilter, MinhashDedupSignature)
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    work = tempfile.mkdtemp(prefix="dt-minhash-")
    cfg = MinhashConfig(n_grams=5, num_buckets=14, hashes_per_bucket=8)
    d, name = os.path.dirname(os.path.abspath(path)), os.path.basename(path)
    reader = lambda: JsonlReader(d, glob_pattern=name, limit=limit or -1, id_key="id")
    lang = "arb_Arab"
    stages = [
        [reader(), MinhashDedupSignature(output_folder=f"{work}/sigs", config=cfg, language=lang)],
        [MinhashDedupBuckets(input_folder=f"{work}/sigs", output_folder=f"{work}/buckets", config=cfg)],
        [MinhashDedupCluster(input_folder=f"{work}/buckets", output_folder=f"{work}/remove_ids", config=cfg)],
        [reader(), MinhashDedupFilter(input_folder=f"{work}/remove_ids", exclusion_writer=JsonlWriter(f"{work}/removed")),
         JsonlWriter(f"{work}/out")],
    ]
    t0, c0 = time.time(), cpu()
    per = []
    for i, pipeline in enumerate(stages):
        s0 = cpu()
        tasks = cfg.num_buckets if i == 1 else 1
        LocalPipelineExecutor(pipeline=pipeline, tasks=tasks, workers=1, logging_dir=f"{work}/logs{i}").run()
        per.append(cpu() - s0)
    wall, c = time.time() - t0, cpu() - c0
    shutil.rmtree(work, ignore_errors=True)
    return wall, c, per


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--tool", default="all")
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    docs = load(a.corpus, a.limit)
    n = len(docs)
    if a.tool in ("datasketch", "all"):
        wall, c, dups = run_datasketch(docs)
        print(json.dumps({"tool": "datasketch", "docs": n, "wall": round(wall, 2), "cpu": round(c, 2),
                          "docs_per_cpu_s": round(n / c, 1), "duplicates": dups}))
    del docs
    if a.tool in ("datatrove", "all"):
        wall, c, per = run_datatrove(a.corpus, a.limit)
        print(json.dumps({"tool": "datatrove", "docs": n, "wall": round(wall, 2), "cpu": round(c, 2),
                          "docs_per_cpu_s": round(n / c, 1), "stage_cpu": [round(x, 2) for x in per]}))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
