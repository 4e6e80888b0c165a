// Fuzz target: the whole pipeline (vnie::Extractor) on arbitrary bytes.
//
// Invariants (src/vnie/extractor.h, record.h): Extract always returns a record
// for the document; an error record has a code and nothing else; every span of
// an ok record lies inside the document as read (its UTF-8 form after decoding)
// and every `text` field is exactly the bytes at its span.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "text/decoder.h"
#include "vnie/extractor.h"

namespace {

void CheckSpan(vnie::ByteSpan span, std::string_view document) {
  FUZZ_CHECK(span.begin <= span.end);
  FUZZ_CHECK(span.end <= document.size());
}

void CheckText(vnie::ByteSpan span, const std::string& text, std::string_view document) {
  CheckSpan(span, document);
  FUZZ_CHECK(span.In(document) == text);
}

const vnie::Extractor* extractor = nullptr;

}  // namespace

// Loading the patterns takes seconds under the sanitizers: done once, before
// the clock of the first input starts.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  vnie::ExtractorOptions options;
  options.patterns_dir = vnie::fuzz::ShippedPatternsDir();
  options.max_document_bytes = 1 << 20;
  auto created = vnie::Extractor::Create(options);
  FUZZ_CHECK(created.ok());
  extractor = created->release();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  vnie::Document document("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
  vnie::Record record = extractor->Extract(document);
  FUZZ_CHECK(record.source == document.source);
  if (!record.ok()) {
    FUZZ_CHECK(!record.error->code.empty());
    FUZZ_CHECK(record.figures.empty() && record.people.empty() && record.cells.empty());
    return 0;
  }
  auto decoded = vnie::Decode(document.bytes);
  FUZZ_CHECK(decoded.ok());
  FUZZ_CHECK(decoded->encoding == record.encoding);
  std::string_view text = decoded->text;
  for (const vnie::Figure& figure : record.figures) CheckText(figure.span, figure.text, text);
  for (const vnie::DateMention& date : record.dates) CheckText(date.span, date.text, text);
  for (const vnie::Period& period : record.periods) CheckText(period.span, period.text, text);
  for (const vnie::Place& place : record.places) CheckSpan(place.span, text);
  for (const vnie::Cell& cell : record.cells) CheckSpan(cell.span, text);
  for (const vnie::Person& person : record.people) {
    FUZZ_CHECK(!person.name.empty());
    for (vnie::ByteSpan mention : person.mentions) CheckSpan(mention, text);
  }
  return 0;
}
