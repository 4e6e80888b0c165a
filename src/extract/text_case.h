// Case for Vietnamese text: lower case, and the proper case of names.
//
// The press writes names in capitals for emphasis ("Bà LÊ THU THỦY"); the record
// gives every name in proper case. utf8proc knows the case of every Vietnamese
// letter, composed or not, so nothing here lists letters.
#ifndef VNIE_EXTRACT_TEXT_CASE_H_
#define VNIE_EXTRACT_TEXT_CASE_H_

#include <string>
#include <string_view>

namespace vnie {

std::string ToLower(std::string_view utf8);

// "LÊ THU THỦY" -> "Lê Thu Thủy", "K'LĂNG" -> "K'Lăng", "y thoan kpa" -> "Y Thoan Kpa".
std::string ProperCaseName(std::string_view utf8);

// True when the text has at least one letter and no lower-case letter.
bool IsAllUpper(std::string_view utf8);

// True when the first code point is an upper-case letter.
bool StartsUpper(std::string_view utf8);

// True when the text is one or more lower-case letters (with their marks) only.
bool IsLowerWord(std::string_view utf8);

}  // namespace vnie

#endif  // VNIE_EXTRACT_TEXT_CASE_H_
