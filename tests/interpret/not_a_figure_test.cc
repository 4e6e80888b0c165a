// Tables of numbers in context that label rather than count.
#include "interpret/not_a_figure.h"

#include <gtest/gtest.h>

#include <string>

namespace vnie {
namespace {

struct Case {
  const char* before;
  const char* candidate;
  const char* after;
  const char* expected;  // NotAFigureName, or nullptr for a real figure
};

void ExpectAll(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    std::optional<NotAFigure> got = WhyNotAFigure(c.before, c.candidate, c.after);
    EXPECT_EQ(got ? std::string(NotAFigureName(*got)) : "(a figure)",
              c.expected ? c.expected : "(a figure)")
        << "input: '" << c.before << "[" << c.candidate << "]" << c.after << "'";
  }
}

TEST(NotAFigureTest, DocumentCodes) {
  ExpectAll({
      {"thực hiện Chỉ thị số ", "05", "-CT/TW của Bộ Chính trị", "document-code"},
      {"theo Quyết định ", "2150", "/QĐ-UBND ngày 3/4", "document-code"},
      {"Tờ trình ", "77", "/TTr-SGD về việc", "document-code"},
      {"Kết luận ", "18", "- KL/HU của Huyện ủy", "document-code"},
      {"", "12-NQ/TW", "", "document-code"},
      {"Nghị định số ", "43", "/2006/NĐ-CP của Chính phủ", "document-code"},
      {"đạt ", "43", "/60 chỉ tiêu", nullptr},
      {"huyện có ", "18", " chi bộ trực thuộc", nullptr},
  });
}

TEST(NotAFigureTest, PhoneNumbers) {
  ExpectAll({
      {"liên hệ ", "0976.112.334", " để", "phone-number"},
      {"số điện thoại ", "0913", " 456 789", "phone-number"},
      {"đường dây nóng ", "0243", "8221122", "phone-number"},
      {"có ", "01", " chi bộ", nullptr},
      {"có ", "0,5", " ha", nullptr},
  });
}

TEST(NotAFigureTest, ClassNamesRomanNumeralsAndTimes) {
  ExpectAll({
      {"học sinh lớp ", "11", "A2 đạt giải", "class-name"},
      {"Đại hội lần thứ ", "XIV", " của Đảng", "roman-numeral"},
      {"Ban Chấp hành khóa ", "XIII", "", "roman-numeral"},
      {"bắt đầu lúc ", "8", ":30 sáng", "time-of-day"},
      {"đăng lúc ", "14:05", "", "time-of-day"},
      {"khai mạc lúc ", "7", "h30", "time-of-day"},
      {"kết nạp ", "11", " đảng viên", nullptr},
      {"có ", "5", "ha lúa", nullptr},
  });
}

TEST(NotAFigureTest, YearsAndDates) {
  ExpectAll({
      {"trong năm ", "2023", " toàn huyện", "year"},
      {"giai đoạn ", "2016", "-2021", "year"},
      {"giai đoạn 2016-", "2021", " đã", "year"},
      {"Tính đến tháng 6/", "2024", ", huyện", "year"},
      {"sơ kết năm ", "2020", ".", "year"},
      {"toàn tỉnh có ", "2023", " đảng viên", nullptr},
      {"vào ngày ", "17", " tháng 5", "date"},
      {"khai giảng ", "5", " tháng 9 năm 2022", "date"},
      {"", "17/5/2022", "", "date"},
      {"trong ", "3", " tháng qua", nullptr},
  });
}

TEST(NotAFigureTest, NumbersInsideNames) {
  ExpectAll({
      {"Trường Tiểu học số ", "3", " xã Tân Lập", "name"},
      {"trao Huy hiệu ", "40", " năm tuổi Đảng cho", "name"},
      {"đảng viên được tặng ", "50", " năm tuổi đảng", "name"},
      {"sinh hoạt tại Tổ dân phố ", "7", "", "name"},
      {"Hội nghị lần thứ ", "8", " Ban Chấp hành", "ordinal"},
      {"Trường có ", "3", " điểm trường", nullptr},
  });
}

}  // namespace
}  // namespace vnie
