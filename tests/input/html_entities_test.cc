#include "input/html_entities.h"

#include <string>

#include "gtest/gtest.h"

namespace vnie {
namespace {

TEST(CharacterReferenceTest, DecodesNamedNumericAndLegacyForms) {
  struct Case {
    std::string input;
    size_t length;  // 0: not a reference
    std::string decoded;
  };
  const Case cases[] = {
      {"&amp;", 5, "&"},
      {"&amp rest", 4, "&"},  // legacy form without ';'
      {"&nbsp;x", 6, "\xC2\xA0"},
      {"&#7889;", 7, "ố"},
      {"&#x1EC7;", 8, "ệ"},
      {"&#X1ec7;", 8, "ệ"},
      {"&#7889 x", 6, "ố"},
      {"&ndash;", 7, "–"},
      {"&Agrave;", 8, "À"},
      {"&apos;", 6, "'"},
      {"&#150;", 6, "–"},  // Windows-1252, as browsers read it
      {"&#0;", 4, "\xEF\xBF\xBD"},
      {"&#xD800;", 8, "\xEF\xBF\xBD"},
      {"&#99999999999;", 14, "\xEF\xBF\xBD"},
      {"&notareference;", 0, ""},
      {"&hellip", 0, ""},  // needs its ';'
      {"& x", 0, ""},
      {"&#;", 0, ""},
      {"&", 0, ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.input);
    std::string out;
    EXPECT_EQ(DecodeCharacterReference(c.input, 0, &out), c.length);
    EXPECT_EQ(out, c.decoded);
  }
}

TEST(CharacterReferenceTest, DecodesAWholeString) {
  EXPECT_EQ(DecodeCharacterReferences("Tr&#432;&#7901;ng &amp; l&#7899;p &x;"), "Trường & lớp &x;");
}

}  // namespace
}  // namespace vnie
