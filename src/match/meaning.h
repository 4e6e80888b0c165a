// What a named group of a rule means, and who reads it.
//
// A rule says `groups = { value = "number", unit = "text" }`. The pattern loader
// rejects a meaning nobody registered; the example runner uses the registered
// interpreter to turn the captured text into the value an example expects
// ("1.889" -> "1889"). The registry is filled by the layer that owns the
// interpreters (src/extract/meanings.h), so the engine depends on no domain code.
#ifndef VNIE_MATCH_MEANING_H_
#define VNIE_MATCH_MEANING_H_

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace vnie {

// Canonical string for a captured text ("74,6" -> "74.6"), or nullopt when the
// text cannot be read as this meaning.
using Interpreter = std::function<std::optional<std::string>(std::string_view captured)>;

class MeaningRegistry {
 public:
  // A meaning whose value is the captured text itself (text, name, role, ...).
  void AddTextMeaning(std::string name);
  void Add(std::string name, Interpreter interpreter);

  bool Has(std::string_view name) const;
  // The canonical value of `captured` under `meaning`; the text itself for text
  // meanings; nullopt when it cannot be read or the meaning is unknown.
  std::optional<std::string> Interpret(std::string_view meaning, std::string_view captured) const;

 private:
  std::map<std::string, Interpreter, std::less<>> meanings_;
};

}  // namespace vnie

#endif  // VNIE_MATCH_MEANING_H_
