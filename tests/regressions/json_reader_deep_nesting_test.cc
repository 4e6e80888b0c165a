// Bug: ParseRecord/ParseRecords (src/output/json_reader.cc) overflowed the stack on JSON nested 300,000 deep.
//
// RapidJSON's default parser recurses once per [ or {, so a gold file (vnie
// eval) of "[[[[..." crashed the process instead of returning a Status. Fixed
// by parsing with kParseIterativeFlag; the document's destructor does not
// recurse (pool allocator), so a deep document that parses is also freed
// safely.
#include <gtest/gtest.h>

#include <string>

#include "output/json_reader.h"

namespace vnie {
namespace {

TEST(JsonReaderDeepNestingTest, DeepInputIsAnErrorNotACrash) {
  constexpr size_t kDepth = 1000000;
  const std::string open(kDepth, '[');
  const std::string balanced = open + std::string(kDepth, ']');
  const std::string in_a_field = "{\"source\":\"a.txt\",\"x\":" + balanced + "}";
  const std::string objects = [] {
    std::string s;
    for (size_t i = 0; i < kDepth / 8; ++i) s += "{\"a\":";
    return s;
  }();
  for (const std::string* input : {&open, &balanced, &objects}) {
    SCOPED_TRACE(input->substr(0, 40));
    EXPECT_FALSE(ParseRecord(*input).ok());
    EXPECT_FALSE(ParseRecords(*input).ok());
  }
  // Deep nesting in a field the reader does not know: read or refused, but
  // returned (unknown fields are ignored).
  StatusOr<Record> record = ParseRecord(in_a_field);
  if (record.ok()) {
    EXPECT_EQ(record->source, "a.txt");
  }
}

}  // namespace
}  // namespace vnie
