#include "base/byte_span.h"

#include <gtest/gtest.h>

namespace vnie {
namespace {

TEST(ByteSpanTest, InReturnsTheCoveredBytes) {
  std::string_view text = "Tam Đảo";
  ByteSpan span{4, 10};
  EXPECT_EQ(span.In(text), "Đảo");
  EXPECT_EQ(span.size(), 6u);
}

TEST(ByteSpanTest, ContainsIsInclusiveOfEqualEnds) {
  ByteSpan outer{2, 8};
  EXPECT_TRUE(outer.Contains(ByteSpan{2, 8}));
  EXPECT_TRUE(outer.Contains(ByteSpan{3, 5}));
  EXPECT_FALSE(outer.Contains(ByteSpan{1, 5}));
  EXPECT_FALSE(outer.Contains(ByteSpan{5, 9}));
}

}  // namespace
}  // namespace vnie
