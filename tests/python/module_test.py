"""The Python API of `vnie`: construction, errors, the record's shape, bytes, threads.

Record contents are the CLI's business (cli_parity_test.py proves the module
gives the same records); these tests pin what only the binding decides.
"""

import os
import pickle
import shutil
import subprocess
import tempfile
import threading
import time
import unittest
from concurrent.futures import ThreadPoolExecutor

import vnie
from vnie_test_support import SOURCE_DIR, VNIE_BINARY, corpus_articles

CONTRACT_KEYS = ["schema", "source", "status", "error", "encoding", "title", "published",
                 "author", "people", "cells", "figures", "places", "dates", "periods",
                 "warnings"]

SENTENCE = "Toàn huyện hiện có 1.512 đảng viên sinh hoạt tại 48 chi bộ, đạt 74,59%."


class ExtractorTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.extractor = vnie.Extractor()

    def test_version_is_the_cli_version(self):
        run = subprocess.run([VNIE_BINARY, "--version"], capture_output=True, text=True,
                             check=True)
        self.assertIn(vnie.__version__, run.stdout)
        self.assertRegex(vnie.__version__, r"^\d+\.\d+\.\d+")

    def test_record_has_every_contract_field(self):
        record = self.extractor.extract(SENTENCE, source="a.txt")
        self.assertIsInstance(record, dict)
        # Extra keys may follow the contract's; the contract's come first, in order.
        keys = [key for key in record if key in CONTRACT_KEYS]
        self.assertEqual(keys, CONTRACT_KEYS, f"record for {SENTENCE!r}: {record}")
        self.assertEqual(record["schema"], "vnie/1")
        self.assertEqual(record["source"], "a.txt")
        self.assertEqual(record["status"], "ok")
        self.assertIsNone(record["error"])

    def test_numbers_are_python_numbers(self):
        record = self.extractor.extract(SENTENCE)
        values = {figure["text"]: figure["value"] for figure in record["figures"]}
        self.assertEqual(values.get("1.512 đảng viên"), 1512, f"{SENTENCE!r}: {values}")
        self.assertIsInstance(values.get("1.512 đảng viên"), int)
        self.assertEqual(values.get("74,59%"), 74.59, f"{SENTENCE!r}: {values}")

    def test_spans_index_the_utf8_text(self):
        for path in corpus_articles()[:5]:
            with open(path, encoding="utf-8") as file:
                text = file.read()
            data = text.encode("utf-8")
            record = self.extractor.extract(text, source=path)
            self.assertTrue(record["figures"], path)
            for figure in record["figures"]:
                begin, end = figure["span"]
                self.assertEqual(data[begin:end].decode("utf-8"), figure["text"],
                                 f"{path}: {figure}")

    def test_source_defaults_to_dash(self):
        self.assertEqual(self.extractor.extract(SENTENCE)["source"], "-")

    def test_extract_bytes_decodes_like_the_cli(self):
        utf16 = self.extractor.extract_bytes(SENTENCE.encode("utf-16"), source="u16.txt")
        self.assertEqual(utf16["status"], "ok", utf16)
        self.assertEqual(utf16["encoding"], "utf-16le", utf16)
        utf8 = self.extractor.extract(SENTENCE)
        # Spans point into the UTF-8 form after decoding, so they agree too.
        self.assertEqual(utf16["figures"], utf8["figures"])

    def test_forced_encoding_reads_bytes_and_refuses_str(self):
        extractor = vnie.Extractor(encoding="utf-16le")
        record = extractor.extract_bytes(SENTENCE.encode("utf-16-le"), source="no-bom.txt")
        self.assertEqual((record["status"], record["encoding"]), ("ok", "utf-16le"), record)
        self.assertEqual(record["figures"], self.extractor.extract(SENTENCE)["figures"])
        with self.assertRaisesRegex(ValueError, "utf-16le"):
            extractor.extract(SENTENCE)

    def test_str_and_bytes_are_not_interchangeable(self):
        with self.assertRaises(TypeError):
            self.extractor.extract_bytes(SENTENCE)
        with self.assertRaises(TypeError):
            self.extractor.extract(SENTENCE.encode("utf-8"))

    def test_too_large_document_gives_an_error_record(self):
        small = vnie.Extractor(max_document_bytes=16)
        record = small.extract(SENTENCE, source="big.txt")
        self.assertEqual(record["status"], "error", record)
        self.assertEqual(record["error"]["code"], "too-large", record)
        self.assertEqual(record["source"], "big.txt")
        self.assertEqual(record["figures"], [])

    def test_error_record_has_the_record_shape(self):
        record = vnie.error_record("crawl.jsonl", "bad-jsonl", "line is not JSON")
        self.assertEqual([key for key in record if key in CONTRACT_KEYS], CONTRACT_KEYS)
        self.assertEqual(record["status"], "error")
        self.assertEqual(record["error"], {"code": "bad-jsonl", "message": "line is not JSON"})

    def test_normalize_follows_the_tone_style(self):
        cases = [("old", "hoà thuỷ khoẻ", "hòa thủy khỏe"),
                 ("new", "hòa thủy khỏe", "hoà thuỷ khoẻ")]
        for style, given, expected in cases:
            extractor = self.extractor if style == "old" else vnie.Extractor(tone_style=style)
            self.assertEqual(extractor.tone_style, style)
            self.assertEqual(extractor.normalize(given), expected, f"{style}: {given!r}")

    def test_normalize_composes_to_nfc(self):
        decomposed = "Nguye\u0302\u0303n"  # e + combining circumflex + combining tilde
        self.assertEqual(self.extractor.normalize(decomposed), "Nguyễn")

    def test_bad_tone_style_is_a_value_error(self):
        with self.assertRaisesRegex(ValueError, "tone_style"):
            vnie.Extractor(tone_style="modern")

    def test_default_patterns_are_the_source_trees(self):
        self.assertEqual(os.path.realpath(self.extractor.patterns),
                         os.path.realpath(os.path.join(SOURCE_DIR, "patterns")))
        self.assertEqual(self.extractor.patterns, vnie.default_patterns_dir())

    def test_pickle_rebuilds_an_equal_extractor(self):
        copy = pickle.loads(pickle.dumps(self.extractor))
        self.assertEqual(copy.patterns, self.extractor.patterns)
        self.assertEqual(copy.extract(SENTENCE), self.extractor.extract(SENTENCE))


class PatternErrorTest(unittest.TestCase):
    """A broken pattern file raises vnie.PatternError naming file:line."""

    def setUp(self):
        self.directory = tempfile.mkdtemp(prefix="vnie_patterns_")
        self.patterns = os.path.join(self.directory, "patterns")
        shutil.copytree(os.path.join(SOURCE_DIR, "patterns"), self.patterns)

    def tearDown(self):
        shutil.rmtree(self.directory)

    def test_toml_syntax_error_names_file_and_line(self):
        path = os.path.join(self.patterns, "figures", "members.toml")
        with open(path, encoding="utf-8") as file:
            lines = file.read().split("\n")
        lines.insert(2, "this line = is not [ toml")  # becomes line 3
        with open(path, "w", encoding="utf-8") as file:
            file.write("\n".join(lines))
        with self.assertRaises(vnie.PatternError) as caught:
            vnie.Extractor(patterns=self.patterns)
        self.assertIsInstance(caught.exception, ValueError)
        self.assertRegex(str(caught.exception), r"members\.toml:3\b")

    def test_missing_folder_is_a_pattern_error(self):
        with self.assertRaises(vnie.PatternError) as caught:
            vnie.Extractor(patterns=os.path.join(self.directory, "nowhere"))
        self.assertIn("nowhere", str(caught.exception))


class ThreadTest(unittest.TestCase):
    """extract() releases the GIL: threads share one Extractor and run in parallel."""

    @classmethod
    def setUpClass(cls):
        cls.extractor = vnie.Extractor()
        cls.texts = []
        for path in corpus_articles():
            with open(path, encoding="utf-8") as file:
                cls.texts.append((path, file.read()))

    def test_threads_give_the_sequential_records(self):
        sequential = [self.extractor.extract(text, source=path) for path, text in self.texts]
        with ThreadPoolExecutor(max_workers=4) as pool:
            parallel = list(pool.map(lambda item: self.extractor.extract(item[1], source=item[0]),
                                     self.texts * 3))
        self.assertEqual(parallel, sequential * 3)

    def test_python_runs_while_extracting(self):
        # One long document (distinct paragraphs: repeated lines would be taken
        # for boilerplate); while a thread extracts it, this thread keeps
        # counting. Were the GIL held, this thread would stall for the whole call.
        big = "Số liệu đảng viên\n\n" + "\n\n".join(
            f"Năm {1990 + i % 30}, đảng bộ xã thứ {i} có {i + 10} đảng viên sinh hoạt tại "
            f"{i % 50 + 1} chi bộ, đạt {i % 90 + 1},5%." for i in range(6000))
        self.extractor.extract(big[:2000])  # first-call setup is not what we measure
        done = threading.Event()
        took = []

        def work():
            start = time.perf_counter()
            self.extractor.extract(big, source="big")
            took.append(time.perf_counter() - start)
            done.set()

        worker = threading.Thread(target=work)
        longest_stall = 0.0
        last = time.perf_counter()
        worker.start()
        while not done.is_set():
            now = time.perf_counter()
            longest_stall = max(longest_stall, now - last)
            last = now
            time.sleep(0.001)
        worker.join()
        self.assertGreater(took[0], 0.2, "the document is too small to tell")
        self.assertLess(longest_stall, took[0] / 2,
                        f"this thread stalled {longest_stall:.3f} s of a {took[0]:.3f} s extract")


if __name__ == "__main__":
    unittest.main()
