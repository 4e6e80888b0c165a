#include "extract/text_case.h"

#include <gtest/gtest.h>

namespace vnie {
namespace {

TEST(TextCaseTest, ProperCaseNames) {
  const std::pair<const char*, const char*> cases[] = {
      {"LÊ THU THỦY", "Lê Thu Thủy"},
      {"nguyễn văn an", "Nguyễn Văn An"},
      {"K'LĂNG", "K'Lăng"},
      {"Y THOAN KPA", "Y Thoan Kpa"},
      {"Đỗ Thị Hạnh", "Đỗ Thị Hạnh"},
      {"ĐINH  THỊ ÁNH", "Đinh  Thị Ánh"},
  };
  for (const auto& [input, expected] : cases) {
    EXPECT_EQ(ProperCaseName(input), expected) << "input: " << input;
  }
}

TEST(TextCaseTest, LowerKeepsNonLetters) {
  EXPECT_EQ(ToLower("Đồng Chí 25-NQ/TW"), "đồng chí 25-nq/tw");
  // ASCII runs, Vietnamese letters, a combining mark (U+0301) and a stray byte.
  EXPECT_EQ(ToLower("ỦY BAN\xFFNHÂN DÂN A\xCC\x81Z"), "ủy ban\xFFnhân dân a\xCC\x81z");
  EXPECT_EQ(ToLower("ĐĂKLĂK"), "đăklăk");
  EXPECT_EQ(ToLower(""), "");
}

TEST(TextCaseTest, AllUpperNeedsALetterAndNoLowerCase) {
  EXPECT_TRUE(IsAllUpper("LÊ THU THỦY"));
  EXPECT_FALSE(IsAllUpper("Lê Thu"));
  EXPECT_FALSE(IsAllUpper("2024 - 2025"));
  EXPECT_TRUE(StartsUpper("Ủy viên"));
  EXPECT_FALSE(StartsUpper("ủy viên"));
}

TEST(TextCaseTest, LowerWordIsLowerCaseLettersOnly) {
  EXPECT_TRUE(IsLowerWord("nhiên"));
  EXPECT_TRUE(IsLowerWord("cực"));
  EXPECT_TRUE(IsLowerWord("nhie\u0302n"));  // a combining mark belongs to its letter
  EXPECT_FALSE(IsLowerWord("Tự"));
  EXPECT_FALSE(IsLowerWord("sức,"));
  EXPECT_FALSE(IsLowerWord("12"));
  EXPECT_FALSE(IsLowerWord(""));
}

}  // namespace
}  // namespace vnie
