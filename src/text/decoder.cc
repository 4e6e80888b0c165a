// Decoder: encoding detection, UTF-8 damage reports, UTF-16 conversion.
//
// Detection order: a BOM decides (UTF-8, UTF-16LE, UTF-16BE); then known
// binary signatures are refused; then NUL bytes: UTF-16 without a BOM shows as
// NULs on every other byte (English and most Vietnamese punctuation are
// U+00xx), anything else with more than kMaxNulShare NULs is binary. A few
// stray NULs in a text file are tolerated (the normalizer turns them into
// spaces). Everything else is UTF-8; damaged sequences are reported, not fixed.
#include "text/decoder.h"

#include <algorithm>
#include <memory>
#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
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
  return name;
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
  if (encoding == "utf-8") {
    DecodedText decoded;
    decoded.encoding = "utf-8";
    decoded.text = std::string(bytes);
    ReportInvalidUtf8(decoded.text, 0, &decoded.warnings);
    return decoded;
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

}  // namespace vnie
