// MeaningRegistry: the names a rule may give its groups, and how to read them.
#include "match/meaning.h"

#include <utility>

namespace vnie {

void MeaningRegistry::AddTextMeaning(std::string name) { meanings_[std::move(name)] = nullptr; }

void MeaningRegistry::Add(std::string name, Interpreter interpreter) {
  meanings_[std::move(name)] = std::move(interpreter);
}

bool MeaningRegistry::Has(std::string_view name) const {
  return meanings_.find(name) != meanings_.end();
}

std::optional<std::string> MeaningRegistry::Interpret(std::string_view meaning,
                                                      std::string_view captured) const {
  auto it = meanings_.find(meaning);
  if (it == meanings_.end()) return std::nullopt;
  // A null interpreter marks a text meaning: its value is what was captured.
  if (!it->second) return std::string(captured);
  return it->second(captured);
}

}  // namespace vnie
