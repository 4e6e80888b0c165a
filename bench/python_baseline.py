#!/usr/bin/env python3
"""A straightforward Python 3 extractor, the yardstick for vnie's speed.

What a careful analyst would write in an afternoon with `re` and
`unicodedata`: NFC-normalize each article, then run a handful of regular
expressions for a subset of what vnie extracts (figures: members, admitted,
cells, percents; people: honorific + name + roles; places: kind + name) and
write one JSON line per article. It reads the same files as `vnie extract`
(files and folders, walked in sorted order) so the two can be timed side by
side by bench/run. Its output is not scored; only its speed matters.

Usage: bench/python_baseline.py PATH... > records.jsonl
"""
import json
import os
import re
import sys
import unicodedata

NUMBER = r"(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)"
FIGURE_RULES = [
    ("members", re.compile(NUMBER + r"\s+đảng viên", re.IGNORECASE)),
    ("admitted", re.compile(r"kết nạp(?: được)?(?: mới)?\s+" + NUMBER + r"\s+đảng viên", re.IGNORECASE)),
    ("cells", re.compile(NUMBER + r"\s+(?:tổ chức cơ sở đảng|chi bộ)", re.IGNORECASE)),
    ("percent", re.compile(NUMBER + r"\s*%")),
    ("staff", re.compile(NUMBER + r"\s+(?:cán bộ|giáo viên|nhân viên)", re.IGNORECASE)),
]
CAPITAL_WORD = r"[A-ZĐÀ-Ỹ][^\W\d_]*"
NAME = r"(?:%s)(?:\s+%s){1,3}" % (CAPITAL_WORD, CAPITAL_WORD)
HONORIFICS = r"(?i:đồng chí|ông|bà|anh|chị|thầy|cô)"
ROLE_HEADS = r"(?:Bí thư|Phó Bí thư|Chủ tịch|Phó Chủ tịch|Hiệu trưởng|Phó Hiệu trưởng|Giám đốc|Trưởng phòng|Trưởng ban|Chi ủy viên)"
PERSON_RULES = [
    re.compile(r"(?P<h>%s)\s+(?P<name>%s)(?:\s*[,\-–]\s*(?P<roles>%s[^.;\n]{0,80}))?"
               % (HONORIFICS, NAME, ROLE_HEADS)),
    re.compile(r"(?P<roles>%s[^.,;\n]{0,60}?)\s+(?P<name>%s)" % (ROLE_HEADS, NAME)),
]
PLACE_RE = re.compile(r"\b((?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))\s+(%s(?:\s+%s){0,2})"
                      % (CAPITAL_WORD, CAPITAL_WORD))


def to_number(text):
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text):
        return int(text.replace(".", ""))
    return float(text.replace(",", ".")) if "," in text else int(text)


def extract(source, raw):
    text = unicodedata.normalize("NFC", raw.decode("utf-8", errors="replace"))
    figures = []
    for kind, rule in FIGURE_RULES:
        for m in rule.finditer(text):
            figures.append({"kind": kind, "value": to_number(m.group(1)), "text": m.group(0),
                            "span": [m.start(), m.end()]})
    people = {}
    for rule in PERSON_RULES:
        for m in rule.finditer(text):
            name = " ".join(w.capitalize() for w in m.group("name").split())
            person = people.setdefault(name, {"name": name, "roles": [], "mentions": []})
            roles = m.groupdict().get("roles")
            if roles:
                for role in re.split(r"\s*[,;]\s*", roles.strip()):
                    if role and role not in person["roles"]:
                        person["roles"].append(role)
            person["mentions"].append([m.start(), m.end()])
    places = []
    seen = set()
    for m in PLACE_RE.finditer(text):
        key = (m.group(1).lower(), m.group(2))
        if key not in seen:
            seen.add(key)
            places.append({"kind": key[0], "name": key[1], "span": [m.start(), m.end()]})
    return {"source": source, "status": "ok", "people": list(people.values()),
            "figures": figures, "places": places}


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
    out = sys.stdout
    documents = 0
    for path in inputs(sys.argv[1:]):
        with open(path, "rb") as f:
            record = extract(path, f.read())
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")
        documents += 1
    print("python_baseline: %d documents" % documents, file=sys.stderr)


if __name__ == "__main__":
    main()
