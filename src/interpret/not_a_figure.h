// Numbers in the text that do not count anything.
//
// The figure rules match "a number then a noun", and Vietnamese news is full of
// numbers that fit that shape but are labels: document codes ("Nghị quyết số
// 25-NQ/TW", "1989/QĐ-BGDĐT"), phone numbers ("0982.095.095"), class names
// ("12A1"), Roman ordinals ("khóa XIII"), years ("năm 2022"), times ("10:51"),
// dates ("ngày 17 tháng 5") and numbers inside names ("Trường Tiểu học số 2",
// "Huy hiệu 30 năm tuổi đảng"). The extractor asks this predicate before it
// emits a figure; the reason is kept for `vnie explain`.
//
//   WhyNotAFigure("Nghị quyết số ", "25", "-NQ/TW của Bộ Chính trị")
//       -> NotAFigure::kDocumentCode
//   WhyNotAFigure("Toàn huyện có ", "859", " đảng viên")  -> nullopt (a figure)
#ifndef VNIE_INTERPRET_NOT_A_FIGURE_H_
#define VNIE_INTERPRET_NOT_A_FIGURE_H_

#include <optional>
#include <string_view>

namespace vnie {

enum class NotAFigure {
  kDocumentCode,  // 25-NQ/TW, 1989/QĐ-BGDĐT, 140/TTr-SYT, 24- CT/HU
  kPhoneNumber,   // 0982.095.095, 0912 345 678, +84 912 345 678
  kClassName,     // 12A1, 9B
  kRomanNumeral,  // lần thứ I, khóa XIII
  kYear,          // năm 2022, 2017-2022, a year closing a clause ("..., 2021.")
  kTimeOfDay,     // 10:51, 7h30
  kDate,          // ngày 17, tháng 5, 17/5/2022
  kOrdinal,       // lần thứ 5, khóa 12
  kName,          // Trường Tiểu học số 2, Huy hiệu 30 năm tuổi đảng, Tổ 5
};

// A short stable name for the reason ("document-code", "phone-number", ...).
std::string_view NotAFigureName(NotAFigure reason);

// Why `candidate` is not a figure, given the text just `before` and `after` it in
// the same sentence (either may be empty; a few dozen bytes are enough), or
// nullopt when nothing says it is not one. Expects normalized text (NFC, single
// spaces, dashes folded to '-'). Conservative: "2022 đảng viên" is a figure, since
// a noun follows; only a year-like context makes 2022 a year.
std::optional<NotAFigure> WhyNotAFigure(std::string_view before, std::string_view candidate,
                                        std::string_view after);

}  // namespace vnie

#endif  // VNIE_INTERPRET_NOT_A_FIGURE_H_
