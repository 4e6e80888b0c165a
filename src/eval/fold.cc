// Port of score.py's fold/expand/jaccard/similar; see fold.h.
#include "eval/fold.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "output/utf8_repair.h"
#include "utf8proc.h"

namespace vnie {
namespace {

// Python's `\s` (str.isspace()) plus the explicit separators of fold()'s regex.
bool IsSeparator(int32_t c) {
  switch (c) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x1C:
    case 0x1D:
    case 0x1E:
    case 0x1F:
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case '-':
    case 0x2013:
    case 0x2014:
    case ',':
    case ';':
    case ':':
    case '(':
    case ')':
    case '"':
    case '\'':
    case 0x201C:
    case 0x201D:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200B;
  }
}

// Python's str.isspace(), which str.split() splits on.
bool IsPythonSpace(int32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

bool IsTone(int32_t c) {
  return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323;
}

std::vector<int32_t> Decode(std::string_view text) {
  std::vector<int32_t> out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t n = static_cast<utf8proc_ssize_t>(text.size());
  while (n > 0) {
    int32_t c;
    utf8proc_ssize_t length = utf8proc_iterate(p, n, &c);
    if (length <= 0) {  // unreachable for repaired input; be safe anyway
      c = 0xFFFD;
      length = 1;
    }
    out.push_back(c);
    p += length;
    n -= length;
  }
  return out;
}

void Encode(int32_t c, std::string* out) {
  utf8proc_uint8_t buffer[4];
  utf8proc_ssize_t length = utf8proc_encode_char(c, buffer);
  out->append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(length));
}

// NFC or NFD of valid UTF-8.
std::string Normalize(std::string_view text, int form) {
  utf8proc_uint8_t* result = nullptr;
  utf8proc_ssize_t length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                         static_cast<utf8proc_ssize_t>(text.size()), &result,
                                         static_cast<utf8proc_option_t>(UTF8PROC_STABLE | form));
  if (length < 0) return std::string(text);
  std::string out(reinterpret_cast<const char*>(result), static_cast<size_t>(length));
  std::free(result);
  return out;
}

// Python's str.lower(): the simple lower-case mapping, except that U+0130
// (İ) becomes "i" + U+0307, its full mapping in SpecialCasing.txt.
std::string Lower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (int32_t c : Decode(text)) {
    if (c == 0x130) {
      out += 'i';
      Encode(0x307, &out);
    } else {
      Encode(utf8proc_tolower(c), &out);
    }
  }
  return out;
}

// Splits on runs of Python whitespace, like str.split() without arguments.
std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t n = static_cast<utf8proc_ssize_t>(text.size());
  utf8proc_ssize_t i = 0, start = -1;
  while (i < n) {
    int32_t c;
    utf8proc_ssize_t length = utf8proc_iterate(p + i, n - i, &c);
    if (length <= 0) length = 1, c = 0xFFFD;
    if (IsPythonSpace(c)) {
      if (start >= 0) words.push_back(text.substr(start, i - start));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
    i += length;
  }
  if (start >= 0) words.push_back(text.substr(start, n - start));
  return words;
}

struct Abbreviation {
  std::string_view key;
  std::string_view expansion;
};

// score.py's ABBREVIATIONS, in its order (keys as written there, unfolded).
constexpr Abbreviation kAbbreviations[] = {
    {"btv", "ban thường vụ"},
    {"bch", "ban chấp hành"},
    {"huv", "huyện ủy viên"},
    {"tuv", "tỉnh ủy viên"},
    {"ubnd", "ủy ban nhân dân"},
    {"hđnd", "hội đồng nhân dân"},
    {"mttq", "mặt trận tổ quốc"},
    {"gd&đt", "giáo dục và đào tạo"},
    {"gdđt", "giáo dục và đào tạo"},
    {"thcs", "trung học cơ sở"},
    {"thpt", "trung học phổ thông"},
    {"th", "tiểu học"},
    {"mn", "mầm non"},
};

}  // namespace

std::string Fold(std::string_view text) {
  if (text.empty()) return "";
  std::string valid;
  if (!IsValidUtf8(text)) {
    valid = RepairUtf8(text);
    text = valid;
  }
  std::vector<int32_t> chars = Decode(Normalize(Lower(text), UTF8PROC_DECOMPOSE));
  std::string out, base, tones;
  size_t i = 0;
  while (i < chars.size()) {
    if (IsSeparator(chars[i])) {
      ++i;
      continue;
    }
    base.clear();
    tones.clear();
    for (; i < chars.size() && !IsSeparator(chars[i]); ++i) {
      int32_t c = chars[i];
      if (IsTone(c)) {
        Encode(c, &tones);
      } else if (c == 0x111) {  // đ: "d" + U+0335 keeps it apart from d
        base += 'd';
        Encode(0x335, &base);
      } else {
        Encode(c, &base);
      }
    }
    if (!out.empty()) out += ' ';
    out += Normalize(base, UTF8PROC_COMPOSE);
    out += tones;
  }
  return out;
}

std::string Expand(std::string_view text) {
  std::string folded = Fold(text);
  std::string out;
  for (std::string_view word : SplitWords(folded)) {
    if (!out.empty()) out += ' ';
    auto it = std::find_if(std::begin(kAbbreviations), std::end(kAbbreviations),
                           [word](const Abbreviation& a) { return a.key == word; });
    out += it != std::end(kAbbreviations) ? it->expansion : word;
  }
  return out;
}

double Jaccard(std::string_view a, std::string_view b) {
  std::vector<std::string_view> x = SplitWords(a), y = SplitWords(b);
  std::sort(x.begin(), x.end());
  x.erase(std::unique(x.begin(), x.end()), x.end());
  std::sort(y.begin(), y.end());
  y.erase(std::unique(y.begin(), y.end()), y.end());
  std::vector<std::string_view> common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  size_t all = x.size() + y.size() - common.size();
  if (all == 0) return 1.0;
  return static_cast<double>(common.size()) / static_cast<double>(all);
}

bool Similar(std::string_view a, std::string_view b, double threshold) {
  std::string x = Expand(a), y = Expand(b);
  if (x == y) return true;
  if (!x.empty() && !y.empty() &&
      (y.find(x) != std::string::npos || x.find(y) != std::string::npos)) {
    return true;
  }
  return Jaccard(x, y) >= threshold;
}

}  // namespace vnie
