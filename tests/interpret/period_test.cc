// Tables for year periods, closed and open.
#include "interpret/period.h"

#include <gtest/gtest.h>

#include <string>

namespace vnie {
namespace {

struct Case {
  const char* input;
  const char* expected;  // "from-to", "from-" when open, nullptr when not a period
};

TEST(PeriodTest, YearRanges) {
  for (const Case& c : std::initializer_list<Case>{
           {"giai đoạn 2016-2021", "2016-2021"},
           {"Giai đoạn 2016-2021", "2016-2021"},
           {"nhiệm kỳ 2025 - 2030", "2025-2030"},
           {"nhiệm kỳ 2020-2025", "2020-2025"},
           {"2017 -2018", "2017-2018"},
           {"2020 - 2025", "2020-2025"},
           {"2013 \u2013 2014", "2013-2014"},  // an en dash the normalizer missed
           {"năm học 2016-2017", "2016-2017"},
           {"niên khóa 2019-2022", "2019-2022"},
           {"2022-2017", nullptr},  // from must not pass to
           {"1850-1860", nullptr},  // implausible years
           {"2017-18", nullptr},
           {"5-10", nullptr},
           {"giai đoạn", nullptr},
           {"hội nghị 2016-2021", nullptr},
           {"2016-2021-2026", nullptr},
       }) {
    std::optional<YearRange> got = ReadPeriod(c.input);
    EXPECT_EQ(got ? got->ToString() : "(not a period)", c.expected ? c.expected : "(not a period)")
        << "input: '" << c.input << "'";
  }
}

TEST(PeriodTest, FromUntil) {
  for (const Case& c : std::initializer_list<Case>{
           {"từ năm 2017 đến nay", "2017-"},
           {"Từ năm 2017 đến hiện nay", "2017-"},
           {"từ năm 2015 đến năm 2023", "2015-2023"},
           {"từ 2015 đến 2023", "2015-2023"},
           {"từ năm 2015 tới năm 2023", "2015-2023"},
           {"từ năm 2014 trở lại đây", "2014-"},
           {"Từ năm học 2018-2019 đến nay", "2018-"},
           {"từ năm học 2018-2019 đến năm học 2021-2022", "2018-2022"},
           {"từ nhiệm kỳ 2015 - 2020 đến nay", "2015-"},
           {"từ năm 2014 trở lại", nullptr},
           {"từ năm 2023 đến năm 2015", nullptr},
           {"từ năm 2017", nullptr},
           {"từ năm 2017 đến", nullptr},
           {"đến năm 2017", nullptr},
       }) {
    std::optional<YearRange> got = ReadPeriod(c.input);
    EXPECT_EQ(got ? got->ToString() : "(not a period)", c.expected ? c.expected : "(not a period)")
        << "input: '" << c.input << "'";
  }
  std::optional<YearRange> open = ReadPeriod("từ năm 2017 đến nay");
  ASSERT_TRUE(open.has_value());
  EXPECT_FALSE(open->to.has_value());
}

}  // namespace
}  // namespace vnie
