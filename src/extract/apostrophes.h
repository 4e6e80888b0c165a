// Apostrophes in names as the article wrote them.
//
// The normalizer folds ’ ‘ ʼ to ' so that rules see one form, but gold records
// and readers keep the article's own mark in ethnic-minority names (M’Đrắk,
// H’Nhung). Names and places are read from normalized text; this puts the
// original marks back, one for one.
#ifndef VNIE_EXTRACT_APOSTROPHES_H_
#define VNIE_EXTRACT_APOSTROPHES_H_

#include <string>
#include <string_view>

namespace vnie {

// Replaces the k-th "'" of `normalized` with the k-th apostrophe-like mark of
// `original`, when both texts have the same number of them.
std::string RestoreApostrophes(std::string normalized, std::string_view original);

}  // namespace vnie

#endif  // VNIE_EXTRACT_APOSTROPHES_H_
