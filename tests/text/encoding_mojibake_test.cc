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

// A Vietnamese letter or mark between a lead-like character and continuation-
// like ones breaks the sequence: "à" wants two, "ạ" ends the wait.
TEST(MayBeMojibakeTest, LettersAndMarksEndAPendingSequence) {
  for (const std::string text : {
           "\u00E0\u1EA1\u201D\u201D",  // à ạ ” ”
           "\u00C3\u0301\u00A9",         // Ã, combining acute, ©
           "\u00E0\u0111\u201D\u201D",  // à đ ” ”
       }) {
    EXPECT_FALSE(MayBeMojibake(text)) << text;
  }
  EXPECT_TRUE(MayBeMojibake("\u00E0\u201D\u201D"));  // à ” ”: E0 94 94
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
