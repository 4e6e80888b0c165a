// Tests for the shipped data files of patterns/segment/: each loads, and each
// claims the lines it is meant for and leaves ordinary article sentences alone.
#include <map>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "segment/line_patterns.h"

namespace vnie {
namespace {

std::string PatternPath(const std::string& file) {
  return std::string(VNIE_SOURCE_DIR) + "/patterns/segment/" + file;
}

struct Example {
  const char* file;
  const char* line;
  bool matches;
  const char* group = nullptr;  // expected named group text, when the file has one
};

const char* GroupOf(const std::string& file) {
  if (file == "publication_line.txt") return "datetime";
  if (file == "byline.txt" || file == "header_byline.txt") return "author";
  return "";
}

const Example kExamples[] = {
    // tail_markers.txt: the line that starts related news, comments, tags, footers.
    {"tail_markers.txt", "Tin cùng chuyên mục", true},
    {"tail_markers.txt", "Có thể bạn quan tâm", true},
    {"tail_markers.txt", "Cùng chuyên mục", true},
    {"tail_markers.txt", "Tin bài liên quan:", true},
    {"tail_markers.txt", "Cùng chuyên mục này, chi bộ còn 4 đảng viên.", false},
    {"tail_markers.txt", "Tin liên quan:", true},
    {"tail_markers.txt", "Bài viết liên quan", true},
    {"tail_markers.txt", "Các tin khác", true},
    {"tail_markers.txt", "Tin xem nhiều", true},
    {"tail_markers.txt", "Xem thêm", true},
    {"tail_markers.txt", "Tin mới", true},
    {"tail_markers.txt", "Đọc thêm", true},
    {"tail_markers.txt", "Ý kiến bạn đọc", true},
    {"tail_markers.txt", "Gửi bình luận", true},
    {"tail_markers.txt", "Bình luận (12)", true},
    {"tail_markers.txt", "Họ và tên", true},
    {"tail_markers.txt", "Email", true},
    {"tail_markers.txt", "Từ khóa: chi bộ, đảng viên", true},
    {"tail_markers.txt", "Tags: giáo dục", true},
    {"tail_markers.txt", "Powered by SomeCMS", true},
    {"tail_markers.txt", "Tin mới được cập nhật cho thấy xã có thêm 12 đảng viên.", false},
    {"tail_markers.txt", "Bình luận về kết quả này, ông Hà Văn Lực cho rằng còn khó.", false},
    {"tail_markers.txt", "Xem thêm các tài liệu, chi bộ đã bổ sung quy chế.", false},
    {"tail_markers.txt", "Các tin đã đưa ngày:", true},
    {"tail_markers.txt", "Các tin đã đưa ngày", true},
    {"tail_markers.txt", "Các tin đã đưa ngày 3/5, xã có thêm hai chi bộ thôn.", false},
    // drop_lines.txt: single lines of page furniture.
    {"drop_lines.txt", ".", true},
    {"drop_lines.txt", ",", true},
    {"drop_lines.txt", "|", true},
    {"drop_lines.txt", "0", true},
    {"drop_lines.txt", "anh-le-ket-nap3.jpg", true},
    {"drop_lines.txt", "fb yt zl tw", true},
    {"drop_lines.txt", "Chia sẻ", true},
    {"drop_lines.txt", "Share", true},
    {"drop_lines.txt", "Facebook Twitter", true},
    {"drop_lines.txt", "Lượt xem: 1.234", true},
    {"drop_lines.txt", "View count: 87", true},
    {"drop_lines.txt", "{keywords}", true},
    {"drop_lines.txt", ">> Huyện tổ chức hội nghị sơ kết công tác Đảng", true},
    {"drop_lines.txt", "Bài viết này thuộc danh mục:✅ Giáo dục", true},
    {"drop_lines.txt", "Đường dây nóng: 0912 000 111", true},
    {"drop_lines.txt", "Thời tiết", true},
    {"drop_lines.txt", "Đà Nẵng 27°C", true},
    {"drop_lines.txt", "TP Hồ Chí Minh", true},
    {"drop_lines.txt", "2 giờ trước", true},
    {"drop_lines.txt", "Chia sẻ với phóng viên, bà Lò Thị Xuân cho biết chi bộ có 9 đảng viên.",
     false},
    {"drop_lines.txt", "Hà Nội có 30 quận, huyện và thị xã.", false},
    {"drop_lines.txt", "2.500 đảng viên mới được kết nạp trong năm.", false},
    {"drop_lines.txt", "Ảnh: các đại biểu dự lễ.", false},
    // Share bars with like counters, print and mail links, and hashtag lines.
    {"drop_lines.txt", "Thích 7 Chia sẻ", true},
    {"drop_lines.txt", "Thích 25 Chia sẻ Gửi email In bài", true},
    {"drop_lines.txt", "Bản in Gửi email Về đầu trang", true},
    {"drop_lines.txt", "#Mường Nhé #chi bộ bản #đảng viên trẻ", true},
    {"drop_lines.txt", "#MườngNhé", true},
    {"drop_lines.txt", "Bản in nghị quyết được gửi tới 12 chi bộ trực thuộc.", false},
    {"drop_lines.txt", "Thích 7 điều chi bộ đã làm được trong năm", false},
    {"drop_lines.txt", "#1 trong các nhiệm vụ là phát triển đảng viên.", false},
    // publication_line.txt: whole publication lines, with the date-time part.
    {"publication_line.txt", "00:00 21/09/2023", true, "00:00 21/09/2023"},
    {"publication_line.txt", "Cập nhật: 08:15 | 04/02/2024", true, "08:15 | 04/02/2024"},
    {"publication_line.txt", "(Đăng ngày 14-10-2024)", true, "14-10-2024"},
    {"publication_line.txt", "Ngày 16/04/2025 09:17", true, "16/04/2025 09:17"},
    {"publication_line.txt", "Ngày 16/04/2025, xã tổ chức lễ kết nạp.", false},
    {"not_title.txt", "Thời sự | Xây dựng Đảng", true},
    {"not_title.txt", "Phường Lê Hồng Phong trao Huy hiệu Đảng cho 45 đảng viên", false},
    {"publication_line.txt", "14:05 03-12-2020 | :205", true, "14:05 03-12-2020"},
    {"publication_line.txt", "Thứ Năm, 14/03/2024, 07:45 [GMT+7]", true,
     "Thứ Năm, 14/03/2024, 07:45"},
    {"publication_line.txt", "09:12, Chủ nhật, 05/05/2019 (GMT+7)", true,
     "09:12, Chủ nhật, 05/05/2019"},
    {"publication_line.txt", "Cập nhật lúc 17:20, Thứ Ba, 12/11/2019 (GMT+7)", true,
     "17:20, Thứ Ba, 12/11/2019"},
    {"publication_line.txt", "Cập nhật lúc 09:15 ngày 22/10/2025", true,
     "09:15 ngày 22/10/2025"},
    {"publication_line.txt", "Lúc 09:15 ngày 22/10/2025, Huyện ủy họp phiên thứ nhất.", false},
    {"publication_line.txt", "Ngày đăng 11/02/2023 | 08:30 | View count: 12", true,
     "11/02/2023 | 08:30"},
    {"publication_line.txt", "9 tháng 3, 2022", true, "9 tháng 3, 2022"},
    {"publication_line.txt", "Bắc Hà, ngày 2 tháng 8 năm 2021", true, "ngày 2 tháng 8 năm 2021"},
    {"publication_line.txt", "Ngày 17/5/2022 Huyện ủy tổ chức hội nghị chuyên đề.", false},
    {"publication_line.txt", "Sáng 3/6, chi bộ tổ chức sinh hoạt chuyên đề.", false},
    // A weekday and the date in words, then the time.
    {"publication_line.txt", "Thứ hai, ngày 03 tháng 02 năm 2025 | 06:50", true,
     "Thứ hai, ngày 03 tháng 02 năm 2025 | 06:50"},
    {"publication_line.txt", "Chủ nhật, ngày 9 tháng 11 năm 2025 - 21:05", true,
     "Chủ nhật, ngày 9 tháng 11 năm 2025 - 21:05"},
    {"publication_line.txt", "Thứ ba, ngày 4 tháng 3 năm 2025, Đảng ủy xã họp phiên thường kỳ.",
     false},
    // "ngày" after the verb, "lúc" before the time, section labels after it.
    {"publication_line.txt", "Cập nhật ngày 9-2-2025 lúc 16:30", true, "9-2-2025 lúc 16:30"},
    {"publication_line.txt", "Xuất bản ngày 03/01/2025 lúc 08:40 | Thời sự - Xây dựng Đảng", true,
     "03/01/2025 lúc 08:40"},
    {"publication_line.txt", "Cập nhật ngày 9-2-2025 lúc 16:30, xã có thêm 3 đảng viên.", false},
    // US order with seconds and AM/PM (.NET portals).
    {"publication_line.txt", "10/23/2024 3:05:48 PM", true, "10/23/2024 3:05:48 PM"},
    {"publication_line.txt", "10/23/2024 3:05:48 PM (GMT+7)", true, "10/23/2024 3:05:48 PM"},
    // byline.txt: author lines, with the name part.
    {"byline.txt", "Thu Hà", true, "Thu Hà"},
    {"byline.txt", "K.Linh", true, "K.Linh"},
    {"byline.txt", "P.V", true, "P.V"},
    {"byline.txt", "H. TRANG", true, "H. TRANG"},
    {"byline.txt", "Q.HẢI - T.NAM", true, "Q.HẢI - T.NAM"},
    {"byline.txt", "Tin, ảnh: Thanh Tâm", true, "Thanh Tâm"},
    {"byline.txt", "Theo baotinhnha.vn", true, "baotinhnha.vn"},
    {"byline.txt", "QUANG HUY - HUYỆN ĐOÀN AN LÃO", true, "QUANG HUY - HUYỆN ĐOÀN AN LÃO"},
    {"byline.txt", "Thu Trang - Văn Toàn", true, "Thu Trang - Văn Toàn"},
    {"byline.txt", "Lan Anh (TTXVN)", true, "Lan Anh (TTXVN)"},
    {"byline.txt", "Hà Thu (tổng hợp)", true, "Hà Thu"},
    {"byline.txt", "Khánh Vân - Văn phòng Huyện ủy", true, "Khánh Vân - Văn phòng Huyện ủy"},
    {"byline.txt", "Thu Trang - Trung tâm VH-TT&TT An Lão", true, "Thu Trang - Trung tâm VH-TT&TT An Lão"},
    {"byline.txt", "Chi bộ có 12 đảng viên - đạt 100% kế hoạch", false},
    {"byline.txt", "H'Xuân", true, "H'Xuân"},
    {"byline.txt", "H'Mai - Y Bhim", true, "H'Mai - Y Bhim"},
    {"byline.txt", "Các đại biểu tham gia hội nghị", false},
    {"byline.txt", "Ảnh: các đại biểu dự lễ", false},
    {"byline.txt", "TIN, ẢNH: Thanh Tâm", true, "Thanh Tâm"},
    {"byline.txt", "Tiểu học, 24 trường THCS", false},
    {"byline.txt", "Chi bộ có 12 đảng viên.", false},
    // An interview's byline: "(thực hiện)" is not part of the name.
    {"byline.txt", "TRẦN MAI (thực hiện)", true, "TRẦN MAI"},
    {"byline.txt", "Lê Thu - Minh Quân (thực hiện)", true, "Lê Thu - Minh Quân"},
    {"byline.txt", "Tác giả: Minh Châu", true, "Minh Châu"},
    // header_byline.txt: only a labelled name, near the top.
    {"header_byline.txt", "Tác giả: Minh Châu", true, "Minh Châu"},
    {"header_byline.txt", "TÁC GIẢ: MINH CHÂU", true, "MINH CHÂU"},
    {"header_byline.txt", "Bài và ảnh: Lò Văn Pọm", true, "Lò Văn Pọm"},
    {"header_byline.txt", "Minh Châu", false},
    {"header_byline.txt", "Ảnh: Minh Châu", false},
    {"header_byline.txt", "Tác giả bài viết cho biết chi bộ có 12 đảng viên.", false},
    // caption.txt: photo captions.
    {"caption.txt", "Đồng chí Trần Văn Bình phát biểu tại hội nghị", true},
    {"caption.txt", "Các đại biểu tham dự lễ kết nạp", true},
    {"caption.txt", "Cô giáo Lò Thị Mai trao quà cho học sinh. |", true},
    {"caption.txt", "Quang cảnh buổi lễ", true},
    {"caption.txt", "Lãnh đạo xã tặng hoa chúc mừng đảng viên mới (Ảnh: Thanh Hà)", true},
    {"caption.txt", "Học sinh dự lễ chào cờ. Ảnh: Minh Đức", true},
    {"caption.txt",
     "Đồng chí Trần Văn Bình phát biểu tại hội nghị. Ông đề nghị các chi bộ tăng cường kết nạp.",
     false},
    {"caption.txt", "Toàn huyện có 36 chi bộ trường học.", false},
    // list_item.txt
    {"list_item.txt", "- Xã An Phú: đạt 98,5%;", true},
    {"list_item.txt", "• Chi bộ Trường Tiểu học số 1", true},
    {"list_item.txt", "1. Đảng ủy phường", true},
    {"list_item.txt", "a) Nội dung sinh hoạt", true},
    {"list_item.txt", "*Chi bộ Trường THCS Tân Lập vừa kết nạp 2 đảng viên.", true},
    {"list_item.txt", "2.500 đảng viên mới được kết nạp.", false},
    {"list_item.txt", "**Đảng bộ phường** kêu gọi cán bộ, đảng viên.", false},
    // heading.txt
    {"heading.txt", "I. Kết quả thực hiện nhiệm vụ", true},
    {"heading.txt", "1.2. Vị trí địa lý", true},
    {"heading.txt", "## Về trụ sở làm việc", true},
    {"heading.txt", "2.500 đảng viên mới được kết nạp.", false},
    // not_title.txt
    {"not_title.txt", "Số: 12/BC-UBND", true},
    {"not_title.txt", "Độc lập - Tự do - Hạnh phúc", true},
    {"not_title.txt", "Kết nạp 5 đảng viên là giáo viên", false},
};

TEST(PatternFilesTest, EveryShippedFileLoads) {
  for (const char* file :
       {"tail_markers.txt", "drop_lines.txt", "publication_line.txt", "byline.txt",
        "header_byline.txt", "caption.txt", "list_item.txt", "heading.txt", "not_title.txt"}) {
    StatusOr<LinePatterns> patterns = LinePatterns::Load(PatternPath(file), GroupOf(file));
    ASSERT_TRUE(patterns.ok()) << patterns.status();
    EXPECT_FALSE(patterns->empty()) << file;
  }
}

TEST(PatternFilesTest, ExamplesMatchAsExpected) {
  std::map<std::string, LinePatterns> loaded;
  for (const Example& example : kExamples) {
    SCOPED_TRACE(std::string(example.file) + ": \"" + example.line + "\"");
    auto it = loaded.find(example.file);
    if (it == loaded.end()) {
      StatusOr<LinePatterns> patterns =
          LinePatterns::Load(PatternPath(example.file), GroupOf(example.file));
      ASSERT_TRUE(patterns.ok()) << patterns.status();
      it = loaded.emplace(example.file, *std::move(patterns)).first;
    }
    const LinePatterns* patterns = &it->second;
    const std::string line = example.line;
    ByteSpan group;
    const LinePattern* p = patterns->Find(line, &group);
    EXPECT_EQ(p != nullptr, example.matches) << (p ? p->where : "no rule matched");
    if (p != nullptr && example.group != nullptr) {
      EXPECT_EQ(group.In(line), example.group) << p->where;
    }
  }
}

}  // namespace
}  // namespace vnie
