// Tables for a/b ratios, the date shapes they refuse, and slash chains.
#include "interpret/ratio.h"

#include <gtest/gtest.h>

#include <string>

#include "lexicon_fixture.h"

namespace vnie {
namespace {

struct Case {
  const char* input;
  const char* expected;  // "part/whole", or nullptr when not read as a ratio
};

TEST(RatioTest, ReadsPartAndWhole) {
  for (const Case& c : std::initializer_list<Case>{
           {"29/36", "29/36"},
           {"90/90", "90/90"},
           {"8/7", "8/7"},
           {"123/128", "123/128"},
           {"29 / 36", "29/36"},
           {"1.234/1.500", "1234/1500"},
           {"17/5", "17/5"},  // documented: a bare day/month stays a ratio
           {"29/0", nullptr},
           {"29/", nullptr},
           {"/36", nullptr},
           {"a/b", nullptr},
           {"29/36 chi bộ", nullptr},
       }) {
    std::optional<RatioReading> got = ReadRatio(c.input, ShippedNumberWords());
    std::string shown = "(not a ratio)";
    if (got) {
      shown = got->part.ToString();
      shown += '/';
      shown += got->whole.ToString();
    }
    EXPECT_EQ(shown, c.expected ? c.expected : "(not a ratio)") << "input: '" << c.input << "'";
  }
}

TEST(RatioTest, RefusesShapesOnlyDatesTake) {
  for (const char* input :
       {"17/5/2022", "07/03", "17/05", "6/2024", "12/2019", "2023/09", "2734/QĐ"}) {
    EXPECT_FALSE(ReadRatio(input, ShippedNumberWords()).has_value()) << "input: '" << input << "'";
  }
  // Their twins that are counts.
  for (const char* input : {"17/52", "13/2024", "32/05", "2023/19"}) {
    EXPECT_TRUE(ReadRatio(input, ShippedNumberWords()).has_value()) << "input: '" << input << "'";
  }
}

TEST(RatioTest, SplitsSlashChainsIntoNumberAndUnit) {
  struct ChainCase {
    const char* input;
    std::vector<std::pair<std::string, std::string>> parts;  // empty: not a chain
  };
  for (const ChainCase& c : std::initializer_list<ChainCase>{
           {"64.210 học sinh/2.051 lớp", {{"64210", "học sinh"}, {"2051", "lớp"}}},
           {"41 đảng viên/57 cán bộ, giáo viên",
            {{"41", "đảng viên"}, {"57", "cán bộ, giáo viên"}}},
           {"18/27 CB, GV, NV", {{"18", ""}, {"27", "CB, GV, NV"}}},
           {"ba mươi sáu chi bộ/bốn mươi chi bộ", {{"36", "chi bộ"}, {"40", "chi bộ"}}},
           {"2734/QĐ-BGDĐT", {}},
           {"học sinh/lớp", {}},
           {"64 học sinh", {}},
       }) {
    std::optional<std::vector<SlashPart>> got = SplitSlashChain(c.input, ShippedNumberWords());
    if (c.parts.empty()) {
      EXPECT_FALSE(got.has_value()) << "input: '" << c.input << "'";
      continue;
    }
    ASSERT_TRUE(got.has_value()) << "input: '" << c.input << "'";
    ASSERT_EQ(got->size(), c.parts.size()) << "input: '" << c.input << "'";
    for (size_t i = 0; i < c.parts.size(); ++i) {
      EXPECT_EQ((*got)[i].value.ToString(), c.parts[i].first) << "input: '" << c.input << "'";
      EXPECT_EQ((*got)[i].unit, c.parts[i].second) << "input: '" << c.input << "'";
    }
  }
}

}  // namespace
}  // namespace vnie
