// The shipped number lexicon, loaded once for the interpret tests.
#ifndef VNIE_TESTS_INTERPRET_LEXICON_FIXTURE_H_
#define VNIE_TESTS_INTERPRET_LEXICON_FIXTURE_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>

#include "interpret/number_words.h"

namespace vnie {

inline const NumberWords& ShippedNumberWords() {
  static const NumberWords* words = [] {
    StatusOr<NumberWords> loaded =
        LoadNumberWords(VNIE_SOURCE_DIR "/patterns/lexicon/number_words.txt");
    if (!loaded.ok()) {
      std::cerr << "cannot load the number lexicon: " << loaded.status() << "\n";
      std::abort();
    }
    return new NumberWords(*std::move(loaded));
  }();
  return *words;
}

}  // namespace vnie

#endif  // VNIE_TESTS_INTERPRET_LEXICON_FIXTURE_H_
