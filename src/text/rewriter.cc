// Rewriter: lazy copy of unchanged runs plus OffsetMap pieces.
#include "text/rewriter.h"

namespace vnie {

void Rewriter::Replace(size_t begin, size_t end, std::string_view replacement) {
  if (!changed_) {
    changed_ = true;
    output_.reserve(input_.size() + input_.size() / 8 + 16);
  }
  if (begin > copied_up_to_) {
    output_.append(input_.data() + copied_up_to_, begin - copied_up_to_);
    map_.AppendCopy(copied_up_to_, begin - copied_up_to_);
  }
  output_.append(replacement);
  map_.AppendReplacement(replacement.size(), ByteSpan{begin, end});
  copied_up_to_ = end;
}

void Rewriter::Finish(std::string* text, OffsetMap* map) {
  if (copied_up_to_ < input_.size()) {
    output_.append(input_.data() + copied_up_to_, input_.size() - copied_up_to_);
    map_.AppendCopy(copied_up_to_, input_.size() - copied_up_to_);
  }
  *text = std::move(output_);
  *map = std::move(map_);
}

}  // namespace vnie
