#!/usr/bin/env python3
"""A straightforward Python 3 extractor, the yardstick for vnie's speed.

What a data team would write with `re` and `unicodedata` given vnie's rules:
NFC-normalize each article, fold its spaces and dashes, cut it into sentences,
run every shipped rule (translated from RE2 to Python regex syntax) over every
sentence, keep the best non-overlapping matches per dimension (priority, then
leftmost, then longest, as vnie does), read digit values, and write one JSON
line per article with each match's groups and offsets. It does not build
people or cells from the matches, interpret spelled numbers or segment
boilerplate, so it does less than vnie; only its speed matters.

The rules come from `vnie patterns list --regex` (dimension, name, priority,
file:line, {<}{>} boundaries, expanded RE2 regex), so the baseline always runs
the rule set vnie runs. bench/run makes that file.

Usage: bench/python_baseline.py --rules RULES.tsv PATH... > records.jsonl
"""
import argparse
import json
import os
import re
import sys
import unicodedata

# RE2 spells a code point \x{1EA0}; Python \u1EA0 (or \U for the astral planes).
RE2_CODE_POINT = re.compile(r"\\x\{([0-9A-Fa-f]+)\}")


def python_regex(re2_regex, boundaries):
    def code_point(match):
        value = int(match.group(1), 16)
        return "\\u%04x" % value if value <= 0xFFFF else "\\U%08x" % value

    pattern = RE2_CODE_POINT.sub(code_point, re2_regex)
    # {<} and {>}: no letter or digit on that side (vnie checks this in C++).
    if "<" in boundaries:
        pattern = r"(?<!\w)(?:" + pattern + ")"
    if ">" in boundaries:
        pattern = "(?:" + pattern + r")(?!\w)"
    return re.compile(pattern)


def load_rules(path):
    rules = []
    with open(path, encoding="utf-8") as f:
        for index, line in enumerate(f):
            dimension, name, priority, _, boundaries, regex = line.rstrip("\n").split("\t", 5)
            rules.append({"index": index, "dimension": dimension, "name": name,
                          "priority": int(priority), "regex": python_regex(regex, boundaries)})
    return rules


SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
DASHES = re.compile(r"[\u2010-\u2015\u2212]")
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“(]?[A-ZÀ-ỸĐ0-9])|\n+")
DIGITS = re.compile(r"[0-9]+(?:[.,][0-9]+)*")


def normalize(raw):
    text = unicodedata.normalize("NFC", raw.decode("utf-8", errors="replace"))
    return DASHES.sub("-", SPACES.sub(" ", text))


def sentences(text):
    start = 0
    for cut in SENTENCE_END.finditer(text):
        yield start, text[start:cut.start()]
        start = cut.end()
    yield start, text[start:]


def digit_value(text):
    match = DIGITS.search(text or "")
    if not match:
        return None
    digits = match.group(0)
    if re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+", digits):
        return int(digits.replace(".", ""))
    try:
        return float(digits.replace(",", ".")) if "," in digits else int(digits)
    except ValueError:
        return None


def resolve(candidates):
    """Highest priority first, then leftmost, then longest; losers dropped whole."""
    candidates.sort(key=lambda c: (-c[0]["priority"], c[1].start(), -(c[1].end() - c[1].start()),
                                   c[0]["index"]))
    taken, kept = [], []
    for rule, match in candidates:
        begin, end = match.span()
        if any(begin < e and b < end for b, e in taken):
            continue
        taken.append((begin, end))
        kept.append((rule, match))
    kept.sort(key=lambda c: c[1].start())
    return kept


def extract(source, raw, rules):
    text = normalize(raw)
    found = {}
    for offset, sentence in sentences(text):
        by_dimension = {}
        for rule in rules:
            for match in rule["regex"].finditer(sentence):
                if match.end() > match.start():
                    by_dimension.setdefault(rule["dimension"], []).append((rule, match))
        for dimension, candidates in by_dimension.items():
            for rule, match in resolve(candidates):
                groups = {k: v for k, v in match.groupdict().items() if v is not None}
                item = {"rule": rule["name"], "text": match.group(0),
                        "span": [offset + match.start(), offset + match.end()], "groups": groups}
                if dimension in ("figures", "cells"):
                    item["value"] = digit_value(groups.get("value") or groups.get("members"))
                found.setdefault(dimension, []).append(item)
    record = {"source": source, "status": "ok"}
    record.update(found)
    return record


def inputs(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith((".txt", ".html", ".htm")):
                        yield os.path.join(root, name)
        else:
            yield path


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rules", required=True, help="output of `vnie patterns list --regex`")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    rules = load_rules(args.rules)
    out = sys.stdout
    documents = 0
    for path in inputs(args.paths):
        with open(path, "rb") as f:
            record = extract(path, f.read(), rules)
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        documents += 1
    print("python_baseline: %d documents, %d rules" % (documents, len(rules)), file=sys.stderr)


if __name__ == "__main__":
    main()
