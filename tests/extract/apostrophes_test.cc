#include "extract/apostrophes.h"

#include <gtest/gtest.h>

namespace vnie {
namespace {

TEST(ApostrophesTest, PutsTheArticlesMarksBack) {
  EXPECT_EQ(RestoreApostrophes("M'Đ'rắk", "M\xe2\x80\x99\xc4\x90\xe2\x80\x99r\xe1\xba\xafk"),
            "M\xe2\x80\x99\xc4\x90\xe2\x80\x99r\xe1\xba\xafk");
  EXPECT_EQ(RestoreApostrophes("K'Brơi", "K'Brơi"), "K'Brơi");
}

TEST(ApostrophesTest, LeavesTextAloneWhenTheMarksDoNotCorrespond) {
  EXPECT_EQ(RestoreApostrophes("Tam Đảo", "Tam Đảo"), "Tam Đảo");
  EXPECT_EQ(RestoreApostrophes("K'Brơi", "K Brơi"), "K'Brơi");
}

}  // namespace
}  // namespace vnie
