// vnie: structured facts from Vietnamese news. Start reading here.
//
//   vnie::ExtractorOptions options;             // shipped patterns/, old tone style
//   auto extractor = vnie::Extractor::Create(options);
//   if (!extractor.ok()) { /* a pattern file is broken: status says file:line */ }
//   vnie::Record record = (*extractor)->Extract({"a.txt", contents});
//   // record.figures, record.people, record.cells ... each with spans into `contents`.
//
// An Extractor is immutable once built, and Extract() is const and safe to call
// from several threads at once. A document that cannot be read gives a Record
// with `error` set; Extract never throws for bad input.
#ifndef VNIE_VNIE_EXTRACTOR_H_
#define VNIE_VNIE_EXTRACTOR_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/status.h"
#include "text/normalizer.h"
#include "vnie/record.h"

namespace vnie {

struct ExtractorOptions {
  // The patterns/ folder. Empty: DefaultPatternsDir().
  std::string patterns_dir;
  // Tone-mark placement of extracted names and roles (hòa or hoà). Matching is
  // insensitive to it either way.
  ToneStyle tone_style = ToneStyle::kOld;
  // Documents larger than this become error records instead of exhausting
  // memory. 64 MiB is far beyond any article, even with its HTML.
  size_t max_document_bytes = size_t{64} << 20;
  // Force an input encoding ("utf-8", "utf-16le", ...); empty detects.
  std::string encoding;
};

struct Document {
  Document() = default;
  Document(std::string source_in, std::string bytes_in)
      : source(std::move(source_in)), bytes(std::move(bytes_in)) {}

  std::string source;  // path as given, "-" for stdin, or a record id
  std::string bytes;   // the raw bytes as read
  // How to read `bytes`: "auto" (sniff HTML from the bytes), "text" or "html".
  // Containers (JSONL, WARC) are opened by the input layer, which hands over each
  // article as a Document of its own.
  std::string format = "auto";
  // What the container already knows (JSONL fields, WARC and HTTP headers); the
  // record uses them when the article itself does not say.
  std::optional<std::string> url;
  std::optional<std::string> title;
  std::optional<std::string> published;
  // A charset named by HTTP headers or <meta charset>; empty when none.
  std::string charset;
};

class Extractor {
 public:
  static StatusOr<std::unique_ptr<Extractor>> Create(const ExtractorOptions& options);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  Record Extract(const Document& document) const;

  const ExtractorOptions& options() const;

 private:
  Extractor();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Where the shipped patterns/ are: $VNIE_PATTERNS if set; else share/vnie/patterns
// beside the installed binary; else the source tree the binary was built from.
std::string DefaultPatternsDir();

std::string Version();

}  // namespace vnie

#endif  // VNIE_VNIE_EXTRACTOR_H_
