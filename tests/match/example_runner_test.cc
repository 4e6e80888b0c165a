// Example runner: every example of the fixture tree passes; wrong examples are
// reported with file:line, the expected and the actual fields.
#include "match/example_runner.h"

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "match/test_meanings.h"

namespace vnie {
namespace {

using ::testing::HasSubstr;

struct Loaded {
  std::unique_ptr<PatternSet> patterns;
  std::unique_ptr<Matcher> matcher;
};

Loaded LoadTree(std::string_view tree) {
  auto patterns = PatternSet::Load({.dir = testing::TestDataDir(tree)}, testing::TestMeanings());
  EXPECT_TRUE(patterns.ok()) << patterns.status();
  if (!patterns.ok()) return {};
  Loaded loaded{std::move(*patterns), nullptr};
  loaded.matcher = std::make_unique<Matcher>(*loaded.patterns);
  return loaded;
}

TEST(ExampleRunnerTest, FixtureTreeHasNoFailuresAndOneAmbiguity) {
  Loaded good = LoadTree("good");
  ASSERT_NE(good.matcher, nullptr);
  const MeaningRegistry meanings = testing::TestMeanings();
  std::vector<std::string> failures, warnings;
  for (const ExampleFailure& f : RunExamples(*good.patterns, *good.matcher, meanings)) {
    (f.is_warning() ? warnings : failures).push_back(f.ToString());
  }
  EXPECT_THAT(failures, ::testing::IsEmpty());
  ASSERT_EQ(warnings.size(), 1u) << ::testing::PrintToString(warnings);
  EXPECT_THAT(warnings[0], HasSubstr("overlap/overlap.toml:40: rule \"low-pqrs\": warning: "
                                     "example \"pqrs\": higher-priority rule \"high-qr\" also "
                                     "claims {match=\"qr\"}"));
}

TEST(ExampleRunnerTest, ReportsEachWrongExampleWithExpectedAndActual) {
  Loaded failing = LoadTree("failing");
  ASSERT_NE(failing.matcher, nullptr);
  const MeaningRegistry meanings = testing::TestMeanings();
  std::vector<std::string> got;
  for (const ExampleFailure& f : RunExamples(*failing.patterns, *failing.matcher, meanings)) {
    got.push_back(f.ToString());
  }
  const std::string file = testing::TestDataDir("failing") + "/figures/broken.toml";
  EXPECT_THAT(
      got,
      ::testing::ElementsAre(
          // Line 10 passes, but the higher-priority "cells" rule takes its text.
          file + ":10: rule \"members\": warning: example \"có 859 đảng viên\": higher-priority "
                 "rule \"cells\" also claims {match=\"859 đảng viên\", value=\"859\"}, so the "
                 "rule loses this text in FindAll",
          file + ":11: rule \"members\": example \"có 859 đảng viên\": expected {value=\"860\"}, "
                 "got {match=\"859 đảng viên\", value=\"859\"}",
          file + ":12: rule \"members\": example \"không có số nào\": expected {value=\"1\"}, "
                 "got no match",
          file + ":13: rule \"members\": example \"hơn 70 đảng viên\": expected {approx=\"\", "
                 "value=\"70\"}, got {approx=\"hơn\", match=\"hơn 70 đảng viên\", value=\"70\"}",
          // Line 14 passes on the second of two matches; "cells" claims it too.
          HasSubstr(file + ":14: rule \"members\": warning: example \"gồm 7 đảng viên và 9 "
                           "đảng viên dự bị\": higher-priority rule \"cells\" also claims "
                           "{match=\"9 đảng viên\", value=\"9\"}"),
          file + ":18: rule \"members\": negative \"có 12 đảng viên\" matched: "
                 "{match=\"12 đảng viên\", value=\"12\"}"))
      << ::testing::PrintToString(got);
}

TEST(ExampleRunnerTest, PerRuleAndPerExampleVariants) {
  Loaded failing = LoadTree("failing");
  ASSERT_NE(failing.matcher, nullptr);
  const MeaningRegistry meanings = testing::TestMeanings();
  const Rule* members = failing.patterns->FindRule("members");
  ASSERT_NE(members, nullptr);
  ASSERT_EQ(members->examples.size(), 5u);
  std::vector<ExampleFailure> first =
      RunExample(*members, members->examples[1], false, *failing.matcher, meanings);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].kind, ExampleFailure::Kind::kMissed);
  EXPECT_EQ(first[0].line, 11);
  EXPECT_EQ(first[0].rule, "members");
  EXPECT_EQ(first[0].text, "có 859 đảng viên");
  EXPECT_EQ(first[0].expected.at("value"), "860");
  ASSERT_EQ(first[0].actual.size(), 1u);
  EXPECT_EQ(first[0].actual[0].at("value"), "859");
  EXPECT_TRUE(
      RunExample(*members, members->negatives[0], true, *failing.matcher, meanings).empty());
  EXPECT_EQ(RunRuleExamples(*members, *failing.matcher, meanings).size(), 6u);
}

TEST(ExampleRunnerTest, UnreadableCaptureIsShownAsSuch) {
  Loaded failing = LoadTree("failing");
  ASSERT_NE(failing.matcher, nullptr);
  const Rule* members = failing.patterns->FindRule("members");
  ASSERT_NE(members, nullptr);
  MeaningRegistry strict;
  strict.AddTextMeaning("text");
  strict.Add("number", [](std::string_view) { return std::nullopt; });
  std::vector<Match> matches = failing.matcher->FindRule("có 12 đảng viên", *members);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(FieldsOf(matches[0], "có 12 đảng viên", strict).at("value"), "!unreadable: 12");
}

}  // namespace
}  // namespace vnie
