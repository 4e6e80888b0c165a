// Detection over our own corpus: every article, turned into each legacy
// encoding at run time, must be detected and decoded back.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/decoder.h"
#include "text/legacy_codec.h"
#include "text/legacy_viqr.h"
#include "text/utf8.h"
#include "text/icu_nfc.h"
#include "unicode/unistr.h"

namespace vnie {
namespace {

struct Article {
  std::string name;
  std::string text;  // NFC
};

std::vector<Article> CorpusArticles() {
  std::vector<Article> articles;
  const std::filesystem::path dir = std::filesystem::path(VNIE_SOURCE_DIR) / "corpus";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    articles.push_back({entry.path().filename().string(), IcuNfc(buffer.str())});
  }
  std::sort(articles.begin(), articles.end(),
            [](const Article& a, const Article& b) { return a.name < b.name; });
  return articles;
}

// `text` with each character the codec cannot write replaced by '?', as the
// encoder does: what a decoder can give back at best.
std::string Representable(const LegacyCodec& codec, const std::string& text) {
  std::string out, bytes;
  for (size_t i = 0; i < text.size();) {
    Utf8Char c = DecodeUtf8(text, i);
    std::string one(text.substr(i, c.length));
    i += c.length;
    bytes.clear();
    out += codec.Encode(one, &bytes) == 0 ? one : "?";
  }
  return out;
}

TEST(EncodingDetectionTest, CorpusHasArticles) { EXPECT_GE(CorpusArticles().size(), 20u); }

// Every corpus article, written in each legacy encoding, decodes back to what
// that encoding can represent of it; `forced` names the encoding instead of
// letting the decoder detect it.
void ExpectEveryArticleInEveryLegacyEncodingDecodes(bool forced) {
  for (const Article& article : CorpusArticles()) {
    for (const char* name : {"tcvn3", "vni", "viscii", "windows-1258"}) {
      SCOPED_TRACE(article.name + " as " + name);
      const LegacyCodec& codec = *LegacyCodec::Find(name);
      std::string bytes;
      codec.Encode(article.text, &bytes);
      DecodeOptions options;
      if (forced) options.encoding = name;
      StatusOr<DecodedText> decoded = Decode(bytes, options);
      ASSERT_TRUE(decoded.ok()) << decoded.status();
      EXPECT_EQ(decoded->encoding, name);
      EXPECT_EQ(IcuNfc(decoded->text), Representable(codec, article.text));
    }
  }
}

TEST(EncodingDetectionTest, EveryArticleInEveryLegacyEncodingIsDetectedAndDecoded) {
  ExpectEveryArticleInEveryLegacyEncodingDecodes(/*forced=*/false);
}

TEST(EncodingDetectionTest, ForcedLegacyEncodingsDecodeEveryArticle) {
  ExpectEveryArticleInEveryLegacyEncodingDecodes(/*forced=*/true);
}

// Words of `text` split on blanks, for comparisons that allow VIQR's one
// ambiguity (a dot-below or hook tone at the end of a line).
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

TEST(EncodingDetectionTest, EveryArticleInViqrIsDetectedAndNearlyAllWordsComeBack) {
  for (const Article& article : CorpusArticles()) {
    SCOPED_TRACE(article.name);
    const std::string viqr = EncodeViqr(article.text);
    StatusOr<DecodedText> decoded = Decode(viqr);
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(decoded->encoding, "viqr");
    // The expected text: what VIQR can write ('?' for the rest).
    std::string expected;
    for (size_t i = 0; i < article.text.size();) {
      Utf8Char c = DecodeUtf8(article.text, i);
      std::string one(article.text.substr(i, c.length));
      i += c.length;
      expected += EncodeViqr(one) != "?" || one == "?" ? one : "?";
    }
    const std::vector<std::string> want = Words(expected), got = Words(decoded->text);
    ASSERT_EQ(got.size(), want.size());
    size_t same = 0;
    std::string differences;
    for (size_t i = 0; i < want.size(); ++i) {
      if (want[i] == got[i]) {
        ++same;
      } else {
        differences += " " + want[i] + "|" + got[i];
      }
    }
    EXPECT_GE(same * 100, want.size() * 99)
        << same << " of " << want.size() << " words; want|got:" << differences;
  }
}

TEST(EncodingDetectionTest, Utf8ArticlesStayUtf8AndUnchanged) {
  for (const Article& article : CorpusArticles()) {
    SCOPED_TRACE(article.name);
    StatusOr<DecodedText> decoded = Decode(article.text);
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(decoded->encoding, "utf-8");
    EXPECT_EQ(decoded->text, article.text);
    EXPECT_THAT(decoded->warnings, testing::IsEmpty());
  }
}

TEST(EncodingDetectionTest, Utf8ArticlesReadAsWindows1252AreRepaired) {
  const LegacyCodec& cp1252 = *LegacyCodec::Find("windows-1258");
  (void)cp1252;
  for (const Article& article : CorpusArticles()) {
    SCOPED_TRACE(article.name);
    // Every byte of the UTF-8 article read as windows-1252 (Latin-1 for the
    // five bytes windows-1252 leaves undefined), then saved as UTF-8.
    std::string mojibake;
    icu::UnicodeString latin(article.text.data(), static_cast<int32_t>(article.text.size()),
                             "windows-1252");
    for (size_t i = 0; i < article.text.size(); ++i) {
      const auto byte = static_cast<unsigned char>(article.text[i]);
      UChar unit = latin.charAt(static_cast<int32_t>(i));
      AppendUtf8(unit == 0xFFFD || unit == 0x1A ? static_cast<char32_t>(byte) : unit, &mojibake);
    }
    StatusOr<DecodedText> decoded = Decode(mojibake);
    ASSERT_TRUE(decoded.ok()) << decoded.status();
    EXPECT_EQ(decoded->encoding, "utf-8-mojibake");
    EXPECT_EQ(decoded->text, article.text);
  }
}

TEST(EncodingDetectionTest, LegacyArticlesSavedAsUtf8AreRepaired) {
  for (const Article& article : CorpusArticles()) {
    for (const char* name : {"tcvn3", "vni"}) {
      SCOPED_TRACE(article.name + " as " + name);
      const LegacyCodec& codec = *LegacyCodec::Find(name);
      std::string bytes;
      codec.Encode(article.text, &bytes);
      // What a converter that took the font's bytes for windows-1252 wrote.
      std::string mojibake;
      icu::UnicodeString(bytes.data(), static_cast<int32_t>(bytes.size()), "windows-1252")
          .toUTF8String(mojibake);
      StatusOr<DecodedText> decoded = Decode(mojibake);
      ASSERT_TRUE(decoded.ok()) << decoded.status();
      EXPECT_EQ(decoded->encoding, std::string(name) + "-mojibake");
      EXPECT_EQ(IcuNfc(decoded->text), Representable(codec, article.text));
    }
  }
}

}  // namespace
}  // namespace vnie
