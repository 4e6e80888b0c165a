// DocumentReader: every article in the inputs a user names, one at a time.
//
// Crawlers hand over articles as loose .txt/.html files, as JSONL (one article
// a line) or as WARC archives; vnie reads all of them through this one
// streaming interface so that a 10 GB archive never sits in memory and every
// input, readable or not, shows up in the output: an input that cannot be read
// (a missing file, a broken JSON line, a truncated gzip member) yields an item
// carrying the error, and reading goes on with the next one.
//
//   vnie::InputOptions options;                      // format "auto"
//   auto reader = vnie::OpenInputs({"corpus/", "crawl.warc.gz"}, options);
//   if (!reader.ok()) { /* a bad option: status says which */ }
//   vnie::InputItem item;
//   while ((*reader)->Next(&item)) {
//     if (item.error_code) { /* error record for item.document.source */ }
//     else { /* extractor->Extract(item.document) */ }
//   }
#ifndef VNIE_INPUT_DOCUMENT_READER_H_
#define VNIE_INPUT_DOCUMENT_READER_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "vnie/extractor.h"

namespace vnie {

struct InputOptions {
  // How to read each input: "auto" (by extension, then by sniffing the first
  // bytes), "text", "html", "jsonl" or "warc". Standard input ("-") under
  // "auto" is a single document of format "auto" (the extractor sniffs HTML).
  std::string input_format = "auto";
  // JSONL: the field holding the article. Empty: "text", else "content", else
  // "html" (whose value is then read as HTML). A field named "html" always
  // means HTML.
  std::string text_field;
  // JSONL: the field naming the article (its `source`). Empty: "id", else "url";
  // without either the source is "path:line".
  std::string id_field;
  // A document larger than this is an error item ("too-large"), not read into
  // memory. WARC records may exceed it by their headers (64 KiB).
  size_t max_document_bytes = size_t{64} << 20;
};

// One article, or the reason one could not be read. Error codes: unreadable,
// not-found, too-large, no-documents, empty-line, bad-json, no-text,
// bad-warc, truncated.
struct InputItem {
  Document document;  // source is always set, also for errors
  std::optional<std::string> error_code;
  std::optional<std::string> error_message;

  bool ok() const { return !error_code.has_value(); }
};

class DocumentReader {
 public:
  virtual ~DocumentReader();
  // Fills *item with the next article or error; false at the end of input.
  virtual bool Next(InputItem* item) = 0;
};

// Files, directories (walked recursively in sorted order, keeping .txt .text
// .html .htm .jsonl .warc .warc.gz; symlinked directories are not followed) and
// "-" for standard input, read lazily in the order given. Fails only for a bad
// option (an unknown input_format); unreadable paths become error items.
StatusOr<std::unique_ptr<DocumentReader>> OpenInputs(const std::vector<std::string>& paths,
                                                     const InputOptions& options);

// The files OpenInputs would read for `paths`, each with an error when it is
// unusable (exposed for tests and `vnie --list`-style tools).
struct InputPath {
  std::string path;
  std::optional<std::string> error_code, error_message;
};
std::vector<InputPath> ExpandInputPaths(const std::vector<std::string>& paths);

// The format OpenInputs picks for a file named `path` whose first bytes are
// `head` under input_format "auto": "text", "html", "jsonl" or "warc".
std::string SniffFormat(const std::string& path, std::string_view head);

}  // namespace vnie

#endif  // VNIE_INPUT_DOCUMENT_READER_H_
