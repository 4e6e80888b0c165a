// Pattern check: a rule that leaves RE2's DFA is named; a plain rule is not.
#include "match/pattern_check.h"

#include <filesystem>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "match/test_meanings.h"

namespace vnie {
namespace {

using ::testing::HasSubstr;
namespace fs = std::filesystem;

std::string Sample() {
  std::string sample;
  for (int i = 0; i < 400; ++i) {
    sample +=
        "Sáng nay, Đảng bộ xã Ea Kao tổ chức hội nghị tổng kết công tác xây dựng Đảng năm " +
        std::to_string(2000 + i % 25) + ". Toàn đảng bộ hiện có " + std::to_string(100 + i) +
        " đảng viên sinh hoạt ở 14 chi bộ trực thuộc; trong năm kết nạp được 7 đảng viên mới.\n";
  }
  return sample;
}

TEST(PatternCheckTest, NamesTheRuleThatLeavesTheDfa) {
  const std::string dir = testing::OneRuleFileTree("vnie_match_check", R"([[rule]]
name = "plain"
regex = '''{<}[0-9]+ đảng viên{>}'''
examples = [{ text = "có 12 đảng viên" }]

[[rule]]
name = "counted-unicode"
regex = '''[^0-9]{2,1000} [0-9]+ đảng viên'''
examples = [{ text = "có 12 đảng viên" }]
)");
  auto patterns = PatternSet::Load({.dir = dir}, testing::TestMeanings());
  ASSERT_TRUE(patterns.ok()) << patterns.status();
  Matcher matcher(**patterns, MatcherOptions{.jit_groups = false});
  CheckOptions options;
  options.max_program_size = 5000;  // the counted class compiles to ~9,000
  CheckReport report = CheckPatterns(**patterns, matcher, Sample(), options);
  ASSERT_EQ(report.rules.size(), 2u);
  const RuleCheck& plain = report.rules[0];
  const RuleCheck& slow = report.rules[1];
  SCOPED_TRACE(report.ToString());
  EXPECT_EQ(plain.matches, 800u);
  // Only what does not depend on the machine's load is asserted: a busy machine
  // can make any rule look slow, but not make a small program large.
  EXPECT_THAT(plain.warnings, ::testing::Not(::testing::Contains(HasSubstr("compiles to"))));
  EXPECT_GT(slow.program_size, 10 * plain.program_size);
  // The small program gets its groups from BitState, the large one from the NFA.
  EXPECT_STREQ(CaptureEngine(plain.program_size), "bitstate");
  EXPECT_STREQ(CaptureEngine(slow.program_size), "nfa");
  EXPECT_THAT(report.ToString(), HasSubstr(" bitstate "));
  EXPECT_FALSE(plain.jit_groups);
  // With PCRE2 finding the groups (the default), the report says so.
  Matcher jit(**patterns);
  EXPECT_TRUE(jit.JitGroups(*plain.rule));
  EXPECT_THAT(CheckPatterns(**patterns, jit, Sample(), options).ToString(), HasSubstr(" jit "));
  ASSERT_FALSE(slow.warnings.empty());
  EXPECT_THAT(slow.warnings[0], HasSubstr("figures/rules.toml:6: rule \"counted-unicode\": "));
  // Timings are not asserted (the machine is shared); the program size is
  // deterministic and is what names this rule.
  EXPECT_THAT(slow.warnings, ::testing::Contains(HasSubstr("compiles to")));
  EXPECT_THAT(report.Warnings(), ::testing::Contains(HasSubstr("counted-unicode")));
  ASSERT_EQ(report.dimensions.size(), 1u);
  EXPECT_EQ(report.dimensions[0].rules, 2u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace vnie
