// Differential fuzz target: the Matcher with PCRE2 finding groups on the span
// (match/span_groups.h) against the Matcher with RE2 alone, over the shipped
// rules, on arbitrary text after the extractor's normalization, as matched and
// with its diacritics removed. Any difference in rules, spans or groups traps.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/loaded_patterns.h"
#include "fuzz/fuzz_support.h"
#include "match/matcher.h"
#include "text/normalizer.h"
#include "text/utf8.h"

namespace {

const vnie::LoadedPatterns* loaded = nullptr;
const vnie::Matcher* jit = nullptr;
const vnie::Matcher* re2_only = nullptr;
const vnie::Normalizer* normalizer = nullptr;

void CheckSame(std::string_view text, const vnie::FoldedView* folded) {
  vnie::MatchOptions options;
  options.keep_all = true;  // every candidate, not only the winners
  options.folded = folded;
  for (const std::string& dimension : loaded->patterns->dimensions()) {
    const std::vector<vnie::Match> a = jit->FindAll(text, dimension, options);
    const std::vector<vnie::Match> b = re2_only->FindAll(text, dimension, options);
    FUZZ_CHECK(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      FUZZ_CHECK(a[i].rule == b[i].rule);
      FUZZ_CHECK(a[i].span == b[i].span);
      FUZZ_CHECK(a[i].groups.size() == b[i].groups.size());
      for (size_t g = 0; g < a[i].groups.size(); ++g) {
        FUZZ_CHECK(a[i].groups[g].name == b[i].groups[g].name);
        FUZZ_CHECK(a[i].groups[g].span == b[i].groups[g].span);
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto result = vnie::LoadPatterns(vnie::fuzz::ShippedPatternsDir());
  FUZZ_CHECK(result.ok());
  loaded = result->release();
  jit = new vnie::Matcher(*loaded->patterns, vnie::MatcherOptions{.jit_groups = true});
  re2_only = new vnie::Matcher(*loaded->patterns, vnie::MatcherOptions{.jit_groups = false});
  normalizer = new vnie::Normalizer(vnie::NormalizerOptions{vnie::ToneStyle::kOld, true});
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;  // a few sentences is what the matcher is given
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (vnie::FindInvalidUtf8(bytes, 0) != std::string_view::npos) return 0;  // the decoder's job
  const vnie::NormalizedText text = normalizer->Normalize(bytes);
  CheckSame(text.text, nullptr);
  const vnie::NormalizedText stripped = vnie::RemoveDiacritics(text.text);
  vnie::FoldedView folded{stripped.text,
                          [&](vnie::ByteSpan s) { return stripped.map.ToOriginal(s); }};
  CheckSame(stripped.text, &folded);
  return 0;
}
