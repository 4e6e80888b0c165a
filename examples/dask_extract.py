#!/usr/bin/env python3
"""Extract vnie records from a JSONL crawl with Dask, on one machine or a cluster.

Each input line is one crawled article: a JSON object with "id" and "text"
(or "html" for a page still in HTML), and optionally "url", "title" and
"published", which the record uses when the article itself does not say.

    # on this machine, with 2 worker processes:
    python3 examples/dask_extract.py crawl/*.jsonl --out records.jsonl --csv tables/ --workers 2
    # on a cluster started with `dask scheduler` / `dask worker` (docs/python.md):
    python3 examples/dask_extract.py crawl/*.jsonl --out records.jsonl --scheduler tcp://host:8786

The output has one record per input line, in input order, so the n-th line
of records.jsonl is the record of the n-th input line (files in the order
given). A line that is not JSON, or has no text, still gets a record, with
status "error": nothing is dropped silently.

Why the pieces look the way they do:
- An Extractor compiles every rule when it is built (a fraction of a second),
  so each worker process builds one and keeps it (_worker_extractor), instead
  of one per line or per partition, and none travels over the network.
- Dask's workers trim freed memory eagerly, which slows vnie down five-fold;
  _keep_heap_top() tunes that back in each worker.
- The records are plain dicts and lists (the vnie/1 contract), so Dask moves
  them between processes with ordinary pickling.
- Partitions are fetched in order and written as they arrive, so the client
  holds one partition at a time, not the whole crawl.
"""

import argparse
import ctypes
import csv
import json
import os
import sys
import threading

import dask
import dask.bag

import vnie

# One Extractor per worker process and per (patterns, tone_style); worker
# threads share it, which is safe because extract() is const in C++.
_EXTRACTORS = {}
_EXTRACTORS_LOCK = threading.Lock()


def _keep_heap_top():
    """Undoes the cost of Dask's memory trimming for vnie, in this process.

    Dask's nanny starts each worker with MALLOC_TRIM_THRESHOLD_=65536 so that
    freed memory goes back to the system. vnie allocates and frees a few
    hundred KB per document, so glibc would shrink and regrow the heap for
    almost every document: extraction measured 5 times slower. A 16 MiB top
    pad (M_TOP_PAD) keeps the trimming but leaves one document's worth of heap
    in place. glibc only; elsewhere this does nothing.
    """
    if "MALLOC_TRIM_THRESHOLD_" not in os.environ:
        return
    m_top_pad = -2  # from glibc's <malloc.h>
    try:
        ctypes.CDLL(None).mallopt(m_top_pad, 16 << 20)
    except (OSError, AttributeError):
        pass


def _worker_extractor(patterns, tone_style):
    key = (patterns, tone_style)
    with _EXTRACTORS_LOCK:
        extractor = _EXTRACTORS.get(key)
        if extractor is None:
            _keep_heap_top()
            extractor = vnie.Extractor(patterns, tone_style)
            _EXTRACTORS[key] = extractor
        return extractor


def record_for_line(extractor, line, path):
    """The record for one JSONL line (a str without its newline)."""
    try:
        item = json.loads(line)
    except ValueError as error:
        return vnie.error_record(path, "bad-jsonl", f"{path}: line is not JSON: {error}")
    if not isinstance(item, dict):
        return vnie.error_record(path, "bad-jsonl", f"{path}: line is not a JSON object")
    source = str(item.get("id") or item.get("url") or path)
    if isinstance(item.get("text"), str):
        text, document_format = item["text"], "auto"
    elif isinstance(item.get("html"), str):
        text, document_format = item["html"], "html"
    else:
        return vnie.error_record(source, "bad-jsonl", f"{path}: {source}: no \"text\" string")
    known = {key: item[key] for key in ("url", "title", "published")
             if isinstance(item.get(key), str)}
    return extractor.extract(text, source=source, format=document_format, **known)


def extract_partition(lines, patterns=None, tone_style="old"):
    """Records for one partition of (line, path) pairs, in the same order."""
    extractor = _worker_extractor(patterns, tone_style)
    return [record_for_line(extractor, line.rstrip("\r\n"), path) for line, path in lines]


def extract_bag(paths, patterns=None, tone_style="old", blocksize="8MiB"):
    """A dask.bag of records, one per non-blank line of `paths`, in input order."""
    lines = dask.bag.read_text(paths, blocksize=blocksize, include_path=True,
                               encoding="utf-8", errors="replace")
    lines = lines.filter(lambda pair: pair[0].strip() != "")
    return lines.map_partitions(extract_partition, patterns=patterns, tone_style=tone_style)


def partitions_in_order(bag, client=None):
    """Yields the bag's partitions (lists) in order, computing them in parallel."""
    parts = bag.to_delayed()
    if client is None:
        yield from dask.compute(*parts)
        return
    futures = client.compute(parts)
    for future in futures:
        yield future.result()
        future.release()


def to_json_line(record):
    """The record as the CLI writes it: compact, UTF-8, key order kept."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _csv_value(value):
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return value


# Column names follow the CLI's `--csv` tables where the two overlap.
ARTICLE_COLUMNS = ["source", "status", "error_code", "error_message", "encoding", "title",
                   "published", "author", "people", "cells", "figures", "places", "dates",
                   "periods"]
FIGURE_COLUMNS = ["source", "kind", "value", "whole", "unit", "of", "approx", "scope", "text",
                  "begin", "end"]
CELL_COLUMNS = ["source", "name", "school", "level", "place", "parent", "members", "staff",
                "percent", "begin", "end"]


class CsvTables:
    """articles.csv, figures.csv and cells.csv in `directory`, rows in record order."""

    def __init__(self, directory):
        os.makedirs(directory, exist_ok=True)
        self._files = []
        self._articles = self._open(directory, "articles.csv", ARTICLE_COLUMNS)
        self._figures = self._open(directory, "figures.csv", FIGURE_COLUMNS)
        self._cells = self._open(directory, "cells.csv", CELL_COLUMNS)

    def _open(self, directory, name, columns):
        file = open(os.path.join(directory, name), "w", encoding="utf-8", newline="")
        self._files.append(file)
        writer = csv.writer(file)  # RFC 4180 quoting, CRLF line ends
        writer.writerow(columns)
        return writer

    def add(self, record):
        error = record["error"] or {}
        row = [record["source"], record["status"], error.get("code"), error.get("message"),
               record["encoding"], record["title"], record["published"], record["author"]]
        row += [len(record[key]) for key in ("people", "cells", "figures", "places", "dates",
                                             "periods")]
        self._articles.writerow([_csv_value(v) for v in row])
        for figure in record["figures"]:
            row = [record["source"]] + [figure[key] for key in FIGURE_COLUMNS[1:-2]]
            self._figures.writerow([_csv_value(v) for v in row + figure["span"]])
        for cell in record["cells"]:
            row = [record["source"]] + [cell[key] for key in CELL_COLUMNS[1:-2]]
            self._cells.writerow([_csv_value(v) for v in row + cell["span"]])

    def close(self):
        for file in self._files:
            file.close()


def run(paths, out=None, csv_dir=None, client=None, patterns=None, tone_style="old",
        blocksize="8MiB"):
    """Extracts `paths` and writes the JSONL and CSV outputs; returns (documents, errors)."""
    bag = extract_bag(paths, patterns=patterns, tone_style=tone_style, blocksize=blocksize)
    jsonl = open(out, "w", encoding="utf-8") if out else None
    tables = CsvTables(csv_dir) if csv_dir else None
    documents = errors = 0
    try:
        for partition in partitions_in_order(bag, client):
            for record in partition:
                documents += 1
                errors += record["status"] != "ok"
                if jsonl:
                    jsonl.write(to_json_line(record) + "\n")
                if tables:
                    tables.add(record)
    finally:
        if jsonl:
            jsonl.close()
        if tables:
            tables.close()
    return documents, errors


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", help="JSONL files (globs are expanded by Dask)")
    parser.add_argument("--out", help="write the records here as JSON Lines")
    parser.add_argument("--csv", help="write articles.csv, figures.csv, cells.csv into this folder")
    parser.add_argument("--scheduler", help="address of a running `dask scheduler` "
                        "(tcp://host:8786); default: a local cluster")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="worker processes of the local cluster (default: one per core)")
    parser.add_argument("--patterns", help="patterns/ folder; it must exist on every worker")
    parser.add_argument("--tone-style", choices=["old", "new"], default="old")
    parser.add_argument("--blocksize", default="8MiB", help="bytes of input per partition")
    args = parser.parse_args(argv)
    if not args.out and not args.csv:
        parser.error("nothing to write: give --out and/or --csv")

    from distributed import Client, LocalCluster
    if args.scheduler:
        client, cluster = Client(args.scheduler), None
        # Remote workers import this file as the module dask_extract; ship it.
        client.upload_file(__file__)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        documents, errors = run(args.inputs, args.out, args.csv, client, args.patterns,
                                args.tone_style, args.blocksize)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(f"dask_extract: {documents} documents, {documents - errors} ok, {errors} errors",
          file=sys.stderr)
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    # Run the functions as the module dask_extract, not __main__: Dask then
    # sends workers a reference to them, not a pickled copy of this script's
    # globals (which hold a lock, and cannot be pickled).
    import dask_extract
    sys.exit(dask_extract.main())
