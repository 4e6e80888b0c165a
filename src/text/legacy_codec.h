// Legacy codec: one of the pre-Unicode Vietnamese encodings, as a table.
//
// Old Vietnamese pages and Word files come in TCVN3 (ABC), VNI-Windows, VISCII
// or windows-1258. Only windows-1258 has an ICU converter here; the others were
// font tricks and exist only as tables, which live in data/legacy_*.tsv so a
// reviewer can check each byte against the letter it draws. One class covers
// them all: a byte maps to a code point, and (VNI) a base letter followed by a
// mark byte maps to one precomposed letter. The inverse (Encode) exists so that
// tests can turn our own UTF-8 articles into each encoding at run time and
// check detection and decoding on them.
#ifndef VNIE_TEXT_LEGACY_CODEC_H_
#define VNIE_TEXT_LEGACY_CODEC_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/status.h"

namespace vnie {

class LegacyCodec {
 public:
  // Parses the format of data/legacy_*.tsv (see legacy_tcvn3.tsv); errors name
  // `file_name` and the line.
  static StatusOr<LegacyCodec> Parse(std::string_view name, std::string_view file_name,
                                     std::string_view tsv);
  // A single-byte codec with every byte taken from the ICU converter `icu_name`.
  static StatusOr<LegacyCodec> FromIcu(std::string_view name, const char* icu_name);

  // The built-in codecs by canonical name: "tcvn3", "vni", "viscii",
  // "windows-1258"; nullptr for any other name. Built once, thread-safe.
  static const LegacyCodec* Find(std::string_view name);

  const std::string& name() const { return name_; }

  // Appends the UTF-8 form of `bytes` to *out. Bytes that the encoding leaves
  // undefined become U+FFFD; returns how many did.
  size_t Decode(std::string_view bytes, std::string* out) const;

  // Appends the encoded form of UTF-8 `text` to *out. A letter with a tone
  // that has no byte of its own is written as the letter without the tone
  // followed by a combining tone mark, when the encoding has both; anything
  // else that cannot be encoded (and invalid UTF-8) becomes `replacement`.
  // Returns how many characters were replaced.
  size_t Encode(std::string_view text, std::string* out, char replacement = '?') const;

  // The windows-1252 byte of `code_point` (Latin-1 C1 controls count as their
  // own byte, as a Latin-1 reader produces them), or -1. For repairing text
  // that was read as windows-1252 and saved as UTF-8.
  static int Windows1252Byte(char32_t code_point);

 private:
  LegacyCodec() = default;
  char32_t PairAt(unsigned char lead, unsigned char mark) const;
  bool EncodeCodePoint(char32_t code_point, std::string* out) const;
  void UpperCaseCapitalWords(std::string* text, size_t from) const;

  std::string name_;
  std::array<char32_t, 256> single_{};  // 0: undefined
  std::array<bool, 256> pair_lead_{};
  std::unordered_map<uint16_t, char32_t> pairs_;      // lead << 8 | mark
  std::unordered_map<char32_t, std::string> encode_;  // code point -> bytes
  // "capitals<TAB>by-font" in the table: capitals with tones were typed in a
  // capitals-only font on the lower-case bytes, so a word whose ASCII letters
  // are all capitals (two or more: BáO CáO) has its other letters raised too.
  bool capitals_by_font_ = false;
};

}  // namespace vnie

#endif  // VNIE_TEXT_LEGACY_CODEC_H_
