// OffsetMap: where each byte of a rewritten text came from in the original.
//
// Normalization rewrites text (NFC, tone placement, spaces, dashes), but vnie's
// evidence must point at the bytes the article really contains. An OffsetMap is
// built piece by piece while rewriting: a run of bytes copied unchanged maps
// byte for byte; a replacement maps its whole output range to its whole input
// range. A span of the rewritten text maps back to the smallest original span
// that covers it.
//
// Contract: ToOriginal is monotonic (a <= b implies ToOriginal(a) <= ToOriginal(b)
// on both ends), every result lies within [0, original_size()], and for an
// identity map it returns its argument.
#ifndef VNIE_TEXT_OFFSET_MAP_H_
#define VNIE_TEXT_OFFSET_MAP_H_

#include <cstddef>
#include <vector>

#include "base/byte_span.h"

namespace vnie {

class OffsetMap {
 public:
  // An empty map; Identity() is what most callers want.
  OffsetMap() = default;
  static OffsetMap Identity(size_t size);

  // Appends `length` bytes copied unchanged from original[original_begin...].
  // Pieces must be appended in order, contiguous on both sides.
  void AppendCopy(size_t original_begin, size_t length);
  // Appends `normalized_length` bytes (possibly 0) produced from `original`
  // (possibly empty).
  void AppendReplacement(size_t normalized_length, ByteSpan original);

  // The smallest original span covering normalized[span.begin, span.end).
  ByteSpan ToOriginal(ByteSpan normalized) const;
  // Original offset of the normalized boundary `offset` (0..normalized_size()).
  size_t OriginalBegin(size_t offset) const;
  size_t OriginalEnd(size_t offset) const;

  // The composition of two maps: `this` maps B back to A and `inner` maps C back
  // to B; the result maps C back to A.
  OffsetMap Then(const OffsetMap& inner) const;

  size_t normalized_size() const { return normalized_size_; }
  size_t original_size() const { return original_size_; }
  bool is_identity() const;

 private:
  struct Piece {
    size_t normalized_begin;
    size_t original_begin;
    size_t normalized_length;
    size_t original_length;
    bool copy;  // byte-for-byte when true; whole range to whole range otherwise
  };
  std::vector<Piece> pieces_;
  size_t normalized_size_ = 0;
  size_t original_size_ = 0;
};

}  // namespace vnie

#endif  // VNIE_TEXT_OFFSET_MAP_H_
