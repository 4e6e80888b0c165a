// Tests for output/json_string.h: our one-pass escaper must write what
// RapidJSON's own Writer::String writes for the repaired text (differential
// test), at every alignment of the eight-byte fast path.
#include "output/json_string.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>
#include <string>

#include "output/utf8_repair.h"
#include "rapidjson/stringbuffer.h"
#include "rapidjson/writer.h"

namespace vnie {
namespace {

std::string Escape(std::string_view text) {
  std::string out(MaxJsonStringSize(text.size()), '\0');
  char* end = EscapeJsonString(text, out.data());
  out.resize(static_cast<size_t>(end - out.data()));
  return out;
}

std::string RapidJsonEscape(std::string_view text) {
  std::string valid = RepairUtf8(text);
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(valid.data(), static_cast<rapidjson::SizeType>(valid.size()));
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string Hex(std::string_view bytes) {
  std::string out;
  char buffer[4];
  for (unsigned char c : bytes) {
    std::snprintf(buffer, sizeof buffer, "%02x ", c);
    out += buffer;
  }
  return out;
}

TEST(EscapeJsonStringTest, KnownStrings) {
  struct Case {
    std::string in;
    std::string out;
  };
  const Case cases[] = {
      {"", R"("")"},
      {"plain ascii text longer than eight", R"("plain ascii text longer than eight")"},
      {"1234567\"", R"("1234567\"")"},
      {"12345678\\x", R"("12345678\\x")"},
      {"abcdefg\x1f", R"("abcdefg\u001F")"},
      {"Chi bộ Trường Mầm non", "\"Chi bộ Trường Mầm non\""},
      {"ab\xC3", "\"ab\uFFFD\""},
      {"\x7f", "\"\x7f\""},
  };
  for (const Case& c : cases) EXPECT_EQ(Escape(c.in), c.out) << "bytes " << Hex(c.in);
}

TEST(EscapeJsonStringTest, AgreesWithRapidJsonOnRandomBytes) {
  // Bytes drawn mostly from the troublesome ones: controls, quote, backslash,
  // UTF-8 lead and continuation bytes, and Vietnamese letters.
  const std::string pieces[] = {"a",    "Z",    " ",    "\"",       "\\",          "\n",
                                "\x01", "\x1f", "\x7f", "\x80",     "\xbf",        "\xc2",
                                "\xe1", "\xed", "\xf0", "\xf4",     "\xff",        "ư",
                                "ệ",    "Đ",    "😀",    "\xe1\xba", "\xed\xa0\x80"};
  std::mt19937 random(20240517);
  std::uniform_int_distribution<size_t> piece(0, std::size(pieces) - 1), length(0, 40);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    for (size_t n = length(random); n > 0; --n) text += pieces[piece(random)];
    ASSERT_EQ(Escape(text), RapidJsonEscape(text)) << "bytes " << Hex(text);
  }
}

}  // namespace
}  // namespace vnie

namespace vnie {
namespace {

TEST(JsonQuoteTest, QuotesEscapesAndRepairs) {
  EXPECT_EQ(JsonQuote("a\"b\n"), "\"a\\\"b\\n\"");
  EXPECT_EQ(JsonQuote("Đảng\xff"), "\"Đảng\xEF\xBF\xBD\"");
  EXPECT_EQ(JsonQuote(""), "\"\"");
}

}  // namespace
}  // namespace vnie
