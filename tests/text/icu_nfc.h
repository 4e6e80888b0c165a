// NFC by ICU, the reference the text tests compare vnie's output against.
#ifndef VNIE_TESTS_TEXT_ICU_NFC_H_
#define VNIE_TESTS_TEXT_ICU_NFC_H_

#include <string>

#include "unicode/normalizer2.h"
#include "unicode/unistr.h"

namespace vnie {

inline std::string IcuNfc(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  std::string out;
  nfc->normalize(icu::UnicodeString::fromUTF8(text), status).toUTF8String(out);
  return out;
}

}  // namespace vnie

#endif  // VNIE_TESTS_TEXT_ICU_NFC_H_
