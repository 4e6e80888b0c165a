// Decoder: encoding detection, UTF-8 damage reports, UTF-16 conversion.
//
// Detection order: a BOM decides (UTF-8, UTF-16LE, UTF-16BE); then known
// binary signatures are refused; then NUL bytes: UTF-16 without a BOM shows as
// NULs on every other byte (English and most Vietnamese punctuation are
// U+00xx), anything else with more than kMaxNulShare NULs is binary. A few
// stray NULs in a text file are tolerated (the normalizer turns them into
// spaces). Then UTF-8, VIQR, mojibake and the legacy Vietnamese encodings, in
// the order decoder.h gives; damaged UTF-8 is reported, not fixed.
#include "text/decoder.h"

#include <algorithm>
#include <memory>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "text/encoding_score.h"
#include "text/legacy_codec.h"
#include "text/legacy_viqr.h"
#include "text/utf8.h"
#include "unicode/ucnv.h"
#include "unicode/unistr.h"

namespace vnie {

namespace {

constexpr size_t kMaxWarnings = 10;
constexpr size_t kSniffBytes = 64 * 1024;
constexpr double kMaxNulShare = 0.01;

struct Signature {
  std::string_view magic;
  const char* what;
};
constexpr Signature kBinarySignatures[] = {
    {"\x89PNG\r\n\x1A\n", "a PNG image"},
    {"\x7F"
     "ELF",
     "an ELF executable"},
    {"\xFF\xD8\xFF", "a JPEG image"},
    {"GIF87a", "a GIF image"},
    {"GIF89a", "a GIF image"},
    {"%PDF-", "a PDF document"},
    {"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"},
    {"\x1F\x8B", "a gzip archive"},
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an OLE2 file (DOC/XLS)"},
};

void ReportInvalidUtf8(std::string_view text, size_t from, std::vector<std::string>* warnings) {
  size_t count = 0;
  size_t i = from;
  while ((i = FindInvalidUtf8(text, i)) != std::string_view::npos) {
    if (count < kMaxWarnings) warnings->push_back(absl::StrCat("invalid UTF-8 at byte ", i));
    ++count;
    i += DecodeUtf8(text, i).length;
  }
  if (count > kMaxWarnings) {
    warnings->push_back(
        absl::StrCat(count - kMaxWarnings, " more invalid UTF-8 sequences (", count, " in all)"));
  }
}

StatusOr<DecodedText> Convert(std::string_view bytes, const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(encoding.c_str(), &status),
                                                               ucnv_close);
  if (U_FAILURE(status) || converter == nullptr) {
    return absl::InvalidArgumentError(absl::StrCat("unknown encoding '", encoding, "'"));
  }
  // Unconvertible input becomes U+FFFD; count it so the caller sees the damage.
  DecodedText decoded;
  decoded.encoding = encoding;
  icu::UnicodeString unicode(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(),
                             status);
  if (U_FAILURE(status)) {
    return absl::DataLossError(
        absl::StrCat("cannot convert from ", encoding, ": ", u_errorName(status)));
  }
  unicode.toUTF8String(decoded.text);
  size_t replaced = 0;
  for (int32_t i = 0; i < unicode.length(); ++i) replaced += unicode.charAt(i) == 0xFFFD;
  if (replaced > 0) {
    decoded.warnings.push_back(absl::StrCat(replaced, " character(s) of the ", encoding,
                                            " input could not be converted (now U+FFFD)"));
  }
  return decoded;
}

std::string CanonicalName(std::string name) {
  name = absl::AsciiStrToLower(name);
  if (name == "utf8") return "utf-8";
  if (name == "utf16le") return "utf-16le";
  if (name == "utf16be") return "utf-16be";
  if (name == "cp1258" || name == "x-cp1258" || name == "windows1258") return "windows-1258";
  if (name == "abc" || name == "tcvn" || name == "tcvn-3" || name == "vn3") return "tcvn3";
  if (name == "vni-windows" || name == "x-vni") return "vni";
  if (name == "csviscii") return "viscii";
  return name;
}

// Bytes the scorer looks at: enough words for a verdict, bounded time.
constexpr size_t kScoreBytes = 256 * 1024;
// VIQR is only taken without a hint when this share of words carries marks.
constexpr double kViqrShare = 0.4;
constexpr size_t kViqrMinWords = 3;
// A legacy candidate must turn this many times more words into syllables than
// into anything else.
constexpr size_t kSyllableRatio = 3;

const char* const kLegacyCandidates[] = {"tcvn3", "vni", "windows-1258", "viscii"};

DecodedText DecodeLegacy(std::string_view bytes, const LegacyCodec& codec) {
  DecodedText decoded;
  decoded.encoding = codec.name();
  if (size_t undefined = codec.Decode(bytes, &decoded.text); undefined > 0) {
    decoded.warnings.push_back(
        absl::StrCat(undefined, " byte(s) undefined in ", codec.name(), " (now U+FFFD)"));
  }
  return decoded;
}

DecodedText DecodeViqrText(std::string_view bytes) {
  DecodedText decoded;
  decoded.encoding = "viqr";
  decoded.text = DecodeViqr(bytes).text;
  return decoded;
}

bool IsAscii(std::string_view bytes) {
  for (char c : bytes) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Forced or hinted names that the legacy tables, VIQR or ICU can decode.
StatusOr<DecodedText> DecodeNamed(std::string_view bytes, const std::string& encoding);

StatusOr<DecodedText> DecodeUtf8Document(std::string_view bytes, const DecodeOptions& options) {
  DecodedText decoded;
  decoded.encoding = "utf-8";
  decoded.text = std::string(bytes);
  ReportInvalidUtf8(decoded.text, 0, &decoded.warnings);
  if (!decoded.warnings.empty()) return decoded;
  if (IsAscii(bytes)) {
    if (CanonicalName(options.hint) == "viqr") return DecodeViqrText(bytes);
    // Cheap refusal: VIQR needs its marks right after letters.
    if (bytes.find_first_of("^(+'`?~.") == std::string_view::npos) return decoded;
    ViqrDecoded viqr = DecodeViqr(bytes.substr(0, kScoreBytes));
    if (viqr.converted_words >= kViqrMinWords &&
        static_cast<double>(viqr.converted_words) >= kViqrShare * viqr.words) {
      return DecodeViqrText(bytes);
    }
    return decoded;
  }
  MojibakeRepair repair;
  if (RepairMojibake(decoded.text, options.mojibake, &repair)) {
    decoded.text = std::move(repair.text);
    decoded.encoding = repair.encoding;
    decoded.warnings.push_back(absl::StrCat(
        "repaired ", repair.encoding, ": ", repair.repaired_words, " of ", repair.words,
        " words in ", repair.lines, " line(s); spans are offsets into the repaired text"));
  } else if (repair.repaired_words > 0) {
    decoded.warnings.push_back(absl::StrCat("not repaired: ", repair.repaired_words, " of ",
                                            repair.words, " words look like ", repair.encoding));
  }
  return decoded;
}

// Steps 3 and 4 of decoder.h for bytes that are not valid UTF-8.
StatusOr<DecodedText> DetectInvalidUtf8(std::string_view bytes, const DecodeOptions& options) {
  size_t valid_multibyte = 0, invalid = 0;
  for (size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    Utf8Char c = DecodeUtf8(bytes, i);
    ++(c.valid ? valid_multibyte : invalid);
    i += c.length;
  }
  if (valid_multibyte >= invalid) return DecodeUtf8Document(bytes, options);

  struct Scored {
    const LegacyCodec* codec;
    WordTally tally;
    long score;
  };
  std::vector<Scored> scored;
  std::string_view sample = bytes.substr(0, kScoreBytes);
  std::string text;
  for (const char* name : kLegacyCandidates) {
    const LegacyCodec* codec = LegacyCodec::Find(name);
    text.clear();
    codec->Decode(sample, &text);
    WordTally tally = TallyWords(text);
    scored.push_back(
        {codec, tally, static_cast<long>(tally.vietnamese) - static_cast<long>(tally.other)});
  }
  const std::string hint = CanonicalName(options.hint);
  const Scored* best = &scored[0];
  for (const Scored& s : scored) {
    if (s.score > best->score) best = &s;
  }
  const bool qualifies =
      best->tally.vietnamese > 0 && best->tally.vietnamese >= kSyllableRatio * best->tally.other;
  if (qualifies) {
    for (const Scored& s : scored) {
      if (s.score == best->score && s.codec->name() == hint) best = &s;
    }
    DecodedText decoded = DecodeLegacy(bytes, *best->codec);
    decoded.warnings.insert(
        decoded.warnings.begin(),
        absl::StrCat("detected ", best->codec->name(), ": ", best->tally.vietnamese, " of ",
                     best->tally.Total(), " words with non-ASCII letters are Vietnamese"));
    return decoded;
  }
  if (!hint.empty() && hint != "utf-8") {
    StatusOr<DecodedText> hinted = DecodeNamed(bytes, hint);
    if (hinted.ok()) {
      hinted->warnings.insert(hinted->warnings.begin(),
                              absl::StrCat("decoded as the charset hint '", options.hint,
                                           "': detection found no better encoding"));
      return hinted;
    }
  }
  return DecodeUtf8Document(bytes, options);
}

StatusOr<DecodedText> DecodeNamed(std::string_view bytes, const std::string& encoding) {
  if (encoding == "utf-8") {
    DecodedText decoded;
    decoded.encoding = "utf-8";
    decoded.text = std::string(bytes);
    ReportInvalidUtf8(decoded.text, 0, &decoded.warnings);
    return decoded;
  }
  if (encoding == "viqr") return DecodeViqrText(bytes);
  if (const LegacyCodec* codec = LegacyCodec::Find(encoding); codec != nullptr) {
    return DecodeLegacy(bytes, *codec);
  }
  if (encoding == "utf-16le" || encoding == "utf-16be") {
    std::string_view bom = encoding == "utf-16le" ? "\xFF\xFE" : "\xFE\xFF";
    std::string_view body = bytes.substr(0, 2) == bom ? bytes.substr(2) : bytes;
    std::vector<std::string> extra;
    if (body.size() % 2 != 0) {
      extra.push_back(absl::StrCat("odd number of bytes in ", encoding, " input: the last byte (",
                                   bytes.size() - 1, ") is dropped"));
      body.remove_suffix(1);
    }
    StatusOr<DecodedText> decoded = Convert(body, encoding);
    if (decoded.ok()) {
      decoded->warnings.insert(decoded->warnings.begin(), extra.begin(), extra.end());
    }
    return decoded;
  }
  return Convert(bytes, encoding);
}

}  // namespace

StatusOr<DecodedText> Decode(std::string_view bytes, const DecodeOptions& options) {
  std::string encoding = CanonicalName(options.encoding);
  if (encoding.empty()) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
      encoding = "utf-8";
    } else if (bytes.substr(0, 2) == "\xFF\xFE") {
      encoding = "utf-16le";
    } else if (bytes.substr(0, 2) == "\xFE\xFF") {
      encoding = "utf-16be";
    }
  }
  if (encoding.empty()) {
    for (const Signature& signature : kBinarySignatures) {
      if (bytes.substr(0, signature.magic.size()) == signature.magic) {
        return absl::InvalidArgumentError(
            absl::StrCat("binary file, not text: starts like ", signature.what));
      }
    }
    std::string_view sniff = bytes.substr(0, kSniffBytes);
    size_t nul_even = 0, nul_odd = 0;
    for (size_t i = 0; i < sniff.size(); ++i) {
      if (sniff[i] == '\0') ++((i % 2 == 0) ? nul_even : nul_odd);
    }
    const size_t half = sniff.size() / 2;
    if (half > 0 && nul_odd * 10 >= half * 3 && nul_even * 20 < half) {
      encoding = "utf-16le";
    } else if (half > 0 && nul_even * 10 >= half * 3 && nul_odd * 20 < half) {
      encoding = "utf-16be";
    } else if (static_cast<double>(nul_even + nul_odd) > kMaxNulShare * sniff.size()) {
      return absl::InvalidArgumentError(absl::StrCat("binary file, not text: ", nul_even + nul_odd,
                                                     " NUL bytes in the first ", sniff.size(),
                                                     " bytes and no UTF-16 pattern"));
    } else {
      encoding = "utf-8";
    }
  }
  if (!options.encoding.empty()) return DecodeNamed(bytes, encoding);
  if (encoding == "utf-8") {
    // By BOM or by elimination: valid UTF-8 may still be VIQR or mojibake;
    // with a BOM, invalid bytes are damage, not another encoding.
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF" || IsValidUtf8(bytes)) {
      return DecodeUtf8Document(bytes, options);
    }
    return DetectInvalidUtf8(bytes, options);
  }
  return DecodeNamed(bytes, encoding);
}

}  // namespace vnie
