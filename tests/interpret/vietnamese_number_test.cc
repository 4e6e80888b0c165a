// Tables for the digit-separator rules and the spelled-out number grammar.
#include "interpret/vietnamese_number.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "lexicon_fixture.h"

namespace vnie {
namespace {

struct Case {
  const char* input;
  const char* expected;  // canonical value, or nullptr when it is not a number
};

std::string Show(const std::optional<Decimal>& value) {
  return value ? value->ToString() : "(not a number)";
}

void ExpectDigits(const Case& c) {
  std::optional<Decimal> got = ReadDigits(c.input);
  EXPECT_EQ(Show(got), c.expected ? c.expected : "(not a number)") << "input: '" << c.input << "'";
}

void ExpectNumber(const Case& c) {
  std::optional<NumberReading> got = ReadNumber(c.input, ShippedNumberWords());
  std::optional<Decimal> value;
  if (got) value = got->value;
  EXPECT_EQ(Show(value), c.expected ? c.expected : "(not a number)")
      << "input: '" << c.input << "'";
}

TEST(VietnameseNumberTest, DotGroupsThousands) {
  for (const Case& c : std::initializer_list<Case>{
           {"1.889", "1889"},
           {"21.000", "21000"},
           {"1.200", "1200"},
           {"1.200.000", "1200000"},
           {"141.906.000", "141906000"},
           {"3.118", "3118"},
           {"1.2.3", nullptr},
           {"12.34.567", nullptr},
           {"29.03.2019", nullptr},
       }) {
    ExpectDigits(c);
  }
}

TEST(VietnameseNumberTest, CommaIsTheDecimalMark) {
  for (const Case& c : std::initializer_list<Case>{
           {"74,59", "74.59"},
           {"1,2", "1.2"},
           {"0,77", "0.77"},
           {"01,10", "1.1"},
           {",77", "0.77"},
           {"1,200", "1.2"},  // a lone comma is decimal even before three digits
           {"99,90", "99.9"},
           {"1,2,3", nullptr},
           {"74,", nullptr},
       }) {
    ExpectDigits(c);
  }
}

TEST(VietnameseNumberTest, BothMarksTakeTheLastAsDecimal) {
  for (const Case& c : std::initializer_list<Case>{
           {"29.232,75", "29232.75"},
           {"1.234.567,5", "1234567.5"},
           {"1,234.5", "1234.5"},
           {"29.23,75", nullptr},
           {"1.234,5,6", nullptr},
       }) {
    ExpectDigits(c);
  }
}

TEST(VietnameseNumberTest, LeadingZerosAreDropped) {
  for (const Case& c : std::initializer_list<Case>{
           {"01", "1"}, {"04", "4"}, {"007", "7"}, {"0", "0"}, {"0a", nullptr}}) {
    ExpectDigits(c);
  }
}

TEST(VietnameseNumberTest, EnglishStyleSources) {
  for (const Case& c : std::initializer_list<Case>{
           {"9.6", "9.6"},  // not three digits after the dot: decimal point
           {"74.6", "74.6"},
           {"0.125", "0.125"},        // a lone zero before the dot: decimal point
           {"1234.567", "1234.567"},  // four digits before: cannot be a group
           {"130,226,000", "130226000"},
           {"130,226", "130.226"},  // documented: a single comma stays decimal
           {"1,20,000", nullptr},
       }) {
    ExpectDigits(c);
  }
}

TEST(VietnameseNumberTest, SpacesGroupThousandsInTables) {
  for (const Case& c : std::initializer_list<Case>{
           {"273 343", "273343"},
           {"2 376,90", "2376.9"},
           {"1 200 000", "1200000"},
           {"5 .000", "5000"},
           {"12 34", nullptr},
           {"1234 567", nullptr},
           {"2 376,9x", nullptr},
       }) {
    ExpectDigits(c);
  }
}

TEST(VietnameseNumberTest, ScaleWordsMultiplyDigits) {
  for (const Case& c : std::initializer_list<Case>{
           {"1,2 triệu", "1200000"},
           {"250 nghìn", "250000"},
           {"250 ngàn", "250000"},
           {"1,68 tỷ", "1680000000"},
           {"1,68 tỉ", "1680000000"},
           {"3 vạn", "30000"},
           {"5 chục", nullptr},  // "chục" multiplies a digit word, not digits
           {"2 triệu 500 nghìn", "2500000"},
           {"100.000 tỷ", "100000000000000"},
           {"100k", "100000"},
           {"1,2M", "1200000"},
           {",0012G", "1200000"},
           {"100 k", nullptr},
           {"100x", nullptr},
           {"triệu", nullptr},  // a scale needs a number before it
           {"tỷ lệ", nullptr},
           {"một nghìn triệu", "1000000000"},  // an old way to say a billion
           {"500 nghìn 2 triệu", nullptr},
       }) {
    ExpectNumber(c);
  }
}

TEST(VietnameseNumberTest, QualifierIsSplitOff) {
  struct QualifiedCase {
    const char* input;
    const char* value;
    const char* approx;
  };
  for (const QualifiedCase& c : std::initializer_list<QualifiedCase>{
           {"gần 1,4 triệu", "1400000", "gần"},
           {"Hơn 5 .000", "5000", "hơn"},
           {"trên 200", "200", "trên"},
           {"gần như 300", "300", "gần như"},
           {"ước tính khoảng 40 nghìn", "40000", "ước tính khoảng"},
           {"không dưới 50", "50", "không dưới"},
           {"không", "0", ""},
           {"859", "859", ""},
       }) {
    std::optional<NumberReading> got = ReadNumber(c.input, ShippedNumberWords());
    ASSERT_TRUE(got.has_value()) << "input: '" << c.input << "'";
    EXPECT_EQ(got->value.ToString(), c.value) << "input: '" << c.input << "'";
    EXPECT_EQ(got->approx, c.approx) << "input: '" << c.input << "'";
  }
  for (const char* input : {"gần", "hơn nữa 5", "đạt 200"}) {
    EXPECT_FALSE(ReadNumber(input, ShippedNumberWords()).has_value()) << "input: '" << input << "'";
  }
}

TEST(VietnameseNumberTest, SpelledOutNumbers) {
  for (const Case& c : std::initializer_list<Case>{
           {"một", "1"},
           {"không", "0"},
           {"mười", "10"},
           {"hai mươi", "20"},
           {"hai chục", "20"},
           {"ba mươi ba", "33"},
           {"ba mươi sáu", "36"},
           {"mười lăm", "15"},
           {"mười nhăm", "15"},
           {"mười bốn", "14"},
           {"hai mươi mốt", "21"},
           {"hai mươi tư", "24"},
           {"hai mươi bốn", "24"},
           {"năm mươi lăm", "55"},
           {"chín mươi chín", "99"},
           {"trăm", "100"},
           {"một trăm linh năm", "105"},
           {"một trăm lẻ năm", "105"},
           {"hai trăm rưỡi", "250"},
           {"năm ngàn", "5000"},
           {"năm nghìn", "5000"},
           {"hai nghìn", "2000"},
           {"hai nghìn lẻ ba", "2003"},
           {"hai trăm nghìn", "200000"},
           {"một tỉ", "1000000000"},
           {"một tỷ", "1000000000"},
           {"một nghìn tỷ", "1000000000000"},
           {"ba triệu hai trăm nghìn", "3200000"},
           {"hai triệu rưỡi", "2500000"},
           {"hai mươi mốt nghìn không trăm mười một", "21011"},
           {"bảy trăm hai mươi mốt nghìn không trăm mười hai", "721012"},
           {"một phẩy hai", "1.2"},
           {"Hai mươi", "20"},
           {"Ba mươi ba", "33"},
           {"MƯỜI", "10"},
           {"âm 1.200.000", "-1200000"},
           {"- 1.200.000", "-1200000"},
           {"-1,2M", "-1200000"},
       }) {
    ExpectNumber(c);
  }
}

TEST(VietnameseNumberTest, MalformedWordsAreNotNumbers) {
  for (const Case& c : std::initializer_list<Case>{
           {"mươi", nullptr},          // "mươi" needs a digit before it
           {"mười mốt", nullptr},      // "mốt" only after mươi
           {"lăm", nullptr},           // "lăm" only after a ten
           {"hai ba", nullptr},        // two digits with no place word
           {"một trăm năm", nullptr},  // neither 105 nor 150: usually "100 years"
           {"mười năm", nullptr},      // "ten years": fifteen is "mười lăm"
           {"hai mươi năm", nullptr},  // "twenty years": 25 is "hai mươi lăm"
           {"hai nghìn ba nghìn", nullptr},
           {"một trăm linh", nullptr},
           {"ngày", nullptr},
           {"", nullptr},
           {"m", nullptr},
           {"âm", nullptr},
           {"- âm 5", nullptr},
       }) {
    ExpectNumber(c);
  }
}

TEST(VietnameseNumberTest, PrefixStopsBeforeTheUnit) {
  struct PrefixCase {
    const char* input;
    const char* value;
    size_t length;
  };
  for (const PrefixCase& c : std::initializer_list<PrefixCase>{
           {"86.079 học sinh", "86079", 6},
           {"ba mươi sáu chi bộ", "36", 14},
           {"một trăm năm thành lập", "100", 11},
           {"hai mươi năm qua", "20", 10},
           {"12 đảng viên", "12", 2},
       }) {
    std::optional<NumberPrefix> got = ReadNumberPrefix(c.input, ShippedNumberWords());
    ASSERT_TRUE(got.has_value()) << "input: '" << c.input << "'";
    EXPECT_EQ(got->value.ToString(), c.value) << "input: '" << c.input << "'";
    EXPECT_EQ(got->length, c.length) << "input: '" << c.input << "'";
  }
  for (const char* input : {"đảng viên 12", "hơn 12 đảng viên", "", "tỷ lệ 12%"}) {
    EXPECT_FALSE(ReadNumberPrefix(input, ShippedNumberWords()).has_value())
        << "input: '" << input << "'";
  }
}

TEST(DecimalTest, ArithmeticIsExact) {
  std::optional<Decimal> a = Decimal::FromDigits("1", "2");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->Times(Decimal::FromInt(1000000))->ToString(), "1200000");
  EXPECT_EQ(a->Plus(*Decimal::FromDigits("0", "05"))->ToString(), "1.25");
  EXPECT_EQ(Decimal::FromDigits("74", "60")->ToString(), "74.6");
  EXPECT_DOUBLE_EQ(Decimal::FromDigits("74", "59")->ToDouble(), 74.59);
  EXPECT_EQ(Decimal::FromInt(-5).ToString(), "-5");
  EXPECT_EQ(Decimal::FromDigits("0", "077")->ToString(), "0.077");
  EXPECT_FALSE(Decimal::FromDigits("1234567890123456789", "").has_value());
  EXPECT_FALSE(Decimal::FromInt(INT64_MAX).Times(Decimal::FromInt(10)).has_value());
  EXPECT_TRUE(Decimal::FromInt(2) < *Decimal::FromDigits("2", "5"));
}

}  // namespace
}  // namespace vnie
