// Serializes a vnie::Record as JSON: the output contract "vnie/1"
// (docs/output.md, following ../shared/spec/output.md).
//
//   vnie::JsonWriter writer;                    // compact: one line per record
//   for (const vnie::Record& r : records) {
//     writer.AppendTo(r, &out);
//     out += '\n';                              // JSON Lines
//   }
//
// Every contract field is always written, in the order of the contract's
// example, so that consumers never test for a key and diffs of two runs line
// up. A JsonWriter keeps its output buffer between records: writing many
// records allocates only while the buffer grows to the largest record.
// Strings that are not valid UTF-8 are written with U+FFFD in place of the bad
// bytes (see output/utf8_repair.h), so the output is always valid JSON.
#ifndef VNIE_OUTPUT_JSON_WRITER_H_
#define VNIE_OUTPUT_JSON_WRITER_H_

#include <memory>
#include <string>
#include <string_view>

#include "vnie/record.h"

namespace vnie {

struct JsonOptions {
  // false (default): compact, one line, for JSON Lines. true: indented by two
  // spaces for reading (`--pretty`); spans stay on one line as `[b, e]`.
  bool pretty = false;
  // false (default): the contract fields only. true: every item also gets the
  // rule that produced it ("rule" for cells, figures, places, dates, periods;
  // "rules", a list, for people), for `vnie explain` and debugging.
  bool include_rules = false;
};

// Numbers follow the contract: a double with an integral value is written as
// an integer (859, not 859.0); other doubles in the shortest form that reads
// back to the same double (74.6, 74.59). NaN and infinities, which JSON cannot
// express, are written as null.
class JsonWriter {
 public:
  explicit JsonWriter(const JsonOptions& options = {});
  ~JsonWriter();
  JsonWriter(JsonWriter&&) noexcept;
  JsonWriter& operator=(JsonWriter&&) noexcept;
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  // One JSON text for `record`, without a trailing newline. The view points
  // into the writer's buffer and is valid until the next call on this writer.
  std::string_view Write(const Record& record);

  // Appends the same text as Write() to `*out` (no newline).
  void AppendTo(const Record& record, std::string* out);

  const JsonOptions& options() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Convenience for one record; prefer a JsonWriter in loops.
std::string RecordToJson(const Record& record, const JsonOptions& options = {});

}  // namespace vnie

#endif  // VNIE_OUTPUT_JSON_WRITER_H_
