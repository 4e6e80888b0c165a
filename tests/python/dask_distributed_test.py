"""examples/dask_extract.py on a real distributed cluster gives the single-process records.

A LocalCluster with two worker processes (one thread each, no dashboard) runs
the example over a JSONL crawl made of the corpus repeated 20 times, plus two
broken lines. The JSONL it writes must equal, line for line, what one
Extractor in this process gives for the same lines, in input order; the CSV
tables must hold the same records; and both workers must have taken part,
each building one Extractor.
"""

import csv
import json
import os
import shutil
import tempfile
import time
import unittest

import dask_extract
import vnie
from vnie_test_support import corpus_articles, to_json_line

REPEATS = 20


def single_process_records(path):
    """The reference: one Extractor, one line at a time, no Dask."""
    extractor = vnie.Extractor()
    records = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError:
                records.append(("error", path))
                continue
            if "text" not in item:
                records.append(("error", item["id"]))
                continue
            records.append(extractor.extract(item["text"], source=item["id"]))
    return records


class DaskDistributedTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.directory = tempfile.mkdtemp(prefix="vnie_dask_")
        cls.crawl = os.path.join(cls.directory, "crawl.jsonl")
        articles = corpus_articles()
        with open(cls.crawl, "w", encoding="utf-8") as out:
            for round_number in range(REPEATS):
                for path in articles:
                    with open(path, encoding="utf-8") as file:
                        text = file.read()
                    name = os.path.basename(path)
                    item = {"id": f"{round_number:02d}/{name}", "url": f"https://example.vn/{name}",
                            "text": text}
                    out.write(json.dumps(item, ensure_ascii=False) + "\n")
                if round_number == 7:  # broken lines mid-crawl keep their place
                    out.write("{not json\n")
                    out.write(json.dumps({"id": "no-text"}) + "\n")
        cls.expected_count = REPEATS * len(articles) + 2

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.directory)

    def test_cluster_run_equals_single_process_run(self):
        from distributed import Client, LocalCluster

        out = os.path.join(self.directory, "records.jsonl")
        tables = os.path.join(self.directory, "tables")
        start = time.perf_counter()
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            # Small blocks so that the crawl spans many partitions and both workers.
            documents, errors = dask_extract.run([self.crawl], out=out, csv_dir=tables,
                                                 client=client, blocksize="256KiB")
            extractors = client.run(lambda: len(dask_extract._EXTRACTORS))
            partitions = dask_extract.extract_bag([self.crawl], blocksize="256KiB").npartitions
        cluster_seconds = time.perf_counter() - start
        self.assertEqual(documents, self.expected_count)
        self.assertEqual(errors, 2)
        self.assertGreaterEqual(partitions, 4, "the crawl should span several partitions")
        self.assertEqual(sorted(extractors.values()), [1, 1],
                         f"one Extractor per worker process: {extractors}")

        start = time.perf_counter()
        expected = single_process_records(self.crawl)
        single_seconds = time.perf_counter() - start
        with open(out, encoding="utf-8") as file:
            lines = file.read().split("\n")
        self.assertEqual(lines[-1], "", "the JSONL ends with a newline")
        lines = lines[:-1]
        self.assertEqual(len(lines), len(expected))
        for number, (line, want) in enumerate(zip(lines, expected), start=1):
            if isinstance(want, tuple):  # a broken line: an error record in its place
                got = json.loads(line)
                self.assertEqual((got["status"], got["source"]), want, f"line {number}: {line}")
                self.assertEqual(got["error"]["code"], "bad-jsonl", f"line {number}: {line}")
            else:
                self.assertEqual(line, to_json_line(want), f"line {number} ({want['source']})")

        with open(os.path.join(tables, "articles.csv"), encoding="utf-8", newline="") as file:
            articles = list(csv.DictReader(file))
        self.assertEqual([row["source"] for row in articles],
                         [json.loads(line)["source"] for line in lines])
        with open(os.path.join(tables, "figures.csv"), encoding="utf-8", newline="") as file:
            figures = list(csv.DictReader(file))
        records = [want for want in expected if not isinstance(want, tuple)]
        self.assertEqual(len(figures), sum(len(record["figures"]) for record in records))
        first = records[0]["figures"][0]
        self.assertEqual((figures[0]["source"], figures[0]["text"], figures[0]["begin"]),
                         (records[0]["source"], first["text"], str(first["span"][0])))
        print(f"\n{documents} documents: cluster of 2 processes {cluster_seconds:.1f} s "
              f"(with start-up), single process {single_seconds:.1f} s")


if __name__ == "__main__":
    unittest.main()
