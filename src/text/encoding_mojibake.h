// Mojibake repair: valid UTF-8 whose characters are the bytes of another
// encoding, read as windows-1252 and saved again.
//
// Two kinds reach us. "Viá»‡t Nam": UTF-8 read as windows-1252 (or Latin-1)
// and saved as UTF-8 again; re-encoding each run of such characters to bytes
// gives valid UTF-8 back. "T×nh h×nh kinh tÕ": a TCVN3 (or VNI) document,
// whose font did the Vietnamese, converted to UTF-8 as if it were
// windows-1252; re-encoding to bytes and decoding as TCVN3 gives it back. The
// second kind is often partial (one pasted heading), so it is judged a line at
// a time, and a line is converted only when nearly all of its words become
// Vietnamese syllables.
//
// Repair changes the text, so spans into it are no longer offsets into the
// file; that is why the caller chooses the scope (see MojibakeScope).
#ifndef VNIE_TEXT_ENCODING_MOJIBAKE_H_
#define VNIE_TEXT_ENCODING_MOJIBAKE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace vnie {

enum class MojibakeScope {
  kNone,      // never repair
  kDominant,  // repair only when at least half of the words with non-ASCII
              // characters are mojibake: the document as a whole is broken
  kAll,       // repair every run or line that qualifies, however few
};

struct MojibakeRepair {
  std::string text;           // the repaired UTF-8
  std::string encoding;       // "utf-8-mojibake", "tcvn3-mojibake" or "vni-mojibake"
  size_t repaired_words = 0;  // words that became Vietnamese by the repair
  size_t words = 0;           // words with a non-ASCII character, before repair
  size_t lines = 0;           // lines changed
};

// A quick scan for characters that mojibake produces and Vietnamese UTF-8
// text almost never holds (Latin-1 letters Vietnamese does not use, symbols
// inside words, C1 controls). False means "certainly nothing to repair".
bool MayBeMojibake(std::string_view utf8);

// Repairs valid UTF-8 `utf8` within `scope`. Returns false, leaving *repair
// unspecified, when nothing qualifies; *repair still reports the counts found
// (encoding, repaired_words, words) so the caller can warn about what it left.
bool RepairMojibake(std::string_view utf8, MojibakeScope scope, MojibakeRepair* repair);

}  // namespace vnie

#endif  // VNIE_TEXT_ENCODING_MOJIBAKE_H_
