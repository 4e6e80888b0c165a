// Reading percentages and percentage points (see percent.h).
#include "interpret/percent.h"

#include <vector>

#include "interpret/phrase.h"
#include "interpret/qualifier.h"
#include "interpret/vietnamese_number.h"

namespace vnie {
namespace {

using Role = NumberWords::Role;

// Removes a trailing word equal to `word` (lower case) from `text`.
bool StripTrailingWord(std::string_view& text, std::string_view word) {
  std::vector<std::string_view> raw = SplitWords(text);
  if (raw.empty() || ToLowerVietnamese(raw.back()) != word) return false;
  text = TrimSpaces(text.substr(0, static_cast<size_t>(raw.back().data() - text.data())));
  return true;
}

std::optional<Decimal> ReadPlain(std::string_view text, const NumberWords& words) {
  std::optional<NumberReading> reading = ReadNumber(text, words);
  if (!reading || !reading->approx.empty()) return std::nullopt;
  return reading->value;
}

}  // namespace

std::optional<PercentReading> ReadPercent(std::string_view raw_text, const NumberWords& words) {
  std::string text = FoldDashes(raw_text);
  QualifierSplit split = SplitQualifier(text, words);
  std::string_view body = split.rest;
  PercentReading reading;
  reading.approx = split.approx;
  if (!body.empty() && body.back() == '%') {
    body = TrimSpaces(body.substr(0, body.size() - 1));
    // "điểm %" is the short form of "điểm phần trăm"; the lexicon entry for the
    // percentage point supplies the word ("điểm") before "phần trăm".
    for (const NumberWords::Entry* e : words.WithRole(Role::kPercentPoint)) {
      for (const NumberWords::Entry* p : words.WithRole(Role::kPercent)) {
        std::string_view point = e->word;
        if (point.size() > p->word.size() + 1 &&
            point.substr(point.size() - p->word.size()) == p->word) {
          std::string_view head = TrimSpaces(point.substr(0, point.size() - p->word.size()));
          if (StripTrailingWord(body, head)) reading.is_point = true;
        }
      }
      if (reading.is_point) break;
    }
  } else {
    std::vector<std::string_view> raw = SplitWords(body);
    std::vector<std::string> lower;
    for (std::string_view w : raw) lower.push_back(ToLowerVietnamese(w));
    bool found = false;
    for (size_t start = raw.size() > words.max_words() ? raw.size() - words.max_words() : 0;
         start < raw.size() && !found; ++start) {
      NumberWords::WordMatch m = words.Longest(lower, start);
      if (m.entry == nullptr || start + m.word_count != raw.size()) continue;
      if (m.entry->role != Role::kPercent && m.entry->role != Role::kPercentPoint) continue;
      reading.is_point = m.entry->role == Role::kPercentPoint;
      body = TrimSpaces(body.substr(0, static_cast<size_t>(raw[start].data() - body.data())));
      found = true;
    }
    if (!found) return std::nullopt;
  }
  if (body.empty()) return std::nullopt;
  size_t dash = body.find('-', 1);
  if (dash == std::string_view::npos) {
    std::optional<Decimal> value = ReadPlain(body, words);
    if (!value) return std::nullopt;
    reading.value = *value;
    return reading;
  }
  std::string_view low = TrimSpaces(body.substr(0, dash));
  std::string_view high = TrimSpaces(body.substr(dash + 1));
  if (!low.empty() && low.back() == '%') low = TrimSpaces(low.substr(0, low.size() - 1));
  std::optional<Decimal> from = ReadPlain(low, words);
  std::optional<Decimal> to = ReadPlain(high, words);
  if (!from || !to || !(*from < *to) || to->IsNegative()) return std::nullopt;
  reading.value = *from;
  reading.upper = *to;
  return reading;
}

}  // namespace vnie
