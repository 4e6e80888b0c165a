// SpanGroups: groups of a span PCRE2 settles, and every case it must leave to
// RE2 (edges, syntax it lacks, a limit, a vertical tab, a span that does not
// match whole).
#include "match/span_groups.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "re2/re2.h"

namespace vnie {
namespace {

constexpr size_t kUnset = std::string_view::npos;

std::vector<std::string> GroupTexts(const SpanGroups& groups, std::string_view span) {
  std::vector<ByteSpan> found;
  EXPECT_TRUE(groups.Find(span, &found)) << span;
  std::vector<std::string> out;
  for (const ByteSpan& g : found) out.push_back(g.begin == kUnset ? "<unset>" : std::string(g.In(span)));
  return out;
}

TEST(SpanGroupsTest, FindsTheGroupsOfAWholeSpan) {
  auto groups = SpanGroups::Compile(
      R"((?P<value>[0-9]+(?:[.,][0-9]+)*)\s+(?P<unit>(?i:đảng viên))(?:\s+(?P<extra>mới))?)");
  ASSERT_NE(groups, nullptr);
  EXPECT_EQ(groups->group_count(), 3);
  EXPECT_EQ(GroupTexts(*groups, "1.234 Đảng viên"),
            (std::vector<std::string>{"1.234 Đảng viên", "1.234", "Đảng viên", "<unset>"}));
  EXPECT_EQ(GroupTexts(*groups, "12 đảng viên mới"),
            (std::vector<std::string>{"12 đảng viên mới", "12", "đảng viên", "mới"}));
}

TEST(SpanGroupsTest, PrefersAlternativesInOrderLikeRe2) {
  // Leftmost-first: the first alternative that lets the whole span match wins,
  // and a greedy repetition takes as much as it can.
  const std::string regex = R"((?P<a>ab|a)(?P<b>b?c)(?P<rest>.*))";
  auto groups = SpanGroups::Compile(regex);
  ASSERT_NE(groups, nullptr);
  for (std::string span : {"abc", "abbc", "acxyz", "abcbc"}) {
    RE2 re(regex);
    std::string a, b, rest;
    ASSERT_TRUE(RE2::FullMatch(span, re, &a, &b, &rest)) << span;
    EXPECT_EQ(GroupTexts(*groups, span), (std::vector<std::string>{span, a, b, rest})) << span;
  }
}

TEST(SpanGroupsTest, LeavesToRe2WhatItCannotSettle) {
  EXPECT_EQ(SpanGroups::Compile("^(a)"), nullptr) << "^ depends on text outside the span";
  EXPECT_EQ(SpanGroups::Compile("(a)$"), nullptr);
  EXPECT_EQ(SpanGroups::Compile(R"((?:^|[^a-z])(a))"), nullptr) << "what {B} expands to";
  EXPECT_EQ(SpanGroups::Compile(R"((a)\C)"), nullptr) << "\\C is a byte in RE2";
  EXPECT_NE(SpanGroups::Compile(R"([$^](a))"), nullptr) << "inside a class they are characters";

  auto groups = SpanGroups::Compile(R"((a+)\s(b))");
  ASSERT_NE(groups, nullptr);
  std::vector<ByteSpan> found;
  EXPECT_FALSE(groups->Find("aa\vb", &found)) << "PCRE2's \\s takes \\v, RE2's does not";
  EXPECT_TRUE(groups->Find("aa\tb", &found));
  EXPECT_FALSE(groups->Find("aa b c", &found)) << "must match the whole span";
  EXPECT_FALSE(groups->Find("xaa b", &found));
  EXPECT_FALSE(groups->Find("a\xC3 b", &found)) << "bad UTF-8";
}

TEST(SpanGroupsTest, GivesUpAtItsMatchLimitWhereRe2StillAnswers) {
  // Nested repetition makes a backtracking engine try every way to split the
  // a's before the second alternative; RE2 is linear.
  const std::string regex = R"((?:(?:a|a)+)+b|(a+)c)";
  const std::string span = std::string(30, 'a') + "c";
  auto groups = SpanGroups::Compile(regex);
  ASSERT_NE(groups, nullptr);
  std::vector<ByteSpan> found;
  EXPECT_FALSE(groups->Find(span, &found));
  std::string a;
  EXPECT_TRUE(RE2::FullMatch(span, RE2(regex), &a));
  EXPECT_EQ(a, std::string(30, 'a'));
  EXPECT_EQ(GroupTexts(*groups, "aaac"), (std::vector<std::string>{"aaac", "aaa"}));
}

}  // namespace
}  // namespace vnie
