// Fuzz target: Decode then Normalize, the first steps every document takes.
//
// Invariants (src/text/normalizer.h, offset_map.h): the normalized text is valid
// UTF-8; the OffsetMap covers exactly the normalized text and maps into the
// decoded text, monotonically; normalizing the output again changes nothing.
// The first input byte picks a forced encoding (or auto-detection), so the
// converters of src/text/decoder.cc are reached too.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "text/decoder.h"
#include "text/normalizer.h"
#include "text/utf8.h"

namespace {

constexpr const char* kEncodings[] = {"",         "",         "",      "",
                                      "utf-8",    "utf-16le", "utf-16be", "windows-1258",
                                      "tcvn3",    "vni",      "viscii", "windows-1252",
                                      "no-such"};

void CheckMap(const vnie::NormalizedText& n, size_t original_size) {
  FUZZ_CHECK(vnie::IsValidUtf8(n.text));
  FUZZ_CHECK(n.map.normalized_size() == n.text.size());
  FUZZ_CHECK(n.map.original_size() == original_size);
  size_t previous_begin = 0, previous_end = 0;
  // Every code point boundary, and the whole text.
  for (size_t i = 0; i <= n.text.size(); ++i) {
    if (i < n.text.size() && (static_cast<unsigned char>(n.text[i]) & 0xC0) == 0x80) continue;
    size_t begin = n.map.OriginalBegin(i);
    size_t end = n.map.OriginalEnd(i);
    FUZZ_CHECK(begin <= original_size && end <= original_size);
    FUZZ_CHECK(begin >= previous_begin && end >= previous_end);
    previous_begin = begin;
    previous_end = end;
  }
  vnie::ByteSpan all = n.map.ToOriginal({0, n.text.size()});
  FUZZ_CHECK(all.begin <= all.end && all.end <= original_size);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const vnie::Normalizer* old_style =
      new vnie::Normalizer(vnie::NormalizerOptions{vnie::ToneStyle::kOld, true});
  static const vnie::Normalizer* new_style =
      new vnie::Normalizer(vnie::NormalizerOptions{vnie::ToneStyle::kNew, true});
  if (size == 0) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  vnie::DecodeOptions options;
  options.encoding = kEncodings[data[0] % std::size(kEncodings)];
  auto decoded = vnie::Decode(bytes, options);
  if (!decoded.ok()) return 0;
  const std::string& text = decoded->text;

  const vnie::Normalizer& normalizer = (data[0] & 0x80) ? *new_style : *old_style;
  vnie::NormalizedText once = normalizer.Normalize(text);
  CheckMap(once, text.size());
  vnie::NormalizedText twice = normalizer.Normalize(once.text);
  CheckMap(twice, once.text.size());
  FUZZ_CHECK(twice.text == once.text);

  vnie::NormalizedText stripped = vnie::RemoveDiacritics(once.text);
  CheckMap(stripped, once.text.size());
  return 0;
}
