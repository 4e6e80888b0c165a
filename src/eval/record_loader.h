// Loads records from disk the way score.py's load() does, and pairs them by
// doc_key(), so `vnie eval` accepts the same inputs as the official scorer.
#ifndef VNIE_EVAL_RECORD_LOADER_H_
#define VNIE_EVAL_RECORD_LOADER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "vnie/record.h"

namespace vnie {

// score.py doc_key(): the base name of `source` without its extension
// ("corpus/articles/tam-dao.txt" -> "tam-dao"). As in Python's
// os.path.splitext, leading dots do not start an extension (".env" -> ".env").
std::string DocKey(std::string_view source);

// Reads records from `path`, in file order:
//   - a directory: every "*.json" file in it, sorted by name, one record each;
//   - a file ending in ".jsonl", or "-" for standard input: one record per
//     non-blank line;
//   - any other file: one JSON record, or a JSON array of records.
// Fails on an unreadable path or a bad record; the message names the file
// (and line, for JSON Lines).
StatusOr<std::vector<Record>> LoadRecords(const std::string& path);

}  // namespace vnie

#endif  // VNIE_EVAL_RECORD_LOADER_H_
