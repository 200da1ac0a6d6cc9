#!/usr/bin/env python3
"""URL-encoded title queries for the load test: the first three words of
every 97th title of a ghirbal records file (JSONL, read from stdin).
Written outside the repository: they are corpus text."""
import json
import re
import sys
import urllib.parse

out = []
for i, line in enumerate(sys.stdin):
    if i % 97:
        continue
    title = json.loads(line).get("title") or ""
    words = [w for w in re.split(r"[\s\"'«»:،,.!؟?()\[\]\-|/]+", title) if len(w) >= 3][:3]
    if len(words) >= 2:
        out.append(urllib.parse.quote(" ".join(words)))
sys.stdout.write("\n".join(out[:500]) + "\n")
