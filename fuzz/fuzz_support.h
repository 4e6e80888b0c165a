// Shared helpers of the fuzz targets: a trap that names the broken invariant,
// and the shipped patterns/ folder the targets load their data from.
//
// libFuzzer only notices crashes, so an invariant that does not hold must crash:
// FUZZ_CHECK prints the condition and aborts, which libFuzzer turns into a
// reproducer file (crash-<sha1>) for tests/regressions/.
#ifndef VNIE_FUZZ_FUZZ_SUPPORT_H_
#define VNIE_FUZZ_FUZZ_SUPPORT_H_

#include <cstdio>
#include <cstdlib>
#include <string>

#define FUZZ_CHECK(condition)                                                   \
  do {                                                                          \
    if (!(condition)) {                                                         \
      std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, \
                   #condition);                                                 \
      std::abort();                                                             \
    }                                                                           \
  } while (0)

namespace vnie::fuzz {

// The source tree's patterns/ (the targets are built from the source tree).
inline std::string ShippedPatternsDir() { return std::string(VNIE_SOURCE_DIR) + "/patterns"; }

}  // namespace vnie::fuzz

#endif  // VNIE_FUZZ_FUZZ_SUPPORT_H_
