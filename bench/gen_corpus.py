#!/usr/bin/env python3
"""Builds a large synthetic corpus for benchmarks from corpus/*.txt.

Why: the committed corpus is a few hundred KB, far too small to measure
throughput or to see whether memory grows with the input. This script makes
any amount of text that looks like the real articles (same sentence shapes,
same rules firing) by copying them with numbers, person names and place names
varied, so that caches keyed on whole documents or lines cannot help.

The output is generated at run time into a folder you name (never committed):
  OUT/00000/doc-0000000.txt ...   1000 files per folder
and, with --jsonl, one JSON Lines file OUT.jsonl ({"id": ..., "text": ...}).

Usage: bench/gen_corpus.py --mb 200 --out /tmp/vnie-bench/corpus [--seed 1] [--jsonl]
"""
import argparse
import json
import os
import random
import re
import sys
import unicodedata

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Tô", "Hà", "Lương"]
MIDDLES = ["Văn", "Thị", "Minh", "Thanh", "Quốc", "Hữu", "Ngọc", "Đức", "Thu", "Kim"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương",
         "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân",
         "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến"]
PLACES = ["Tam Dương", "Yên Lạc", "Vĩnh Tường", "Thọ Xuân", "Krông Bông", "Cư Pui",
          "Hòa Bình", "Tân Phú", "Phú Lương", "Đông Anh", "Gia Lâm", "Nam Sách",
          "Kim Thành", "Bình Xuyên", "Lập Thạch", "Sông Lô", "Tiên Du", "Quế Võ",
          "Đức Hòa", "Cần Giuộc", "Châu Thành", "Long Mỹ", "Ea Kar", "Buôn Đôn"]

UPPER = "A-ZĐÀ-Ỹ"  # rough: capitals of Vietnamese names
NAME_RE = re.compile(r"\b(%s) (?:(%s) )?([%s][^\s,.;:()\"“”]+)" % (
    "|".join(SURNAMES), "|".join(MIDDLES), UPPER))
PLACE_RE = re.compile(r"\b(xã|huyện|tỉnh|phường|quận|thị trấn|thị xã|thành phố) "
                      r"([%s][^\s,.;:()]+(?: [%s][^\s,.;:()]+)?)" % (UPPER, UPPER))
NUMBER_RE = re.compile(r"\d+")


def vary(text, rng):
    def number(m):
        digits = m.group(0)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(rng.randint(2010, 2026))  # keep years plausible
        if len(digits) == 1:
            return str(rng.randint(1, 9))
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    def name(m):
        middle = rng.choice(MIDDLES) + " " if m.group(2) else ""
        return rng.choice(SURNAMES) + " " + middle + rng.choice(GIVEN)

    def place(m):
        return m.group(1) + " " + rng.choice(PLACES)

    text = NUMBER_RE.sub(number, text)
    text = NAME_RE.sub(name, text)
    text = PLACE_RE.sub(place, text)
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=200, help="size to generate, in MB (1e6 bytes)")
    parser.add_argument("--out", required=True, help="folder to create")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jsonl", action="store_true", help="also write OUT.jsonl")
    parser.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "..", "corpus"))
    args = parser.parse_args()

    bases = []
    for name in sorted(os.listdir(args.source)):
        if name.endswith(".txt"):
            with open(os.path.join(args.source, name), encoding="utf-8") as f:
                bases.append(unicodedata.normalize("NFC", f.read()))
    if not bases:
        sys.exit("gen_corpus: no .txt articles in " + args.source)

    rng = random.Random(args.seed)
    target = int(args.mb * 1e6)
    written = 0
    count = 0
    jsonl = open(args.out.rstrip("/") + ".jsonl", "w", encoding="utf-8") if args.jsonl else None
    while written < target:
        text = vary(bases[count % len(bases)], rng)
        folder = os.path.join(args.out, "%05d" % (count // 1000))
        if count % 1000 == 0:
            os.makedirs(folder, exist_ok=True)
        data = text.encode("utf-8")
        with open(os.path.join(folder, "doc-%07d.txt" % count), "wb") as f:
            f.write(data)
        if jsonl:
            jsonl.write(json.dumps({"id": "doc-%07d" % count, "text": text}, ensure_ascii=False) + "\n")
        written += len(data)
        count += 1
    if jsonl:
        jsonl.close()
    print("gen_corpus: %d documents, %.1f MB in %s" % (count, written / 1e6, args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
