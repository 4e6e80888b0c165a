// Status and StatusOr for expected failures (bad input, bad pattern files).
//
// vnie returns these instead of throwing: a document that cannot be decoded or a
// pattern file with a syntax error is an ordinary outcome that the caller reports
// and moves past. Exceptions are kept for bugs. We take the types from Abseil
// (Debian libabsl-dev) rather than writing our own: they are what RE2's newer
// releases and much of Google's C++ use, and StatusOr<T> needs no C++23.
#ifndef VNIE_BASE_STATUS_H_
#define VNIE_BASE_STATUS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace vnie {

using Status = absl::Status;
template <typename T>
using StatusOr = absl::StatusOr<T>;

}  // namespace vnie

// Returns early from the enclosing function when `expr` (a Status) is not ok.
#define VNIE_RETURN_IF_ERROR(expr)                \
  do {                                            \
    ::vnie::Status vnie_status_ = (expr);         \
    if (!vnie_status_.ok()) return vnie_status_;  \
  } while (0)

#endif  // VNIE_BASE_STATUS_H_
