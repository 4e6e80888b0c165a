// Rewriter: builds a rewritten text and its OffsetMap while scanning an input.
//
// Every normalization stage scans its input left to right and replaces a few
// stretches. Most documents need no replacement at all, so the Rewriter copies
// nothing until the first Replace: an untouched input costs no writes and ends
// as an identity map. Unchanged runs between replacements are appended in one
// piece each, which keeps the OffsetMap compact.
#ifndef VNIE_TEXT_REWRITER_H_
#define VNIE_TEXT_REWRITER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "text/offset_map.h"

namespace vnie {

class Rewriter {
 public:
  explicit Rewriter(std::string_view input) : input_(input) {}

  // Replaces input[begin, end) by `replacement`. Calls must come in input order
  // and must not overlap (begin >= the previous end).
  void Replace(size_t begin, size_t end, std::string_view replacement);

  bool changed() const { return changed_; }
  // The last byte written so far (of the text as rewritten up to `position`),
  // or 0 when nothing precedes; lets a stage look back (e.g. collapse spaces).
  char LastByteBefore(size_t position) const {
    if (position > copied_up_to_) return input_[position - 1];
    if (!output_.empty()) return output_.back();
    return 0;
  }

  // Completes the text; only meaningful when changed().
  void Finish(std::string* text, OffsetMap* map);

 private:
  std::string_view input_;
  std::string output_;
  OffsetMap map_;
  size_t copied_up_to_ = 0;  // input bytes before this are in output_
  bool changed_ = false;
};

}  // namespace vnie

#endif  // VNIE_TEXT_REWRITER_H_
