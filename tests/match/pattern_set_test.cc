// PatternSet loading: the fixture tree loads, and every kind of mistake in a
// pattern tree is reported with its file:line.
#include "match/pattern_set.h"

#include <filesystem>
#include <fstream>
#include <utility>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "match/example_runner.h"
#include "match/matcher.h"
#include "match/test_meanings.h"

namespace vnie {
namespace {

using ::testing::HasSubstr;
namespace fs = std::filesystem;

std::unique_ptr<PatternSet> LoadGood() {
  auto patterns = PatternSet::Load({.dir = testing::TestDataDir("good")}, testing::TestMeanings());
  EXPECT_TRUE(patterns.ok()) << patterns.status();
  return patterns.ok() ? std::move(*patterns) : nullptr;
}

TEST(PatternSetTest, LoadsFixtureTreeWithDimensionsFromFolders) {
  std::unique_ptr<PatternSet> patterns = LoadGood();
  ASSERT_NE(patterns, nullptr);
  EXPECT_THAT(patterns->dimensions(),
              ::testing::ElementsAre("bounds", "dates", "figures", "overlap", "people", "places"));
  const Rule* members = patterns->FindRule("members-count");
  ASSERT_NE(members, nullptr);
  EXPECT_EQ(members->dimension, "figures");
  EXPECT_EQ(members->priority, 50);
  EXPECT_THAT(members->file, ::testing::EndsWith("testdata/good/figures/party.toml"));
  EXPECT_EQ(members->line, 3);
  EXPECT_EQ(members->set.at("kind"), "members");
  ASSERT_EQ(members->examples.size(), 2u);
  EXPECT_EQ(members->examples[0].line, 10);
  EXPECT_EQ(members->examples[1].expect.at("match"), "gần 1.200 đảng viên");
  ASSERT_EQ(members->negatives.size(), 2u);
  EXPECT_EQ(members->negatives[1].text, "đảng viên mới");
  EXPECT_TRUE(members->boundary_before);
  EXPECT_TRUE(members->boundary_after);
  EXPECT_THAT(members->expanded, ::testing::Not(HasSubstr("{")));
  for (size_t i = 0; i < patterns->rules().size(); ++i) {
    EXPECT_EQ(patterns->rules()[i].index, static_cast<int>(i));
  }
}

TEST(PatternSetTest, FilesLoadInSortedPathOrder) {
  std::unique_ptr<PatternSet> patterns = LoadGood();
  ASSERT_NE(patterns, nullptr);
  std::vector<std::string> files;
  for (const Rule& rule : patterns->rules()) {
    if (files.empty() || files.back() != rule.file) files.push_back(rule.file);
  }
  EXPECT_TRUE(std::is_sorted(files.begin(), files.end()));
}

TEST(PatternSetTest, LexiconEntriesAndValues) {
  std::unique_ptr<PatternSet> patterns = LoadGood();
  ASSERT_NE(patterns, nullptr);
  EXPECT_THAT(patterns->Lexicon("approx"),
              ::testing::ElementsAre("gần", "khoảng", "hơn", "trên", "gần như", "xấp xỉ"));
  EXPECT_EQ(patterns->LexiconValues("magnitude").at("nghìn tỷ"), "1000000000000");
  EXPECT_TRUE(patterns->LexiconValues("approx").empty());
  EXPECT_TRUE(patterns->Lexicon("no_such_lexicon").empty());
}

TEST(PatternSetTest, MissingDirectoryIsNotFound) {
  auto patterns = PatternSet::Load({.dir = "/nonexistent/patterns"}, testing::TestMeanings());
  EXPECT_EQ(patterns.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(patterns.status().message(), HasSubstr("/nonexistent/patterns"));
}

// The worked example of patterns/README.md, verbatim.
TEST(PatternSetTest, ReadmeWorkedExample) {
  const fs::path dir = fs::path(::testing::TempDir()) / "vnie_match_readme";
  fs::remove_all(dir);
  fs::create_directories(dir / "lexicon");
  fs::create_directories(dir / "figures");
  std::ofstream(dir / "macros.toml") << "[macros]\ndigits = '''{D}+(?:[.,]{D}+)*'''\n";
  std::ofstream(dir / "lexicon" / "qualifiers.txt")
      << "# qualifiers before a count\ngần\nkhoảng\nhơn\ngần như\n";
  std::ofstream(dir / "figures" / "party.toml") << R"([[rule]]
name = "members-count"
priority = 50
regex = '''{<}(?:(?P<approx>{qualifiers})\s+)?(?P<value>{digits})\s+(?P<unit>đảng viên){>}'''
groups = { value = "number", approx = "text", unit = "text" }
set = { kind = "members" }
examples = [
  { text = "Toàn huyện hiện có 859 đảng viên.", value = "859", approx = "" },
  { text = "Đảng bộ có gần 1.200 đảng viên.", value = "1200", match = "gần 1.200 đảng viên" },
]
negatives = ["Quyết định số 1989/QĐ-UBND", "đảng viên mới"]
)";
  auto patterns = PatternSet::Load({.dir = dir.string()}, testing::TestMeanings());
  ASSERT_TRUE(patterns.ok()) << patterns.status();
  ASSERT_EQ((*patterns)->rules().size(), 1u);
  EXPECT_EQ(
      (*patterns)->rules()[0].expanded,
      R"((?:(?P<approx>(?:gần\s+như|khoảng|gần|hơn))\s+)?(?P<value>(?:[0-9]+(?:[.,][0-9]+)*))\s+(?P<unit>đảng viên))");
  Matcher matcher(**patterns);
  const std::string text = "Đảng bộ có gần 1.200 đảng viên.";
  std::vector<Match> matches = matcher.FindAll(text, "figures");
  ASSERT_EQ(matches.size(), 1u) << text;
  EXPECT_EQ(matches[0].span.In(text), "gần 1.200 đảng viên");
  EXPECT_EQ(matches[0].Group("value")->span.In(text), "1.200");
  EXPECT_TRUE(matcher.FindAll("1.200 đảng viên1", "figures").empty());
  EXPECT_TRUE(RunExamples(**patterns, matcher, testing::TestMeanings()).empty());
  fs::remove_all(dir);
}

// One broken tree per row: the files to write and what the error must say.
struct LoadErrorCase {
  std::string name;
  std::vector<std::pair<std::string, std::string>> files;  // path -> contents
  std::string expected;  // substring of the message, after the tree's path
};

constexpr char kGoodRule[] = R"([[rule]]
name = "ok"
regex = '''ok'''
)";

std::vector<LoadErrorCase> LoadErrorCases() {
  return {
      {"BadToml",
       {{"figures/a.toml", "[[rule]]\nname = \"x\"\nregex = '''a\n"}},
       "figures/a.toml:3: bad TOML: "},
      {"BadRegex",
       {{"figures/a.toml",
         "\n[[rule]]\nname = \"paren\"\nregex = '''(?P<v>[0-9]+'''\n"
         "groups = { v = \"number\" }\n"}},
       "figures/a.toml:2: rule \"paren\": bad regex: missing ): (?P<v>[0-9]+"},
      {"UnknownMeaning",
       {{"figures/a.toml",
         "[[rule]]\nname = \"m\"\nregex = '''(?P<v>[0-9]+)'''\ngroups = { v = \"numbr\" }\n"}},
       "figures/a.toml:1: rule \"m\": group \"v\" has unknown meaning \"numbr\""},
      {"NamedGroupWithoutMeaning",
       {{"figures/a.toml",
         "[[rule]]\nname = \"g\"\nregex = '''(?P<v>[0-9]+) (?P<u>x)'''\n"
         "groups = { v = \"number\" }\n"}},
       "figures/a.toml:1: rule \"g\": named group \"u\" has no meaning in \"groups\""},
      {"MeaningForMissingGroup",
       {{"figures/a.toml",
         "[[rule]]\nname = \"g\"\nregex = '''(?P<v>[0-9]+)'''\n"
         "groups = { v = \"number\", unit = \"text\" }\n"}},
       "figures/a.toml:1: rule \"g\": groups lists \"unit\" but the regex has no (?P<unit>"},
      {"UnknownMacroInRule",
       {{"figures/a.toml", "[[rule]]\nname = \"u\"\nregex = '''{nosuch} x'''\n"}},
       "figures/a.toml:1: rule \"u\": unknown macro {nosuch}"},
      {"UnknownMacroInMacro",
       {{"macros.toml", "[macros]\na = '''x{b}'''\nb = '''{c}y'''\n"},
        {"figures/a.toml", kGoodRule}},
       "macros.toml:2: macro \"a\": unknown macro {c} (via {a} -> {b} -> {c})"},
      {"MacroCycle",
       {{"macros.toml", "[macros]\n\nping = '''a{pong}'''\npong = '''b{ping}'''\n"},
        {"figures/a.toml", kGoodRule}},
       "macros.toml:3: macro \"ping\": macro cycle {ping} -> {pong} -> {ping}"},
      {"MacroAlsoLexicon",
       {{"macros.toml", "[macros]\nunit = '''x'''\n"},
        {"lexicon/unit.txt", "xã\n"},
        {"figures/a.toml", kGoodRule}},
       "macros.toml:2: macro \"unit\": name is also a lexicon"},
      {"DuplicateRuleName",
       {{"figures/a.toml", kGoodRule}, {"people/b.toml", std::string("\n\n") + kGoodRule}},
       "people/b.toml:3: rule \"ok\": duplicate rule name (first defined at "},
      {"UnknownRuleKey",
       {{"figures/a.toml", "[[rule]]\nname = \"k\"\nregex = '''x'''\nprority = 5\n"}},
       "figures/a.toml:4: rule \"k\": unknown key \"prority\""},
      {"ClaimOfAMissingGroup",
       {{"figures/a.toml",
         "[[rule]]\nname = \"c\"\nregex = \'\'\'(?P<v>[0-9]+)\'\'\'\n"
         "groups = { v = \"number\" }\nclaim = \"w\"\n"}},
       "figures/a.toml:1: rule \"c\": claim \"w\" is not one of the rule's groups"},
      {"UnknownFileKey",
       {{"figures/a.toml", std::string("dimensions = \"x\"\n") + kGoodRule}},
       "figures/a.toml:1: unknown key \"dimensions\""},
      {"UnknownExampleField",
       {{"figures/a.toml",
         "[[rule]]\nname = \"e\"\nregex = '''(?P<v>[0-9]+)'''\n"
         "groups = { v = \"number\" }\nexamples = [\n"
         "  { text = \"12\", value = \"12\" },\n]\n"}},
       "figures/a.toml:6: rule \"e\": example expects \"value\", which is neither a group"},
      {"AsciiWordBoundary",
       {{"figures/a.toml", "[[rule]]\nname = \"b\"\nregex = '''\\bxã\\b'''\n"}},
       "figures/a.toml:1: rule \"b\": \\b is ASCII-only"},
      {"AsciiWordClass",
       {{"figures/a.toml", "[[rule]]\nname = \"w\"\nregex = '''\\w+'''\n"}},
       "figures/a.toml:1: rule \"w\": \\w is ASCII-only"},
      {"AsciiDigit",
       {{"figures/a.toml", "[[rule]]\nname = \"d\"\nregex = '''\\d+'''\n"}},
       "figures/a.toml:1: rule \"d\": \\d is not allowed; write {D} or [0-9]"},
      {"LintInMacro",
       {{"macros.toml", "[macros]\nword = '''\\w+'''\n"}, {"figures/a.toml", kGoodRule}},
       "macros.toml:2: macro \"word\": \\w is ASCII-only"},
      {"BoundaryInTheMiddle",
       {{"figures/a.toml", "[[rule]]\nname = \"m\"\nregex = '''a{<}b'''\n"}},
       "figures/a.toml:1: rule \"m\": {<} may only open a rule's regex"},
      {"EmptyMatch",
       {{"figures/a.toml", "[[rule]]\nname = \"e\"\nregex = '''x*'''\n"}},
       "figures/a.toml:1: rule \"e\": regex matches the empty string"},
      {"BadRuleName",
       {{"figures/a.toml", "[[rule]]\nname = \"Bad_Name\"\nregex = '''x'''\n"}},
       "figures/a.toml:1: rule \"Bad_Name\": name must match [a-z0-9-]+"},
      {"MissingRegex",
       {{"figures/a.toml", "[[rule]]\nname = \"r\"\n"}},
       "figures/a.toml:1: rule \"r\": missing \"regex\""},
      {"PriorityNotInteger",
       {{"figures/a.toml", "[[rule]]\nname = \"p\"\nregex = '''x'''\npriority = \"high\"\n"}},
       "figures/a.toml:4: rule \"p\": \"priority\" must be an integer"},
      {"NoDimension", {{"loose.toml", kGoodRule}}, "loose.toml:1: no dimension"},
      {"LexiconTwoTabs",
       {{"lexicon/unit.txt", "# units\nxã\t1\t2\n"}},
       "lexicon/unit.txt:2: bad lexicon line: more than one tab"},
      {"LexiconEmptyValue",
       {{"lexicon/unit.txt", "xã\n\nphường\t\n"}},
       "lexicon/unit.txt:3: bad lexicon line: empty value after the tab"},
      {"LexiconDuplicate",
       {{"lexicon/unit.txt", "xã\nphường\nxã\n"}},
       "lexicon/unit.txt:3: bad lexicon line: \"xã\" already on line 1"},
      {"UnknownBuiltIn",
       {{"figures/a.toml", "[[rule]]\nname = \"u\"\nregex = '''a{Xy}'''\n"}},
       "figures/a.toml:1: rule \"u\": unknown built-in {Xy}"},
  };
}

class LoadErrorTest : public ::testing::TestWithParam<LoadErrorCase> {};

TEST_P(LoadErrorTest, NamesFileAndLine) {
  const LoadErrorCase& c = GetParam();
  const fs::path dir = fs::path(::testing::TempDir()) / ("vnie_match_load_" + c.name);
  fs::remove_all(dir);
  for (const auto& [path, contents] : c.files) {
    fs::create_directories((dir / path).parent_path());
    std::ofstream(dir / path, std::ios::binary) << contents;
  }
  auto patterns = PatternSet::Load({.dir = dir.string()}, testing::TestMeanings());
  ASSERT_FALSE(patterns.ok()) << "tree " << c.name
                              << " loaded but should fail with: " << c.expected;
  EXPECT_THAT(std::string(patterns.status().message()),
              HasSubstr(dir.generic_string() + "/" + c.expected))
      << "tree " << c.name;
  fs::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(AllErrors, LoadErrorTest, ::testing::ValuesIn(LoadErrorCases()),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace vnie
