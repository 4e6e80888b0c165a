// The pattern dialect: macro expansion, built-ins and the ASCII-class lint.
#include "match/pattern_syntax.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "match/strings.h"
#include "re2/re2.h"

namespace vnie {
namespace {

// The letters of Vietnamese text after normalization: the Latin script (Latin-1,
// Extended-A and -B, Extended Additional) and combining marks. RE2 compiles a
// Unicode property such as \p{Ll} to ~800 UTF-8 instructions and these to
// ~20-80; since every name and title rule repeats such a class, the difference
// is what makes capture programs small enough to run fast.
constexpr std::string_view kLetterRanges =
    R"(A-Za-zÀ-ÖØ-öø-ɏ\x{0300}-\x{036F}\x{1E00}-\x{1EFF})";
constexpr std::string_view kDigit = "[0-9]";

// One case of the Vietnamese alphabet: ASCII, the Latin-1 letters, ă đ ĩ ũ ơ ư
// and the U+1EA0-U+1EF9 block, where upper and lower case alternate.
std::string VietnameseCaseClass(bool upper) {
  std::string out = upper ? "[A-ZÀ-ÖØ-ÞĂĐĨŨƠƯ" : R"([a-zß-öø-ÿăđĩũơư\x{0300}-\x{036F})";
  for (char32_t cp = upper ? 0x1EA0 : 0x1EA1; cp <= 0x1EF9; cp += 2) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "\\x{%04X}", static_cast<unsigned>(cp));
    out += hex;
  }
  out += ']';
  return out;
}

const std::string& Builtin(std::string_view name) {
  static const auto* const kBuiltins = new std::map<std::string, std::string, std::less<>>{
      {"L", strings::Cat("[", kLetterRanges, "]")},
      {"D", std::string(kDigit)},
      {"B", strings::Cat("(?:^|$|[^", kLetterRanges, "0-9])")},
      {"Lu", VietnameseCaseClass(true)},
      {"Ll", VietnameseCaseClass(false)},
  };
  static const std::string kNone;
  auto it = kBuiltins->find(name);
  return it == kBuiltins->end() ? kNone : it->second;
}

std::string ChainText(const std::vector<std::string>& chain, std::string_view last) {
  std::vector<std::string> parts;
  for (const std::string& name : chain) parts.push_back(strings::Cat("{", name, "}"));
  parts.push_back(strings::Cat("{", last, "}"));
  return strings::Join(parts, " -> ");
}

}  // namespace

bool IsMacroName(std::string_view name) {
  if (name.empty() || name[0] < 'a' || name[0] > 'z') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string LexiconAlternation(const std::vector<std::string>& entries) {
  // Longest in bytes first, ties in file order: an entry that is a prefix of
  // another is always shorter, which is all leftmost-first needs.
  std::vector<std::string> sorted;
  for (const std::string& entry : entries) {
    if (std::find(sorted.begin(), sorted.end(), entry) == sorted.end()) sorted.push_back(entry);
  }
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::vector<std::string> quoted;
  for (const std::string& entry : sorted) {
    std::vector<std::string> words;
    for (std::string_view word : strings::Split(entry, ' ')) {
      if (!word.empty())
        words.push_back(RE2::QuoteMeta(re2::StringPiece(word.data(), word.size())));
    }
    quoted.push_back(strings::Join(words, R"(\s+)"));
  }
  return strings::Cat("(?:", strings::Join(quoted, "|"), ")");
}

bool UsesTextEdges(std::string_view regex) {
  bool in_class = false;
  for (size_t i = 0; i < regex.size(); ++i) {
    const char c = regex[i];
    if (c == '\\') {
      if (i + 1 < regex.size() && !in_class && (regex[i + 1] == 'A' || regex[i + 1] == 'z')) {
        return true;
      }
      ++i;  // the escaped character is not syntax
    } else if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
      if (i + 1 < regex.size() && regex[i + 1] == '^') ++i;  // negation, not an edge
      if (i + 1 < regex.size() && regex[i + 1] == ']') ++i;  // a literal ] first
    } else if (c == '^' || c == '$') {
      return true;
    }
  }
  return false;
}

Status LintRegex(std::string_view regex) {
  for (size_t i = 0; i + 1 < regex.size(); ++i) {
    if (regex[i] != '\\') continue;
    char c = regex[i + 1];
    ++i;  // an escaped character is never the start of another escape
    switch (c) {
      case 'b':
      case 'B':
        return absl::InvalidArgumentError(strings::Cat(
            "\\", std::string(1, c),
            " is ASCII-only in RE2 and fails next to Vietnamese letters; use {<} / {>} at the "
            "ends or {B} inside"));
      case 'w':
      case 'W':
        return absl::InvalidArgumentError(
            strings::Cat("\\", std::string(1, c),
                         " is ASCII-only in RE2; use {L}, {Lu}, {Ll} or {B}"));
      case 'd':
        return absl::InvalidArgumentError("\\d is not allowed; write {D} or [0-9]");
      case 'p':
      case 'P':
        return absl::InvalidArgumentError(strings::Cat(
            "\\", std::string(1, c),
            " (a Unicode property) compiles to hundreds of RE2 instructions at each use and "
            "slows every rule built on it; use {L}, {Lu}, {Ll} or {B}"));
      default:
        break;
    }
  }
  return absl::OkStatus();
}

MacroExpander::MacroExpander(std::map<std::string, std::string, std::less<>> lexicons,
                             std::map<std::string, MacroDef, std::less<>> macros)
    : lexicons_(std::move(lexicons)), macros_(std::move(macros)) {}

std::vector<std::pair<int, std::string>> MacroExpander::Prepare() {
  std::vector<std::pair<int, std::string>> errors;
  for (const auto& [name, def] : macros_) {
    // Explicit captures: clang before 16 cannot capture structured bindings.
    auto fail = [&errors, &def = def, &name = name](std::string_view what) {
      errors.emplace_back(def.line, strings::Cat("macro \"", name, "\": ", what));
    };
    if (!IsMacroName(name)) {
      fail("a macro name must match [a-z][a-z0-9_]*");
      continue;
    }
    if (lexicons_.count(name)) {
      fail(strings::Cat("name is also a lexicon (lexicon/", name, ".txt); rename one"));
      continue;
    }
    if (Status lint = LintRegex(def.fragment); !lint.ok()) {
      fail(std::string(lint.message()));
      continue;
    }
    std::vector<std::string> chain = {name};
    ExpandedRegex out;
    if (Status s = Expand(def.fragment, chain, /*top_level=*/false, out); !s.ok()) {
      fail(std::string(s.message()));
      continue;
    }
    RE2 check(out.regex, RE2::Quiet);
    if (!check.ok()) {
      fail(strings::Cat("bad regex: ", check.error()));
      continue;
    }
    expanded_[name] = std::move(out.regex);
  }
  return errors;
}

StatusOr<ExpandedRegex> MacroExpander::ExpandRule(std::string_view regex) const {
  std::vector<std::string> chain;
  ExpandedRegex out;
  VNIE_RETURN_IF_ERROR(Expand(regex, chain, /*top_level=*/true, out));
  return out;
}

Status MacroExpander::Expand(std::string_view text, std::vector<std::string>& chain, bool top_level,
                             ExpandedRegex& out) const {
  const std::string_view where =
      chain.empty() ? std::string_view("") : std::string_view(" (inside a macro)");
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' && i + 1 < text.size()) {
      size_t length = 2;
      // \p{Lu}, \P{Greek}, \x{1EA1}: the braces belong to the escape.
      char kind = text[i + 1];
      if ((kind == 'p' || kind == 'P' || kind == 'x') && i + 2 < text.size() &&
          text[i + 2] == '{') {
        size_t close = text.find('}', i + 3);
        if (close != std::string_view::npos) length = close - i + 1;
      }
      out.regex.append(text.substr(i, length));
      i += length - 1;
      continue;
    }
    size_t close = c == '{' ? text.find('}', i + 1) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out.regex.push_back(c);
      continue;
    }
    std::string_view name = text.substr(i + 1, close - i - 1);
    if (name == "<") {
      if (!top_level || i != 0) {
        return absl::InvalidArgumentError(strings::Cat("{<} may only open a rule's regex", where));
      }
      out.boundary_before = true;
    } else if (name == ">") {
      if (!top_level || close + 1 != text.size()) {
        return absl::InvalidArgumentError(strings::Cat("{>} may only close a rule's regex", where));
      }
      out.boundary_after = true;
    } else if (const std::string& builtin = Builtin(name); !builtin.empty()) {
      out.regex.append(builtin);
    } else if (IsMacroName(name)) {
      if (auto lex = lexicons_.find(name); lex != lexicons_.end()) {
        out.regex.append(lex->second);
      } else if (auto done = expanded_.find(name); done != expanded_.end()) {
        out.regex += strings::Cat("(?:", done->second, ")");
      } else if (auto def = macros_.find(name); def != macros_.end()) {
        if (std::find(chain.begin(), chain.end(), name) != chain.end()) {
          return absl::InvalidArgumentError(strings::Cat("macro cycle ", ChainText(chain, name)));
        }
        chain.emplace_back(name);
        out.regex.append("(?:");
        VNIE_RETURN_IF_ERROR(Expand(def->second.fragment, chain, /*top_level=*/false, out));
        out.regex.append(")");
        chain.pop_back();
      } else if (chain.empty()) {
        return absl::InvalidArgumentError(strings::Cat(
            "unknown macro {", name, "}: not in macros.toml nor lexicon/", name, ".txt"));
      } else {
        return absl::InvalidArgumentError(
            strings::Cat("unknown macro {", name, "} (via ", ChainText(chain, name), ")"));
      }
    } else if (!name.empty() && (name[0] == ',' || (name[0] >= '0' && name[0] <= '9'))) {
      out.regex.append(text.substr(i, close - i + 1));  // a repetition count
    } else {
      return absl::InvalidArgumentError(
          strings::Cat("unknown built-in {", name,
                       "}: macro names match [a-z][a-z0-9_]*; escape a literal "
                       "brace as \\{"));
    }
    i = close;
  }
  return absl::OkStatus();
}

}  // namespace vnie
