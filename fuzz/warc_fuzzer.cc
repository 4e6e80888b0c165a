// fuzz-requires: src/input/warc_reader.cc
// Fuzz target: the WARC reader (plain or gzip, detected from the bytes) on
// arbitrary archives: lying Content-Lengths, cut records, broken gzip members.
// It must hand over items and end; see fuzz/container_support.h.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>

#include "fuzz/container_support.h"
#include "input/warc_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto in = std::make_unique<std::istringstream>(
      std::string(reinterpret_cast<const char*>(data), size));
  vnie::WarcOptions options;
  options.max_record_bytes = 1 << 20;
  auto reader = vnie::NewWarcReader(std::move(in), "fuzz.warc", options);
  vnie::fuzz::Drain(*reader, size);
  return 0;
}
