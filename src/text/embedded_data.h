// Embedded data: the rule tables of src/text/data/, compiled into vnie_text.
//
// The tables are data so that a rule is one line of a TSV people can diff and
// review, and they are embedded (CMakeLists.txt generates the array at configure
// time) so that a deployed binary never depends on finding a data directory.
#ifndef VNIE_TEXT_EMBEDDED_DATA_H_
#define VNIE_TEXT_EMBEDDED_DATA_H_

#include <string_view>

namespace vnie {

struct EmbeddedFile {
  const char* name;  // file name under src/text/data/, e.g. "char_rules.tsv"
  std::string_view text;
};

// Terminated by an entry with an empty name; defined in the generated
// text_embedded_data.cc.
extern const EmbeddedFile kEmbeddedTextData[];

// The text of src/text/data/<name>, or an empty view if there is no such file.
inline std::string_view EmbeddedTextData(std::string_view name) {
  for (const EmbeddedFile* f = kEmbeddedTextData; f->name[0] != '\0'; ++f) {
    if (name == f->name) return f->text;
  }
  return {};
}

}  // namespace vnie

#endif  // VNIE_TEXT_EMBEDDED_DATA_H_
