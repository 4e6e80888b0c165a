// The canonical strings the pattern engine compares examples against.
#include "interpret/format.h"

#include <gtest/gtest.h>

#include <string>

#include "lexicon_fixture.h"

namespace vnie {
namespace {

std::string Show(const std::optional<std::string>& s) { return s ? *s : "(none)"; }

TEST(FormatTest, FormatNumberIsShortestRoundTrip) {
  struct Case {
    double value;
    const char* expected;
  };
  for (const Case& c : std::initializer_list<Case>{{1889, "1889"},
                                                   {74.6, "74.6"},
                                                   {74.59, "74.59"},
                                                   {0.77, "0.77"},
                                                   {-0.0, "0"},
                                                   {1200000, "1200000"},
                                                   {-5, "-5"}}) {
    EXPECT_EQ(FormatNumber(c.value), c.expected) << "input: " << c.value;
  }
}

TEST(FormatTest, MeaningsGiveCanonicalStrings) {
  const NumberWords& words = ShippedNumberWords();
  DateOptions options;
  options.reference = Date{2022, 5, 20};
  options.words = &words;
  struct Case {
    const char* meaning;
    const char* input;
    const char* expected;
  };
  for (const Case& c : std::initializer_list<Case>{
           {"number", "1.889", "1889"},
           {"number", "01", "1"},
           {"number", "gần 1,4 triệu", "1400000"},
           {"number", "hai mươi tư", "24"},
           {"number", "đảng viên", "(none)"},
           {"percent", "74,6%", "74.6"},
           {"percent", "5,8-6%", "5.8-6"},
           {"percent", "1,5 điểm phần trăm", "(none)"},
           {"qualifier", "Gần như", "gần như"},
           {"qualifier", "gần 5", "(none)"},
           {"ratio", "29/36", "29/36"},
           {"ratio", "17/5/2022", "(none)"},
           {"date", "ngày 17 tháng 5 năm 2022", "2022-05-17"},
           {"date", "17/5", "2022-05-17"},
           {"date", "ngày", "(none)"},
           {"period", "nhiệm kỳ 2025 - 2030", "2025-2030"},
           {"period", "từ năm 2017 đến nay", "2017-"},
           {"period", "2030-2025", "(none)"},
       }) {
    std::string meaning = c.meaning;
    std::optional<std::string> got;
    if (meaning == "number") got = CanonicalNumber(c.input, words);
    if (meaning == "percent") got = CanonicalPercent(c.input, words);
    if (meaning == "qualifier") got = CanonicalQualifier(c.input, words);
    if (meaning == "ratio") got = CanonicalRatio(c.input, words);
    if (meaning == "date") got = CanonicalDate(c.input, options);
    if (meaning == "period") got = CanonicalPeriod(c.input);
    EXPECT_EQ(Show(got), c.expected) << c.meaning << " input: '" << c.input << "'";
  }
}

}  // namespace
}  // namespace vnie
