#include "text/legacy_codec.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/legacy_viqr.h"
#include "text/utf8.h"
#include "text/vietnamese_letters.h"
#include "text/icu_nfc.h"

namespace vnie {
namespace {

using testing::HasSubstr;

// The 134 letters Vietnamese writes beyond ASCII: 12 vowels (a ă â e ê i o ô
// ơ u ư y) x 6 tones x 2 cases, less the 12 plain ASCII vowels, plus đ Đ.
std::vector<std::string> VietnameseLetters() {
  struct Vowel {
    char base;
    uint8_t modifier;
  };
  const Vowel vowels[] = {{'a', kNoModifier}, {'a', kBreve},      {'a', kCircumflex},
                          {'e', kNoModifier}, {'e', kCircumflex}, {'i', kNoModifier},
                          {'o', kNoModifier}, {'o', kCircumflex}, {'o', kHorn},
                          {'u', kNoModifier}, {'u', kHorn},       {'y', kNoModifier}};
  std::vector<std::string> letters;
  for (bool upper : {false, true}) {
    for (const Vowel& v : vowels) {
      for (uint8_t tone = kNoTone; tone <= kDotBelow; ++tone) {
        if (v.modifier == kNoModifier && tone == kNoTone) continue;
        std::string letter;
        AppendUtf8(ComposeLetter(v.base, v.modifier, tone, upper), &letter);
        letters.push_back(letter);
      }
    }
    letters.push_back(upper ? "Đ" : "đ");
  }
  return letters;
}

TEST(LegacyCodecTest, ThereAre134Letters) { EXPECT_EQ(VietnameseLetters().size(), 134u); }

TEST(LegacyCodecTest, EveryTableRoundTripsEveryVietnameseLetter) {
  for (const char* name : {"tcvn3", "vni", "viscii", "windows-1258"}) {
    const LegacyCodec* codec = LegacyCodec::Find(name);
    ASSERT_NE(codec, nullptr) << name;
    for (const std::string& letter : VietnameseLetters()) {
      SCOPED_TRACE(std::string(name) + " " + letter);
      // Alone, after a consonant and before one, so VNI's base+mark pairs
      // meet their neighbours.
      for (const std::string& text : {letter, "th" + letter + "ng", letter + letter}) {
        std::string bytes, decoded;
        EXPECT_EQ(codec->Encode(text, &bytes), 0u) << text;
        EXPECT_EQ(codec->Decode(bytes, &decoded), 0u) << text;
        EXPECT_EQ(IcuNfc(decoded), text);
      }
    }
  }
}

TEST(LegacyCodecTest, ViqrRoundTripsEveryVietnameseLetter) {
  for (const std::string& letter : VietnameseLetters()) {
    // VIQR applies marks only inside syllables, so each letter goes into
    // syllables of its own case.
    const bool upper = LookupLetter(DecodeUtf8(letter, 0).code_point).upper;
    std::vector<std::string> texts;
    if (letter == "đ" || letter == "Đ") {
      texts = {letter + "a ba", letter + "\xC3\xB4ng"};  // đa, đông
    } else if (upper) {
      texts = {"NH" + letter + "N", "L" + letter + " BA"};
    } else {
      texts = {"nh" + letter + "n", "l" + letter + " ba"};
    }
    for (const std::string& text : texts) {
      const std::string viqr = EncodeViqr(text);
      EXPECT_EQ(DecodeViqr(viqr).text, text) << viqr;
    }
  }
}

struct KnownCase {
  const char* codec;
  std::string bytes;
  std::string text;
};

TEST(LegacyCodecTest, DecodesKnownWords) {
  const KnownCase cases[] = {
      {"tcvn3", "Vi\xD6t Nam", "Việt Nam"},
      {"tcvn3", "\xA7\xB6ng b\xE9 x\xB7", "Đảng bộ xã"},
      {"tcvn3", "Tr\xAD\xEAng \x93m\xEAi\x94", "Trường “mời”"},  // quotes stay windows-1252
      // Capitals typed in the capitals font: only all-capital words are raised.
      {"tcvn3", "B\xB8O C\xB8O T\xC6NG K\xD5T", "BÁO CÁO TẶNG KẾT"},
      {"tcvn3",
       "B\xE9 Qu\xE8"
       "c ph\xDFng",
       "Bộ Quốc phòng"},
      {"vni", "Vie\xE4t Nam", "Việt Nam"},
      {"vni",
       "\xD1"
       "a\xFBng vie\xE2n",
       "Đảng viên"},
      {"vni", "Tr\xF6\xF4\xF8ng", "Trường"},
      {"vni", "VIE\xC4T", "VIỆT"},
      {"vni", "VIE\xE4T", "VIỆT"},  // lower-case mark after a capital
      {"vni",
       "k\xF2p th\xF6\xF4\xF9"
       "c",
       "kịp thước"},
      {"viscii", "Vi\xAEt Nam", "Việt Nam"},
      {"viscii", "\x02", "Ẳ"},
      {"windows-1258", "Vi\xEA\xF2t", "Vi\xC3\xAA\xCC\xA3t"},  // ê + combining dot below
  };
  for (const KnownCase& c : cases) {
    SCOPED_TRACE(std::string(c.codec) + " " + testing::PrintToString(c.bytes));
    std::string decoded;
    EXPECT_EQ(LegacyCodec::Find(c.codec)->Decode(c.bytes, &decoded), 0u);
    EXPECT_EQ(decoded, c.text);
  }
}

TEST(LegacyCodecTest, UnencodableCharactersAreReplacedAndCounted) {
  std::string bytes;
  EXPECT_EQ(LegacyCodec::Find("tcvn3")->Encode("Hà 😀 ñ", &bytes), 2u);
  EXPECT_EQ(bytes, "H\xB5 ? ?");
}

TEST(LegacyCodecTest, TableErrorsNameFileAndLine) {
  const std::pair<std::string, std::string> cases[] = {
      {"B8\tU+00E1\n", "t.tsv:1: the first line must be 'base'"},
      {"base\tascii\nB8\tU+00E1\tà\n", "t.tsv:2: U+00E1 is 'á', not 'à'"},
      {"base\tascii\nZZ\tU+00E1\n", "t.tsv:2: bad byte 'ZZ'"},
      {"base\tascii\n61 E2\tU+00E2\n61 E2\tU+00E2\n", "t.tsv:3: byte pair listed twice"},
      {"base\tno-such-converter\n", "t.tsv:1:"},
  };
  for (const auto& [tsv, message] : cases) {
    SCOPED_TRACE(tsv);
    StatusOr<LegacyCodec> codec = LegacyCodec::Parse("t", "t.tsv", tsv);
    ASSERT_FALSE(codec.ok());
    EXPECT_THAT(std::string(codec.status().message()), HasSubstr(message));
  }
}

TEST(LegacyCodecTest, UnknownNameHasNoCodec) { EXPECT_EQ(LegacyCodec::Find("koi8-r"), nullptr); }

}  // namespace
}  // namespace vnie

namespace vnie {
namespace {

TEST(LegacyCodecTest, Windows1252ByteIsTheCodePageInverse) {
  EXPECT_EQ(LegacyCodec::Windows1252Byte(U'a'), 'a');
  EXPECT_EQ(LegacyCodec::Windows1252Byte(U'\u00E9'), 0xE9);  // é, Latin-1 half
  EXPECT_EQ(LegacyCodec::Windows1252Byte(U'\u00A0'), 0xA0);
  EXPECT_EQ(LegacyCodec::Windows1252Byte(U'\u20AC'), 0x80);  // €
  EXPECT_EQ(LegacyCodec::Windows1252Byte(U'\u0192'), 0x83);  // ƒ
  EXPECT_EQ(LegacyCodec::Windows1252Byte(U'\u2122'), 0x99);  // ™, the highest
  EXPECT_EQ(LegacyCodec::Windows1252Byte(U'\u0081'), 0x81);  // unassigned: itself
  EXPECT_EQ(LegacyCodec::Windows1252Byte(U'\u0103'), -1);    // ă
  EXPECT_EQ(LegacyCodec::Windows1252Byte(U'\u1EA1'), -1);    // ạ
  EXPECT_EQ(LegacyCodec::Windows1252Byte(U'\u2123'), -1);
  // Every byte ICU's windows-1252 defines decodes to a code point that maps back to it.
  StatusOr<LegacyCodec> codec = LegacyCodec::FromIcu("windows-1252", "windows-1252");
  ASSERT_TRUE(codec.ok()) << codec.status();
  int defined = 0;
  for (int b = 0x80; b < 0x100; ++b) {
    std::string decoded;
    if (codec->Decode(std::string(1, static_cast<char>(b)), &decoded) > 0) continue;  // undefined
    Utf8Char c = DecodeUtf8(decoded, 0);
    ASSERT_TRUE(c.valid && static_cast<size_t>(c.length) == decoded.size()) << b;
    EXPECT_EQ(LegacyCodec::Windows1252Byte(c.code_point), b) << std::hex << b;
    ++defined;
  }
  EXPECT_GE(defined, 123);
}

}  // namespace
}  // namespace vnie
