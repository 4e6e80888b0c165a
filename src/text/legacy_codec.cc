// Legacy codec: table loading, decoding (with VNI mark pairs), encoding.
#include "text/legacy_codec.h"

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "text/embedded_data.h"
#include "text/encoding_score.h"
#include "text/tsv.h"
#include "text/utf8.h"
#include "text/vietnamese_letters.h"
#include "unicode/ucnv.h"

namespace vnie {

namespace {

// Byte -> code point for every byte of an ICU single-byte converter (0 where
// ICU has no mapping).
StatusOr<std::array<char32_t, 256>> IcuTable(const char* icu_name) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(icu_name, &status),
                                                               ucnv_close);
  if (U_FAILURE(status) || converter == nullptr) {
    return absl::InvalidArgumentError(std::string("no ICU converter '") + icu_name + "'");
  }
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::array<char32_t, 256> table{};
  for (int b = 0; b < 256; ++b) {
    const char byte = static_cast<char>(b);
    UChar unit[4];
    status = U_ZERO_ERROR;
    ucnv_reset(converter.get());
    int32_t length = ucnv_toUChars(converter.get(), unit, 4, &byte, 1, &status);
    if (U_SUCCESS(status) && length == 1 && unit[0] != 0xFFFD && unit[0] != 0x1A) {
      table[b] = unit[0];
    } else if (b == 0) {
      table[b] = 0;  // NUL is NUL; handled by the caller as "defined"
    }
  }
  return table;
}

Status LineError(std::string_view file_name, int line, const std::string& what) {
  return absl::InvalidArgumentError(std::string(file_name) + ":" + std::to_string(line) + ": " +
                                    what);
}

bool ParseHex(std::string_view text, uint32_t max, uint32_t* value) {
  if (text.empty() || text.size() > 6) return false;
  uint32_t v = 0;
  for (char c : text) {
    int digit = (c >= '0' && c <= '9')   ? c - '0'
                : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                                         : -1;
    if (digit < 0) return false;
    v = v * 16 + static_cast<uint32_t>(digit);
  }
  if (v > max) return false;
  *value = v;
  return true;
}

char32_t ToneMark(uint8_t tone) {
  static constexpr char32_t kMarks[] = {0, 0x0300, 0x0301, 0x0309, 0x0303, 0x0323};
  return tone <= kDotBelow ? kMarks[tone] : 0;
}

// Latin-1 letters of both cases differ by 0x20 from 0xC0 up (except × ÷).
unsigned char OtherCaseMark(unsigned char mark) {
  if (mark >= 0xC0 && mark <= 0xDE && mark != 0xD7) return mark + 0x20;
  if (mark >= 0xE0 && mark <= 0xFE && mark != 0xF7) return mark - 0x20;
  return 0;
}

}  // namespace

StatusOr<LegacyCodec> LegacyCodec::Parse(std::string_view name, std::string_view file_name,
                                         std::string_view tsv) {
  LegacyCodec codec;
  codec.name_ = std::string(name);
  bool have_base = false;
  std::vector<std::pair<std::string, char32_t>> entries;  // in file order, for Encode
  Status status = ForEachDataLine(tsv, [&](int line_number, std::string_view line) -> Status {
    std::vector<std::string_view> f = SplitFields(line, '\t');
    if (f[0] == "base") {
      if (f.size() < 2) return LineError(file_name, line_number, "base needs a converter name");
      if (f[1] == "ascii") {
        for (int b = 0; b < 128; ++b) codec.single_[b] = static_cast<char32_t>(b);
      } else {
        StatusOr<std::array<char32_t, 256>> table = IcuTable(std::string(f[1]).c_str());
        if (!table.ok()) return LineError(file_name, line_number, table.status().ToString());
        codec.single_ = *table;
      }
      have_base = true;
      return absl::OkStatus();
    }
    if (!have_base) return LineError(file_name, line_number, "the first line must be 'base'");
    if (f[0] == "capitals") {
      if (f.size() < 2 || f[1] != "by-font") {
        return LineError(file_name, line_number, "capitals takes 'by-font'");
      }
      codec.capitals_by_font_ = true;
      return absl::OkStatus();
    }
    if (f.size() < 2) return LineError(file_name, line_number, "expected bytes<TAB>code point");
    std::vector<std::string_view> byte_fields = SplitFields(f[0], ' ');
    uint32_t code_point = 0;
    if (f[1].substr(0, 2) != "U+" || !ParseHex(f[1].substr(2), 0x10FFFF, &code_point) ||
        code_point == 0) {
      return LineError(file_name, line_number, "bad code point '" + std::string(f[1]) + "'");
    }
    if (f.size() > 2) {  // the review column must agree with the code point
      std::string shown;
      AppendUtf8(code_point, &shown);
      std::string_view review = f[2];
      if (review.substr(0, 3) == "\xE2\x97\x8C") review.remove_prefix(3);  // dotted circle
      if (review != shown) {
        return LineError(file_name, line_number,
                         "U+" + std::string(f[1].substr(2)) + " is '" + shown + "', not '" +
                             std::string(f[2]) + "'");
      }
    }
    std::string bytes;
    for (std::string_view field : byte_fields) {
      uint32_t byte = 0;
      if (!ParseHex(field, 0xFF, &byte)) {
        return LineError(file_name, line_number, "bad byte '" + std::string(field) + "'");
      }
      bytes += static_cast<char>(byte);
    }
    if (bytes.size() == 1) {
      codec.single_[static_cast<unsigned char>(bytes[0])] = code_point;
    } else if (bytes.size() == 2) {
      const auto lead = static_cast<unsigned char>(bytes[0]);
      const auto mark = static_cast<unsigned char>(bytes[1]);
      if (!codec.pairs_.emplace(static_cast<uint16_t>(lead << 8 | mark), code_point).second) {
        return LineError(file_name, line_number, "byte pair listed twice");
      }
      codec.pair_lead_[lead] = true;
    } else {
      return LineError(file_name, line_number, "want one or two bytes");
    }
    entries.emplace_back(bytes, code_point);
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  if (!have_base) return LineError(file_name, 0, "no 'base' line");
  // First listed wins, then any byte the base gives; a lone byte that starts a
  // pair is still safe to emit, since the decoder falls back to it.
  for (const auto& [bytes, code_point] : entries) codec.encode_.emplace(code_point, bytes);
  for (int b = 0; b < 256; ++b) {
    if (codec.single_[b] != 0) codec.encode_.emplace(codec.single_[b], std::string(1, char(b)));
  }
  // A byte after a pair lead could be read as the pair's mark: drop such
  // singles from the encoder unless no lead ever takes them.
  for (auto it = codec.encode_.begin(); it != codec.encode_.end();) {
    const std::string& bytes = it->second;
    bool risky = false;
    if (bytes.size() == 1) {
      const auto byte = static_cast<unsigned char>(bytes[0]);
      for (const auto& [key, unused] : codec.pairs_) {
        risky |= (key & 0xFF) == byte || OtherCaseMark(key & 0xFF) == byte;
      }
    }
    it = risky ? codec.encode_.erase(it) : std::next(it);
  }
  return codec;
}

StatusOr<LegacyCodec> LegacyCodec::FromIcu(std::string_view name, const char* icu_name) {
  StatusOr<std::array<char32_t, 256>> table = IcuTable(icu_name);
  if (!table.ok()) return table.status();
  LegacyCodec codec;
  codec.name_ = std::string(name);
  codec.single_ = *table;
  for (int b = 0; b < 256; ++b) {
    if (codec.single_[b] != 0) codec.encode_.emplace(codec.single_[b], std::string(1, char(b)));
  }
  return codec;
}

const LegacyCodec* LegacyCodec::Find(std::string_view name) {
  struct Builtin {
    std::unique_ptr<LegacyCodec> tcvn3, vni, viscii, windows1258;
  };
  static const Builtin* builtin = [] {
    auto* b = new Builtin;
    auto load = [](std::string_view codec_name, std::string_view file) {
      StatusOr<LegacyCodec> codec = Parse(codec_name, file, EmbeddedTextData(file));
      if (!codec.ok()) throw std::logic_error(codec.status().ToString());  // a bug in the data
      return std::make_unique<LegacyCodec>(std::move(*codec));
    };
    b->tcvn3 = load("tcvn3", "legacy_tcvn3.tsv");
    b->vni = load("vni", "legacy_vni.tsv");
    b->viscii = load("viscii", "legacy_viscii.tsv");
    StatusOr<LegacyCodec> cp1258 = FromIcu("windows-1258", "windows-1258");
    if (!cp1258.ok()) throw std::logic_error(cp1258.status().ToString());
    b->windows1258 = std::make_unique<LegacyCodec>(std::move(*cp1258));
    return b;
  }();
  if (name == "tcvn3") return builtin->tcvn3.get();
  if (name == "vni") return builtin->vni.get();
  if (name == "viscii") return builtin->viscii.get();
  if (name == "windows-1258") return builtin->windows1258.get();
  return nullptr;
}

char32_t LegacyCodec::PairAt(unsigned char lead, unsigned char mark) const {
  auto it = pairs_.find(static_cast<uint16_t>(lead << 8 | mark));
  if (it != pairs_.end()) return it->second;
  // Typists mixed the case of the mark with that of the letter; the letter's
  // case is the one the reader saw.
  if (unsigned char other = OtherCaseMark(mark); other != 0) {
    it = pairs_.find(static_cast<uint16_t>(lead << 8 | other));
    if (it != pairs_.end()) return it->second;
  }
  return 0;
}

size_t LegacyCodec::Decode(std::string_view bytes, std::string* out) const {
  const size_t from = out->size();
  out->reserve(out->size() + bytes.size() + bytes.size() / 2);
  size_t undefined = 0;
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  for (size_t i = 0; i < bytes.size(); ++i) {
    const unsigned char b = s[i];
    if (b < 0x80 && !pair_lead_[b] && (single_[b] == b || b == 0)) {
      out->push_back(static_cast<char>(b));
      continue;
    }
    if (pair_lead_[b] && i + 1 < bytes.size()) {
      if (char32_t pair = PairAt(b, s[i + 1]); pair != 0) {
        AppendUtf8(pair, out);
        ++i;
        continue;
      }
    }
    char32_t code_point = single_[b];
    if (code_point == 0 && b != 0) {
      code_point = kReplacementCharacter;
      ++undefined;
    }
    AppendUtf8(code_point, out);
  }
  if (capitals_by_font_) UpperCaseCapitalWords(out, from);
  return undefined;
}

void LegacyCodec::UpperCaseCapitalWords(std::string* text, size_t from) const {
  const LetterTable& letters = LetterTable::Get();
  std::string_view view = std::string_view(*text).substr(from);
  std::vector<std::pair<size_t, size_t>> words;
  ForEachWord(view, [&](size_t begin, size_t end) {
    int capitals = 0;
    bool lower_ascii = false, lower_other = false;
    for (size_t i = begin; i < end; ++i) {
      const char c = view[i];
      capitals += c >= 'A' && c <= 'Z';
      lower_ascii |= c >= 'a' && c <= 'z';
      lower_other |= static_cast<unsigned char>(c) >= 0x80;
    }
    if (capitals >= 2 && !lower_ascii && lower_other) words.emplace_back(begin, end);
  });
  // Upper and lower case of every Vietnamese letter have the same UTF-8
  // length, so the letters are rewritten in place.
  for (const auto& [begin, end] : words) {
    for (size_t i = begin; i < end;) {
      Utf8Char c = DecodeUtf8(view, i);
      const LetterInfo& info = letters.Lookup(c.code_point);
      if (c.valid && c.code_point >= 0x80 && info.base != 0 && info.vietnamese && !info.upper) {
        char bytes[4];
        const char32_t upper = letters.Compose(info.base, info.modifier, info.tone, true);
        if (upper != 0 && EncodeUtf8(upper, bytes) == c.length) {
          text->replace(from + i, c.length, bytes, c.length);
        }
      }
      i += c.length;
    }
  }
}

bool LegacyCodec::EncodeCodePoint(char32_t code_point, std::string* out) const {
  if (auto it = encode_.find(code_point); it != encode_.end()) {
    *out += it->second;
    return true;
  }
  return false;
}

size_t LegacyCodec::Encode(std::string_view text, std::string* out, char replacement) const {
  size_t replaced = 0;
  for (size_t i = 0; i < text.size();) {
    Utf8Char c = DecodeUtf8(text, i);
    i += c.length;
    if (c.valid && EncodeCodePoint(c.code_point, out)) continue;
    if (c.valid) {
      const LetterInfo& info = LookupLetter(c.code_point);
      if (info.base != 0 && info.tone != kNoTone) {
        char32_t toneless = ComposeLetter(info.base, info.modifier, kNoTone, info.upper);
        if (toneless == 0 && info.modifier == kNoModifier) {
          toneless = static_cast<char32_t>(info.upper ? info.base - 'a' + 'A' : info.base);
        }
        std::string both;
        if (toneless != 0 && EncodeCodePoint(toneless, &both) &&
            EncodeCodePoint(ToneMark(info.tone), &both)) {
          *out += both;
          continue;
        }
      }
    }
    out->push_back(replacement);
    ++replaced;
  }
  return replaced;
}

int LegacyCodec::Windows1252Byte(char32_t code_point) {
  static const std::unordered_map<char32_t, int>* bytes = [] {
    auto* map = new std::unordered_map<char32_t, int>;
    StatusOr<std::array<char32_t, 256>> table = IcuTable("windows-1252");
    if (!table.ok()) throw std::logic_error(table.status().ToString());
    for (int b = 0x80; b < 0x100; ++b) {
      if ((*table)[b] != 0) map->emplace((*table)[b], b);
    }
    for (int b = 0x80; b < 0xA0; ++b) map->emplace(static_cast<char32_t>(b), b);
    return map;
  }();
  if (code_point < 0x80) return static_cast<int>(code_point);
  // Asked for every non-ASCII character of every article (mojibake gate): the
  // Latin-1 half maps to itself, and nothing above ™ (U+2122) is in the code
  // page, which settles Vietnamese letters without a lookup.
  if (code_point >= 0xA0 && code_point <= 0xFF) return static_cast<int>(code_point);
  if (code_point > 0x2122) return -1;
  auto it = bytes->find(code_point);
  return it == bytes->end() ? -1 : it->second;
}

}  // namespace vnie
