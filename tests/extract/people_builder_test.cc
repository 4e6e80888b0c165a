#include "extract/people_builder.h"

#include <gtest/gtest.h>

namespace vnie {
namespace {

TEST(SplitRolesTest, SplitsAtCommasSemicolonsAndSpacedHyphens) {
  struct Case {
    const char* input;
    std::vector<std::string> expected;
  } cases[] = {
      {"HUV, Phó Chủ tịch UBND huyện", {"HUV", "Phó Chủ tịch UBND huyện"}},
      {"Bí thư Chi bộ - Hiệu trưởng Trường Tiểu học số 2",
       {"Bí thư Chi bộ", "Hiệu trưởng Trường Tiểu học số 2"}},
      {"Giám đốc Sở GD-ĐT Hà Nội", {"Giám đốc Sở GD-ĐT Hà Nội"}},
      {"Bí thư Chi bộ và", {"Bí thư Chi bộ"}},
      {"TVTU, Trưởng Ban Tổ chức Tỉnh ủy", {"TVTU", "Trưởng Ban Tổ chức Tỉnh ủy"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SplitRoles(c.input), c.expected) << "input: " << c.input;
  }
}

}  // namespace
}  // namespace vnie
