// The regex dialect of pattern files: RE2 syntax plus {NAME} macros, lexicons
// and the boundary built-ins, and the lint that keeps rules Vietnamese-safe.
//
// Rules are written against normalized Vietnamese text, where RE2's ASCII-only
// \b, \w and \d silently fail on "Việt" or "ấp". The dialect gives Unicode-aware
// replacements ({L}, {D}, {B}, {<}, {>}) and the lint rejects the ASCII ones, so
// a rule that looks right cannot quietly miss accented words.
//
//   {<}  first thing in a rule: not preceded by a letter, digit or mark (checked
//        in C++, not part of the match)
//   {>}  last thing in a rule: not followed by a letter, digit or mark (ditto)
//   {L}  [\pL\pM]    {D}  [0-9]    {B}  (?:^|$|[^\pL\pM\pN]) (consumes)
//   {name}  a macro from patterns/macros.toml, wrapped in (?:...), or a lexicon
//           from patterns/lexicon/name.txt, as (?:longest|long|short)
// Anything else in braces ({2,5}, {3}) is RE2's counted repetition.
#ifndef VNIE_MATCH_PATTERN_SYNTAX_H_
#define VNIE_MATCH_PATTERN_SYNTAX_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace vnie {

// A macro as written in macros.toml.
struct MacroDef {
  std::string fragment;
  int line = 0;
};

// A rule's regex after expansion.
struct ExpandedRegex {
  std::string regex;  // what RE2 compiles; {<} and {>} removed
  bool boundary_before = false;
  bool boundary_after = false;
};

// True for names a macro or lexicon may have: [a-z][a-z0-9_]*. A leading digit
// is reserved so that {3} stays a repetition count.
bool IsMacroName(std::string_view name);

// Non-capturing alternation of `entries`, each quoted for RE2, longest first
// (RE2 alternation is leftmost-first, so "nghìn tỷ" must be tried before
// "nghìn"), and a space inside an entry matching \s+.
std::string LexiconAlternation(const std::vector<std::string>& entries);

// Whether `regex` asserts the edges of the text (^ $ \A \z outside a
// character class; {B} expands to such a group): its matches then depend on
// where the text is cut, so its groups must be found in the whole text.
bool UsesTextEdges(std::string_view regex);

// Rejects \b \B \w \W \d: RE2 defines them over ASCII only. The message names
// the escape and its replacement; the caller adds file:line.
Status LintRegex(std::string_view regex);

class MacroExpander {
 public:
  // `lexicons`: lexicon name -> alternation (see LexiconAlternation).
  MacroExpander(std::map<std::string, std::string, std::less<>> lexicons,
                std::map<std::string, MacroDef, std::less<>> macros);

  // Expands every macro once, so that unknown names, cycles and lint problems
  // are reported even for macros no rule uses. Returns one message per broken
  // macro, each "macro \"name\": ..." (the caller adds macros.toml:line); the
  // expander is usable only when the result is empty.
  std::vector<std::pair<int, std::string>> Prepare();

  // Expands a rule's regex. Errors name the offending {NAME}.
  StatusOr<ExpandedRegex> ExpandRule(std::string_view regex) const;

 private:
  // Expands `text` into `out`; `chain` lists the macros being expanded, to
  // detect cycles. Macros already in expanded_ are reused.
  Status Expand(std::string_view text, std::vector<std::string>& chain, bool top_level,
                ExpandedRegex& out) const;

  std::map<std::string, std::string, std::less<>> lexicons_;
  std::map<std::string, MacroDef, std::less<>> macros_;
  std::map<std::string, std::string, std::less<>> expanded_;  // filled by Prepare
};

}  // namespace vnie

#endif  // VNIE_MATCH_PATTERN_SYNTAX_H_
