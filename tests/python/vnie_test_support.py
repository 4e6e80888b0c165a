"""What the Python tests share: where the CLI and the corpus are, and the CLI's JSON form.

CTest (python/CMakeLists.txt) sets VNIE_BINARY (build/vnie), VNIE_SOURCE_DIR (the
repository root) and PYTHONPATH (build/python for `vnie`, examples/ for the Dask
example). The tests never rely on the working directory.
"""

import glob
import json
import os
import subprocess
import unittest

SOURCE_DIR = os.environ.get("VNIE_SOURCE_DIR",
                            os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
VNIE_BINARY = os.environ.get("VNIE_BINARY", os.path.join(SOURCE_DIR, "build", "vnie"))


def corpus_articles():
    """Every corpus article, sorted by name."""
    articles = sorted(glob.glob(os.path.join(SOURCE_DIR, "corpus", "*.txt")))
    if not articles:
        raise unittest.SkipTest("no corpus/*.txt")  # never reached in the repository
    return articles


def to_json_line(record):
    """A record as the CLI writes one line of JSON Lines."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def cli_extract(paths, *flags):
    """The CLI's output lines for `paths`, one per document."""
    run = subprocess.run([VNIE_BINARY, "extract", "--quiet", *flags, *paths],
                         capture_output=True, check=False)
    if run.returncode not in (0, 1):  # 1: some documents became error records
        raise AssertionError(f"{VNIE_BINARY} extract exited {run.returncode}: "
                             f"{run.stderr.decode(errors='replace')}")
    return run.stdout.decode("utf-8").splitlines()


def first_difference(expected, actual):
    """A short description of where two strings first differ, for failure messages."""
    index = next((i for i, (a, b) in enumerate(zip(expected, actual)) if a != b),
                 min(len(expected), len(actual)))
    return (f"first difference at character {index}:\n"
            f"  CLI:    ...{expected[max(0, index - 60):index + 60]!r}\n"
            f"  module: ...{actual[max(0, index - 60):index + 60]!r}")
