#include "text/char_rules.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace vnie {
namespace {

using testing::HasSubstr;

TEST(CharRulesTest, ParsesSingleRangeShiftedAndDeletingRules) {
  StatusOr<CharRules> rules = CharRules::Parse(
      "# comment\n"
      "00D0\t0110\t# Ð\n"
      "2000..2002\t0020\n"
      "FF21..FF23\t0041..\n"
      "00AD\t\t# delete\n"
      "2026\t002E 002E 002E\n");
  ASSERT_TRUE(rules.ok()) << rules.status();
  EXPECT_EQ(rules->size(), 9u);
  ASSERT_NE(rules->Find(0x00D0), nullptr);
  EXPECT_EQ(*rules->Find(0x00D0), "Đ");
  EXPECT_EQ(*rules->Find(0x2001), " ");
  EXPECT_EQ(*rules->Find(0xFF22), "B");
  EXPECT_EQ(*rules->Find(0x00AD), "");
  EXPECT_EQ(*rules->Find(0x2026), "...");
  EXPECT_EQ(rules->Find(0x2003), nullptr);
  EXPECT_EQ(rules->Find('a'), nullptr);
}

TEST(CharRulesTest, ErrorsNameTheLine) {
  const std::pair<std::string, std::string> cases[] = {
      {"00D0\n", "char_rules.tsv:1: expected source<TAB>target"},
      {"# x\nZZZZ\t0020\n", "char_rules.tsv:2: bad source"},
      {"2002..2000\t0020\n", "bad source range"},
      {"D800\t0020\n", "bad source"},  // a surrogate is not a character
      {"00D0\t11FFFF\n", "bad target code point"},
  };
  for (const auto& [tsv, message] : cases) {
    StatusOr<CharRules> rules = CharRules::Parse(tsv);
    ASSERT_FALSE(rules.ok()) << "input: " << tsv;
    EXPECT_THAT(std::string(rules.status().message()), HasSubstr(message)) << "input: " << tsv;
  }
}

TEST(CharRulesTest, EmbeddedTableLoads) {
  const CharRules& rules = CharRules::Default();
  EXPECT_GT(rules.size(), 150u);
  ASSERT_NE(rules.Find(0xFEFF), nullptr);
  EXPECT_EQ(*rules.Find(0xFEFF), "");
  EXPECT_EQ(rules.Find('\t'), nullptr);
  EXPECT_EQ(rules.Find('\n'), nullptr);
  EXPECT_EQ(rules.Find(0x1EC7), nullptr);  // ệ
}

}  // namespace
}  // namespace vnie
