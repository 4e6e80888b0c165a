#include "text/decoder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

namespace vnie {
namespace {

using testing::HasSubstr;

std::string Utf16(std::u16string_view text, bool little_endian, bool bom) {
  std::string bytes;
  auto put = [&](char16_t unit) {
    char lo = static_cast<char>(unit & 0xFF), hi = static_cast<char>(unit >> 8);
    bytes += little_endian ? lo : hi;
    bytes += little_endian ? hi : lo;
  };
  if (bom) put(0xFEFF);
  for (char16_t unit : text) put(unit);
  return bytes;
}

TEST(DecoderTest, Utf8PassesThroughUnchangedWithBom) {
  for (std::string input :
       {std::string("Hà Nội"), std::string("\xEF\xBB\xBFHà Nội"), std::string()}) {
    SCOPED_TRACE(input);
    StatusOr<DecodedText> decoded = Decode(input);
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(decoded->text, input);
    EXPECT_EQ(decoded->encoding, "utf-8");
    EXPECT_TRUE(decoded->warnings.empty());
  }
}

TEST(DecoderTest, Utf16WithBomIsConverted) {
  for (bool little_endian : {true, false}) {
    SCOPED_TRACE(little_endian ? "LE" : "BE");
    StatusOr<DecodedText> decoded = Decode(Utf16(u"Đắk Lắk có 12 chi bộ", little_endian, true));
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(decoded->text, "Đắk Lắk có 12 chi bộ");
    EXPECT_EQ(decoded->encoding, little_endian ? "utf-16le" : "utf-16be");
  }
}

TEST(DecoderTest, Utf16WithoutBomIsDetectedFromNulPattern) {
  StatusOr<DecodedText> decoded = Decode(Utf16(u"Chi bộ thôn 3 có 25 đảng viên.", true, false));
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->encoding, "utf-16le");
  EXPECT_EQ(decoded->text, "Chi bộ thôn 3 có 25 đảng viên.");
}

struct DamageCase {
  std::string input;
  std::string first_warning;
};

TEST(DecoderTest, InvalidUtf8IsReportedWithByteOffsetAndKept) {
  const DamageCase cases[] = {
      {"\x80xã Hòa", "invalid UTF-8 at byte 0"},  // stray byte at start
      {"Hòa\xFF"
       "Bình",
       "invalid UTF-8 at byte 4"},                        // middle
      {"Hòa Bình\xC3", "invalid UTF-8 at byte 10"},       // end
      {"Nội\xE1\xBB", "invalid UTF-8 at byte 5"},         // truncated sequence at end
      {"ab\xC0\xAF", "invalid UTF-8 at byte 2"},          // overlong '/'
      {"ab\xE0\x80\xAF", "invalid UTF-8 at byte 2"},      // overlong, 3 bytes
      {"ab\xED\xA0\x80", "invalid UTF-8 at byte 2"},      // surrogate U+D800
      {"ab\xF4\x90\x80\x80", "invalid UTF-8 at byte 2"},  // above U+10FFFF
  };
  for (const DamageCase& c : cases) {
    SCOPED_TRACE(testing::PrintToString(c.input));
    StatusOr<DecodedText> decoded = Decode(c.input);
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(decoded->text, c.input);
    ASSERT_FALSE(decoded->warnings.empty());
    EXPECT_EQ(decoded->warnings[0], c.first_warning);
  }
}

TEST(DecoderTest, WarningsAreCappedWithACount) {
  std::string input;
  for (int i = 0; i < 25; ++i) input += "x\xFF";
  StatusOr<DecodedText> decoded = Decode(input);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  ASSERT_EQ(decoded->warnings.size(), 11u);
  EXPECT_EQ(decoded->warnings[9], "invalid UTF-8 at byte 19");
  EXPECT_THAT(decoded->warnings[10], HasSubstr("15 more"));
  EXPECT_THAT(decoded->warnings[10], HasSubstr("25 in all"));
}

TEST(DecoderTest, BinaryFilesAreRefusedWithAReason) {
  const std::pair<std::string, std::string> cases[] = {
      {std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "PNG"},
      {std::string("\x7F"
                   "ELF\x02\x01\x01\0\0\0",
                   10),
       "ELF"},
      {std::string("%PDF-1.7\n"), "PDF"},
      {std::string(200, '\0') + "abc" + std::string(100, '\0') + "Hà Nội", "NUL"},
  };
  for (const auto& [input, reason] : cases) {
    SCOPED_TRACE(testing::PrintToString(input));
    StatusOr<DecodedText> decoded = Decode(input);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(std::string(decoded.status().message()), HasSubstr(reason));
  }
}

TEST(DecoderTest, AStrayNulInTextIsTolerated) {
  std::string input = "Chi bộ có 25 đảng viên, " + std::string(1, '\0') +
                      "trong đó 7 đảng viên nữ. Đảng ủy xã giao chỉ tiêu kết nạp mới cho năm sau.";
  StatusOr<DecodedText> decoded = Decode(input);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->text, input);
}

TEST(DecoderTest, ExplicitEncodings) {
  DecodeOptions latin1;
  latin1.encoding = "ISO-8859-1";
  StatusOr<DecodedText> decoded = Decode("caf\xE9", latin1);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->text, "café");

  DecodeOptions unknown;
  unknown.encoding = "no-such-encoding";
  decoded = Decode("abc", unknown);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(decoded.status().message()), HasSubstr("no-such-encoding"));
}

}  // namespace
}  // namespace vnie
