#include "extract/document_text.h"

namespace vnie {

const ByteSpan* Hit::Group(std::string_view name) const {
  for (const auto& [group, span] : groups) {
    if (group == name) return &span;
  }
  return nullptr;
}

std::string_view Hit::Set(std::string_view key) const {
  auto it = rule->set.find(std::string(key));
  return it == rule->set.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace vnie
