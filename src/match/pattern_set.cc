// PatternSet loading: lexicons, macros.toml, then every rule file, validated
// together so that one run reports every mistake with its file and line.
#include "match/pattern_set.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "match/pattern_syntax.h"
#include "match/strings.h"
#include "re2/re2.h"
#include "toml++/toml.h"

namespace vnie {
namespace fs = std::filesystem;

struct PatternSet::Impl {
  PatternOptions options;
  std::vector<Rule> rules;
  std::vector<std::unique_ptr<RE2>> regexes;  // parallel to rules
  std::vector<std::unique_ptr<RE2>> folded;   // parallel; null unless accent_insensitive
  std::map<std::string, std::vector<std::string>, std::less<>> lexicons;
  std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>>
      lexicon_values;
};

namespace {

// Collects load errors; loading goes on after an error so that one run of
// `vnie patterns check` shows all of them.
class Errors {
 public:
  void Add(std::string_view file, int line, std::string_view what) {
    messages_.push_back(strings::Cat(file, ":", line, ": ", what));
  }
  void AddRule(const Rule& rule, int line, std::string_view what) {
    Add(rule.file, line, strings::Cat("rule \"", rule.name, "\": ", what));
  }
  bool empty() const { return messages_.empty(); }
  Status ToStatus() const { return absl::InvalidArgumentError(strings::Join(messages_, "\n")); }

 private:
  std::vector<std::string> messages_;
};

int LineOf(const toml::node& node) { return static_cast<int>(node.source().begin.line); }
int LineOf(const toml::key& key) { return static_cast<int>(key.source().begin.line); }

bool ReadFile(const fs::path& path, std::string& contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  contents = buffer.str();
  return true;
}

// Parses a TOML file, reporting a syntax error at its position.
std::optional<toml::table> ParseToml(const fs::path& path, const std::string& display,
                                     Errors& errors) {
  std::string contents;
  if (!ReadFile(path, contents)) {
    errors.Add(display, 0, "cannot read file");
    return std::nullopt;
  }
  try {
    return toml::parse(contents, display);
  } catch (const toml::parse_error& error) {
    errors.Add(display, static_cast<int>(error.source().begin.line),
               strings::Cat("bad TOML: ", error.description(), " (column ",
                            error.source().begin.column, ")"));
    return std::nullopt;
  }
}

bool IsRuleName(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

void LoadLexicon(const fs::path& path, const std::string& display, PatternSet::Impl& impl,
                 Errors& errors) {
  std::string name = path.stem().string();
  if (!IsMacroName(name)) {
    errors.Add(display, 1, "a lexicon file name must match [a-z][a-z0-9_]*.txt");
    return;
  }
  std::string contents;
  if (!ReadFile(path, contents)) {
    errors.Add(display, 0, "cannot read file");
    return;
  }
  std::vector<std::string>& entries = impl.lexicons[name];
  auto& values = impl.lexicon_values[name];
  std::map<std::string, int> seen;  // entry -> line, to report duplicates
  int line_number = 0;
  for (std::string_view line : strings::Split(contents, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = strings::Strip(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    std::vector<std::string_view> fields = strings::Split(line, '\t');
    if (fields.size() > 2) {
      errors.Add(display, line_number, "bad lexicon line: more than one tab");
      continue;
    }
    // Spaces inside an entry are collapsed: the alternation matches any run.
    std::vector<std::string_view> words;
    for (std::string_view word : strings::Split(fields[0], ' ')) {
      if (!strings::Strip(word).empty()) words.push_back(strings::Strip(word));
    }
    std::string entry = strings::Join(words, " ");
    if (entry.empty()) {
      errors.Add(display, line_number, "bad lexicon line: empty entry before the tab");
      continue;
    }
    if (entry.find('\t') != std::string::npos || entry.find('\v') != std::string::npos) {
      errors.Add(display, line_number, "bad lexicon line: control character in entry");
      continue;
    }
    if (auto [it, inserted] = seen.emplace(entry, line_number); !inserted) {
      errors.Add(display, line_number,
                 strings::Cat("bad lexicon line: \"", entry, "\" already on line ", it->second));
      continue;
    }
    if (fields.size() == 2) {
      std::string_view value = strings::Strip(fields[1]);
      if (value.empty()) {
        errors.Add(display, line_number, "bad lexicon line: empty value after the tab");
        continue;
      }
      values.emplace(entry, std::string(value));
    }
    entries.push_back(std::move(entry));
  }
}

std::map<std::string, MacroDef, std::less<>> LoadMacros(const fs::path& path,
                                                        const std::string& display,
                                                        Errors& errors) {
  std::map<std::string, MacroDef, std::less<>> macros;
  std::optional<toml::table> table = ParseToml(path, display, errors);
  if (!table) return macros;
  for (auto&& [key, node] : *table) {
    if (key.str() != "macros") {
      errors.Add(display, LineOf(key),
                 strings::Cat("unknown key \"", key.str(), "\" (expected a [macros] table)"));
      continue;
    }
    const toml::table* defs = node.as_table();
    if (!defs) {
      errors.Add(display, LineOf(key), "\"macros\" must be a table");
      continue;
    }
    for (auto&& [name, value] : *defs) {
      const toml::value<std::string>* fragment = value.as_string();
      if (!fragment) {
        errors.Add(display, LineOf(name),
                   strings::Cat("macro \"", name.str(), "\": value must be a string"));
        continue;
      }
      macros[std::string(name.str())] = MacroDef{fragment->get(), LineOf(name)};
    }
  }
  return macros;
}

// Reads a table of string -> string (groups, set).
bool ReadStringTable(const toml::node& node, std::string_view what, const Rule& rule,
                     std::map<std::string, std::string>& out, Errors& errors) {
  const toml::table* table = node.as_table();
  if (!table) {
    errors.AddRule(rule, LineOf(node), strings::Cat("\"", what, "\" must be a table"));
    return false;
  }
  bool ok = true;
  for (auto&& [key, value] : *table) {
    if (const auto* text = value.as_string()) {
      out[std::string(key.str())] = text->get();
    } else {
      errors.AddRule(rule, LineOf(key), strings::Cat(what, ".", key.str(), " must be a string"));
      ok = false;
    }
  }
  return ok;
}

void ReadExamples(const toml::node& node, Rule& rule, Errors& errors) {
  const toml::array* array = node.as_array();
  if (!array) {
    errors.AddRule(rule, LineOf(node), "\"examples\" must be an array of inline tables");
    return;
  }
  for (const toml::node& item : *array) {
    const toml::table* table = item.as_table();
    if (!table) {
      errors.AddRule(rule, LineOf(item),
                     "an example must be an inline table { text = \"...\", group = \"...\" }");
      continue;
    }
    RuleExample example;
    example.line = LineOf(item);
    bool has_text = false;
    for (auto&& [key, value] : *table) {
      const auto* text = value.as_string();
      if (!text) {
        errors.AddRule(rule, LineOf(key),
                       strings::Cat("example field \"", key.str(), "\" must be a string"));
        continue;
      }
      if (key.str() == "text") {
        example.text = text->get();
        has_text = true;
      } else {
        example.expect[std::string(key.str())] = text->get();
      }
    }
    if (!has_text) {
      errors.AddRule(rule, example.line, "example has no \"text\"");
      continue;
    }
    rule.examples.push_back(std::move(example));
  }
}

void ReadNegatives(const toml::node& node, Rule& rule, Errors& errors) {
  const toml::array* array = node.as_array();
  if (!array) {
    errors.AddRule(rule, LineOf(node), "\"negatives\" must be an array of strings");
    return;
  }
  for (const toml::node& item : *array) {
    const auto* text = item.as_string();
    if (!text) {
      errors.AddRule(rule, LineOf(item), "a negative example must be a string");
      continue;
    }
    RuleExample negative;
    negative.text = text->get();
    negative.line = LineOf(item);
    rule.negatives.push_back(std::move(negative));
  }
}

RE2::Options RegexOptions(const PatternOptions& options) {
  RE2::Options re2_options;
  re2_options.set_encoding(RE2::Options::EncodingUTF8);
  re2_options.set_log_errors(false);
  re2_options.set_max_mem(options.max_mem);
  return re2_options;
}

// Compiles the rule and checks its named groups against `groups`. Returns null
// after reporting an error.
std::unique_ptr<RE2> CompileRule(const Rule& rule, const std::string& regex,
                                 const PatternOptions& options, const MeaningRegistry& meanings,
                                 Errors& errors) {
  auto re = std::make_unique<RE2>(regex, RegexOptions(options));
  if (!re->ok()) {
    errors.AddRule(rule, rule.line,
                   strings::Cat("bad regex: ", re->error(), " (at \"", re->error_arg(),
                                "\"); expanded regex: ", regex));
    return nullptr;
  }
  bool ok = true;
  for (const auto& [group, index] : re->NamedCapturingGroups()) {
    if (!rule.groups.count(group)) {
      errors.AddRule(rule, rule.line,
                     strings::Cat("named group \"", group, "\" has no meaning in \"groups\""));
      ok = false;
    }
  }
  for (const auto& [group, meaning] : rule.groups) {
    if (!re->NamedCapturingGroups().count(group)) {
      errors.AddRule(
          rule, rule.line,
          strings::Cat("groups lists \"", group, "\" but the regex has no (?P<", group, ">...)"));
      ok = false;
    } else if (!meanings.Has(meaning)) {
      errors.AddRule(rule, rule.line,
                     strings::Cat("group \"", group, "\" has unknown meaning \"", meaning, "\""));
      ok = false;
    }
  }
  if (RE2::FullMatch("", *re)) {
    errors.AddRule(rule, rule.line, "regex matches the empty string");
    ok = false;
  }
  return ok ? std::move(re) : nullptr;
}

void LoadRuleFile(const fs::path& path, const std::string& display, std::string folder,
                  const MacroExpander& expander, const MeaningRegistry& meanings,
                  PatternSet::Impl& impl, Errors& errors) {
  std::optional<toml::table> table = ParseToml(path, display, errors);
  if (!table) return;
  std::string dimension = std::move(folder);
  const toml::array* rules = nullptr;
  for (auto&& [key, node] : *table) {
    if (key.str() == "dimension" && node.is_string()) {
      dimension = node.as_string()->get();
    } else if (key.str() == "rule" && node.is_array_of_tables()) {
      rules = node.as_array();
    } else if (key.str() == "dimension" || key.str() == "rule") {
      errors.Add(display, LineOf(key),
                 key.str() == "rule" ? "\"rule\" must be written as [[rule]] tables"
                                     : "\"dimension\" must be a string");
    } else {
      errors.Add(display, LineOf(key),
                 strings::Cat("unknown key \"", key.str(),
                              "\" (a rule file holds `dimension` and [[rule]] tables)"));
    }
  }
  if (dimension.empty()) {
    errors.Add(display, 1,
               "no dimension: put the file in patterns/<dimension>/ or set dimension = \"...\"");
    return;
  }
  if (!rules) return;
  for (const toml::node& node : *rules) {
    const toml::table& fields = *node.as_table();
    Rule rule;
    rule.dimension = dimension;
    rule.file = display;
    rule.line = LineOf(node);
    if (const auto* name = fields["name"].as_string()) rule.name = name->get();
    if (!IsRuleName(rule.name)) {
      errors.Add(display, rule.line,
                 strings::Cat("rule \"", rule.name, "\": name must match [a-z0-9-]+"));
      if (rule.name.empty()) continue;
    }
    bool ok = true;
    for (auto&& [key, value] : fields) {
      std::string_view k = key.str();
      // &key = key: clang before 16 cannot capture structured bindings.
      auto wrong_type = [&, &key = key](std::string_view type) {
        errors.AddRule(rule, LineOf(key), strings::Cat("\"", k, "\" must be ", type));
        ok = false;
      };
      if (k == "name") {
        if (!value.is_string()) wrong_type("a string");
      } else if (k == "priority") {
        if (const auto* priority = value.as_integer();
            priority && priority->get() >= -1000000 && priority->get() <= 1000000) {
          rule.priority = static_cast<int>(priority->get());
        } else {
          wrong_type("an integer in [-1000000, 1000000]");
        }
      } else if (k == "regex") {
        if (const auto* regex = value.as_string()) {
          rule.regex = regex->get();
        } else {
          wrong_type("a string");
        }
      } else if (k == "groups") {
        ok &= ReadStringTable(value, "groups", rule, rule.groups, errors);
      } else if (k == "set") {
        ok &= ReadStringTable(value, "set", rule, rule.set, errors);
      } else if (k == "accent_insensitive") {
        if (const auto* flag = value.as_boolean()) {
          rule.accent_insensitive = flag->get();
        } else {
          wrong_type("true or false");
        }
      } else if (k == "claim") {
        if (const auto* claim = value.as_string()) {
          rule.claim = claim->get();
        } else {
          wrong_type("a string");
        }
      } else if (k == "examples") {
        ReadExamples(value, rule, errors);
      } else if (k == "negatives") {
        ReadNegatives(value, rule, errors);
      } else {
        errors.AddRule(rule, LineOf(key),
                       strings::Cat("unknown key \"", k,
                                    "\" (known: name priority regex groups set "
                                    "claim accent_insensitive examples negatives)"));
        ok = false;
      }
    }
    if (rule.regex.empty()) {
      errors.AddRule(rule, rule.line, "missing \"regex\"");
      continue;
    }
    for (const auto& [field, value] : rule.set) {
      if (rule.groups.count(field)) {
        errors.AddRule(rule, rule.line, strings::Cat("set field \"", field, "\" is also a group"));
        ok = false;
      }
    }
    if (!rule.claim.empty() && !rule.groups.count(rule.claim)) {
      errors.AddRule(rule, rule.line,
                     strings::Cat("claim \"", rule.claim, "\" is not one of the rule's groups"));
      ok = false;
    }
    for (const RuleExample& example : rule.examples) {
      for (const auto& [field, value] : example.expect) {
        if (field != "match" && !rule.groups.count(field)) {
          errors.AddRule(rule, example.line,
                         strings::Cat("example expects \"", field,
                                      "\", which is neither a group nor \"match\""));
          ok = false;
        }
      }
    }
    if (Status lint = LintRegex(rule.regex); !lint.ok()) {
      errors.AddRule(rule, rule.line, std::string(lint.message()));
      continue;
    }
    StatusOr<ExpandedRegex> expanded = expander.ExpandRule(rule.regex);
    if (!expanded.ok()) {
      errors.AddRule(rule, rule.line, std::string(expanded.status().message()));
      continue;
    }
    rule.expanded = expanded->regex;
    rule.boundary_before = expanded->boundary_before;
    rule.boundary_after = expanded->boundary_after;
    std::unique_ptr<RE2> regex = CompileRule(rule, rule.expanded, impl.options, meanings, errors);
    std::unique_ptr<RE2> folded;
    if (regex && rule.accent_insensitive) {
      std::string folded_regex =
          impl.options.fold_regex ? impl.options.fold_regex(rule.expanded) : rule.expanded;
      folded = CompileRule(rule, folded_regex, impl.options, meanings, errors);
      if (!folded) ok = false;
    }
    if (!regex || !ok) continue;
    rule.index = static_cast<int>(impl.rules.size());
    impl.rules.push_back(std::move(rule));
    impl.regexes.push_back(std::move(regex));
    impl.folded.push_back(std::move(folded));
  }
}

std::vector<fs::path> SortedFiles(const fs::path& dir, std::string_view extension, bool recursive) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return files;
  auto add = [&](const fs::directory_entry& entry) {
    if (entry.is_regular_file() && entry.path().extension() == extension) {
      files.push_back(entry.path());
    }
  };
  if (recursive) {
    for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) add(entry);
  } else {
    for (const auto& entry : fs::directory_iterator(dir, ec)) add(entry);
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

PatternSet::PatternSet() : impl_(std::make_unique<Impl>()) {}
PatternSet::~PatternSet() = default;

StatusOr<std::unique_ptr<PatternSet>> PatternSet::Load(const PatternOptions& options,
                                                       const MeaningRegistry& meanings) {
  const fs::path dir(options.dir);
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return absl::NotFoundError(strings::Cat(options.dir, ": no such patterns directory"));
  }
  std::unique_ptr<PatternSet> set(new PatternSet());
  Impl& impl = *set->impl_;
  impl.options = options;
  Errors errors;
  auto display = [&](const fs::path& path) { return path.generic_string(); };

  for (const fs::path& path : SortedFiles(dir / "lexicon", ".txt", /*recursive=*/false)) {
    LoadLexicon(path, display(path), impl, errors);
  }
  std::map<std::string, std::string, std::less<>> alternations;
  for (const auto& [name, entries] : impl.lexicons) {
    if (!entries.empty()) alternations[name] = LexiconAlternation(entries);
  }

  const fs::path macros_path = dir / "macros.toml";
  std::map<std::string, MacroDef, std::less<>> macros;
  if (fs::exists(macros_path, ec)) macros = LoadMacros(macros_path, display(macros_path), errors);
  MacroExpander expander(std::move(alternations), std::move(macros));
  for (const auto& [line, message] : expander.Prepare()) {
    errors.Add(display(macros_path), line, message);
  }
  if (!errors.empty()) return errors.ToStatus();  // rules would repeat the same errors

  for (const fs::path& path : SortedFiles(dir, ".toml", /*recursive=*/true)) {
    if (path == macros_path) continue;
    fs::path relative = path.lexically_relative(dir);
    // The dimension is the first folder under patterns/ (patterns/figures/x.toml).
    std::string folder = std::distance(relative.begin(), relative.end()) > 1
                             ? relative.begin()->string()
                             : std::string();
    LoadRuleFile(path, display(path), folder, expander, meanings, impl, errors);
  }

  std::map<std::string_view, const Rule*> by_name;
  for (const Rule& rule : impl.rules) {
    if (auto [it, inserted] = by_name.emplace(rule.name, &rule); !inserted) {
      errors.AddRule(rule, rule.line,
                     strings::Cat("duplicate rule name (first defined at ", it->second->file, ":",
                                  it->second->line, ")"));
    }
  }
  if (!errors.empty()) return errors.ToStatus();
  return set;
}

const std::vector<Rule>& PatternSet::rules() const { return impl_->rules; }

const Rule* PatternSet::FindRule(std::string_view name) const {
  for (const Rule& rule : impl_->rules) {
    if (rule.name == name) return &rule;
  }
  return nullptr;
}

std::vector<std::string> PatternSet::dimensions() const {
  std::set<std::string> names;
  for (const Rule& rule : impl_->rules) names.insert(rule.dimension);
  return {names.begin(), names.end()};
}

const std::vector<std::string>& PatternSet::Lexicon(std::string_view name) const {
  static const std::vector<std::string>* const kEmpty = new std::vector<std::string>();
  auto it = impl_->lexicons.find(name);
  return it == impl_->lexicons.end() ? *kEmpty : it->second;
}

const std::map<std::string, std::string, std::less<>>& PatternSet::LexiconValues(
    std::string_view name) const {
  static const auto* const kEmpty = new std::map<std::string, std::string, std::less<>>();
  auto it = impl_->lexicon_values.find(name);
  return it == impl_->lexicon_values.end() ? *kEmpty : it->second;
}

const PatternOptions& PatternSet::options() const { return impl_->options; }

const RE2& PatternSet::Regex(const Rule& rule) const { return *impl_->regexes.at(rule.index); }

const RE2* PatternSet::FoldedRegex(const Rule& rule) const {
  return impl_->folded.at(rule.index).get();
}

}  // namespace vnie
