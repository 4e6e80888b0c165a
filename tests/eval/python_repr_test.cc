// Tests for eval/python_repr.h. Expected strings were printed by Python 3.11
// (repr() and round(x, 2)) for the same inputs.
#include "eval/python_repr.h"

#include <gtest/gtest.h>

#include <string>

namespace vnie {
namespace {

TEST(PythonFloatReprTest, MatchesPython) {
  struct Case {
    double value;
    std::string repr;
  };
  const Case cases[] = {
      {0.125, "0.125"},
      {74.594, "74.594"},
      {859, "859.0"},
      {74.6, "74.6"},
      {100, "100.0"},
      {0.5, "0.5"},
      {1e16, "1e+16"},
      {1.5e16, "1.5e+16"},
      {1e-5, "1e-05"},
      {0.0001, "0.0001"},
      {1e15, "1000000000000000.0"},
      {123456789012345678.0, "1.2345678901234568e+17"},
      {-0.0, "-0.0"},
      {1.0 / 3, "0.3333333333333333"},
      {5e-324, "5e-324"},
      {-2.5, "-2.5"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PythonFloatRepr(c.value), c.repr) << "repr(" << c.repr << ")";
  }
}

TEST(PythonRound2Test, RoundsTheExactBinaryValueTiesToEven) {
  struct Case {
    double value;
    double rounded;
  };
  const Case cases[] = {
      {0.125, 0.12},                                    // an exact tie goes to even
      {74.594, 74.59}, {61.374, 61.37}, {2.675, 2.67},  // 2.675 is just below the tie
      {1.005, 1.0},    {0.5, 0.5},      {1e16, 1e16},  {1e-5, 0.0}, {74.6, 74.6},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PythonRound2(c.value), c.rounded) << "round(" << c.value << ", 2)";
  }
}

TEST(PythonReprTest, QuotesAndEscapesLikePython) {
  struct Case {
    std::string text;
    std::string repr;
  };
  const Case cases[] = {
      {"it's", "\"it's\""},
      {"a\"b", "'a\"b'"},
      {"both ' \"", "'both \\' \"'"},
      {"tab\tnl\n\x7f\u0085\u200b\u00a0 Đ\U0001F600\ue000",
       "'tab\\tnl\\n\\x7f\\x85\\u200b\\xa0 Đ\U0001F600\\ue000'"},
      {"Hải Yến", "'Hải Yến'"},
      {"back\\slash", "'back\\\\slash'"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(PythonRepr(c.text), c.repr) << "repr of " << c.text;
  }
  EXPECT_EQ(PythonOptionalRepr(std::nullopt), "None");
  EXPECT_EQ(PythonOptionalRepr(std::string("x")), "'x'");
}

}  // namespace
}  // namespace vnie
