// The cheap gate in front of mojibake repair: it must let every kind of
// mojibake through and stop ordinary Vietnamese text, which is most documents.
#include "text/encoding_mojibake.h"

#include <gtest/gtest.h>

#include <string>

namespace vnie {
namespace {

TEST(MayBeMojibakeTest, OrdinaryVietnameseIsNotSuspect) {
  for (const std::string text : {
           "Việt Nam", "Anh ấy nói: “Đó là”. Rồi đi…", "Đà Lạt – thành phố ngàn hoa",
           "Cô giáo Lê Thị Hà’s lớp", "ÂM NHẠC Ê-ĐÊ, Ô TÔ", "", "plain ascii",
       }) {
    EXPECT_FALSE(MayBeMojibake(text)) << text;
  }
}

TEST(MayBeMojibakeTest, Utf8ReadAsWindows1252IsSuspect) {
  for (const std::string text : {
           "Viá»‡t Nam",   // á » ‡ : E1 BB 87, ệ
           "cafÃ©",         // Ã © : C3 A9, é
           "ngÆ°á»i",      // Æ: a marker on its own
           "Ä‘áº£ng viÃªn",  // đảng viên
       }) {
    EXPECT_TRUE(MayBeMojibake(text)) << text;
  }
}

}  // namespace
}  // namespace vnie
