// Normalizer: one spelling for every way the Vietnamese web writes a word.
//
//   vnie::Normalizer normalizer;  // old tone style: hòa, thủy, khỏe
//   vnie::NormalizedText n = normalizer.Normalize(original_bytes);
//   // n.text is NFC, tones placed per syllable, look-alikes and exotic spaces
//   // and dashes folded; n.map.ToOriginal(span) points back into original_bytes.
//
// Normalize never fails: invalid UTF-8 becomes U+FFFD mapped to the bad bytes,
// so a damaged document still yields evidence with exact offsets.
#ifndef VNIE_TEXT_NORMALIZER_H_
#define VNIE_TEXT_NORMALIZER_H_

#include <memory>
#include <string>
#include <string_view>

#include "text/offset_map.h"

namespace vnie {

// Where the tone mark goes in "oa", "oe", "uy" (and "qu"-initial syllables).
enum class ToneStyle {
  kOld,  // hòa, khỏe, thủy: the style of most provincial papers and of underthesea
  kNew,  // hoà, khoẻ, thuỷ: the style of the 1980s orthography reform and VnCoreNLP
};

struct NormalizerOptions {
  // Default: kOld; see README "Tone style" for why.
  ToneStyle tone_style = ToneStyle::kOld;
  // Fix tone marks and horns per syllable (nôị -> nội, hòang -> hoàng). Turning it
  // off leaves only NFC and the character rules.
  bool repair_syllables = true;
};

struct NormalizedText {
  std::string text;  // valid UTF-8, NFC
  OffsetMap map;     // text -> original bytes
};

class Normalizer {
 public:
  explicit Normalizer(NormalizerOptions options = NormalizerOptions());
  ~Normalizer();
  Normalizer(const Normalizer&) = delete;
  Normalizer& operator=(const Normalizer&) = delete;

  // Thread-safe: a Normalizer is immutable once built.
  NormalizedText Normalize(std::string_view original) const;

  const NormalizerOptions& options() const { return options_; }

 private:
  NormalizerOptions options_;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Removes tone marks, circumflex, breve and horn, and maps đ to d (case kept),
// for sources that lost their diacritics. `nfc` must be NFC; the map points
// back into `nfc`.
NormalizedText RemoveDiacritics(std::string_view nfc);

}  // namespace vnie

#endif  // VNIE_TEXT_NORMALIZER_H_
