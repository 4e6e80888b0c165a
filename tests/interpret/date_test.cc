// Tables for dates, date-times and month-of-year, with a fixed reference date.
#include "interpret/date.h"

#include <gtest/gtest.h>

#include <string>

#include "lexicon_fixture.h"

namespace vnie {
namespace {

struct Case {
  const char* input;
  const char* expected;  // ISO form, or nullptr when not a date
};

// The publication date the tests borrow missing years from.
DateOptions Options() {
  DateOptions options;
  options.reference = Date{2021, 6, 14};
  options.words = &ShippedNumberWords();
  return options;
}

void ExpectAll(std::initializer_list<Case> cases, const DateOptions& options = Options()) {
  for (const Case& c : cases) {
    std::optional<Date> got = ReadDate(c.input, options);
    EXPECT_EQ(got ? got->ToIso() : "(not a date)", c.expected ? c.expected : "(not a date)")
        << "input: '" << c.input << "'";
  }
}

TEST(DateTest, DayMonthYearWithSeparators) {
  ExpectAll({
      {"17/5/2022", "2022-05-17"},
      {"03/03/2017", "2017-03-03"},
      {"3/3/17", "2017-03-03"},
      {"3/9/91", "1991-09-03"},
      {"17-5-2022", "2022-05-17"},
      {"29.03.2019", "2019-03-29"},
      {"29/02/2020", "2020-02-29"},  // leap year
      {"17/5-2022", nullptr},        // mixed separators
      {"17/5/20222", nullptr},
      {"17/5/1700", nullptr},
  });
}

TEST(DateTest, ImpossibleDatesAreNotDates) {
  ExpectAll({
      {"31/02/2022", nullptr},
      {"45/5/2022", nullptr},
      {"29/02/2021", nullptr},
      {"12/13/2022", nullptr},
      {"0/5/2022", nullptr},
      {"31/04/2023", nullptr},
      {"30/04/2023", "2023-04-30"},
  });
}

TEST(DateTest, WordsForDayMonthYear) {
  ExpectAll({
      {"ngày 17 tháng 5 năm 2022", "2022-05-17"},
      {"Ngày 17 tháng 5 năm 2022", "2022-05-17"},
      {"12 tháng 10 năm 2017", "2017-10-12"},
      {"27 tháng 4, 2021", "2021-04-27"},
      {"ngày mồng 3 tháng 3 năm 2019", "2019-03-03"},
      {"mùng 2 tháng 9 năm 1945", "1945-09-02"},
      {"ngày mười lăm tháng tám năm 2020", "2020-08-15"},
      {"ngày 31 tháng 6 năm 2022", nullptr},
      {"ngày 17 tháng năm 2022", nullptr},
      {"17 tháng", nullptr},
  });
}

TEST(DateTest, MissingYearComesFromTheReference) {
  ExpectAll({
      {"17/5", "2021-05-17"},
      {"ngày 5.9", "2021-09-05"},
      {"ngày 17-5", "2021-05-17"},
      {"ngày mồng 3 tháng 3", "2021-03-03"},
      {"mồng 7 tháng ba", "2021-03-07"},
      {"27 tháng 4", "2021-04-27"},
      {"Sáng 16/9", "2021-09-16"},
      {"Chiều 3-8", "2021-08-03"},
      {"thứ Ba, 4.5", "2021-05-04"},
      {"5.9", nullptr},   // a decimal without "ngày"
      {"17-5", nullptr},  // a range without "ngày"
      {"30/2", nullptr},
  });
  DateOptions no_reference;
  ExpectAll({{"17/5", nullptr}, {"ngày mồng 3 tháng 3", nullptr}, {"17/5/2022", "2022-05-17"}},
            no_reference);
  DateOptions keep;
  keep.keep_missing_year = true;
  ExpectAll({{"17/5", "--05-17"},
             {"ngày 29-2", "--02-29"},
             {"ngày 30-2", nullptr},
             {"tháng 5", nullptr},  // a month with no year says too little
             {"17/5/2022", "2022-05-17"}},
            keep);
}

TEST(DateTest, MonthOfAYear) {
  ExpectAll({
      {"tháng 10 năm 2017", "2017-10"},
      {"tháng mười năm 2017", "2017-10"},
      {"tháng 3/2023", "2023-03"},
      {"Tháng 6-2024", "2024-06"},
      {"tháng 4", "2021-04"},
      {"04/2006", "2006-04"},
      {"6-2024", "2024-06"},
      {"13/2006", nullptr},
      {"6.2024", nullptr},
      {"tháng 13 năm 2017", nullptr},
      {"tháng", nullptr},
      {"tháng năm", "2021-05"},  // "tháng năm" is May
  });
}

TEST(DateTest, WeekdaysAndPartsOfDayAroundTheDate) {
  ExpectAll({
      {"Thứ hai, 02/10/2023", "2023-10-02"},
      {"thứ 3 ngày 3 tháng 4 năm 2018", "2018-04-03"},
      {"Chủ nhật, 12/9/2021", "2021-09-12"},
      {"chiều ngày 20/4/2017", "2017-04-20"},
      {"Thứ hai", nullptr},
      {"ngày", nullptr},
      {"chiều", nullptr},
      {"ngày hội", nullptr},
  });
}

TEST(DateTest, DateTimesKeepTheTime) {
  ExpectAll({
      {"10:51 08-11-2019", "2019-11-08T10:51"},
      {"00:00 18/05/2022", "2022-05-18T00:00"},
      {"18/05/2022 00:00 (GMT+7)", "2022-05-18T00:00"},
      {"16:29, Thứ Hai, 22/07/2019 (GMT+7)", "2019-07-22T16:29"},
      {"7:30 chiều ngày 20/4/2017", "2017-04-20T19:30"},
      {"lúc 9h15 ngày 2/3/2020", "2020-03-02T09:15"},
      {"14 giờ 30 phút ngày 2/3/2020", "2020-03-02T14:30"},
      {"11 giờ trưa ngày 2/3/2020", "2020-03-02T11:00"},
      {"1 giờ trưa ngày 2/3/2020", "2020-03-02T13:00"},
      {"10 giờ đêm 2/3/2020", "2020-03-02T22:00"},
      {"2 giờ đêm 2/3/2020", "2020-03-02T02:00"},
      {"8 giờ sáng 2/3/2020", "2020-03-02T08:00"},
      {"16:29", nullptr},  // a time alone is not a date
      {"25:10 02/03/2020", nullptr},
      {"16:29 16:30 02/03/2020", nullptr},
  });
}

TEST(DateTest, PublicationLinesWithTheDateInWordsOrLuc) {
  ExpectAll({
      {"Thứ hai, ngày 03 tháng 02 năm 2025 | 06:50", "2025-02-03T06:50"},
      {"Chủ nhật, ngày 9 tháng 11 năm 2025 - 21:05", "2025-11-09T21:05"},
      {"9-2-2025 lúc 16:30", "2025-02-09T16:30"},
      {"03/01/2025 lúc 08:40", "2025-01-03T08:40"},
  });
}

// Portals on .NET print the US order with a 12-hour clock. The month comes
// first only when the second number cannot be a month; "5/3/2023 8:42:17 AM"
// stays 5 March, as every other date here.
TEST(DateTest, TwelveHourClockAndUsMonthFirst) {
  ExpectAll({
      {"10/23/2024 3:05:48 PM", "2024-10-23T15:05"},
      {"10/23/2024 3:05:48 AM", "2024-10-23T03:05"},
      {"1/31/2025 12:10:00 AM", "2025-01-31T00:10"},
      {"1/31/2025 12:10:00 PM", "2025-01-31T12:10"},
      {"5/3/2023 8:42:17 AM", "2023-03-05T08:42"},
      {"14/09/2023 8:42 pm", "2023-09-14T20:42"},
      {"14/09/2023 8:42 p.m.", "2023-09-14T20:42"},
      {"10/23/2024 13:05:48 PM", nullptr},  // no 13 o'clock on a 12-hour clock
      {"10/23/2024 0:05:48 AM", nullptr},
      {"10/23/2024 15:05", nullptr},  // US order only with AM/PM
      {"10/23/2024", nullptr},
      {"12/13/2022", nullptr},
      {"13/13/2022 8:42 AM", nullptr},
      {"10-23-2024 3:05:48 PM", nullptr},  // .NET prints slashes
  });
}

TEST(DateTest, IsoFromPageMetadata) {
  ExpectAll({
      {"2026-03-07", "2026-03-07"},
      {"2026-03-07T07:00:05+07:00", "2026-03-07T07:00"},
      {"2019-07-22T16:29Z", "2019-07-22T16:29"},
      {"2026-02-30", nullptr},
      {"2026-3-7", nullptr},
      {"2017-2018", nullptr},
      {"2026-03-07T", nullptr},
  });
}

TEST(DateTest, ToIsoForms) {
  EXPECT_EQ((Date{2022, 5, 17}).ToIso(), "2022-05-17");
  EXPECT_EQ((Date{2017, 10, 0}).ToIso(), "2017-10");
  EXPECT_EQ((Date{2019, 7, 22, 16, 29}).ToIso(), "2019-07-22T16:29");
}

TEST(DateTest, ValidDates) {
  EXPECT_TRUE(IsValidDate(2000, 2, 29));
  EXPECT_FALSE(IsValidDate(1900, 2, 29));
  EXPECT_TRUE(IsValidDate(2024, 12, 31));
  EXPECT_FALSE(IsValidDate(2024, 11, 31));
}

}  // namespace
}  // namespace vnie
