// Decode() on legacy encodings, VIQR, mojibake, forced names and hints.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "text/decoder.h"
#include "text/encoding_mojibake.h"
#include "text/encoding_score.h"
#include "text/legacy_codec.h"
#include "text/utf8.h"

namespace vnie {
namespace {

using testing::HasSubstr;

std::string Encoded(const char* codec, const std::string& text) {
  std::string bytes;
  LegacyCodec::Find(codec)->Encode(text, &bytes);
  return bytes;
}

// TCVN3 text as a converter that took its bytes for windows-1252 saved it.
std::string Tcvn3ReadAs1252(const std::string& text) {
  std::string bytes = Encoded("tcvn3", text), out;
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    // Latin-1 and windows-1252 agree on A0..FF, which is all TCVN3 letters use.
    AppendUtf8(b < 0x80 || b >= 0xA0 ? static_cast<char32_t>(b) : U'?', &out);
  }
  return out;
}

TEST(EncodingDecodeTest, ForcedNamesAndAliases) {
  const std::string text = "Chi bộ thôn Đồng Tâm có 31 đảng viên";
  const std::pair<const char*, const char*> cases[] = {
      {"tcvn3", "tcvn3"},   {"ABC", "tcvn3"},           {"vni", "vni"},
      {"VISCII", "viscii"}, {"cp1258", "windows-1258"}, {"windows-1258", "windows-1258"},
  };
  for (const auto& [name, canonical] : cases) {
    SCOPED_TRACE(name);
    DecodeOptions options;
    options.encoding = name;
    StatusOr<DecodedText> decoded = Decode(Encoded(canonical, text), options);
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(decoded->encoding, canonical);
    // windows-1258 keeps tone marks apart; compare letters through the scorer.
    if (std::string(canonical) != "windows-1258") {
      EXPECT_EQ(decoded->text, text);
    }
    EXPECT_EQ(TallyWords(decoded->text).other, 0u) << decoded->text;
  }
}

TEST(EncodingDecodeTest, ForcedViqr) {
  DecodeOptions options;
  options.encoding = "viqr";
  StatusOr<DecodedText> decoded =
      Decode("Chi bo^. tho^n DDo^`ng Ta^m co' 31 dda?ng vie^n.", options);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->encoding, "viqr");
  EXPECT_EQ(decoded->text, "Chi bộ thôn Đồng Tâm có 31 đảng viên.");
}

TEST(EncodingDecodeTest, UnknownForcedNameIsNamedInTheError) {
  DecodeOptions options;
  options.encoding = "vni-dos-9";
  StatusOr<DecodedText> decoded = Decode("abc", options);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(decoded.status().message()), HasSubstr("vni-dos-9"));
}

TEST(EncodingDecodeTest, ShortLegacyTextIsDetected) {
  const std::string text = "Đảng bộ xã Yên Lạc tổ chức đại hội nhiệm kỳ mới.";
  for (const char* name : {"tcvn3", "vni", "viscii", "windows-1258"}) {
    SCOPED_TRACE(name);
    StatusOr<DecodedText> decoded = Decode(Encoded(name, text));
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(decoded->encoding, name);
    ASSERT_FALSE(decoded->warnings.empty());
    EXPECT_THAT(decoded->warnings[0], HasSubstr("detected " + std::string(name)));
  }
}

TEST(EncodingDecodeTest, ShortAsciiStaysUtf8) {
  for (const std::string input :
       {"Hello.", "Chi bo co 25 dang vien.", "Is it? Yes. No! a^b + c", "x = (a+b)^2; y = 'c'"}) {
    SCOPED_TRACE(input);
    StatusOr<DecodedText> decoded = Decode(input);
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(decoded->encoding, "utf-8");
    EXPECT_EQ(decoded->text, input);
  }
}

TEST(EncodingDecodeTest, ViqrIsDetectedWhenMostWordsCarryMarks) {
  const std::string input =
      "Ddo^`ng chi' Bi' thu+ cho bie^'t chi bo^. ddang co' 25 dda?ng vie^n.\n";
  StatusOr<DecodedText> decoded = Decode(input);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->encoding, "viqr");
  EXPECT_EQ(decoded->text, "Đồng chí Bí thư cho biết chi bộ đang có 25 đảng viên.\n");
}

TEST(EncodingDecodeTest, HintDecidesWhenDetectionCannot) {
  // Pure ASCII: nothing to detect, but the page said VIQR.
  DecodeOptions viqr;
  viqr.hint = "VIQR";
  StatusOr<DecodedText> decoded = Decode("Ha` No^.i", viqr);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->encoding, "viqr");
  EXPECT_EQ(decoded->text, "Hà Nội");

  // Bytes no candidate reads as Vietnamese: the hint (windows-1252) is used.
  DecodeOptions latin;
  latin.hint = "windows-1252";
  decoded = Decode("Caf\xE9 cr\xE8me br\xFBl\xE9\x65", latin);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->text, "Café crème brûlée");
  EXPECT_THAT(decoded->warnings[0], HasSubstr("charset hint"));

  // A confident detection beats a wrong label.
  DecodeOptions wrong;
  wrong.hint = "utf-8";
  decoded = Decode(Encoded("tcvn3", "Ủy ban nhân dân huyện"), wrong);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->encoding, "tcvn3");
}

TEST(EncodingDecodeTest, PartialLegacyMojibakeIsReportedNotRepairedByDefault) {
  const std::string good = "Chi bộ thôn Nà Lừa có 19 đảng viên.\n";
  const std::string broken = Tcvn3ReadAs1252("2.1. Tình hình kinh tế - xã hội:") + "\n";
  StatusOr<DecodedText> decoded = Decode(good + broken + good);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->encoding, "utf-8");
  EXPECT_EQ(decoded->text, good + broken + good);
  ASSERT_EQ(decoded->warnings.size(), 1u);
  EXPECT_THAT(decoded->warnings[0], HasSubstr("tcvn3-mojibake"));

  DecodeOptions all;
  all.mojibake = MojibakeScope::kAll;
  decoded = Decode(good + broken + good, all);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->encoding, "tcvn3-mojibake");
  EXPECT_EQ(decoded->text, good + "2.1. Tình hình kinh tế - xã hội:\n" + good);
}

TEST(EncodingDecodeTest, WhollyBrokenUtf8IsRepaired) {
  // "Việt Nam" read as windows-1252, then "Đảng" likewise.
  StatusOr<DecodedText> decoded =
      Decode("Vi\xC3\xA1\xC2\xBB\xE2\x80\xA1t Nam, \xC3\x84\xC2\x90\xC3\xA1\xC2\xBA\xC2\xA3ng");
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->encoding, "utf-8-mojibake");
  EXPECT_EQ(decoded->text, "Việt Nam, Đảng");
}

TEST(EncodingDecodeTest, BrokenAWithGraveBeforeALostNoBreakSpaceIsRepaired) {
  // "và đảng viên": à is C3 A0, read as "Ã" + no-break space, which an editor
  // turned into an ordinary space.
  StatusOr<DecodedText> decoded = Decode(
      "Chi b\xC3\xA1\xC2\xBB\xE2\x84\xA2 v\xC3\x83  \xC3\x84\xE2\x80\x98\xC3\xA1\xC2\xBA"
      "\xC2\xA3ng vi\xC3\x83\xC2\xAAn");
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->encoding, "utf-8-mojibake");
  EXPECT_EQ(decoded->text, "Chi bộ và  đảng viên");
}

TEST(EncodingDecodeTest, LatinWordsInVietnameseTextAreLeftAlone) {
  for (const std::string input :
       {"Quán café Pokémon ở Hà Nội", "Kích thước 3×4 m, nhiệt độ 31°C", "NĐ-CP và QĐ-UBND",
        "Đội bóng Atlético và São Paulo", "Giá 5 € · phí ship ± 2 €"}) {
    SCOPED_TRACE(input);
    DecodeOptions all;
    all.mojibake = MojibakeScope::kAll;
    StatusOr<DecodedText> decoded = Decode(input, all);
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(decoded->encoding, "utf-8");
    EXPECT_EQ(decoded->text, input);
  }
}

TEST(EncodingDecodeTest, DamagedUtf8IsNotMistakenForALegacyEncoding) {
  // More valid UTF-8 letters than bad bytes: damage, kept with warnings.
  const std::string input = "Chi bộ có 25 đảng viên\xFF, trong đó 7 nữ.";
  StatusOr<DecodedText> decoded = Decode(input);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(decoded->encoding, "utf-8");
  EXPECT_EQ(decoded->text, input);
}

struct SyllableCase {
  const char* word;
  bool syllable;
};

TEST(EncodingScoreTest, SyllableShapes) {
  const SyllableCase cases[] = {
      {"hà", true},   {"Nội", true}, {"NGHIÊNG", true}, {"khuya", true},  {"gì", true},
      {"quốc", true}, {"Kạn", true}, {"hòa", true},     {"hoà", true},    {"T×nh", false},
      {"xỮ", false},  {"tÕ", false}, {"Vieät", false},  {"café", false},  {"hàà", false},
      {"bàt", false}, {"ce", false}, {"ngha", false},   {"Ñaûng", false}, {"", false},
  };
  for (const SyllableCase& c : cases) {
    EXPECT_EQ(IsVietnameseSyllable(c.word), c.syllable) << c.word;
  }
}

}  // namespace
}  // namespace vnie
