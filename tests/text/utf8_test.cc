#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace vnie {
namespace {

struct DecodeCase {
  std::string input;
  char32_t code_point;
  int length;
  bool valid;
};

TEST(Utf8Test, DecodesValidAndReportsMaximalSubpartsOfInvalid) {
  const DecodeCase cases[] = {
      {"a", 'a', 1, true},
      {"\xC3\xA0", 0xE0, 2, true},        // à
      {"\xE1\xBB\x87", 0x1EC7, 3, true},  // ệ
      {"\xF0\x9F\x98\x80", 0x1F600, 4, true},
      {"\x80", kReplacementCharacter, 1, false},              // stray continuation
      {"\xC0\xAF", kReplacementCharacter, 1, false},          // overlong lead
      {"\xE0\x80\x80", kReplacementCharacter, 1, false},      // overlong 3-byte
      {"\xED\xA0\x80", kReplacementCharacter, 1, false},      // surrogate U+D800
      {"\xF4\x90\x80\x80", kReplacementCharacter, 1, false},  // > U+10FFFF
      {"\xE1\xBB", kReplacementCharacter, 2, false},          // truncated at end
      {"\xE1\xBB"
       "x",
       kReplacementCharacter, 2, false},  // truncated before ASCII
      {"\xFF", kReplacementCharacter, 1, false},
  };
  for (const DecodeCase& c : cases) {
    SCOPED_TRACE(testing::PrintToString(c.input));
    Utf8Char decoded = DecodeUtf8(c.input, 0);
    EXPECT_EQ(static_cast<uint32_t>(decoded.code_point), static_cast<uint32_t>(c.code_point));
    EXPECT_EQ(decoded.length, c.length);
    EXPECT_EQ(decoded.valid, c.valid);
  }
}

TEST(Utf8Test, EncodeRoundTripsEveryLengthClass) {
  for (char32_t cp : {0x41u, 0x7Fu, 0x80u, 0x7FFu, 0x800u, 0x1EC7u, 0xFFFDu, 0x10000u, 0x10FFFFu}) {
    std::string encoded;
    AppendUtf8(cp, &encoded);
    Utf8Char decoded = DecodeUtf8(encoded, 0);
    EXPECT_TRUE(decoded.valid) << std::hex << static_cast<uint32_t>(cp);
    EXPECT_EQ(static_cast<uint32_t>(decoded.code_point), static_cast<uint32_t>(cp));
    EXPECT_EQ(static_cast<size_t>(decoded.length), encoded.size())
        << std::hex << static_cast<uint32_t>(cp);
  }
}

TEST(Utf8Test, FindInvalidGivesTheFirstBadOffset) {
  EXPECT_TRUE(IsValidUtf8("Hà Nội, ngày 12/3"));
  EXPECT_EQ(FindInvalidUtf8("abcdefghijklmnop\x80"), 16u);
  EXPECT_EQ(FindInvalidUtf8("\xC3"), 0u);
  EXPECT_EQ(FindInvalidUtf8("Nội\xE1\xBB"), 5u);
  EXPECT_EQ(FindInvalidUtf8("a\x80"
                            "b\x80",
                            2),
            3u);
  EXPECT_FALSE(IsValidUtf8("\xED\xB0\x80"));  // lone low surrogate
}

}  // namespace
}  // namespace vnie
