// Press-style Vietnamese paragraphs written for the text tests and benchmark.
//
// They imitate provincial news about party cells (names, counts, money,
// percentages) so the normalizer is exercised on the text it will really see;
// they are our own sentences, not copied from any source.
#ifndef VNIE_TESTS_TEXT_PRESS_TEXT_H_
#define VNIE_TESTS_TEXT_PRESS_TEXT_H_

#include <string_view>

namespace vnie {

// Each paragraph is already normalized (NFC, old tone style, plain spaces).
inline constexpr std::string_view kPressParagraphs[] = {
    "Chiều 14/3, Đảng ủy xã Hòa Bình tổ chức hội nghị tổng kết công tác xây dựng Đảng năm "
    "2025. Theo báo cáo, toàn Đảng bộ hiện có 12 chi bộ trực thuộc với 348 đảng viên, trong đó "
    "9 chi bộ được đánh giá hoàn thành tốt nhiệm vụ.",
    "Phát biểu tại hội nghị, đồng chí Nguyễn Thị Thủy, Bí thư Đảng ủy, yêu cầu các chi bộ tiếp "
    "tục đổi mới nội dung sinh hoạt, chú trọng phát triển đảng viên trong thanh niên và quân "
    "nhân xuất ngũ.",
    "Năm qua, xã đã kết nạp 27 đảng viên mới, đạt 108% chỉ tiêu huyện giao; thu nhập bình quân "
    "đầu người ước đạt 68,5 triệu đồng, tăng 7,2% so với cùng kỳ. Khó khăn lớn nhất vẫn là hạ "
    "tầng giao thông ở các thôn vùng sâu, nơi mùa mưa lũ thường gây sạt lở.",
    "Ông Trần Quốc Khỏe, Chủ tịch UBND xã, cho biết nguồn vốn xây dựng nông thôn mới sẽ được ưu "
    "tiên cho tuyến đường liên thôn dài 4,2 km, dự kiến khởi công vào quý II. Người dân đã tự "
    "nguyện hiến gần 3.000 m2 đất và góp hơn 450 ngày công.",
    "Tại buổi làm việc với huyện Krông Búk, đoàn công tác của Ban Tổ chức Tỉnh ủy ghi nhận chi bộ "
    "thôn Ea Khal có 31 đảng viên, trong đó 11 đảng viên là người dân tộc thiểu số; khuyến khích "
    "xây dựng mô hình chuyển đổi số trong sinh hoạt chi bộ.",
};

}  // namespace vnie

#endif  // VNIE_TESTS_TEXT_PRESS_TEXT_H_
