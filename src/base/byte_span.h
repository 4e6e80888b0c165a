// A half-open range [begin, end) of byte offsets into a UTF-8 string.
//
// Every piece of evidence vnie reports is a ByteSpan into the document as read,
// so that `text.substr(begin, end - begin)` is exactly what the article said.
#ifndef VNIE_BASE_BYTE_SPAN_H_
#define VNIE_BASE_BYTE_SPAN_H_

#include <cstddef>
#include <string_view>

namespace vnie {

struct ByteSpan {
  size_t begin = 0;
  size_t end = 0;

  size_t size() const { return end - begin; }
  bool empty() const { return end == begin; }
  bool Contains(const ByteSpan& other) const {
    return begin <= other.begin && other.end <= end;
  }
  std::string_view In(std::string_view text) const {
    return text.substr(begin, end - begin);
  }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

}  // namespace vnie

#endif  // VNIE_BASE_BYTE_SPAN_H_
