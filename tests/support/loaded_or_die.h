// Shared fixtures loaded once per test binary (the shipped patterns, markers).
#ifndef VNIE_TESTS_SUPPORT_LOADED_OR_DIE_H_
#define VNIE_TESTS_SUPPORT_LOADED_OR_DIE_H_

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include "absl/status/statusor.h"

namespace vnie {

// The loaded object, owned forever. A fixture that every test of a file needs
// and that does not load stops the binary at once with the reason: returning
// null would only turn one clear failure into many confusing ones.
template <typename T>
T* LoadedOrDie(absl::StatusOr<std::unique_ptr<T>> loaded, const char* what) {
  if (!loaded.ok()) {
    std::fprintf(stderr, "cannot load %s: %s\n", what, loaded.status().ToString().c_str());
    std::abort();
  }
  return loaded->release();
}

}  // namespace vnie

#endif  // VNIE_TESTS_SUPPORT_LOADED_OR_DIE_H_
