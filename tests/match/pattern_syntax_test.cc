// The pattern dialect: lexicon alternations, macro expansion and the lint.
#include "match/pattern_syntax.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "re2/re2.h"

namespace vnie {
namespace {

using ::testing::HasSubstr;

TEST(LexiconAlternationTest, LongestFirstQuotedSpacesMatchAnyRun) {
  EXPECT_EQ(LexiconAlternation({"nghìn", "nghìn tỷ", "tỷ", "TP."}),
            R"((?:nghìn\s+tỷ|nghìn|tỷ|TP\.))");  // bytes: 11, 6, 4, 3
  // Longest first matters: RE2 alternation is leftmost-first, like Perl.
  RE2 re(LexiconAlternation({"nghìn", "nghìn tỷ"}));
  std::string matched;
  ASSERT_TRUE(RE2::PartialMatch("3 nghìn  tỷ đồng", "(" + re.pattern() + ")", &matched));
  EXPECT_EQ(matched, "nghìn  tỷ");
}

TEST(LexiconAlternationTest, DuplicatesCollapse) {
  EXPECT_EQ(LexiconAlternation({"xã", "abc", "xã", "ấp"}), "(?:ấp|xã|abc)");
}

TEST(LintRegexTest, RejectsAsciiOnlyClasses) {
  const std::vector<std::pair<std::string, std::string>> bad = {
      {R"(\bxã)", "\\b is ASCII-only"},   {R"(x\B)", "\\B is ASCII-only"},
      {R"(\w+)", "\\w is ASCII-only"},    {R"([\W])", "\\W is ASCII-only"},
      {R"(\d{4})", "\\d is not allowed"},
      {R"(\p{Lu}[\p{Ll}]*)", "\\p (a Unicode property)"},
      {R"([^\PL])", "\\P (a Unicode property)"},
  };
  for (const auto& [regex, message] : bad) {
    Status status = LintRegex(regex);
    EXPECT_FALSE(status.ok()) << regex;
    EXPECT_THAT(std::string(status.message()), HasSubstr(message)) << regex;
  }
  for (std::string regex : {R"(\\b)", R"(\\p)", R"(\D)", R"({L}\s+[0-9])", R"(a\.b)"}) {
    EXPECT_TRUE(LintRegex(regex).ok()) << regex;
  }
}

MacroExpander Expander(std::map<std::string, MacroDef, std::less<>> macros) {
  return MacroExpander({{"unit", LexiconAlternation({"xã", "thị trấn"})}}, std::move(macros));
}

TEST(MacroExpanderTest, NestedMacrosAndLexiconsExpandInPlace) {
  MacroExpander expander =
      Expander({{"number", {"{D}+(?:[.,]{D}+)*", 1}}, {"count", {"{number} {unit}", 2}}});
  ASSERT_THAT(expander.Prepare(), ::testing::IsEmpty());
  auto expanded = expander.ExpandRule("{<}có {count}{>}");
  ASSERT_TRUE(expanded.ok()) << expanded.status();
  EXPECT_EQ(expanded->regex, R"(có (?:(?:[0-9]+(?:[.,][0-9]+)*) (?:thị\s+trấn|xã)))");
  EXPECT_TRUE(expanded->boundary_before);
  EXPECT_TRUE(expanded->boundary_after);
}

TEST(MacroExpanderTest, BuiltInsAndRepetitionCounts) {
  MacroExpander expander = Expander({});
  ASSERT_THAT(expander.Prepare(), ::testing::IsEmpty());
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"{D}{1,2}/{D}{4}", "[0-9]{1,2}/[0-9]{4}"},
      {R"(\x{1EA1}\{unit\})", R"(\x{1EA1}\{unit\})"},
      {"x{2,}", "x{2,}"},
  };
  for (const auto& [regex, want] : cases) {
    auto expanded = expander.ExpandRule(regex);
    ASSERT_TRUE(expanded.ok()) << regex << ": " << expanded.status();
    EXPECT_EQ(expanded->regex, want) << regex;
    EXPECT_FALSE(expanded->boundary_before) << regex;
  }
}

// Whether `text` is one whole match of `regex` after expansion.
bool ExpandsToFullMatch(const MacroExpander& expander, const std::string& regex,
                        const std::string& text) {
  auto expanded = expander.ExpandRule(regex);
  EXPECT_TRUE(expanded.ok()) << regex << ": " << expanded.status();
  if (!expanded.ok()) return false;
  RE2 re(expanded->regex);
  EXPECT_TRUE(re.ok()) << expanded->regex << ": " << re.error();
  return RE2::FullMatch(text, re);
}

TEST(MacroExpanderTest, LetterClassesCoverTheVietnameseAlphabet) {
  MacroExpander expander = Expander({});
  ASSERT_THAT(expander.Prepare(), ::testing::IsEmpty());
  const std::string upper = "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬĨỊỰỸỲÝỶỴÐ";
  const std::string lower = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậĩịựỹỳýỷỵ";
  EXPECT_TRUE(ExpandsToFullMatch(expander, "{Lu}+", upper));
  EXPECT_TRUE(ExpandsToFullMatch(expander, "{Ll}+", lower));
  EXPECT_TRUE(ExpandsToFullMatch(expander, "{L}+", upper + lower));
  EXPECT_TRUE(ExpandsToFullMatch(expander, "{Ll}+", "u\u031b"));  // a mark NFC cannot compose
  for (const std::string letter : {"Ư", "Ỹ", "Đ", "A"}) {
    EXPECT_FALSE(ExpandsToFullMatch(expander, "{Ll}", letter)) << letter;
  }
  for (const std::string letter : {"ư", "ỹ", "đ", "a"}) {
    EXPECT_FALSE(ExpandsToFullMatch(expander, "{Lu}", letter)) << letter;
  }
  EXPECT_FALSE(ExpandsToFullMatch(expander, "{L}", "1"));
  for (const std::string other : {"-", " ", "“", "\u00a0"}) {
    EXPECT_FALSE(ExpandsToFullMatch(expander, "{L}", other)) << other;
    EXPECT_TRUE(ExpandsToFullMatch(expander, "x{B}", "x" + other)) << other;
  }
  EXPECT_FALSE(ExpandsToFullMatch(expander, "x{B}", "xy"));
  EXPECT_FALSE(ExpandsToFullMatch(expander, "x{B}", "x5"));
  EXPECT_TRUE(ExpandsToFullMatch(expander, "x{B}", "x"));  // the end of the text
}

TEST(MacroExpanderTest, ErrorsNameTheChain) {
  MacroExpander expander = Expander({{"a", {"x{b}", 3}},
                                     {"b", {"{c}", 4}},
                                     {"loop", {"{loop}", 5}},
                                     {"unit", {"y", 6}},
                                     {"edge", {"{<}x", 7}}});
  auto errors = expander.Prepare();
  std::vector<std::string> messages;
  for (const auto& [line, message] : errors)
    messages.push_back(std::to_string(line) + " " + message);
  EXPECT_THAT(messages, ::testing::UnorderedElementsAre(
                            "3 macro \"a\": unknown macro {c} (via {a} -> {b} -> {c})",
                            "4 macro \"b\": unknown macro {c} (via {b} -> {c})",
                            HasSubstr("7 macro \"edge\": {<} may only open a rule's regex"),
                            "5 macro \"loop\": macro cycle {loop} -> {loop}",
                            HasSubstr("6 macro \"unit\": name is also a lexicon")));
  EXPECT_THAT(std::string(expander.ExpandRule("{nope}").status().message()),
              HasSubstr("unknown macro {nope}"));
  EXPECT_THAT(std::string(expander.ExpandRule("a{>}b").status().message()),
              HasSubstr("{>} may only close"));
}

}  // namespace
}  // namespace vnie
