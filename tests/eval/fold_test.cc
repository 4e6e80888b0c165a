// Tests for eval/fold.h against score.py. Every expected value below was
// printed by the functions of /work/shared/tools/score.py (Python 3.11) on the
// same input; a mismatch means `vnie eval` no longer agrees with the scorer.
#include "eval/fold.h"

#include <gtest/gtest.h>

#include <string>

namespace vnie {
namespace {

struct TextCase {
  std::string input;
  std::string expected;
};

TEST(FoldTest, MatchesScorePy) {
  const TextCase cases[] = {
      {"Ủy viên BTV Huyện ủy", "uy\u0309 viên btv huyên\u0323 uy\u0309"},
      {"ủy viên ban thường vụ huyện ủy",
       "uy\u0309 viên ban thương\u0300 vu\u0323 huyên\u0323 uy\u0309"},
      {"hoà", "hoa\u0300"},
      {"hòa", "hoa\u0300"},
      {"Thuỷ", "thuy\u0309"},
      {"Thủy", "thuy\u0309"},
      {"Đảng", "d\u0335ang\u0309"},
      {"Dang", "dang"},
      {"LÊ THU THUỶ", "lê thu thuy\u0309"},
      {"Phó Chủ tịch UBND huyện", "pho\u0301 chu\u0309 tich\u0323 ubnd huyên\u0323"},
      {"  a\u00A0b\u2013c\u200Bd  ", "a b c d"},
      {"(Bí thư), \u201CChi bộ\u201D; x:y", "bi\u0301 thư chi bô\u0323 x y"},
      {"Nguyễn-Văn 'An'", "nguyên\u0303 văn an"},
      {"", ""},
      {"\u0130stanbul", "i\u0307stanbul"},
      {"HĐND xã", "hd\u0335nd xa\u0303"},
      {"Trường THCS Hòa Bình", "trương\u0300 thcs hoa\u0300 binh\u0300"},
      {"ưu tú", "ưu tu\u0301"},
      {"Tiểu học", "tiêu\u0309 hoc\u0323"},
      // Decomposed input folds like composed input.
      {"ho\u0061\u0300", "hoa\u0300"},
      {"Tie\u0302\u0309u ho\u0323c", "tiêu\u0309 hoc\u0323"},
  };
  for (const TextCase& c : cases) {
    EXPECT_EQ(Fold(c.input), c.expected) << "Fold(\"" << c.input << "\")";
  }
}

TEST(FoldTest, ToneStylesFoldEqualButDStrokeStaysDistinct) {
  EXPECT_EQ(Fold("hoà"), Fold("hòa"));
  EXPECT_EQ(Fold("Lê Thu Thuỷ"), Fold("LÊ THU THỦY"));
  EXPECT_NE(Fold("Đào"), Fold("Dao"));
  EXPECT_NE(Fold("Đ"), Fold("D"));
}

TEST(FoldTest, InvalidUtf8ReadsAsReplacementCharacter) {
  EXPECT_EQ(Fold("a\xFF"
                 "b"),
            "a\uFFFDb");
}

TEST(ExpandTest, MatchesScorePy) {
  const TextCase cases[] = {
      {"Ủy viên BTV Huyện ủy", "uy\u0309 viên ban thường vụ huyên\u0323 uy\u0309"},
      {"HUV", "huyện ủy viên"},
      {"Hiệu trưởng Trường TH", "hiêu\u0323 trương\u0309 trương\u0300 tiểu học"},
      // score.py's keys with "đ" never match a folded word.
      {"HĐND", "hd\u0335nd"},
      {"GD&ĐT", "gd&d\u0335t"},
      {"Phó Chủ tịch UBND huyện", "pho\u0301 chu\u0309 tich\u0323 ủy ban nhân dân huyên\u0323"},
      {"thcs  thpt-mn", "trung học cơ sở trung học phổ thông mầm non"},
  };
  for (const TextCase& c : cases) {
    EXPECT_EQ(Expand(c.input), c.expected) << "Expand(\"" << c.input << "\")";
  }
}

TEST(SimilarTest, MatchesScorePy) {
  struct Case {
    std::string a;
    std::string b;
    double threshold;
    bool similar;
    double jaccard;  // of the expanded forms
  };
  const Case cases[] = {
      // The expansion of BTV is not folded, so it meets the folded full form
      // only on some words: score.py says these are not similar.
      {"Ủy viên BTV Huyện ủy", "ủy viên ban thường vụ huyện ủy", 0.6, false, 0.5},
      {"Ủy viên BTV Huyện ủy", "Ủy viên Ban Thường vụ Huyện ủy", 0.6, false, 0.5},
      {"hoà", "hòa", 0.6, true, 1.0},
      {"Đảng", "Dang", 0.6, false, 0.0},
      {"HUV", "Huyện ủy viên", 0.6, false, 0.2},
      {"Phó Chủ tịch UBND huyện", "Phó Chủ tịch Ủy ban nhân dân huyện", 0.6, true,
       0.7777777777777778},
      {"Trưởng Ban Tuyên giáo Huyện ủy", "Trưởng Ban Tuyên giáo", 0.6, true, 0.6666666666666666},
      {"Bí thư Chi bộ", "Bí thư Đảng ủy", 0.6, false, 0.3333333333333333},
      {"Bí thư Chi bộ", "Bí thư Đảng ủy", 0.5, false, 0.3333333333333333},
      {"", "", 0.6, true, 1.0},
      {"", "Chi bộ", 0.5, false, 0.0},
      {"Chi bộ Trường Mầm non", "Chi bộ Trường Tiểu học", 0.5, false, 0.42857142857142855},
      {"Chi bộ Trường Mầm non", "Chi bộ Trường Tiểu học", 0.3, true, 0.42857142857142855},
      {"Trường TH Đông Sơn", "Trường Tiểu học Đông Sơn", 0.5, false, 0.42857142857142855},
      {"a b c d", "a b c e", 0.6, true, 0.6},
      {"a b c", "a b d", 0.5, true, 0.5},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE("a=\"" + c.a + "\" b=\"" + c.b + "\" threshold=" + std::to_string(c.threshold));
    EXPECT_EQ(Similar(c.a, c.b, c.threshold), c.similar);
    EXPECT_EQ(Similar(c.b, c.a, c.threshold), c.similar) << "similar() is symmetric";
    EXPECT_DOUBLE_EQ(Jaccard(Expand(c.a), Expand(c.b)), c.jaccard);
  }
}

}  // namespace
}  // namespace vnie
