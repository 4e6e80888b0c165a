#!/usr/bin/env python3
"""Runs build/vnie on ../shared/anchors/numbers_duckling_cases.tsv and reports
which sentences give the expected figure or date. For measuring, not a test:
the test suite uses only the project's own material."""
import json
import os
import subprocess
import sys
import tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cases_path = os.path.join(root, "..", "shared", "anchors", "numbers_duckling_cases.tsv")
rows = [line.rstrip("\n").split("\t") for line in open(cases_path, encoding="utf-8")][1:]
with tempfile.TemporaryDirectory() as tmp:
    for i, row in enumerate(rows):
        with open(os.path.join(tmp, f"{i:03d}.txt"), "w", encoding="utf-8") as f:
            f.write(row[1] + "\n")
    out = subprocess.run([os.path.join(root, "build", "vnie"), "extract", "--quiet", tmp],
                         capture_output=True, text=True).stdout
records = [json.loads(line) for line in out.splitlines() if line.strip()]
passed = 0
for row, record in zip(rows, records):
    case, sentence, check, expected = row[0], row[1], row[2], row[3] if len(row) > 3 else ""
    if check == "date":
        got = [d["value"] for d in record["dates"]]
        ok = expected in got
    else:
        got = [f["value"] for f in record["figures"] if f["kind"] == check]
        ok = any(abs(float(v) - float(expected)) < 1e-9 for v in got)
    passed += ok
    if not ok:
        print(f"MISS {case}: {sentence!r} want {check} {expected} got {got}")
print(f"{passed} passed, {len(rows) - passed} failed")
sys.exit(0)
