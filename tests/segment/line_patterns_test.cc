// Tests for LinePatterns: the one-regex-per-line file format and its errors.
#include "segment/line_patterns.h"

#include <string>

#include "gtest/gtest.h"

namespace vnie {
namespace {

TEST(LinePatternsTest, SkipsCommentsAndBlankLines) {
  const std::string contents = "# a comment\n\n   # indented comment\n^abc$\n  \n(?i)^xyz\n";
  StatusOr<LinePatterns> patterns = LinePatterns::Parse(contents, "test.txt");
  ASSERT_TRUE(patterns.ok()) << patterns.status();
  EXPECT_EQ(patterns->size(), 2u) << contents;
}

TEST(LinePatternsTest, RuleNamesFileAndLine) {
  StatusOr<LinePatterns> patterns = LinePatterns::Parse("# c\n^abc$\n\n^x\n", "dir/test.txt");
  ASSERT_TRUE(patterns.ok()) << patterns.status();
  const LinePattern* p = patterns->Find("xylophone");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->where, "dir/test.txt:4");
  EXPECT_EQ(patterns->Find("zzz"), nullptr);
}

TEST(LinePatternsTest, FirstMatchingPatternInFileOrderWins) {
  StatusOr<LinePatterns> patterns = LinePatterns::Parse("b\nab\n", "t.txt");
  ASSERT_TRUE(patterns.ok()) << patterns.status();
  const LinePattern* p = patterns->Find("ab");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->where, "t.txt:1");
}

TEST(LinePatternsTest, ManyPatternsOnlyTheOnesThatMatchCount) {
  // Forty patterns: a line matching a late one, two late ones, or none.
  std::string file;
  for (int i = 0; i < 40; ++i) file += "(?i)^mục " + std::to_string(i) + "$\n";
  file += "(?i)quảng cáo\n(?P<who>Theo [A-Z]+)\n";
  StatusOr<LinePatterns> patterns = LinePatterns::Parse(file, "t.txt", "");
  ASSERT_TRUE(patterns.ok()) << patterns.status();
  const LinePattern* p = patterns->Find("MỤC 37");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->where, "t.txt:38");
  p = patterns->Find("Quảng cáo - Theo VNA");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->where, "t.txt:41");
  EXPECT_EQ(patterns->Find("mục 40"), nullptr);
  EXPECT_EQ(patterns->Find(""), nullptr);
}

TEST(LinePatternsTest, AnchoredAndFreePatternsKeepFileOrder) {
  // Patterns starting with ^ are prefiltered by an anchored Set, the others by
  // an unanchored one; the first in file order still wins, whichever Set fired.
  StatusOr<LinePatterns> patterns =
      LinePatterns::Parse("nguồn\n(?i)^theo\n^x|tin\n(?i)^(?:ảnh|clip):\n", "t.txt");
  ASSERT_TRUE(patterns.ok()) << patterns.status();
  auto where = [&](std::string_view line) -> std::string {
    const LinePattern* p = patterns->Find(line);
    return p == nullptr ? "none" : p->where;
  };
  EXPECT_EQ(where("Theo nguồn tin"), "t.txt:1");
  EXPECT_EQ(where("THEO TTXVN"), "t.txt:2");
  EXPECT_EQ(where("bản tin"), "t.txt:3") << "^x|tin is not anchored: tin may be anywhere";
  EXPECT_EQ(where("Ảnh: Minh Anh"), "t.txt:4");
  EXPECT_EQ(where("một ảnh: Minh Anh"), "none") << "anchored patterns stay anchored";
  EXPECT_EQ(where("bài theo dõi"), "none");
}

TEST(LinePatternsTest, StartsAnchoredOnlyWhenEveryAlternativeIsAnchored) {
  EXPECT_TRUE(StartsAnchored("^abc"));
  EXPECT_TRUE(StartsAnchored("(?i)^abc"));
  EXPECT_TRUE(StartsAnchored("(?i)(?s)^(?:a|b)c$"));
  EXPECT_TRUE(StartsAnchored("^[|(]x"));
  EXPECT_TRUE(StartsAnchored(R"(^a\|b)"));
  EXPECT_FALSE(StartsAnchored("^a|b"));
  EXPECT_FALSE(StartsAnchored("(?:^a|b)"));
  EXPECT_FALSE(StartsAnchored("(?P<x>^a)"));
  EXPECT_FALSE(StartsAnchored("a^"));
  EXPECT_FALSE(StartsAnchored(""));
}

TEST(LinePatternsTest, AcceptsCrlfFilesAndTrailingBlanks) {
  StatusOr<LinePatterns> patterns = LinePatterns::Parse("^ab$\r\n^cd$  \r\n", "t.txt");
  ASSERT_TRUE(patterns.ok()) << patterns.status();
  EXPECT_NE(patterns->Find("ab"), nullptr);
  EXPECT_NE(patterns->Find("cd"), nullptr);
}

TEST(LinePatternsTest, BadRegexIsAnErrorNamingFileAndLine) {
  const std::string contents = "^ok$\n# fine\n(unclosed\n";
  StatusOr<LinePatterns> patterns = LinePatterns::Parse(contents, "segment/bad.txt");
  ASSERT_FALSE(patterns.ok()) << contents;
  EXPECT_EQ(patterns.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(patterns.status().message().find("segment/bad.txt:3"), std::string::npos)
      << patterns.status();
  EXPECT_NE(patterns.status().message().find("(unclosed"), std::string::npos) << patterns.status();
}

TEST(LinePatternsTest, MissingRequiredGroupIsAnError) {
  StatusOr<LinePatterns> patterns =
      LinePatterns::Parse("^(?P<author>\\pL+)$\n^\\pL+$\n", "byline.txt", "author");
  ASSERT_FALSE(patterns.ok());
  EXPECT_NE(patterns.status().message().find("byline.txt:2"), std::string::npos)
      << patterns.status();
}

TEST(LinePatternsTest, FindReportsTheNamedGroupRelativeToTheLine) {
  StatusOr<LinePatterns> patterns = LinePatterns::Parse(
      "^(?:Tin, ảnh: )?(?P<author>\\p{Lu}\\pL*(?: \\p{Lu}\\pL*)*)$\n", "byline.txt", "author");
  ASSERT_TRUE(patterns.ok()) << patterns.status();
  const std::string line = "Tin, ảnh: Thanh Tâm";
  ByteSpan group;
  ASSERT_NE(patterns->Find(line, &group), nullptr) << line;
  EXPECT_EQ(group.In(line), "Thanh Tâm") << line;
}

TEST(LinePatternsTest, GroupSpanUntouchedWithoutMatch) {
  StatusOr<LinePatterns> patterns = LinePatterns::Parse("^(?P<g>a)$\n", "t.txt", "g");
  ASSERT_TRUE(patterns.ok()) << patterns.status();
  ByteSpan group{7, 9};
  EXPECT_EQ(patterns->Find("b", &group), nullptr);
  EXPECT_EQ(group, (ByteSpan{7, 9}));
}

TEST(LinePatternsTest, LoadOfMissingFileIsNotFound) {
  StatusOr<LinePatterns> patterns = LinePatterns::Load("/nonexistent/vnie/none.txt");
  ASSERT_FALSE(patterns.ok());
  EXPECT_EQ(patterns.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(patterns.status().message().find("/nonexistent/vnie/none.txt"), std::string::npos);
}

}  // namespace
}  // namespace vnie
