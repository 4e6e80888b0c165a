// Syllable repair: one tone-mark placement and spelling for each Vietnamese
// syllable.
//
// The same syllable reaches us as hòa or hoà (two legitimate tone styles), as
// hòang or nôị (an input method that put the mark on the wrong vowel), with
// two tone marks, or with the horn missing from ươ (Chuơng). Matching patterns
// against all of these is hopeless, so each word is taken apart into letters
// (base, modifier, tone), checked against the structure of a Vietnamese
// syllable (initial + nucleus + final, tables in data/syllable_parts.tsv) and,
// if it is one, rebuilt with its single tone on the vowel the orthography
// gives it. A word that is not a Vietnamese syllable (email, QĐ, Pokémon,
// café) is never touched.
//
// Decisions: when a syllable carries several tone marks, the last one in the
// text wins (an input-method user who retypes a tone means the later one);
// uơ/ưo gain the missing horn only before a final (thuở, huơ are words).
#ifndef VNIE_TEXT_SYLLABLE_H_
#define VNIE_TEXT_SYLLABLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/normalizer.h"

namespace vnie {

class SyllableRules {
 public:
  // Parses the format of data/syllable_parts.tsv; errors name the line.
  static StatusOr<SyllableRules> Parse(std::string_view tsv);
  // The embedded data/syllable_parts.tsv (parsed once).
  static const SyllableRules& Default();

  // If `word` (one word: letters and combining marks, NFC or not) is a
  // Vietnamese syllable whose spelling differs from the canonical one for
  // `style`, writes the canonical spelling to *out and returns true.
  // Returns false, leaving *out unspecified, for canonical syllables and for
  // words that are not Vietnamese syllables.
  bool Repair(std::string_view word, ToneStyle style, std::string* out) const;

 private:
  struct Initial {
    uint32_t key;
    bool front_only;
  };
  struct Nucleus {
    uint32_t key;
    int8_t open_old, open_new, closed;  // -1: does not occur
  };
  struct NucleusRepair {
    uint32_t from, to;
    bool closed_only;
  };
  struct InitialRepair {
    uint32_t from, to;
  };

  const Initial* FindInitial(uint32_t key) const;
  const Nucleus* FindNucleus(uint32_t key) const;
  bool IsFinal(uint32_t key) const;

  const class LetterTable* letters_ = nullptr;
  // Keys are up to three one-byte letter codes packed little-endian.
  std::vector<Initial> initials_;  // sorted by key
  std::vector<Nucleus> nuclei_;    // sorted by key
  std::vector<uint32_t> finals_;   // sorted
  // Direct lookup by DenseIndex(key), filled from the sorted tables: a binary
  // search per word was a measurable share of the normalizer's time.
  std::vector<int8_t> initial_at_;  // index into initials_, or -1
  std::vector<int8_t> nucleus_at_;  // index into nuclei_, or -1
  std::vector<bool> final_at_;
  std::vector<NucleusRepair> nucleus_repairs_;
  std::vector<InitialRepair> initial_repairs_;
};

}  // namespace vnie

#endif  // VNIE_TEXT_SYLLABLE_H_
