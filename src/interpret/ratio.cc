// Reading a/b ratios and splitting slash chains (see ratio.h).
#include "interpret/ratio.h"

#include "interpret/phrase.h"
#include "interpret/vietnamese_number.h"

namespace vnie {
namespace {

bool IsZeroPadded(std::string_view digits) {
  return digits.size() == 2 && digits[0] == '0' && IsAsciiDigit(digits[1]);
}

// Shapes that only dates take (see ratio.h).
bool LooksLikeDate(std::string_view left, std::string_view right, const Decimal& a,
                   const Decimal& b) {
  std::optional<int64_t> x = a.ToInt();
  std::optional<int64_t> y = b.ToInt();
  if (!x || !y) return false;
  bool day_month = *x >= 1 && *x <= 31 && *y >= 1 && *y <= 12;
  if (day_month && (IsZeroPadded(left) || IsZeroPadded(right))) return true;
  bool month_year = *x >= 1 && *x <= 12 && right.size() == 4 && *y >= 1900 && *y <= 2100;
  // Year/month, as in dated paths and archive labels ("2023/09").
  bool year_month = left.size() == 4 && *x >= 1900 && *x <= 2100 && *y >= 1 && *y <= 12;
  return month_year || year_month;
}

}  // namespace

std::optional<RatioReading> ReadRatio(std::string_view text, const NumberWords& words) {
  (void)words;  // Ratios are written in digits; the lexicon is kept for symmetry.
  text = TrimSpaces(text);
  size_t slash = text.find('/');
  if (slash == std::string_view::npos || text.find('/', slash + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  std::string_view left = TrimSpaces(text.substr(0, slash));
  std::string_view right = TrimSpaces(text.substr(slash + 1));
  std::optional<Decimal> a = ReadDigits(left);
  std::optional<Decimal> b = ReadDigits(right);
  if (!a || !b || b->IsZero() || left.find(' ') != std::string_view::npos ||
      right.find(' ') != std::string_view::npos) {
    return std::nullopt;
  }
  if (LooksLikeDate(left, right, *a, *b)) return std::nullopt;
  return RatioReading{*a, *b};
}

std::optional<std::vector<SlashPart>> SplitSlashChain(std::string_view text,
                                                      const NumberWords& words) {
  std::vector<SlashPart> parts;
  size_t start = 0;
  while (true) {
    size_t slash = text.find('/', start);
    std::string_view piece = TrimSpaces(text.substr(start, slash - start));
    std::optional<NumberPrefix> number = ReadNumberPrefix(piece, words);
    if (!number) return std::nullopt;
    parts.push_back(
        SlashPart{number->value, std::string(TrimSpaces(piece.substr(number->length)))});
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  if (parts.size() < 2) return std::nullopt;
  return parts;
}

}  // namespace vnie
