#!/usr/bin/env python3
"""Validates the project's own test corpus (corpus/<id>.txt + corpus/<id>.gold.json).

The corpus is hand-written, so its gold records can drift from their articles when
either is edited. This check catches what a human misses: a figure whose "text" is
not in the article, a person whose name does not occur, a misspelt field, a value
given as a string. It does not judge whether the gold is *right*, only that it is
well formed and anchored in its article. A cell's members/staff/percent must also be
listed among the record's figures; a stated percent that disagrees with members/staff by
more than 0.5 points is printed as a note (article 26 does this on purpose).

usage: check_corpus.py [CORPUS_DIR]   (default: corpus/ next to this script's parent)
Exit status 0 when clean, 1 when any problem was found. Python standard library only.
"""
import json
import os
import re
import sys
import unicodedata

TOP_FIELDS = ("source", "title", "published", "author", "people", "cells",
              "figures", "places", "dates", "periods")
OPTIONAL_TOP = ("notes",)
PERSON_FIELDS = ("name", "honorific", "roles")
CELL_FIELDS = ("name", "school", "level", "place", "parent", "members", "staff", "percent")
FIGURE_REQUIRED = ("kind", "value", "text")
FIGURE_OPTIONAL = ("whole", "of", "approx", "scope", "unit", "notes")
FIGURE_KINDS = {"members", "admitted", "cells", "staff", "percent", "ratio", "other"}
LEVELS = {None, "preschool", "primary", "lower-secondary", "upper-secondary",
          "multi-level", "university", "vocational"}
PLACE_KINDS = {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"}
APPROX = {None, "hơn", "gần", "khoảng", "trên", "dưới", "gần như"}
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
WORD_RE = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^(\d{4}|-)-\d{2}-\d{2}$")
PUBLISHED_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")


def fold(text):
    """NFC, lower case, Latin Eth as Đ, exotic spaces and dashes as ASCII, and tone
    marks moved to the end of each word, so hòa/hoà and thủy/thuỷ compare equal."""
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110").lower()
    text = re.sub(r"[\u00a0\u2000-\u200b\u202f\s]+", " ", text)
    text = re.sub(r"[\u2013\u2014]", "-", text)
    def move_tones(match):
        word = match.group(0)
        tones = "".join(c for c in word if c in TONES)
        return "".join(c for c in word if c not in TONES) + tones
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", WORD_RE.sub(move_tones, decomposed))


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class Report:
    def __init__(self):
        self.problems = []
        self.notes = []

    def add(self, where, message):
        self.problems.append(f"{where}: {message}")

    def note(self, where, message):
        self.notes.append(f"{where}: {message}")


def check_record(doc_id, gold, article, report):
    where = f"{doc_id}.gold.json"
    for field in TOP_FIELDS:
        if field not in gold:
            report.add(where, f"missing field {field!r}")
    for field in gold:
        if field not in TOP_FIELDS and field not in OPTIONAL_TOP:
            report.add(where, f"unknown field {field!r}")
    if gold.get("source") != f"{doc_id}.txt":
        report.add(where, f"source is {gold.get('source')!r}, want {doc_id + '.txt'!r}")
    body = fold(article)

    def occurs(text):
        return bool(text) and fold(text) in body

    if gold.get("title") is not None and not occurs(gold["title"]):
        report.add(where, f"title not in article: {gold['title']!r}")
    published = gold.get("published")
    if published is not None and not (isinstance(published, str) and PUBLISHED_RE.match(published)):
        report.add(where, f"published not ISO: {published!r}")
    if gold.get("author") is not None and not occurs(gold["author"]):
        report.add(where, f"author not in article: {gold['author']!r}")

    names = set()
    for i, person in enumerate(gold.get("people") or []):
        at = f"{where} people[{i}]"
        for field in PERSON_FIELDS:
            if field not in person:
                report.add(at, f"missing {field!r}")
        name = person.get("name") or ""
        if name != unicodedata.normalize("NFC", name):
            report.add(at, f"name not NFC: {name!r}")
        if not occurs(name):
            report.add(at, f"name not in article: {name!r}")
        if fold(name) in names:
            report.add(at, f"person listed twice: {name!r}")
        names.add(fold(name))
        if name and name == name.upper() and len(name) > 3:
            report.add(at, f"name should be proper case: {name!r}")
        if not isinstance(person.get("roles"), list):
            report.add(at, "roles must be a list")
        for role in person.get("roles") or []:
            if not occurs(role):
                report.add(at, f"role not in article: {role!r}")
        honorific = person.get("honorific")
        if honorific is not None and honorific != honorific.lower():
            report.add(at, f"honorific not lower case: {honorific!r}")

    for i, cell in enumerate(gold.get("cells") or []):
        at = f"{where} cells[{i}]"
        for field in CELL_FIELDS:
            if field not in cell:
                report.add(at, f"missing {field!r}")
        if cell.get("level") not in LEVELS:
            report.add(at, f"bad level {cell.get('level')!r}")
        for field in ("members", "staff", "percent"):
            if cell.get(field) is not None and not is_number(cell[field]):
                report.add(at, f"{field} is not a number: {cell[field]!r}")
        if all(cell.get(f) is None for f in ("members", "staff", "percent")):
            report.add(at, "cell without members, staff or percent")
        # A cell's numbers are read off figures of the same record, so each must also be
        # listed there; otherwise the two halves of the gold have drifted apart.
        for field in ("members", "staff", "percent"):
            value = cell.get(field)
            if is_number(value) and not any(
                    f.get("kind") == field and is_number(f.get("value")) and
                    abs(f["value"] - value) < 1e-9 for f in gold.get("figures") or []):
                report.add(at, f"{field} {value} has no {field} figure")
        members, staff, percent = cell.get("members"), cell.get("staff"), cell.get("percent")
        if is_number(members) and is_number(staff) and staff and is_number(percent):
            computed = 100.0 * members / staff
            if abs(computed - percent) > 0.5:
                # Not an error: articles do print wrong shares, and vnie must warn.
                report.note(at, f"stated {percent}% vs {members}/{staff} = {computed:.2f}%")
        if cell.get("place") and cell["place"].split(" ")[0] not in {"tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường"}:
            report.add(at, f"place lacks its unit word: {cell['place']!r}")

    for i, figure in enumerate(gold.get("figures") or []):
        at = f"{where} figures[{i}]"
        for field in FIGURE_REQUIRED:
            if field not in figure:
                report.add(at, f"missing {field!r}")
        for field in figure:
            if field not in FIGURE_REQUIRED and field not in FIGURE_OPTIONAL:
                report.add(at, f"unknown field {field!r}")
        if figure.get("kind") not in FIGURE_KINDS:
            report.add(at, f"bad kind {figure.get('kind')!r}")
        if not is_number(figure.get("value")):
            report.add(at, f"value is not a number: {figure.get('value')!r}")
        if figure.get("kind") == "ratio" and not is_number(figure.get("whole")):
            report.add(at, "ratio without a numeric whole")
        if figure.get("approx") not in APPROX:
            report.add(at, f"bad approx {figure.get('approx')!r}")
        if figure.get("approx") and fold(figure["approx"]) not in fold(figure.get("text") or ""):
            report.add(at, f"approx {figure['approx']!r} not inside text {figure.get('text')!r}")
        if not occurs(figure.get("text")):
            report.add(at, f"text not in article: {figure.get('text')!r}")

    for i, place in enumerate(gold.get("places") or []):
        at = f"{where} places[{i}]"
        if place.get("kind") not in PLACE_KINDS:
            report.add(at, f"bad place kind {place.get('kind')!r}")
        if not occurs(place.get("name")):
            report.add(at, f"place name not in article: {place.get('name')!r}")
    for i, date in enumerate(gold.get("dates") or []):
        at = f"{where} dates[{i}]"
        if not (isinstance(date.get("value"), str) and DATE_RE.match(date["value"])):
            report.add(at, f"date value not ISO: {date.get('value')!r}")
        if not occurs(date.get("text")):
            report.add(at, f"date text not in article: {date.get('text')!r}")
    for i, period in enumerate(gold.get("periods") or []):
        at = f"{where} periods[{i}]"
        if not isinstance(period.get("from"), int):
            report.add(at, f"period from is not a year: {period.get('from')!r}")
        if period.get("to") is not None and not isinstance(period.get("to"), int):
            report.add(at, f"period to is not a year: {period.get('to')!r}")
        if not occurs(period.get("text")):
            report.add(at, f"period text not in article: {period.get('text')!r}")


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "corpus")
    report = Report()
    names = sorted(os.listdir(root))
    articles = {n[:-4] for n in names if n.endswith(".txt")}
    golds = {n[:-len(".gold.json")] for n in names if n.endswith(".gold.json")}
    for doc_id in sorted(articles - golds):
        report.add(f"{doc_id}.txt", "no gold record")
    for doc_id in sorted(golds - articles):
        report.add(f"{doc_id}.gold.json", "no article")
    for doc_id in sorted(articles & golds):
        if not ID_RE.match(doc_id):
            report.add(doc_id, "id is not lower-case ASCII with dashes")
        raw = open(os.path.join(root, doc_id + ".txt"), "rb").read()
        try:
            article = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            report.add(f"{doc_id}.txt", f"not UTF-8 at byte {e.start}")
            continue
        try:
            with open(os.path.join(root, doc_id + ".gold.json"), encoding="utf-8") as f:
                gold = json.load(f)
        except json.JSONDecodeError as e:
            report.add(f"{doc_id}.gold.json", f"does not parse: line {e.lineno}: {e.msg}")
            continue
        check_record(doc_id, gold, article, report)
    for note in report.notes:
        print("note: " + note)
    for problem in report.problems:
        print(problem)
    print(f"{len(articles & golds)} documents, {len(report.problems)} problems")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
