#!/usr/bin/env python3
"""The steps of `ghirbal build` in datatrove, on the same text dumps, for
BENCHMARKS.md ("Build"): FineWeb-2's arb_Arab quality filters (Gopher
repetition, Gopher quality, FineWeb quality, with the thresholds ghirbal
uses by default) and its four minhash dedup stages (14 buckets x 8 hashes,
word 5-grams), one task and one worker per stage.

datatrove has no text-dump extractor: each dump goes in whole as a
document's text (ghirbal extracts the article first). Its language filter
needs a fastText model download, which this machine cannot make, so it is
left out (ghirbal runs its own language ID). Both leave datatrove doing less
work than ghirbal, not more.

Usage: datatrove_fw2.py DUMPS_DIR [--limit N]
Prints documents and CPU seconds per stage as JSON.
"""
import argparse, json, os, resource, shutil, sys, tempfile, time


def cpu():
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dumps")
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup.minhash import (MinhashConfig, MinhashDedupBuckets, MinhashDedupCluster,
                                                  MinhashDedupFilter, MinhashDedupSignature)
    from datatrove.pipeline.filters import FineWebQualityFilter, GopherQualityFilter, GopherRepetitionFilter
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    work = tempfile.mkdtemp(prefix="dt-fw2-")
    # Dumps as JSON Lines, the input datatrove reads (not timed).
    names = sorted(os.listdir(a.dumps))
    if a.limit:
        names = names[: a.limit]
    os.makedirs(f"{work}/in")
    with open(f"{work}/in/dumps.jsonl", "w", encoding="utf-8") as f:
        for n in names:
            with open(os.path.join(a.dumps, n), encoding="utf-8", errors="replace") as d:
                f.write(json.dumps({"id": n, "text": d.read()}, ensure_ascii=False) + "\n")
    lang = "arb_Arab"
    stop = ["،", "في", "من", "على", "إلى", "عام", "أن", "مع", "أو", "هو", "عن", "التي", "كان", "بين", "ما",
            "كانت", "هي", "المتحدة", "بعد"]
    cfg = MinhashConfig(n_grams=5, num_buckets=14, hashes_per_bucket=8)
    stages = [
        ("filters", [
            JsonlReader(f"{work}/in"),
            GopherRepetitionFilter(dup_line_frac=0.304, dup_para_frac=None, dup_line_char_frac=None,
                                   dup_para_char_frac=None,
                                   top_n_grams=((2, 0.197), (3, 0.172), (4, 0.146)),
                                   dup_n_grams=((5, 0.165), (6, 0.1538), (7, 0.1426), (8, 0.1314), (9, 0.1202),
                                                (10, 0.109)), language=lang),
            GopherQualityFilter(min_avg_word_length=2, max_avg_word_length=9, max_non_alpha_words_ratio=0.787,
                                stop_words=stop, language=lang),
            FineWebQualityFilter(line_punct_thr=0.143, line_punct_exclude_zero=True, char_duplicates_ratio=0.1,
                                 new_line_ratio=0.189, language=lang),
            JsonlWriter(f"{work}/filtered", compression=None),
        ], 1),
        ("minhash-signature", [JsonlReader(f"{work}/filtered"),
                               MinhashDedupSignature(output_folder=f"{work}/sigs", config=cfg, language=lang)], 1),
        ("minhash-buckets", [MinhashDedupBuckets(input_folder=f"{work}/sigs", output_folder=f"{work}/buckets",
                                                 config=cfg)], cfg.num_buckets),
        ("minhash-cluster", [MinhashDedupCluster(input_folder=f"{work}/buckets", output_folder=f"{work}/ids",
                                                 config=cfg)], 1),
        ("minhash-filter", [JsonlReader(f"{work}/filtered"),
                            MinhashDedupFilter(input_folder=f"{work}/ids"),
                            JsonlWriter(f"{work}/out")], 1),
    ]
    per = {}
    t0, c0 = time.time(), cpu()
    for i, (name, pipeline, tasks) in enumerate(stages):
        s0 = cpu()
        LocalPipelineExecutor(pipeline=pipeline, tasks=tasks, workers=1, logging_dir=f"{work}/logs{i}").run()
        per[name] = round(cpu() - s0, 2)
    wall, c = time.time() - t0, cpu() - c0
    shutil.rmtree(work, ignore_errors=True)
    print(json.dumps({"tool": "datatrove", "docs": len(names), "wall": round(wall, 1), "cpu": round(c, 1),
                      "docs_per_cpu_s": round(len(names) / c, 1), "stage_cpu": per}))


if __name__ == "__main__":
    main()
