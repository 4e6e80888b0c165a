// OffsetMap: pieces sorted by normalized offset, found by binary search.
#include "text/offset_map.h"

#include <algorithm>
#include <cassert>

namespace vnie {

namespace {
constexpr size_t kMaxPieceLength = size_t{1} << 30;
}  // namespace

OffsetMap OffsetMap::Identity(size_t size) {
  OffsetMap map;
  map.AppendCopy(0, size);
  return map;
}

void OffsetMap::Push(bool copy, size_t original_begin, size_t normalized_length,
                     size_t original_length) {
  if (normalized_length == 0) return;
  if (copy && !pieces_.empty()) {
    Piece& last = pieces_.back();
    if (last.copy && last.original_begin + last.original_length == original_begin &&
        last.normalized_length + normalized_length < kMaxPieceLength) {
      last.normalized_length += static_cast<uint32_t>(normalized_length);
      last.original_length += static_cast<uint32_t>(original_length);
      normalized_size_ += normalized_length;
      return;
    }
  }
  if (copy) {
    // Split a copy too long for the 32-bit lengths.
    while (normalized_length >= kMaxPieceLength) {
      const size_t chunk = kMaxPieceLength / 2;
      pieces_.push_back(Piece{normalized_size_, original_begin, static_cast<uint32_t>(chunk),
                              static_cast<uint32_t>(chunk), 1});
      normalized_size_ += chunk;
      original_begin += chunk;
      normalized_length -= chunk;
      original_length -= chunk;
    }
  } else {
    // A replacement covers a letter or a word; only a corrupt caller could
    // exceed 2^30 bytes, so this is an invariant, not an input error.
    assert(normalized_length < kMaxPieceLength && original_length < kMaxPieceLength);
  }
  pieces_.push_back(Piece{normalized_size_, original_begin,
                          static_cast<uint32_t>(normalized_length),
                          static_cast<uint32_t>(original_length), copy ? 1u : 0u});
  normalized_size_ += normalized_length;
}

void OffsetMap::AppendCopy(size_t original_begin, size_t length) {
  assert(original_begin == original_size_);
  Push(true, original_begin, length, length);
  original_size_ = original_begin + length;
}

void OffsetMap::AppendReplacement(size_t normalized_length, ByteSpan original) {
  assert(original.begin == original_size_);
  Push(false, original.begin, normalized_length, original.size());
  original_size_ = original.end;
}

size_t OffsetMap::FindPiece(size_t offset) const {
  auto it =
      std::upper_bound(pieces_.begin(), pieces_.end(), offset,
                       [](size_t value, const Piece& p) { return value < p.normalized_begin; });
  return static_cast<size_t>(it - pieces_.begin()) - 1;
}

size_t OffsetMap::OriginalBegin(size_t offset) const {
  if (pieces_.empty()) return 0;
  if (offset >= normalized_size_) {
    const Piece& last = pieces_.back();
    return last.original_begin + last.original_length;
  }
  const Piece& p = pieces_[FindPiece(offset)];
  return p.copy ? p.original_begin + (offset - p.normalized_begin) : p.original_begin;
}

size_t OffsetMap::OriginalEnd(size_t offset) const {
  if (offset == 0 || pieces_.empty()) return OriginalBegin(0);
  offset = std::min(offset, normalized_size_);
  const Piece& p = pieces_[FindPiece(offset - 1)];
  return p.copy ? p.original_begin + (offset - p.normalized_begin)
                : p.original_begin + p.original_length;
}

ByteSpan OffsetMap::ToOriginal(ByteSpan normalized) const {
  size_t begin = std::min(normalized.begin, normalized_size_);
  size_t end = std::min(std::max(normalized.end, begin), normalized_size_);
  if (begin == end) {
    size_t at = OriginalBegin(begin);
    return {at, at};
  }
  return {OriginalBegin(begin), OriginalEnd(end)};
}

OffsetMap OffsetMap::Then(const OffsetMap& inner) const {
  OffsetMap result;
  for (const Piece& p : inner.pieces_) {
    if (!p.copy) {
      ByteSpan a = ToOriginal({p.original_begin, p.original_begin + p.original_length});
      result.Push(false, a.begin, p.normalized_length, a.size());
      continue;
    }
    // A copied run of B may cross several pieces of this map: split it there.
    size_t b = p.original_begin;
    size_t remaining = p.normalized_length;
    size_t index = FindPiece(b);
    while (remaining > 0) {
      const Piece& q = pieces_[index];
      size_t take = std::min(remaining, q.normalized_begin + q.normalized_length - b);
      if (q.copy) {
        result.Push(true, q.original_begin + (b - q.normalized_begin), take, take);
      } else {
        result.Push(false, q.original_begin, take, q.original_length);
      }
      b += take;
      remaining -= take;
      ++index;
    }
  }
  result.original_size_ = original_size_;
  return result;
}

bool OffsetMap::is_identity() const {
  if (normalized_size_ != original_size_) return false;
  if (pieces_.empty()) return true;
  return pieces_.size() == 1 && pieces_[0].copy && pieces_[0].original_begin == 0;
}

}  // namespace vnie
