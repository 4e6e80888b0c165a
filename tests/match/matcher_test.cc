// Matcher: overlap resolution, boundaries, captures, thread safety and the
// accent-insensitive hook, over the fixture tree tests/match/testdata/good.
#include "match/matcher.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "match/pattern_check.h"
#include "match/pattern_set.h"
#include "match/test_meanings.h"

namespace vnie {
namespace {

class MatcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = PatternSet::Load({.dir = testing::TestDataDir("good")}, testing::TestMeanings());
    ASSERT_TRUE(loaded.ok()) << loaded.status();
    patterns_ = loaded->release();
    matcher_ = new Matcher(*patterns_);
  }
  static void TearDownTestSuite() {
    delete matcher_;
    delete patterns_;
  }

  // "rule@text" for each match, in output order.
  static std::vector<std::string> Describe(std::string_view text, std::string_view dimension,
                                           bool keep_all = false) {
    MatchOptions options;
    options.keep_all = keep_all;
    std::vector<std::string> out;
    for (const Match& match : matcher_->FindAll(text, dimension, options)) {
      out.push_back(match.rule->name + "@" + std::string(match.span.In(text)));
    }
    return out;
  }

  static const PatternSet* patterns_;
  static const Matcher* matcher_;
};

const PatternSet* MatcherTest::patterns_ = nullptr;
const Matcher* MatcherTest::matcher_ = nullptr;

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

struct OverlapCase {
  std::string behaviour;
  std::string text;
  std::vector<std::string> expected;
};

TEST_F(MatcherTest, ResolvesOverlapsByPriorityThenLeftmostThenLongest) {
  const std::vector<OverlapCase> cases = {
      {"leftmost beats longer at equal priority", "abcd", {"left-ab@ab"}},
      {"longest wins at the same start", "xyz", {"long-xyz@xyz"}},
      {"priority beats leftmost and longest; the loser is not retried", "pqrs", {"high-qr@qr"}},
      {"same span and priority: the rule loaded first", "mn", {"twin-first@mn"}},
      {"disjoint matches all survive, sorted by position",
       "xyz ab qr",
       {"long-xyz@xyz", "left-ab@ab", "high-qr@qr"}},
      {"a rule's own matches never overlap", "ababab", {"left-ab@ab", "left-ab@ab", "left-ab@ab"}},
      {"nothing fires", "hello", {}},
      {"a claiming rule competes with its claimed group only", "uvw",
       {"plain-u@u", "claims-w-after-uv@w"}},
  };
  for (const OverlapCase& c : cases) {
    EXPECT_EQ(Describe(c.text, "overlap"), c.expected) << c.behaviour << ": " << c.text;
  }
}

TEST_F(MatcherTest, KeepAllReturnsEveryCandidateSortedByBegin) {
  EXPECT_THAT(Describe("pqrs", "overlap", /*keep_all=*/true),
              ElementsAre("low-pqrs@pqrs", "high-qr@qr"));
  EXPECT_THAT(Describe("abcd", "overlap", true), ElementsAre("left-ab@ab", "right-bcd@bcd"));
  EXPECT_THAT(Describe("mn", "overlap", true), ElementsAre("twin-first@mn", "twin-second@mn"));
}

TEST_F(MatcherTest, PriorityPicksTheSpecificRuleOverTheGenericOne) {
  const std::string text =
      "Năm qua, chi bộ kết nạp được 3 đảng viên mới, nâng tổng số lên 45 đảng viên.";
  EXPECT_THAT(Describe(text, "figures"),
              ElementsAre("new-members@kết nạp được 3 đảng viên mới", "members-count@45 đảng viên"))
      << text;
  const std::string ratio = "Đã có 12/14 chi bộ hoàn thành.";
  EXPECT_THAT(Describe(ratio, "figures"), ElementsAre("ratio-count@12/14 chi bộ")) << ratio;
  EXPECT_THAT(Describe(ratio, "figures", true),
              ElementsAre("ratio-count@12/14 chi bộ", "cells-count@14 chi bộ"))
      << ratio;
}

TEST_F(MatcherTest, BoundariesRespectVietnameseLetters) {
  const std::vector<OverlapCase> cases = {
      {"{<}Vi{>} not inside Việt", "Việt", {}},
      {"second Vi found after a failed candidate", "Việt Vi", {"vi-word@Vi"}},
      {"letter before", "aVi", {}},
      {"Vietnamese letter before", "ếVi", {}},
      {"digit after", "Vi2", {}},
      {"punctuation is a boundary", "(Vi)", {"vi-word@Vi"}},
      {"text edges are boundaries", "Vi", {"vi-word@Vi"}},
      // A combining acute (U+0301) continues the word even in decomposed text.
      {"combining mark after", "Vi\xCC\x81", {}},
  };
  for (const OverlapCase& c : cases) {
    std::vector<std::string> got;
    for (const std::string& d : Describe(c.text, "bounds")) {
      if (d.rfind("vi-word@", 0) == 0) got.push_back(d);
    }
    EXPECT_EQ(got, c.expected) << c.behaviour << ": " << c.text;
  }
}

TEST_F(MatcherTest, AdjacentMatchesShareABoundary) {
  const Rule* digits = patterns_->FindRule("digits");
  ASSERT_NE(digits, nullptr);
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"12 34", {"12", "34"}},
      {"12,34", {"12", "34"}},
      {"x12 34", {"34"}},
      {"12ạ 7", {"7"}},
      {"Đ12", {}},
  };
  for (const auto& [text, expected] : cases) {
    std::vector<std::string> got;
    for (const Match& m : matcher_->FindRule(text, *digits)) got.emplace_back(m.span.In(text));
    EXPECT_EQ(got, expected) << text;
  }
}

TEST_F(MatcherTest, ConsumingBoundaryAndLetterClass) {
  EXPECT_THAT(Describe("an toàn", "bounds"), ElementsAre("middle-boundary@an toàn"));
  EXPECT_THAT(Describe("anhtoàn", "bounds"), IsEmpty());
  EXPECT_THAT(Describe("xương sống", "bounds"), ElementsAre("letter-run@xương"));
  EXPECT_THAT(Describe("CHI BỘ", "bounds"), ElementsAre("case-free@CHI BỘ"));
}

TEST_F(MatcherTest, GroupsInRegexOrderWithMeaningsAndOnlyIfParticipating) {
  const std::string text = "tổng kinh phí hơn 1,2 tỷ đồng";
  std::vector<Match> matches = matcher_->FindAll(text, "figures");
  ASSERT_EQ(matches.size(), 1u) << text;
  const Match& money = matches[0];
  EXPECT_EQ(money.rule->name, "money");
  std::vector<std::string> names;
  for (const GroupMatch& g : money.groups) names.emplace_back(g.name);
  EXPECT_THAT(names, ElementsAre("approx", "value", "magnitude", "unit"));
  ASSERT_NE(money.Group("value"), nullptr);
  EXPECT_EQ(money.Group("value")->span.In(text), "1,2");
  EXPECT_EQ(money.Group("value")->meaning, "number");
  EXPECT_EQ(money.Group("magnitude")->span.In(text), "tỷ");
  EXPECT_EQ(money.Group("nothing"), nullptr);

  const std::string plain = "vốn 300 USD";
  matches = matcher_->FindAll(plain, "figures");
  ASSERT_EQ(matches.size(), 1u) << plain;
  EXPECT_EQ(matches[0].Group("magnitude"), nullptr) << plain;
  EXPECT_EQ(matches[0].Group("approx"), nullptr) << plain;
}

TEST_F(MatcherTest, OnePrefilterForAllDimensionsGivesTheSameMatches) {
  const std::vector<std::string> texts = {
      "Bí thư Đảng ủy Nguyễn Văn Hùng và bà Hoàng Thị Ánh (45 tuổi) đã đến.",
      "Chi bộ có 25 đảng viên, kết nạp 3 đảng viên mới ngày 12/3/2024 tại xã An Bình.",
      "Việt Vi 12 34",
      "Không có gì ở đây.",
      "",
  };
  const std::vector<std::string> dimensions = {"bounds", "dates",  "figures",
                                               "overlap", "people", "places"};
  for (const std::string& text : texts) {
    const std::optional<std::vector<int>> fired = matcher_->FiringRules(text);
    ASSERT_TRUE(fired.has_value()) << text;
    EXPECT_TRUE(std::is_sorted(fired->begin(), fired->end())) << text;
    size_t matched_rules = 0;
    for (const std::string& dimension : dimensions) {
      MatchOptions one_scan;
      one_scan.fired = &*fired;
      std::vector<std::string> with, without;
      for (const Match& m : matcher_->FindAll(text, dimension, one_scan)) {
        with.push_back(m.rule->name + "@" + std::string(m.span.In(text)));
      }
      for (const Match& m : matcher_->FindAll(text, dimension)) {
        without.push_back(m.rule->name + "@" + std::string(m.span.In(text)));
      }
      EXPECT_EQ(with, without) << dimension << " in " << text;
      matched_rules += without.size();
    }
    // A rule that matches must have fired.
    EXPECT_TRUE(matched_rules == 0 || !fired->empty()) << text;
  }
  // However the rules are split among prefilter Sets, the same rules fire.
  for (const std::vector<std::string>& own : std::vector<std::vector<std::string>>{
           {}, {"people"}, {"figures", "dates", "bounds"}}) {
    MatcherOptions options;
    options.own_prefilter = own;
    Matcher split(*patterns_, options);
    for (const std::string& text : texts) {
      EXPECT_EQ(split.FiringRules(text), matcher_->FiringRules(text)) << own.size() << " " << text;
    }
  }
  // Rules reported by index: every index names a rule of the set.
  const auto fired = matcher_->FiringRules(texts[1]);
  ASSERT_TRUE(fired.has_value());
  for (int index : *fired) {
    ASSERT_GE(index, 0);
    ASSERT_LT(static_cast<size_t>(index), patterns_->rules().size());
  }
}

TEST_F(MatcherTest, UnknownDimensionHasNoMatches) {
  EXPECT_THAT(Describe("859 đảng viên", "no-such-dimension"), IsEmpty());
}

TEST_F(MatcherTest, ResultsAreSortedByBegin) {
  const std::string text =
      "Ngày 3/2/2024, Đảng bộ xã Ea Kao có 859 đảng viên, 14 chi bộ, đạt 74,6% và kết nạp được "
      "3 đảng viên mới; hỗ trợ 500 nghìn đồng cho 45 hộ.";
  std::vector<Match> matches = matcher_->FindAll(text, "figures");
  ASSERT_EQ(matches.size(), 6u) << text;
  for (size_t i = 1; i < matches.size(); ++i) {
    EXPECT_LE(matches[i - 1].span.end, matches[i].span.begin) << text;
  }
}

TEST_F(MatcherTest, ManyThreadsShareOneMatcher) {
  const std::vector<std::string> texts = {
      "Toàn huyện hiện có 859 đảng viên sinh hoạt ở 40 chi bộ.",
      "Bí thư Đảng ủy Nguyễn Văn Hùng và bà Hoàng Thị Ánh tại xã Ea Kao.",
      "Đại hội nhiệm kỳ 2025-2030 diễn ra ngày 15 tháng 8 năm 2023.",
  };
  const std::vector<std::string> dimensions = {"figures", "people", "places", "dates"};
  std::vector<std::vector<std::string>> expected;
  for (const std::string& text : texts) {
    for (const std::string& dimension : dimensions) expected.push_back(Describe(text, dimension));
  }
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        size_t k = 0;
        for (const std::string& text : texts) {
          for (const std::string& dimension : dimensions) {
            if (Describe(text, dimension) != expected[k++]) ++mismatches[t];
          }
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_THAT(mismatches, ElementsAre(0, 0, 0, 0));
  EXPECT_THAT(expected[0], ElementsAre("members-count@859 đảng viên", "cells-count@40 chi bộ"));
}

// Maps offsets of a folded text back to the original, code point by code
// point, as the text layer's OffsetMap would (one code point -> one).
ByteSpan MapBack(std::string_view original, std::string_view folded, ByteSpan span) {
  auto starts = [](std::string_view s) {
    std::vector<size_t> out;
    for (size_t i = 0; i < s.size(); ++i) {
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
    }
    out.push_back(s.size());
    return out;
  };
  std::vector<size_t> from = starts(folded), to = starts(original);
  auto map = [&](size_t offset) {
    size_t k = std::lower_bound(from.begin(), from.end(), offset) - from.begin();
    return to[k];
  };
  return {map(span.begin), map(span.end)};
}

TEST_F(MatcherTest, AccentInsensitiveRulesRunOnTheFoldedView) {
  const std::string original = "Chi bộ có 5 đảng viên.";
  const std::string folded = "Chi bo co 5 dang vien.";
  FoldedView view{folded, [&](ByteSpan s) { return MapBack(original, folded, s); }};
  MatchOptions options;
  options.folded = &view;
  std::vector<std::string> got;
  for (const Match& m : matcher_->FindAll(original, "bounds", options)) {
    got.push_back(m.rule->name + "@" + std::string(m.span.In(original)));
  }
  EXPECT_THAT(got, ElementsAre("case-free@Chi bộ", "digits@5", "folded@đảng viên")) << original;
  EXPECT_THAT(Describe(original, "bounds"), ElementsAre("case-free@Chi bộ", "digits@5"))
      << "without the view, " << original;
  // A match found in both views is reported once.
  const std::string ascii = "5 dang vien";
  FoldedView same{ascii, [](ByteSpan s) { return s; }};
  options.folded = &same;
  EXPECT_EQ(matcher_->FindAll(ascii, "bounds", options).size(), 2u) << ascii;
}

TEST(MatcherEdgesTest, GroupsOfARuleUsingTextEdgesSeeTheWholeText) {
  // The first branch needs the end of the text after "ab": in "ab!" it fails
  // and the second branch wins. Groups found on the matched bytes alone would
  // see an end there and report the first branch; the Matcher must not.
  const std::string dir = testing::OneRuleFileTree("vnie_match_edges", R"([[rule]]
name = "edge"
regex = '''(?:(?P<short>a)b$|(?P<long>ab))'''
groups = { short = "text", long = "text" }
examples = [{ text = "ab!", long = "ab" }]
)");
  auto patterns = PatternSet::Load({.dir = dir}, testing::TestMeanings());
  ASSERT_TRUE(patterns.ok()) << patterns.status();
  Matcher matcher(**patterns);
  for (const std::string text : {"ab!", "x ab!"}) {
    std::vector<Match> matches = matcher.FindAll(text, "figures");
    ASSERT_EQ(matches.size(), 1u) << text;
    ASSERT_EQ(matches[0].groups.size(), 1u) << text;
    EXPECT_EQ(matches[0].groups[0].name, "long") << text;
    EXPECT_EQ(matches[0].groups[0].span.In(text), "ab") << text;
  }
  // At the true end the first branch is right.
  std::vector<Match> at_end = matcher.FindAll("ab", "figures");
  ASSERT_EQ(at_end.size(), 1u);
  ASSERT_EQ(at_end[0].groups.size(), 1u);
  EXPECT_EQ(at_end[0].groups[0].name, "short");
  fs::remove_all(dir);
}

TEST(MatcherFallbackTest, SmallMemoryBudgetStaysCorrect) {
  // With a budget this small the dimension Set's DFA cannot run and the
  // Matcher falls back to running every rule; the answers must not change.
  PatternOptions options{.dir = testing::TestDataDir("good")};
  options.max_mem = 60 << 10;
  auto small = PatternSet::Load(options, testing::TestMeanings());
  ASSERT_TRUE(small.ok()) << small.status();
  auto normal = PatternSet::Load({.dir = testing::TestDataDir("good")}, testing::TestMeanings());
  ASSERT_TRUE(normal.ok()) << normal.status();
  Matcher small_matcher(**small), normal_matcher(**normal);
  const std::string text = "Bí thư Đảng ủy Nguyễn Văn Hùng và bà Hoàng Thị Ánh (45 tuổi) đã đến.";
  std::vector<std::string> a, b;
  for (const Match& m : small_matcher.FindAll(text, "people")) a.emplace_back(m.span.In(text));
  for (const Match& m : normal_matcher.FindAll(text, "people")) b.emplace_back(m.span.In(text));
  EXPECT_EQ(a, b) << text;
  EXPECT_THAT(b, ElementsAre("Bí thư Đảng ủy Nguyễn Văn Hùng", "Hoàng Thị Ánh (45 tuổi)"))
      << "name-age (priority 35) beats honorific-name (30) in " << text;
  // Proof that the fallback ran: the small budget's Set did run out.
  CheckOptions fast;
  fast.min_seconds = 0;
  CheckReport report = CheckPatterns(**small, small_matcher, text, fast);
  bool people_out_of_memory = false;
  for (const DimensionCheck& d : report.dimensions) {
    if (d.dimension == "people") people_out_of_memory = d.dfa_out_of_memory;
  }
  EXPECT_TRUE(people_out_of_memory) << report.ToString();
}

}  // namespace
}  // namespace vnie
