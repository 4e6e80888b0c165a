// Drains a DocumentReader (src/input/) built on fuzz input and checks what it
// hands over: every item has a source, an error item has a code and a message,
// and the reader ends (a bounded number of items for a bounded input).
#ifndef VNIE_FUZZ_CONTAINER_SUPPORT_H_
#define VNIE_FUZZ_CONTAINER_SUPPORT_H_

#include <cstddef>
#include <memory>

#include "fuzz/fuzz_support.h"
#include "input/document_reader.h"

namespace vnie::fuzz {

inline void Drain(DocumentReader& reader, size_t input_size) {
  InputItem item;
  size_t items = 0;
  while (reader.Next(&item)) {
    ++items;
    // Each item consumes at least a byte or ends the stream, so a reader that
    // hands over more items than there are bytes (plus one) is looping.
    FUZZ_CHECK(items <= input_size + 2);
    FUZZ_CHECK(!item.document.source.empty());
    if (!item.ok()) FUZZ_CHECK(!item.error_code->empty() && item.error_message.has_value());
    item = InputItem();
  }
}

}  // namespace vnie::fuzz

#endif  // VNIE_FUZZ_CONTAINER_SUPPORT_H_
