// fuzz-requires: src/input/html_text.cc
// Fuzz target: HtmlToText (src/input/), the page-to-article step of HTML input.
//
// Invariants (src/input/html_text.h): broken markup never fails (only a page
// over max_bytes does); the text is valid UTF-8 when the page is; the offset
// map covers the text exactly, maps into the page and is monotonic. Nesting
// depth is bounded by HtmlOptions::max_depth, so deep input cannot overflow
// the stack.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "input/html_text.h"
#include "text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const vnie::HtmlOptions* options = [] {
    auto loaded = vnie::LoadHtmlOptions(vnie::fuzz::ShippedPatternsDir());
    FUZZ_CHECK(loaded.ok());
    return new vnie::HtmlOptions(*std::move(loaded));
  }();
  std::string_view html(reinterpret_cast<const char*>(data), size);
  auto text = vnie::HtmlToText(html, *options);
  FUZZ_CHECK(text.ok());
  if (vnie::IsValidUtf8(html)) FUZZ_CHECK(vnie::IsValidUtf8(text->text));
  FUZZ_CHECK(text->map.normalized_size() == text->text.size());
  FUZZ_CHECK(text->map.original_size() <= size);
  size_t previous = 0;
  for (size_t i = 0; i <= text->text.size(); ++i) {
    size_t begin = text->map.OriginalBegin(i);
    FUZZ_CHECK(begin <= size && begin >= previous);
    previous = begin;
  }
  return 0;
}
