#include "text/offset_map.h"

#include <gtest/gtest.h>

namespace vnie {
namespace {

TEST(OffsetMapTest, IdentityReturnsItsArgument) {
  OffsetMap map = OffsetMap::Identity(10);
  EXPECT_TRUE(map.is_identity());
  for (size_t b = 0; b <= 10; ++b) {
    for (size_t e = b; e <= 10; ++e) {
      EXPECT_EQ(map.ToOriginal({b, e}), (ByteSpan{b, e})) << b << "," << e;
    }
  }
}

// original "aXYb" -> normalized "aZb": X Y (2 bytes) replaced by Z (1 byte).
OffsetMap Shrink() {
  OffsetMap map;
  map.AppendCopy(0, 1);
  map.AppendReplacement(1, {1, 3});
  map.AppendCopy(3, 1);
  return map;
}

TEST(OffsetMapTest, ReplacementMapsToItsWholeSource) {
  OffsetMap map = Shrink();
  EXPECT_FALSE(map.is_identity());
  EXPECT_EQ(map.normalized_size(), 3u);
  EXPECT_EQ(map.original_size(), 4u);
  EXPECT_EQ(map.ToOriginal({1, 2}), (ByteSpan{1, 3}));
  EXPECT_EQ(map.ToOriginal({0, 3}), (ByteSpan{0, 4}));
  EXPECT_EQ(map.ToOriginal({2, 3}), (ByteSpan{3, 4}));
  EXPECT_EQ(map.ToOriginal({0, 1}), (ByteSpan{0, 1}));
}

TEST(OffsetMapTest, DeletedBytesAreNotPartOfTheSmallestCover) {
  // original "a" ZWSP(3 bytes) "b" -> "ab"
  OffsetMap map;
  map.AppendCopy(0, 1);
  map.AppendReplacement(0, {1, 4});
  map.AppendCopy(4, 1);
  EXPECT_EQ(map.ToOriginal({0, 1}), (ByteSpan{0, 1}));
  EXPECT_EQ(map.ToOriginal({1, 2}), (ByteSpan{4, 5}));
  EXPECT_EQ(map.ToOriginal({0, 2}), (ByteSpan{0, 5}));
  EXPECT_EQ(map.original_size(), 5u);
}

TEST(OffsetMapTest, CopiesMergeIntoOnePiece) {
  OffsetMap map;
  for (size_t i = 0; i < 100; ++i) map.AppendCopy(i, 1);
  EXPECT_EQ(map.piece_count(), 1u);
  EXPECT_TRUE(map.is_identity());
}

TEST(OffsetMapTest, ThenComposesStages) {
  // Stage 1: "aXYb" -> "aZb" (Shrink). Stage 2: "aZb" -> "aZZb" (Z doubled).
  OffsetMap inner;
  inner.AppendCopy(0, 1);
  inner.AppendReplacement(2, {1, 2});
  inner.AppendCopy(2, 1);
  OffsetMap composed = Shrink().Then(inner);
  EXPECT_EQ(composed.normalized_size(), 4u);
  EXPECT_EQ(composed.original_size(), 4u);
  EXPECT_EQ(composed.ToOriginal({0, 1}), (ByteSpan{0, 1}));
  EXPECT_EQ(composed.ToOriginal({1, 2}), (ByteSpan{1, 3}));
  EXPECT_EQ(composed.ToOriginal({2, 3}), (ByteSpan{1, 3}));
  EXPECT_EQ(composed.ToOriginal({3, 4}), (ByteSpan{3, 4}));
}

TEST(OffsetMapTest, ThenOfCopyAcrossOuterReplacementSplitsIt) {
  // Outer: "aXYb" -> "aZb"; inner: identity on "aZb". Result equals outer.
  OffsetMap outer = Shrink();
  OffsetMap composed = outer.Then(OffsetMap::Identity(3));
  for (size_t b = 0; b <= 3; ++b) {
    for (size_t e = b; e <= 3; ++e) {
      EXPECT_EQ(composed.ToOriginal({b, e}), outer.ToOriginal({b, e})) << b << "," << e;
    }
  }
}

TEST(OffsetMapTest, MonotonicAndInsideOriginal) {
  OffsetMap map;
  map.AppendReplacement(0, {0, 3});  // leading BOM deleted
  map.AppendCopy(3, 5);
  map.AppendReplacement(1, {8, 11});
  map.AppendReplacement(0, {11, 12});
  map.AppendCopy(12, 4);
  map.AppendReplacement(0, {16, 19});  // trailing deletion
  size_t previous_begin = 0, previous_end = 0;
  for (size_t b = 0; b <= map.normalized_size(); ++b) {
    for (size_t e = b; e <= map.normalized_size(); ++e) {
      ByteSpan o = map.ToOriginal({b, e});
      EXPECT_LE(o.begin, o.end) << b << "," << e;
      EXPECT_LE(o.end, map.original_size()) << b << "," << e;
    }
    EXPECT_GE(map.OriginalBegin(b), previous_begin) << b;
    EXPECT_GE(map.OriginalEnd(b), previous_end) << b;
    previous_begin = map.OriginalBegin(b);
    previous_end = map.OriginalEnd(b);
  }
  EXPECT_EQ(map.ToOriginal({0, 1}), (ByteSpan{3, 4}));
  EXPECT_EQ(map.original_size(), 19u);
}

}  // namespace
}  // namespace vnie
