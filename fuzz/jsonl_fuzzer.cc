// fuzz-requires: src/input/jsonl_reader.cc
// Fuzz target: the JSON Lines reader on arbitrary bytes: broken lines, deep
// nesting, odd field types, invalid UTF-8 in strings. Each line gives an item
// and the reader ends; see fuzz/container_support.h.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>

#include "fuzz/container_support.h"
#include "input/jsonl_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto in = std::make_unique<std::istringstream>(
      std::string(reinterpret_cast<const char*>(data), size));
  vnie::InputOptions options;
  options.max_document_bytes = 1 << 20;
  auto reader = vnie::NewJsonlReader(std::move(in), "fuzz.jsonl", options);
  vnie::fuzz::Drain(*reader, size);
  return 0;
}
