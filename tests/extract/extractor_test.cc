// End-to-end behaviour of the library on small articles written for these tests.
#include "vnie/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <utility>

#include "support/loaded_or_die.h"

namespace vnie {
namespace {

const Extractor& Shared() {
  static const Extractor* extractor = [] {
    ExtractorOptions options;
    options.patterns_dir = std::string(VNIE_SOURCE_DIR) + "/patterns";
    auto created = Extractor::Create(options);
    return LoadedOrDie(std::move(created), "the shipped patterns");
  }();
  return *extractor;
}

const char kArticle[] =
    "Huyện Mường Tè nâng cao chất lượng chi bộ trường học\n"
    "\n"
    "08:30 12/03/2024\n"
    "\n"
    "Ngày 11/3/2024, Huyện ủy Mường Tè tổ chức hội nghị sơ kết công tác phát triển đảng viên "
    "trong trường học. Các đồng chí: Lò Văn Pao - Bí thư Huyện ủy; Tẩn Thị Mai - HUV, Phó Chủ "
    "tịch UBND huyện chủ trì hội nghị.\n"
    "Toàn huyện hiện có 28 chi bộ trường học với 412 đảng viên, chiếm 61,3% số cán bộ, giáo "
    "viên, nhân viên. Từ năm 2020 đến nay, các chi bộ đã kết nạp mới được 96 đảng viên.\n"
    "Chi bộ Trường Tiểu học Kan Hồ có 18 đảng viên trong tổng số 30 cán bộ, giáo viên, nhân "
    "viên.\n"
    "\n"
    "Minh Châu\n"
    "\n"
    "Tin cùng chuyên mục\n"
    "Xã Bum Tở kết nạp 12 đảng viên mới\n";

const Person* FindPerson(const Record& record, const std::string& name) {
  for (const Person& p : record.people) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

// The titles of the person named `name`; a person the record lacks reads as
// one title saying so, which no expected list contains.
std::vector<std::string> RolesOf(const Record& record, const std::string& name) {
  const Person* person = FindPerson(record, name);
  if (person == nullptr) return {"<no person " + name + ">"};
  return person->roles;
}

// The `name` of each person or cell, in record order.
template <typename Named>
std::vector<std::string> NamesOf(const std::vector<Named>& items) {
  std::vector<std::string> names;
  for (const Named& item : items) names.push_back(item.name);
  return names;
}

// A headline, a blank line and `body`: the shape of the crawled text files.
Record ExtractArticle(std::string_view headline, std::string_view body) {
  return Shared().Extract({"article.txt", std::string(headline) + "\n\n" + std::string(body)});
}

std::vector<double> Values(const Record& record, const std::string& kind) {
  std::vector<double> values;
  for (const Figure& f : record.figures) {
    if (f.kind == kind) values.push_back(f.value);
  }
  return values;
}

TEST(ExtractorTest, ReadsMetadata) {
  Record record = Shared().Extract({"a.txt", kArticle});
  ASSERT_TRUE(record.ok());
  EXPECT_EQ(record.title.value_or(""), "Huyện Mường Tè nâng cao chất lượng chi bộ trường học");
  EXPECT_EQ(record.published.value_or("").substr(0, 10), "2024-03-12");
  EXPECT_EQ(record.author.value_or(""), "Minh Châu");
  EXPECT_EQ(record.encoding, "utf-8");
}

// The byline keeps the article's own apostrophe, and a bare "Cùng chuyên mục"
// ends the body: the related headlines after it state no figures of this article.
TEST(ExtractorTest, BylineWithApostropheBeforeRelatedNews) {
  Record record = ExtractArticle(
      "Chi bộ buôn Ea Tul kết nạp đảng viên mới",
      "Chi bộ buôn Ea Tul hiện có 17 đảng viên.\n\n"
      "H’Linh\n\n"
      "Cùng chuyên mục\n"
      "Xã Cư Pui kết nạp 9 đảng viên");
  ASSERT_TRUE(record.ok());
  EXPECT_EQ(record.author.value_or(""), "H’Linh");
  EXPECT_EQ(Values(record, "members"), (std::vector<double>{17}));
  EXPECT_TRUE(Values(record, "admitted").empty());
}

TEST(ExtractorTest, FindsPeopleWithSplitRoles) {
  Record record = Shared().Extract({"a.txt", kArticle});
  EXPECT_EQ(RolesOf(record, "Tẩn Thị Mai"),
            (std::vector<std::string>{"HUV", "Phó Chủ tịch UBND huyện"}));
  EXPECT_EQ(RolesOf(record, "Lò Văn Pao"), (std::vector<std::string>{"Bí thư Huyện ủy"}));
}

// Who the record names, in order, with their titles; one behaviour per case.
struct PeopleCase {
  const char* behaviour;
  const char* body;
  std::vector<std::pair<std::string, std::vector<std::string>>> people;  // name, roles
};

TEST(ExtractorTest, PeopleAndTheirTitles) {
  const PeopleCase cases[] = {
      {"a rank is one of the person's titles too (and the honorific, checked below)",
       "Đại úy Hồ Văn Lực, Trưởng Công an xã cho biết chi bộ có 9 đảng viên. THƯỢNG SĨ ZƠ RÂM "
       "THANH phát biểu.",
       {{"Hồ Văn Lực", {"Đại úy", "Trưởng Công an xã"}}, {"Zơ Râm Thanh", {"Thượng sĩ"}}}},
      {"a unit word that ends the person's own title is followed by the person; a school or "
       "a ward named after a hero is no person",
       "Phó Chủ tịch UBND huyện Lê Thị Hoa phát biểu. Chủ tịch UBND tỉnh Nguyễn Văn Bình dự. "
       "Hiệu trưởng Trường THCS Đàm Quang Trung báo cáo. Chủ tịch UBND phường Trần Phú cho "
       "biết.",
       {{"Lê Thị Hoa", {"Phó Chủ tịch UBND huyện"}}, {"Nguyễn Văn Bình", {"Chủ tịch UBND tỉnh"}}}},
      {"'nay là' gives the title now held to the person the clause names",
       "Cô giáo Ka Thị Lan, giáo viên người Châu Mạ được kết nạp năm 2019, nay là Phó Bí thư chi "
       "bộ nhà trường.",
       {{"Ka Thị Lan", {"giáo viên", "Phó Bí thư chi bộ nhà trường"}}}},
      {"a title before the honorific is the person's; a title taken by the person before is not",
       "Phát biểu chỉ đạo, Phó Bí thư Thường trực Đảng ủy Khối, đồng chí Phạm Thị Thu Hà đề "
       "nghị. Bí thư Chi bộ thôn Nà Pàn là anh Triệu Văn Sài. Đồng chí Võ Ngọc Hân được bầu giữ "
       "chức Bí thư Chi bộ, đồng chí Lâm Thị Kim Yến được bầu làm Phó Bí thư Chi bộ.",
       {{"Phạm Thị Thu Hà", {"Phó Bí thư Thường trực Đảng ủy Khối"}},
        {"Triệu Văn Sài", {"Bí thư Chi bộ thôn Nà Pàn"}},
        {"Võ Ngọc Hân", {"Bí thư Chi bộ"}},
        {"Lâm Thị Kim Yến", {"Phó Bí thư Chi bộ"}}}},
      {"an origin after a dash stands between a name and its titles; a title before the "
       "person set off by dashes; capitalized unit words continue a title",
       "Y sĩ Lý Văn Páo – người Dao, Bí thư Chi bộ Phòng khám đa khoa khu vực Cốc Pàng kể. "
       "Chủ tịch UBND phường – ông Phan Minh Đức – cho biết thêm. Ông Trần Hữu Nghĩa, Bí thư "
       "Chi bộ Khu phố 5 phát biểu.",
       {{"Lý Văn Páo", {"Bí thư Chi bộ Phòng khám đa khoa khu vực Cốc Pàng"}},
        {"Phan Minh Đức", {"Chủ tịch UBND phường"}},
        {"Trần Hữu Nghĩa", {"Bí thư Chi bộ Khu phố 5"}}}},
      {"titles before and after a name without an honorific are one person's",
       "Điều dưỡng trưởng khoa Phan Thị Thoa, Phó Bí thư chi bộ kể lại.",
       {{"Phan Thị Thoa", {"Điều dưỡng trưởng khoa", "Phó Bí thư chi bộ"}}}},
      {"a cell committee member's title",
       "Cô Phạm Thị Bích Vân - Chi ủy viên, Tổng phụ trách Đội phát biểu.",
       {{"Phạm Thị Bích Vân", {"Chi ủy viên", "Tổng phụ trách Đội"}}}},
      {"an infographic's cards: a name alone on a line in capitals, and the title line of "
       "its block; a blank line ends the block",
       "Ban Thường vụ Huyện ủy khóa XIII gồm các đồng chí:\n\n01\nNGUYỄN THỊ THUỶ\nNăm sinh: "
       "1978\nThạc sĩ Quản lý công\nỦy viên BTV Huyện ủy, Trưởng Ban Tổ chức Huyện ủy\n\n02\nVÕ "
       "MINH KHOA\nQuê quán: xã Hồng Sơn\nChức vụ: Chủ nhiệm Ủy ban Kiểm tra Huyện ủy\n\nTrưởng "
       "Ban Dân vận Huyện ủy",
       {{"Nguyễn Thị Thủy", {"Ủy viên BTV Huyện ủy", "Trưởng Ban Tổ chức Huyện ủy"}},
        {"Võ Minh Khoa", {"Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"}}}},
      {"'kiêm' joins two titles into one",
       "Ông Lê Văn Sang, Chủ tịch Hội đồng quản trị kiêm Giám đốc HTX, Bí thư Chi bộ cho biết.",
       {{"Lê Văn Sang", {"Chủ tịch Hội đồng quản trị kiêm Giám đốc HTX", "Bí thư Chi bộ"}}}},
  };
  for (const PeopleCase& c : cases) {
    Record record = ExtractArticle("Tin công tác xây dựng Đảng", c.body);
    std::vector<std::pair<std::string, std::vector<std::string>>> people;
    for (const Person& p : record.people) people.push_back({p.name, p.roles});
    EXPECT_EQ(people, c.people) << c.behaviour;
  }
  Record titled = ExtractArticle("Tin công tác xây dựng Đảng", cases[3].body);
  ASSERT_FALSE(titled.people.empty());
  EXPECT_EQ(titled.people[0].mentions.size(), 1u);  // two rules, one mention
  Record ranked = ExtractArticle("Tin công tác xây dựng Đảng", cases[0].body);
  ASSERT_FALSE(ranked.people.empty());
  EXPECT_EQ(ranked.people[0].honorific.value_or(""), "đại úy");
}

// A person named again by part of their name with an honorific is one person:
// the end of a Kinh name, the start of an Ê Đê one. Two candidates: no merge.
TEST(ExtractorTest, ShortenedNamesAreTheSamePerson) {
  Record record = ExtractArticle(
      "Chi bộ kết nạp đảng viên",
      "Cô Lê Ngọc Bảo Trân, giáo viên Ngữ văn, được kết nạp. Đồng chí Y Kriăng Mlô, Bí thư "
      "Chi bộ trao quyết định. Cô Bảo Trân xúc động. Đồng chí Y Kriăng nói thêm. Anh Trần "
      "Văn Nam và anh Lê Văn Nam dự lễ; anh Văn Nam phát biểu.");
  EXPECT_EQ(NamesOf(record.people), (std::vector<std::string>{"Lê Ngọc Bảo Trân", "Y Kriăng Mlô", "Trần Văn Nam",
                                             "Lê Văn Nam", "Văn Nam"}));
  const Person* tran = FindPerson(record, "Lê Ngọc Bảo Trân");
  ASSERT_NE(tran, nullptr);
  EXPECT_EQ(tran->mentions.size(), 2u);
}

// A title before a list belongs to everyone listed; a title taken ("được bầu
// giữ chức") to the people named before it, but not to whoever hands it over;
// "Các em đều là ..." to the people of the sentence before.
TEST(ExtractorTest, SharedTitlesGoToEveryPersonTheSentenceNames) {
  Record record = ExtractArticle(
      "Đại hội Đảng bộ huyện Bảo Lạc lần thứ XV thành công tốt đẹp",
      "Các đồng chí Phó Bí thư Huyện ủy khóa XIV: Nông Văn Sáng, Chủ tịch UBND huyện; "
      "Hoàng Thị Nguyệt tiếp tục được tín nhiệm bầu giữ chức Phó Bí thư Huyện ủy khóa XV. "
      "Đồng chí Lục Văn Kiên trao quyết định cho đồng chí Triệu Thị Hoa giữ chức Trưởng "
      "Ban Dân vận Huyện ủy. Tại phiên họp thứ nhất, đồng chí Bế Văn Lâm được bầu giữ chức "
      "Bí thư Đảng ủy xã, các đồng chí Đinh Văn Tâm và Ma Thị Hằng được bầu giữ chức Phó Bí "
      "thư Đảng ủy xã. Đồng chí Hoàng Văn Dũng chủ trì phiên họp; đồng chí Nông Thị Bích được "
      "bầu giữ chức Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.\n"
      "Chi bộ Trường THPT Bảo Lạc kết nạp hai em Vàng Thị Dua và Sùng A Tủa. Các em đều là Bí "
      "thư Chi đoàn.\n");
  const std::pair<const char*, std::vector<std::string>> expected[] = {
      {"Nông Văn Sáng",
       {"Chủ tịch UBND huyện", "Phó Bí thư Huyện ủy khóa XIV", "Phó Bí thư Huyện ủy khóa XV"}},
      {"Hoàng Thị Nguyệt", {"Phó Bí thư Huyện ủy khóa XIV", "Phó Bí thư Huyện ủy khóa XV"}},
      // The one who hands over the decision takes no title.
      {"Triệu Thị Hoa", {"Trưởng Ban Dân vận Huyện ủy"}},
      {"Lục Văn Kiên", {}},
      // Each clause takes its own title only.
      {"Bế Văn Lâm", {"Bí thư Đảng ủy xã"}},
      {"Đinh Văn Tâm", {"Phó Bí thư Đảng ủy xã"}},
      {"Ma Thị Hằng", {"Phó Bí thư Đảng ủy xã"}},
      {"Hoàng Văn Dũng", {}},
      {"Nông Thị Bích", {"Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"}},
      // "Các em đều là ..." speaks of the people the sentence before names.
      {"Vàng Thị Dua", {"Bí thư Chi đoàn"}},
      {"Sùng A Tủa", {"Bí thư Chi đoàn"}},
  };
  for (const auto& [name, roles] : expected) {
    const Person* person = FindPerson(record, name);
    ASSERT_NE(person, nullptr) << name;
    EXPECT_EQ(person->roles, roles) << name;
  }
}

TEST(ExtractorTest, FindsFiguresAndIgnoresTheRelatedNewsTail) {
  Record record = Shared().Extract({"a.txt", kArticle});
  EXPECT_EQ(Values(record, "cells"), (std::vector<double>{28}));
  EXPECT_EQ(Values(record, "members"), (std::vector<double>{412, 18}));
  EXPECT_EQ(Values(record, "percent"), (std::vector<double>{61.3}));
  EXPECT_EQ(Values(record, "admitted"), (std::vector<double>{96}));
  EXPECT_EQ(Values(record, "staff"), (std::vector<double>{30}));
}

// "21/25 chi bộ" is a ratio; its whole is not a count of cells. A school
// between the counted noun and "được kết nạp" still makes them admitted.
TEST(ExtractorTest, RatiosOverCountsAndAdmittedAcrossASchoolName) {
  Record record = ExtractArticle(
      "Huyện ủy Bảo Yên rút kinh nghiệm đại hội điểm",
      "Đến nay đã có 21/25 chi bộ cơ sở tổ chức xong đại hội. Năm nay, 6 học sinh Trường THPT "
      "số 1 Bảo Yên (xã Phố Ràng) được kết nạp vào Đảng.\n");
  EXPECT_TRUE(Values(record, "cells").empty());
  EXPECT_EQ(Values(record, "ratio"), (std::vector<double>{21}));
  EXPECT_EQ(Values(record, "admitted"), (std::vector<double>{6}));
  EXPECT_TRUE(Values(record, "other").empty());
}

// "Trong đó có 3 học sinh" right after an admission counts admitted members;
// after anything else it is not.
TEST(ExtractorTest, SubsetOfTheAdmittedInTheNextSentence) {
  Record record = ExtractArticle(
      "Chi bộ Trường THPT Mường Nhé kết nạp đảng viên mới",
      "Chi bộ vừa kết nạp Đảng cho 5 quần chúng. Trong đó có 2 học sinh lớp 12.\n"
      "Nhà trường có 40 giáo viên. Trong đó có 3 học sinh giỏi cấp tỉnh làm trợ giảng.\n");
  EXPECT_EQ(Values(record, "admitted"), (std::vector<double>{5, 2}));
}

// The school's staff stated before its cell's members belong to the cell.
TEST(ExtractorTest, StaffBeforeTheCellGoesToTheCell) {
  Record record = ExtractArticle(
      "Chi bộ Trường Tiểu học Nà Nhạn vững mạnh",
      "Năm học 2024-2025, nhà trường có 30 cán bộ, giáo viên, nhân viên; chi bộ nhà trường có 12 "
      "đảng viên.\n");
  ASSERT_EQ(record.cells.size(), 1u);
  EXPECT_EQ(record.cells[0].name, "Chi bộ Trường Tiểu học Nà Nhạn");
  EXPECT_EQ(record.cells[0].members, 12);
  EXPECT_EQ(record.cells[0].staff, 30);
}

// "trở thành một đảng viên": "một" is an article there, a number elsewhere.
TEST(ExtractorTest, IndefiniteMotIsNotTheNumberOne) {
  Record record = ExtractArticle(
      "Lễ kết nạp đảng viên ở Chi bộ thôn Nà Hẩu",
      "Em Lò Thị Phương hứa sẽ phấn đấu trở thành một đảng viên gương mẫu. Chi bộ hiện có một "
      "đảng viên được miễn sinh hoạt.\n");
  ASSERT_EQ(Values(record, "members"), (std::vector<double>{1}));
  for (const Figure& figure : record.figures) {
    EXPECT_EQ(figure.text.find("thành một"), std::string::npos) << figure.text;
  }
}

// Fragments of capitals and table headers are not place names: "UBND HUYỆN
// QUẢNG XƯƠNG" gives huyện "Quảng Xương", not huyện "Q"; a header row "Xã Xã Xã"
// no xã "Xã Xã".
TEST(ExtractorTest, NoPlaceFromFragmentsOfCapitalsOrRepeatedUnitWords) {
  Record record = ExtractArticle("Báo cáo tổng kết công tác y tế",
                                 "UBND HUYỆN QUẢNG XƯƠNG\n"
                                 "Đơn vị tính Xã Xã Xã\n"
                                 "Trạm y tế xã Quảng Nham đạt chuẩn quốc gia.\n");
  std::vector<std::string> places;
  for (const Place& place : record.places) places.push_back(place.kind + " " + place.name);
  EXPECT_EQ(places, (std::vector<std::string>{"huyện Quảng Xương", "xã Quảng Nham"}));
}

TEST(ExtractorTest, FigureSpansHoldExactlyTheirText) {
  std::string text = kArticle;
  Record record = Shared().Extract({"a.txt", text});
  ASSERT_FALSE(record.figures.empty());
  for (const Figure& f : record.figures) {
    EXPECT_EQ(text.substr(f.span.begin, f.span.size()), f.text) << f.rule;
  }
}

// A cell that starts its sentence is not "counted" by the number that ended the
// sentence before ("giai đoạn 2019 - 2023."), nor by the share that ended the
// clause before ("(chiếm 80,5%);"). A share stated later without a name goes to
// the last cell before it that has none.
TEST(ExtractorTest, CellsAfterNumbersAndSharesStatedLater) {
  Record record = ExtractArticle(
      "Chi bộ trường học vững mạnh",
      "Xã trao Giấy khen cho chi bộ vì đã hoàn thành xuất sắc nhiệm vụ giai đoạn 2019 - 2023.\n\n"
      "Chi bộ Trường THPT Kỳ Anh có 52 đảng viên trong tổng số 71 cán bộ, giáo viên, nhân viên. "
      "Xã có 2 chi bộ trường học: Chi bộ Trường Mầm non Kỳ Lợi có 15 đảng viên/20 cán bộ, giáo "
      "viên, nhân viên (chiếm 75%); Chi bộ Trường Tiểu học Kỳ Lợi có 12 đảng viên.\n\n"
      "Năm nay, tỷ lệ đảng viên của chi bộ đạt 80,5%.");
  ASSERT_EQ(record.cells.size(), 3u);
  EXPECT_EQ(record.cells[0].name, "Chi bộ Trường THPT Kỳ Anh");
  EXPECT_EQ(record.cells[0].members, 52);
  EXPECT_FALSE(record.cells[0].percent.has_value());
  EXPECT_EQ(record.cells[1].percent.value_or(0), 75);
  EXPECT_EQ(record.cells[2].name, "Chi bộ Trường Tiểu học Kỳ Lợi");
  EXPECT_EQ(record.cells[2].members, 12);
  EXPECT_EQ(record.cells[2].percent.value_or(0), 80.5);
}

// Lower-case syllables after a capital belong to the cell's name; a lower-case
// clause after "chi bộ" does not.
TEST(ExtractorTest, CellNamesKeepTheirLowerCaseSyllables) {
  Record record = ExtractArticle(
      "Các chi bộ trực thuộc",
      "Chi bộ Khoa Hồi sức tích cực có 19 đảng viên. Chi bộ Công ty Cổ phần Cơ khí An Phú có "
      "23 đảng viên. Xã có 2 chi bộ trường học là Chi bộ Trường Mầm non (có 37 đảng viên) và "
      "Chi bộ Trường Tiểu học (có 29 đảng viên).");
  EXPECT_EQ(NamesOf(record.cells), (std::vector<std::string>{"Chi bộ Khoa Hồi sức tích cực",
                                             "Chi bộ Công ty Cổ phần Cơ khí An Phú",
                                             "Chi bộ Trường Mầm non", "Chi bộ Trường Tiểu học"}));
}

// Cells by how the article states them, one behaviour per case: the cells
// found, as "name members/staff/percent" (0 for a number not given).
struct CellCase {
  const char* behaviour;
  const char* body;
  std::vector<std::string> expected;
};

std::string Describe(const Cell& cell) {
  char numbers[64];
  std::snprintf(numbers, sizeof numbers, " %lld/%lld/%g",
                static_cast<long long>(cell.members.value_or(0)),
                static_cast<long long>(cell.staff.value_or(0)), cell.percent.value_or(0));
  return cell.name + numbers;
}

TEST(ExtractorTest, CellsByPhrasing) {
  const CellCase cases[] = {
      {"the whole organization is one cell",
       "Năm 2024 có nhiều chuyển biến. Toàn Đảng bộ huyện hiện có 44 tổ chức cơ sở đảng, "
       "3.912 đảng viên.",
       {"Đảng bộ huyện 3912/0/0"}},
      {"a clause after the year is not a count of cells",
       "Tính đến hết năm 2024, Đảng bộ các Khu công nghiệp tỉnh có 18 tổ chức cơ sở đảng với "
       "426 đảng viên.",
       {"Đảng bộ các Khu công nghiệp tỉnh 426/0/0"}},
      {"one cell numbered 01 is named",
       "Riêng 01 chi bộ Trường THPT Lạc Sơn trực thuộc Huyện ủy có 61 đảng viên.",
       {"chi bộ Trường THPT Lạc Sơn 61/0/0"}},
      {"28 cells are a count",
       "Huyện có 28 chi bộ trường học với 412 đảng viên.",
       {}},
      {"a share before the staff it is of",
       "Đảng bộ Trường Cao đẳng Kỹ thuật Vĩnh Long (phường 2) hiện có 5 chi bộ trực thuộc với "
       "137 đảng viên, chiếm 64,3% tổng số 213 cán bộ, giảng viên, nhân viên của trường.",
       {"Đảng bộ Trường Cao đẳng Kỹ thuật Vĩnh Long 137/213/64.3"}},
      {"members a clause picks out are not the membership",
       "Đợt này toàn Đảng bộ thành phố có 368 đảng viên được trao Huy hiệu Đảng.",
       {}},
      {"a list item gives the count after a colon",
       "Các chi bộ tiêu biểu:\n+ Chi bộ HTX Sen Tháp Mười (xã Mỹ An): 8 đảng viên;\n- Chi bộ "
       "Khám bệnh – Cấp cứu: 24 đảng viên.",
       {"Chi bộ HTX Sen Tháp Mười 8/0/0", "Chi bộ Khám bệnh - Cấp cứu 24/0/0"}},
      {"a dash joins two capitalized parts",
       "Chi bộ Hành chính – Thể chất có 21 đảng viên.",
       {"Chi bộ Hành chính - Thể chất 21/0/0"}},  // dashes are normalized
      {"a school named in lower case is the article's school",
       "Trường PTDT bán trú TH&THCS Chiềng Khừa có 46 cán bộ. Sau đợt kết nạp, chi bộ trường "
       "liên cấp có 31 đảng viên. Cô Hương kể: nay chi bộ trường cô có hai mươi mốt đảng viên "
       "trẻ.",
       {"Chi bộ Trường PTDT bán trú TH&THCS Chiềng Khừa 31/0/0",
        "Chi bộ Trường PTDT bán trú TH&THCS Chiềng Khừa 21/0/0"}},
  };
  for (const CellCase& c : cases) {
    Record record = ExtractArticle("Tin công tác xây dựng Đảng", c.body);
    std::vector<std::string> found;
    for (const Cell& cell : record.cells) found.push_back(Describe(cell));
    EXPECT_EQ(found, c.expected) << c.behaviour;
  }
}

// A letterhead in capitals names its place in proper case; a headline in
// capitals does not run on into the name.
TEST(ExtractorTest, PlacesInCapitals) {
  Record record = ExtractArticle("Kết quả công tác phát triển đảng viên",
                                 "UBND HUYỆN NGA SƠN\n\nUBND XÃ NGA AN TỔ CHỨC HỘI NGHỊ TỔNG KẾT NĂM\n\n"
                                 "Xã có 2 chi bộ trường học.");
  std::vector<std::string> places;
  for (const Place& p : record.places) places.push_back(p.kind + " " + p.name);
  EXPECT_EQ(places, (std::vector<std::string>{"huyện Nga Sơn"}));
}

// A unit word said once for a list names every place in it, each with its own
// evidence.
TEST(ExtractorTest, PlacesSharingAUnitWord) {
  const std::string headline = "Tin công tác xây dựng Đảng";
  const std::string body = "Các thôn của các xã Krong, Sơ Pai và Kông Lơng Khơng đều có chi bộ.";
  const std::string article = headline + "\n\n" + body;
  Record record = ExtractArticle(headline, body);
  std::vector<std::string> places;
  for (const Place& p : record.places) {
    places.push_back(p.kind + " " + p.name + " @ " + article.substr(p.span.begin, p.span.size()));
  }
  EXPECT_EQ(places, (std::vector<std::string>{"xã Krong @ các xã Krong", "xã Sơ Pai @ Sơ Pai",
                                              "xã Kông Lơng Khơng @ Kông Lơng Khơng"}));
}

// A text table's numbers take their kind from the column header; its rows are
// party cells when the label column is headed "Chi bộ" (not the total row); a
// row the prose already gave is not a second cell; figures point to their cell.
TEST(ExtractorTest, TablesGiveFiguresAndCells) {
  const std::string headline = "Sơ kết công tác xây dựng Đảng";
  const std::string body =
      "Chi bộ Khu phố 3 có 72 đảng viên, trong đó nhiều đồng chí đã nghỉ hưu.\n\n"
      "Chi bộ        Đảng viên   Nghỉ hưu   Kết nạp mới   Năm thành lập\n"
      "Khu phố 3        72          51           4            1976\n"
      "Khu phố 5        83          61           3            1980\n"
      "Cộng            155         112           7             -\n\n"
      "Hội nghị kết thúc.";
  const std::string article = headline + "\n\n" + body;
  Record record = ExtractArticle(headline, body);
  std::vector<std::string> cells;
  for (const Cell& cell : record.cells) cells.push_back(Describe(cell));
  EXPECT_EQ(cells, (std::vector<std::string>{"Chi bộ Khu phố 3 72/0/0", "Chi bộ Khu phố 5 83/0/0"}));
  EXPECT_EQ(Values(record, "members"), (std::vector<double>{72, 72, 51, 83, 61, 155, 112}));
  EXPECT_EQ(Values(record, "admitted"), (std::vector<double>{4, 3, 7}));
  EXPECT_EQ(Values(record, "other"), (std::vector<double>{}));  // the years are no figures
  for (const Figure& f : record.figures) {
    EXPECT_EQ(article.substr(f.span.begin, f.span.size()), f.text) << f.rule;
  }
}

// Figures by kind in short bodies, one behaviour per case.
struct FigureCase {
  const char* behaviour;
  const char* body;
  std::vector<std::pair<std::string, std::vector<double>>> expected;  // kind, values
};

TEST(ExtractorTest, FiguresByKind) {
  const FigureCase cases[] = {
      {"a period inside a figure's match blocks only a number that is part of it; the total "
       "an admission brings a committee to counts members, even in 'đồng chí'",
       "Tỉnh kết nạp 2.500 đảng viên mới, vượt mục tiêu Đại hội đề ra cho giai đoạn 2015 - "
       "2020 trên 500 đảng viên. Xã kết nạp 7 quần chúng vào Đảng, nâng tổng số đảng viên của "
       "Đảng bộ xã lên 121 đồng chí.",
       {{"admitted", {2500, 500, 7}}, {"members", {121}}}},
      {"'năm 2024 Đảng bộ' is a year before a noun, 'một đảng viên nào' none",
       "Riêng năm 2024 Đảng bộ công ty kết nạp mới 9 đảng viên. Nhiều doanh nghiệp chưa có một "
       "đảng viên nào.",
       {{"cells", {}}, {"members", {}}, {"admitted", {9}}}},
      {"the base of a share is staff, inside the percentage's 'of' too, whatever its head noun "
       "after 'N đảng viên trên tổng số'",
       "Đảng bộ có 137 đảng viên, chiếm 64,3% tổng số 213 cán bộ, giảng viên, nhân viên. Chi bộ "
       "công ty có 14 đảng viên trên tổng số 1.250 công nhân lao động, chiếm 1,12%.",
       {{"staff", {213, 1250}}, {"members", {137, 14}}, {"percent", {64.3, 1.12}}}},
      {"members named before their count in 'đồng chí' are members, and admitted ones in a "
       "sentence about admission; 'y, bác sĩ' is staff",
       "Tổng số đảng viên toàn Đảng bộ là 4.318 đồng chí; đảng viên nữ có 498 đồng chí. Năm "
       "nay tỉnh kết nạp 603 đảng viên, trong đó: đảng viên nữ là 359 đồng chí. Bệnh viện có "
       "57 y, bác sĩ, nhân viên.",
       {{"members", {4318, 498}}, {"admitted", {603, 359}}, {"staff", {57}}}},
      {"both ends of a rise count; a group 'là đảng viên' counts members; admitted ones may "
       "be described before 'được kết nạp' or 'được đứng vào hàng ngũ của Đảng'",
       "Số tổ chức cơ sở đảng tăng từ hai mươi lên ba mươi mốt, số đảng viên tăng từ 702 lên "
       "1.108 đồng chí. Bệnh viện có 41 bác sĩ là đảng viên. Đã có 387 quần chúng ưu tú là "
       "công nhân, người lao động được kết nạp vào Đảng; 97 quần chúng được đứng vào hàng ngũ "
       "của Đảng.",
       {{"cells", {20, 31}}, {"members", {702, 1108, 41}}, {"admitted", {387, 97}}}},
      {"admitted pupils named with their level or as 'em'; 'mỗi năm' is no five",
       "Thêm 16 học sinh trung học phổ thông được kết nạp Đảng. Có 27 học sinh THPT được kết "
       "nạp vào Đảng. Chi bộ kết nạp 2 em học sinh lớp 12. Mỗi năm chi bộ giới thiệu ba quần "
       "chúng.",
       {{"admitted", {16, 27, 2}}, {"cells", {}}}},
      {"members who moved or died are members, even in a sentence about admission",
       "Nhiệm kỳ qua kết nạp 19 đảng viên, chuyển đến 02 đồng chí, 16 đồng chí chuyển sinh "
       "hoạt đến, 01 đồng chí từ trần.",
       {{"admitted", {19}}, {"members", {2, 16, 1}}}},
      {"staff named first, counted after 'là'",
       "Năm học này, tổng số cán bộ, giáo viên, nhân viên là 52 người.",
       {{"staff", {52}}, {"other", {}}}},
      {"a fact box line gives its label's kind; a cell's count in a list item is not a count "
       "of cells",
       "Tổng số đảng viên: 3.412\nĐảng viên nữ: 1.105 đồng chí\n• Đảng viên người dân tộc thiểu "
       "số: 1.287 (37,7%)\n+ Huy hiệu 70 năm tuổi Đảng: 2 đồng chí\n• Kết nạp từ đầu nhiệm kỳ: "
       "1.064\n• Tổ chức cơ sở đảng: 41\n- Chi bộ Nội – Nhi: 19 đảng viên;",
       {{"members", {3412, 1105, 1287, 2, 19}}, {"admitted", {1064}}, {"cells", {41}}}},
  };
  for (const FigureCase& c : cases) {
    Record record = ExtractArticle("Tin công tác xây dựng Đảng", c.body);
    for (const auto& [kind, values] : c.expected) {
      EXPECT_EQ(Values(record, kind), values) << kind << ": " << c.behaviour;
    }
  }
}

TEST(ExtractorTest, FindsCellsPlacesDatesAndPeriods) {
  Record record = Shared().Extract({"a.txt", kArticle});
  ASSERT_EQ(record.cells.size(), 1u);
  EXPECT_EQ(record.cells[0].name, "Chi bộ Trường Tiểu học Kan Hồ");
  EXPECT_EQ(record.cells[0].members, 18);
  EXPECT_EQ(record.cells[0].staff, 30);
  EXPECT_EQ(record.cells[0].level.value_or(""), "primary");
  ASSERT_FALSE(record.places.empty());
  EXPECT_EQ(record.places[0].kind, "huyện");
  EXPECT_EQ(record.places[0].name, "Mường Tè");
  ASSERT_FALSE(record.dates.empty());
  EXPECT_EQ(record.dates[0].value, "2024-03-11");
  ASSERT_FALSE(record.periods.empty());
  EXPECT_EQ(record.periods[0].from, 2020);
  EXPECT_FALSE(record.periods[0].to.has_value());
}

TEST(ExtractorTest, DecomposedTextGivesTheSameFactsWithOriginalSpans) {
  // "Xã Pa Ủ có 120 đảng viên." with every mark decomposed (NFD), as some sites publish.
  std::string nfd =
      "Xa\xcc\x83 Pa U\xcc\x89 co\xcc\x81 120 \xc4\x91"
      "a\xcc\x89ng vie\xcc\x82n.";
  Record record = Shared().Extract({"nfd.txt", nfd});
  ASSERT_EQ(Values(record, "members"), (std::vector<double>{120}));
  const Figure& figure = record.figures[0];
  EXPECT_EQ(nfd.substr(figure.span.begin, figure.span.size()), figure.text);
  EXPECT_EQ(figure.text,
            "120 \xc4\x91"
            "a\xcc\x89ng vie\xcc\x82n");
}

TEST(ExtractorTest, TextThatLostItsDiacriticsStillGivesCounts) {
  // Some sources strip every accent; accent_insensitive rules read them anyway.
  std::string text =
      "Toan huyen hien co 1.245 dang vien sinh hoat tai 52 chi bo, trong nam ket nap moi "
      "duoc 87 dang vien.\n";
  Record record = Shared().Extract({"ascii.txt", text});
  EXPECT_EQ(Values(record, "members"), (std::vector<double>{1245}));
  EXPECT_EQ(Values(record, "cells"), (std::vector<double>{52}));
  EXPECT_EQ(Values(record, "admitted"), (std::vector<double>{87}));
  for (const Figure& f : record.figures) {
    EXPECT_EQ(text.substr(f.span.begin, f.span.size()), f.text) << f.rule;
  }
}

TEST(ExtractorTest, AccentedTextDoesNotUseTheStrippedRules) {
  // "dang" is not "đảng": with its accents intact, the text is read as written.
  Record record = Shared().Extract({"a.txt", "Xã đang có 12 dang vien và 40 đảng viên.\n"});
  EXPECT_EQ(Values(record, "members"), (std::vector<double>{40}));
}

TEST(ExtractorTest, HtmlPageGivesTheSameFactsWithSpansIntoThePage) {
  std::string page =
      "<!doctype html><html><head><title>Chi bộ vùng cao - Báo Tỉnh</title>"
      "<meta property=\"article:published_time\" content=\"2024-03-12T08:30:00+07:00\">"
      "</head><body><nav><a href=\"/\">Trang chủ</a> <a href=\"/a\">Có 99 đảng viên</a></nav>"
      "<article><h1>Chi bộ vùng cao</h1>"
      "<p>Toàn huyện hiện có 28 chi bộ trường học với 412 đảng viên.</p>"
      "<p>Chi bộ Trường Tiểu học Kan Hồ có 18 đảng viên trong tổng số 30 cán bộ, "
      "giáo viên, nhân viên.</p></article>"
      "<div class=\"related-news\"><h3>Tin liên quan</h3><p>Xã khác kết nạp 77 đảng "
      "viên</p></div></body></html>";
  Record record = Shared().Extract({"page.html", page});
  ASSERT_TRUE(record.ok());
  EXPECT_EQ(record.format, "html");
  EXPECT_EQ(record.published.value_or("").substr(0, 10), "2024-03-12");
  EXPECT_EQ(Values(record, "cells"), (std::vector<double>{28}));
  EXPECT_EQ(Values(record, "members"), (std::vector<double>{412, 18}));
  EXPECT_TRUE(Values(record, "admitted").empty());
  for (const Figure& f : record.figures) {
    EXPECT_EQ(page.substr(f.span.begin, f.span.size()), f.text) << f.rule;
  }
  ASSERT_EQ(record.cells.size(), 1u);
  EXPECT_EQ(record.cells[0].staff, 30);
}

TEST(ExtractorTest, TooLargeDocumentIsAnErrorRecord) {
  ExtractorOptions options;
  options.patterns_dir = std::string(VNIE_SOURCE_DIR) + "/patterns";
  options.max_document_bytes = 10;
  auto extractor = Extractor::Create(options);
  ASSERT_TRUE(extractor.ok());
  Record record = (*extractor)->Extract({"big.txt", std::string(100, 'a')});
  ASSERT_FALSE(record.ok());
  EXPECT_EQ(record.error->code, "too-large");
  EXPECT_NE(record.error->message.find("big.txt"), std::string::npos);
}

TEST(ExtractorTest, BinaryDocumentIsAnErrorRecord) {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  Record record = Shared().Extract({"image.png", png});
  ASSERT_FALSE(record.ok());
  EXPECT_EQ(record.error->code, "undecodable");
}

TEST(ExtractorTest, EmptyDocumentIsAnEmptyRecord) {
  Record record = Shared().Extract({"empty.txt", ""});
  EXPECT_TRUE(record.ok());
  EXPECT_TRUE(record.people.empty());
  EXPECT_TRUE(record.figures.empty());
}

TEST(ExtractorTest, BadPatternsFolderIsAnError) {
  ExtractorOptions options;
  options.patterns_dir = "/nonexistent/patterns";
  EXPECT_FALSE(Extractor::Create(options).ok());
}

}  // namespace
}  // namespace vnie
