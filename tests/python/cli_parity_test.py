"""The module's record is the CLI's record, byte for byte once serialized.

For every corpus article, `vnie extract FILE` writes one JSON line; the module's
dict for the same file, dumped compactly with ensure_ascii=False, must be the
same string: same keys in the same order, same numbers written the same way
(859, not 859.0; 74.59), same strings. Both tone styles are checked, and both
ways into the module (bytes, and str for UTF-8 files).
"""

import json
import unittest

import vnie
from vnie_test_support import cli_extract, corpus_articles, first_difference, to_json_line


class CliParityTest(unittest.TestCase):

    def check_parity(self, tone_style):
        articles = corpus_articles()
        flags = [] if tone_style == "old" else ["--tone-style", tone_style]
        cli_lines = cli_extract(articles, *flags)
        self.assertEqual(len(cli_lines), len(articles), "one CLI line per article")
        extractor = vnie.Extractor(tone_style=tone_style)
        for path, cli_line in zip(articles, cli_lines):
            with self.subTest(article=path, tone_style=tone_style):
                with open(path, "rb") as file:
                    data = file.read()
                from_bytes = to_json_line(extractor.extract_bytes(data, source=path))
                self.assertEqual(cli_line, from_bytes,
                                 f"extract_bytes({path}): {first_difference(cli_line, from_bytes)}")
                if json.loads(cli_line)["encoding"] != "utf-8":
                    continue  # a legacy-encoded file: only its bytes give the same record
                from_text = to_json_line(extractor.extract(data.decode("utf-8"), source=path))
                self.assertEqual(cli_line, from_text,
                                 f"extract({path}): {first_difference(cli_line, from_text)}")

    def test_old_tone_style_matches_cli(self):
        self.check_parity("old")

    def test_new_tone_style_matches_cli(self):
        self.check_parity("new")

    def test_corpus_records_carry_facts(self):
        # Guards the parity test against comparing two empty outputs.
        extractor = vnie.Extractor()
        figures = 0
        for path in corpus_articles():
            with open(path, "rb") as file:
                record = extractor.extract_bytes(file.read(), source=path)
            self.assertEqual(record["status"], "ok", path)
            figures += len(record["figures"])
        self.assertGreater(figures, len(corpus_articles()))


if __name__ == "__main__":
    unittest.main()
