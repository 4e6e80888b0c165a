// Fuzz target: the Segmenter on normalized text (its documented input).
//
// Invariants (src/segment/segmenter.h): Segment never fails; every span points
// into the text; blocks come in order and do not overlap; sentences lie inside
// their block; title, publication and byline spans are inside the text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "segment/segmenter.h"
#include "text/normalizer.h"

namespace {

void CheckSpan(const std::optional<vnie::ByteSpan>& span, std::string_view text) {
  if (!span) return;
  FUZZ_CHECK(span->begin <= span->end && span->end <= text.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const vnie::Normalizer* normalizer = new vnie::Normalizer();
  static const vnie::Segmenter* segmenter = [] {
    vnie::SegmenterOptions options;
    options.patterns_dir = vnie::fuzz::ShippedPatternsDir();
    auto loaded = vnie::Segmenter::Load(options);
    FUZZ_CHECK(loaded.ok());
    return loaded->release();
  }();
  std::string normalized =
      normalizer->Normalize(std::string_view(reinterpret_cast<const char*>(data), size)).text;
  std::string_view text = normalized;
  vnie::DocumentLayout layout = segmenter->Segment(text);
  CheckSpan(layout.title, text);
  CheckSpan(layout.publication, text);
  CheckSpan(layout.publication_datetime, text);
  CheckSpan(layout.byline, text);
  CheckSpan(layout.author, text);
  size_t previous_end = 0;
  for (const vnie::Block& block : layout.blocks) {
    CheckSpan(block.span, text);
    FUZZ_CHECK(block.span.begin >= previous_end);
    previous_end = block.span.end;
    if (!vnie::IsBody(block.kind)) FUZZ_CHECK(block.sentences.empty());
    size_t sentence_end = block.span.begin;
    for (vnie::ByteSpan sentence : block.sentences) {
      FUZZ_CHECK(block.span.Contains(sentence));
      FUZZ_CHECK(sentence.begin >= sentence_end);
      FUZZ_CHECK(sentence.begin <= sentence.end);
      sentence_end = sentence.end;
    }
  }
  return 0;
}
