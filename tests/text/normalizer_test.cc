#include "text/normalizer.h"

#include <gtest/gtest.h>
#include <utf8proc.h>

#include <string>
#include <vector>

#include "text/press_text.h"
#include "text/utf8.h"
#include "unicode/normalizer2.h"
#include "unicode/unistr.h"
#include "text/icu_nfc.h"

namespace vnie {
namespace {

struct Case {
  std::string input;
  std::string expected;
};

std::string Nfd(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::string out;
  nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), text.size())), status)
      .toUTF8String(out);
  return out;
}

std::string ReplaceAll(std::string text, std::string_view from, std::string_view to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

void ExpectNormalizes(const Normalizer& normalizer, const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(normalizer.Normalize(c.input).text, c.expected) << "input: " << c.input;
  }
}

TEST(NormalizerTest, CharacterRulesFoldLookAlikesSpacesDashesQuotes) {
  Normalizer normalizer;
  ExpectNormalizes(
      normalizer,
      {
          {"\xC3\x90\xE1\xBA\xA3ng \xC6\x89\xE1\xBA\xA1i", "Đảng Đại"},    // Ð Ɖ
          {"\xC3\xB0\xE1\xBB\x93ng \xC9\x96\xE1\xBB\x93ng", "đồng đồng"},  // ð ɖ
          {"Tr\xC6\xA3\xE1\xBB\x9Dng \xC6\xA2", "Trường Ư"},               // ƣ Ƣ
          {"to\xCD\x80\xCC\x81", "tó"},  // U+0340 -> U+0300; of two tones the last stays
          {"Hà\xC2\xA0Nội", "Hà Nội"},
          {"12\xE2\x80\xAF"
           "000 người",
           "12 000 người"},                                    // narrow NBSP
          {"Hà\xE2\x80\x89Nội\xE3\x80\x80mới", "Hà Nội mới"},  // thin, ideographic
          {"chi   bộ  \xC2\xA0 thôn", "chi bộ thôn"},          // runs collapse
          {"chi\nbộ\n\n thôn", "chi\nbộ\n\n thôn"},            // newlines kept
          {"a\tb\rc", "a\tb\rc"},
          {"Đảng\xE2\x80\x8B ủy", "Đảng ủy"},            // ZWSP
          {"\xEF\xBB\xBFHà\xEF\xBB\xBF Nội", "Hà Nội"},  // BOM anywhere
          {"hoàn\xC2\xADthành", "hoànthành"},            // soft hyphen
          {"2020\xE2\x80\x93"
           "2025 \xE2\x80\x94 \xE2\x88\x92"
           "5",
           "2020-2025 - -5"},
          {"\xE2\x80\x98"
           "a\xE2\x80\x99 \xE2\x80\x9C"
           "b\xE2\x80\x9D \xE2\x80\x9E"
           "c",
           "'a' \"b\" \"c"},
          {"chờ\xE2\x80\xA6", "chờ..."},
          {"\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x81", "AB12!"},  // full width
          {"M\xE2\x80\x99\xC4\x90r\xE1\xBA\xAFk", "M'Đrắk"},
          {"a\x01"
           "b\x0C"
           "c\x7F"
           "d\xC2\x85"
           "e",
           "a b\nc d\ne"},                  // controls
          {std::string("a\0b", 3), "a b"},  // NUL -> space
      });
}

TEST(NormalizerTest, CharacterRulesLeaveOrdinaryTextAlone) {
  Normalizer normalizer;
  for (std::string text :
       {"Đảng ủy - \"chi bộ\" 'mới'...", "ABC123!", "Hà Nội\n\nĐà Nẵng", "Đ đ Ư ư"}) {
    NormalizedText n = normalizer.Normalize(text);
    EXPECT_EQ(n.text, text);
    EXPECT_TRUE(n.map.is_identity()) << "input: " << text;
  }
}

TEST(NormalizerTest, InvalidUtf8BecomesReplacementMappedToTheBadBytes) {
  Normalizer normalizer;
  std::string input =
      "Hòa\xFF"
      "Bình\xE1\xBB";
  NormalizedText n = normalizer.Normalize(input);
  EXPECT_EQ(n.text,
            "Hòa\xEF\xBF\xBD"
            "Bình\xEF\xBF\xBD");
  EXPECT_TRUE(IsValidUtf8(n.text));
  EXPECT_EQ(n.map.ToOriginal({4, 7}), (ByteSpan{4, 5}));
  EXPECT_EQ(n.map.ToOriginal({12, 15}), (ByteSpan{10, 12}));
  EXPECT_EQ(n.map.ToOriginal({7, 12}), (ByteSpan{5, 10}));
}

TEST(NormalizerTest, NfcComposesDecomposedAndMixedMarks) {
  Normalizer normalizer;
  ExpectNormalizes(
      normalizer,
      {
          {"Vie\xCC\xA3\xCC\x82t Nam", "Việt Nam"},     // canonical order: dot below first
          {"Vie\xCC\x82\xCC\xA3t Nam", "Việt Nam"},     // circumflex first
          {"Vi\xC3\xAA\xCC\xA3t Nam", "Việt Nam"},      // composed ê + combining dot
          {"Vi\xE1\xBA\xB9\xCC\x82t Nam", "Việt Nam"},  // composed ẹ + combining circumflex
          {"ngu\xCC\x9Bo\xCC\x9B\xCC\x80i", "người"},
      });
}

TEST(NormalizerTest, TonesMoveToTheVowelOrthographyGivesThem) {
  Normalizer normalizer;
  ExpectNormalizes(
      normalizer,
      {
          {"nôị", "nội"},     {"thơì", "thời"}, {"hòang", "hoàng"},   {"TAỊ", "TẠI"},
          {"Tạị", "Tại"},     {"hoà", "hòa"},   {"thuỷ", "thủy"},     {"khoẻ", "khỏe"},
          {"HOÀ", "HÒA"},     {"Thuý", "Thúy"}, {"qúy", "quý"},       {"Qủa", "Quả"},
          {"gịa", "giạ"},     {"tíêp", "tiếp"}, {"Chuỷên", "Chuyển"}, {"ngừơi", "người"},
          {"khuyá", "khuýa"}, {"baỏ", "bảo"},   {"Ủân", "Uẩn"},       {"lưạ", "lựa"},
          {"Hóang", "Hoáng"}, {"xoắn", "xoắn"}, {"uý", "úy"},         {"ngóay", "ngoáy"},
      });
}

TEST(NormalizerTest, NewStylePutsToneOnTheSecondVowelOfOaOeUy) {
  NormalizerOptions options;
  options.tone_style = ToneStyle::kNew;
  Normalizer normalizer(options);
  ExpectNormalizes(normalizer, {
                                   {"hòa", "hoà"},
                                   {"thủy", "thuỷ"},
                                   {"khỏe", "khoẻ"},
                                   {"HÒA", "HOÀ"},
                                   {"úy", "uý"},
                                   {"hoàng", "hoàng"},
                                   {"quý", "quý"},
                                   {"của", "của"},
                                   {"tòan", "toàn"},
                               });
}

TEST(NormalizerTest, TwoToneMarksKeepTheLastOne) {
  Normalizer normalizer;
  ExpectNormalizes(normalizer, {
                                   {"dàì", "dài"},
                                   {"tủổi", "tuổi"},
                                   {"nóì", "nòi"},
                                   {"a\xCC\x81\xCC\x80", "à"},
                                   {"to\xCC\x80\xCC\x80", "tò"},
                               });
}

TEST(NormalizerTest, HornIsRepairedInUoBeforeAFinal) {
  Normalizer normalizer;
  ExpectNormalizes(normalizer, {
                                   {"Mựơn", "Mượn"},
                                   {"suớt", "sướt"},
                                   {"Chuơng", "Chương"},
                                   {"huỡn", "hưỡn"},
                                   {"lưong", "lương"},
                                   {"tuơi", "tươi"},
                                   {"TRUỜNG", "TRƯỜNG"},
                                   // Twins: thuở and huơ are words; quơ is qu + ơ.
                                   {"thuở", "thuở"},
                                   {"huơ", "huơ"},
                                   {"quơ", "quơ"},
                               });
}

TEST(NormalizerTest, SpellingOfFrontOnlyInitialsIsRepaired) {
  Normalizer normalizer;
  ExpectNormalizes(normalizer, {
                                   {"nghành", "ngành"},
                                   {"Nghạch", "Ngạch"},
                                   {"ghà", "gà"},
                                   {"nghiêng", "nghiêng"},
                                   {"ghế", "ghế"},  // twins
                               });
}

TEST(NormalizerTest, WordsThatAreNotVietnameseSyllablesAreLeftAlone) {
  Normalizer normalizer;
  for (std::string text : {
           "QĐ-BGDĐT",
           "Số 12/2024/NĐ-CP",
           "https://baomoi.vn/hoà-bình-tòan-tỉnh.html",
           "toà.soạn@hoà.vn",
           "www.hoà.vn/tòan",
           "café",
           "Pokémon",
           "naïve",
           "F5à",
           "hoà2",
           "2hoà",
           "Ελλάδα",
           "Пhoà",
           "ĐắkLắk",
           "x_hoà",
       }) {
    EXPECT_EQ(normalizer.Normalize(text).text, text) << "input: " << text;
  }
}

TEST(NormalizerTest, RepairCanBeTurnedOff) {
  NormalizerOptions options;
  options.repair_syllables = false;
  Normalizer normalizer(options);
  ExpectNormalizes(normalizer, {{"ho\xCC\x80"
                                 "a\xC2\xA0nôị",
                                 "hòa nôị"},
                                {"hoà", "hoà"}});
}

TEST(NormalizerTest, AlreadyNormalizedTextTakesTheFastPath) {
  Normalizer normalizer;
  for (std::string_view paragraph : kPressParagraphs) {
    NormalizedText n = normalizer.Normalize(paragraph);
    EXPECT_EQ(n.text, paragraph);
    EXPECT_TRUE(n.map.is_identity()) << "input: " << paragraph;
    EXPECT_EQ(n.map.piece_count(), 1u) << "input: " << paragraph;
  }
  NormalizedText ascii = normalizer.Normalize("Party cell No. 3 has 25 members.");
  EXPECT_TRUE(ascii.map.is_identity());
}

// Variants a document may use for the same sentence.
std::vector<std::string> Variants(std::string_view canonical) {
  std::string text(canonical);
  std::vector<std::string> variants;
  variants.push_back(Nfd(text));
  // New tone style.
  std::string new_style = text;
  for (auto [from, to] : std::vector<std::pair<std::string_view, std::string_view>>{
           {"Hòa", "Hoà"}, {"Thủy", "Thuỷ"}, {"Khỏe", "Khoẻ"}, {"thủy", "thuỷ"}}) {
    new_style = ReplaceAll(new_style, from, to);
  }
  variants.push_back(new_style);
  // Input-method slips: tone on the wrong vowel, missing horn.
  std::string slips = text;
  for (auto [from, to] :
       std::vector<std::pair<std::string_view, std::string_view>>{{"hoàn", "hòan"},
                                                                  {"nội", "nôị"},
                                                                  {"người", "ngừơi"},
                                                                  {"tiếp", "tíêp"},
                                                                  {"Tại", "Taị"},
                                                                  {"được", "đựơc"},
                                                                  {"thường", "thừong"},
                                                                  {"tuyến", "tuýên"},
                                                                  {"Khỏe", "Khoẻ"},
                                                                  {"chuyển", "chuỷên"}}) {
    slips = ReplaceAll(slips, from, to);
  }
  variants.push_back(slips);
  variants.push_back(Nfd(slips));
  // Exotic spaces, invisible characters, look-alike Đ.
  const char* spaces[] = {"\xC2\xA0",     "\xE2\x80\x89",  "  ",          "\xE3\x80\x80",
                          "\xE2\x80\xAF", " \xE2\x80\x8B", "\xE2\x80\x8A"};
  std::string spaced;
  int k = 0;
  for (char c : text) {
    if (c == ' ') {
      spaced += spaces[k++ % 7];
    } else {
      spaced += c;
    }
  }
  variants.push_back(ReplaceAll(spaced, "Đ", "\xC3\x90"));
  variants.push_back("\xEF\xBB\xBF" + ReplaceAll(Nfd(new_style), " ", "\xC2\xA0 "));
  return variants;
}

TEST(NormalizerTest, EveryVariantOfASentenceNormalizesToTheSameBytes) {
  Normalizer normalizer;
  for (std::string_view paragraph : kPressParagraphs) {
    for (const std::string& variant : Variants(paragraph)) {
      EXPECT_EQ(normalizer.Normalize(variant).text, paragraph) << "input: " << variant;
    }
  }
}

TEST(NormalizerTest, OffsetMapPointsInsideOriginalAndRoundTrips) {
  Normalizer normalizer;
  for (std::string_view paragraph : kPressParagraphs) {
    for (const std::string& variant : Variants(paragraph)) {
      SCOPED_TRACE(variant);
      NormalizedText n = normalizer.Normalize(variant);
      ASSERT_EQ(n.map.normalized_size(), n.text.size());
      ASSERT_EQ(n.map.original_size(), variant.size());
      // Code point by code point: inside the original, monotonic, non-empty.
      ByteSpan previous{0, 0};
      for (size_t i = 0; i < n.text.size();) {
        size_t length = static_cast<size_t>(DecodeUtf8(n.text, i).length);
        ByteSpan original = n.map.ToOriginal({i, i + length});
        EXPECT_LT(original.begin, original.end) << "at " << i;
        EXPECT_LE(original.end, variant.size());
        EXPECT_GE(original.begin, previous.begin);
        EXPECT_GE(original.end, previous.end);
        previous = original;
        i += length;
      }
      // Token by token: the original piece normalizes back to the token.
      size_t start = 0;
      while (start < n.text.size()) {
        size_t end = n.text.find(' ', start);
        if (end == std::string::npos) end = n.text.size();
        if (end > start) {
          ByteSpan original = n.map.ToOriginal({start, end});
          EXPECT_EQ(normalizer.Normalize(original.In(variant)).text,
                    n.text.substr(start, end - start))
              << "original piece: " << original.In(variant);
        }
        start = end + 1;
      }
    }
  }
}

TEST(NormalizerTest, Utf8procAndIcuAgreeOnNfc) {
  for (std::string_view paragraph : kPressParagraphs) {
    for (const std::string& variant : Variants(paragraph)) {
      std::string nfd = Nfd(variant);
      utf8proc_uint8_t* composed =
          utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(nfd.c_str()));
      ASSERT_NE(composed, nullptr);
      std::string by_utf8proc(reinterpret_cast<char*>(composed));
      free(composed);
      EXPECT_EQ(by_utf8proc, IcuNfc(nfd)) << "input: " << variant;
    }
  }
}

TEST(RemoveDiacriticsTest, StripsMarksAndMapsEachLetterBack) {
  std::string input = "Nguyễn Thị Thủy, Đắk Lắk, ưu tiên";
  NormalizedText n = RemoveDiacritics(input);
  EXPECT_EQ(n.text, "Nguyen Thi Thuy, Dak Lak, uu tien");
  size_t dak = n.text.find("Dak");
  EXPECT_EQ(n.map.ToOriginal({dak, dak + 3}).In(input), "Đắk");
  EXPECT_EQ(n.map.ToOriginal({dak + 1, dak + 2}).In(input), "ắ");
  NormalizedText ascii = RemoveDiacritics("plain text");
  EXPECT_TRUE(ascii.map.is_identity());
}

}  // namespace
}  // namespace vnie

namespace vnie {
namespace {

// Damaged input of every kind: random bytes biased towards UTF-8 lead and
// continuation bytes, combining marks and the characters rules act on.
TEST(NormalizerTest, ArbitraryBytesGiveValidTextAndAConsistentMap) {
  const std::string pieces[] = {"a",        " ",  "  ",          "\xC3",     "\xA0",
                                "\xCC\x81", "o",  "\xE1",        "\xBB\x87", "\xEF\xBB\xBF",
                                "\xC2\xA0", "ư",  "ơ",           "ngh",      "\x80",
                                "\xF0\x9F", "\t", "\xE2\x80\x8B"};
  Normalizer normalizers[2] = {Normalizer(), Normalizer({ToneStyle::kNew, true})};
  uint32_t state = 12345;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return state >> 16;
  };
  for (int round = 0; round < 3000; ++round) {
    std::string input;
    const int length = static_cast<int>(next() % 12);
    for (int k = 0; k < length; ++k) {
      input += next() % 4 == 0 ? std::string(1, static_cast<char>(next() & 0xFF))
                               : pieces[next() % std::size(pieces)];
    }
    for (const Normalizer& normalizer : normalizers) {
      NormalizedText n = normalizer.Normalize(input);
      ASSERT_TRUE(IsValidUtf8(n.text)) << "input: " << testing::PrintToString(input);
      ASSERT_EQ(n.map.normalized_size(), n.text.size()) << testing::PrintToString(input);
      ASSERT_EQ(n.map.original_size(), input.size()) << testing::PrintToString(input);
      for (size_t b = 0; b <= n.text.size(); ++b) {
        ByteSpan o = n.map.ToOriginal({b, n.text.size()});
        ASSERT_LE(o.begin, o.end) << testing::PrintToString(input);
        ASSERT_LE(o.end, input.size()) << testing::PrintToString(input);
      }
      // Idempotent: normalized text is a fixed point.
      ASSERT_EQ(normalizer.Normalize(n.text).text, n.text) << testing::PrintToString(input);
    }
  }
}

}  // namespace
}  // namespace vnie
