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
#include <cstdint>
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
  // Number of stored pieces; a map stays compact because unchanged runs are one
  // piece each, whatever their length.
  size_t piece_count() const { return pieces_.size(); }
  // Reserves room for `pieces` pieces (a hint from a stage that knows its
  // number of edits).
  void Reserve(size_t pieces) { pieces_.reserve(pieces); }

 private:
  // 24 bytes: an NFD document yields a piece per composed letter, so size
  // matters. Lengths are 32-bit; Push splits longer copies.
  struct Piece {
    size_t normalized_begin;
    size_t original_begin;
    uint32_t normalized_length;
    uint32_t original_length : 31;
    uint32_t copy : 1;  // byte-for-byte when 1; whole range to whole range otherwise
  };
  // Appends a piece, merging it into the previous copy piece when both are
  // contiguous copies. Pieces with normalized_length 0 are not stored: a
  // deletion only advances original_size_, so pieces may leave gaps on the
  // original side (the deleted bytes), never on the normalized side.
  void Push(bool copy, size_t original_begin, size_t normalized_length, size_t original_length);
  // Index of the piece holding normalized byte `offset` (< normalized_size_).
  size_t FindPiece(size_t offset) const;

  std::vector<Piece> pieces_;
  size_t normalized_size_ = 0;
  size_t original_size_ = 0;
};

}  // namespace vnie

#endif  // VNIE_TEXT_OFFSET_MAP_H_
