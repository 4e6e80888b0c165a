// Tables for percentages, ranges and percentage points.
#include "interpret/percent.h"

#include <gtest/gtest.h>

#include <string>

#include "lexicon_fixture.h"

namespace vnie {
namespace {

struct Case {
  const char* input;
  const char* expected;  // "value", "low-high", "value pp" for points; nullptr: not read
  const char* approx = "";
};

std::string Show(const std::optional<PercentReading>& r) {
  if (!r) return "(not a percentage)";
  std::string out = r->value.ToString();
  if (r->upper) {
    out += '-';
    out += r->upper->ToString();
  }
  if (r->is_point) out += " pp";
  return out;
}

void Expect(const Case& c) {
  std::optional<PercentReading> got = ReadPercent(c.input, ShippedNumberWords());
  EXPECT_EQ(Show(got), c.expected ? c.expected : "(not a percentage)")
      << "input: '" << c.input << "'";
  if (got) {
    EXPECT_EQ(got->approx, c.approx) << "input: '" << c.input << "'";
  }
}

TEST(PercentTest, SignGluedOrSpaced) {
  for (const Case& c : std::initializer_list<Case>{
           {"74,59%", "74.59"},
           {"74,59 %", "74.59"},
           {"50 %", "50"},
           {"100%", "100"},
           {"137,5%", "137.5"},  // above a hundred: a plan overfulfilled
           {"9.6%", "9.6"},      // English decimal point
           {"01,10%", "1.1"},
           {"74,59", nullptr},
           {"%", nullptr},
           {"đạt 137,5%", nullptr},  // only qualifiers may precede
           {"74,59%%", nullptr},
       }) {
    Expect(c);
  }
}

TEST(PercentTest, SpelledOut) {
  for (const Case& c : std::initializer_list<Case>{
           {"bảy mươi phần trăm", "70"},
           {"Hai mươi lăm phần trăm", "25"},
           {"một trăm phần trăm", "100"},
           {"bảy mươi phần", nullptr},
           {"phần trăm", nullptr},
       }) {
    Expect(c);
  }
}

TEST(PercentTest, RangesHaveTwoValues) {
  for (const Case& c : std::initializer_list<Case>{
           {"5,8-6%", "5.8-6"},
           {"5,8 - 6%", "5.8-6"},
           {"5,8% - 6%", "5.8-6"},
           {"từ 5,8-6%", nullptr},
           {"6-5,8%", nullptr},  // a range must rise
           {"5,8-6-7%", nullptr},
       }) {
    Expect(c);
  }
}

TEST(PercentTest, PercentagePointsAreFlagged) {
  for (const Case& c : std::initializer_list<Case>{
           {"2,5 điểm phần trăm", "2.5 pp"},
           {"0,4 điểm %", "0.4 pp"},
           {"2,5 phần trăm", "2.5"},
           {"điểm phần trăm", nullptr},
       }) {
    Expect(c);
  }
}

TEST(PercentTest, QualifierIsKept) {
  for (const Case& c : std::initializer_list<Case>{
           {"trên 60%", "60", "trên"},
           {"gần như 100%", "100", "gần như"},
           {"Hơn 90 phần trăm", "90", "hơn"},
           {"khoảng 5,8-6%", "5.8-6", "khoảng"},
           {"gần %", nullptr},
       }) {
    Expect(c);
  }
}

}  // namespace
}  // namespace vnie
