// vnie explain FILE: the article with every extraction marked and the rule that
// produced it, for an analyst asking "why did (or didn't) vnie find this?".
#include <unistd.h>

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <iostream>

#include "cli/commands.h"
#include "input/document_reader.h"
#include "cli/options.h"
#include "vnie/extractor.h"

namespace vnie {
namespace {

struct Mark {
  ByteSpan span;
  std::string label;  // "members 859 (members-count)"
  const char* color;  // ANSI color of the kind
};

std::string Number(double value) {
  std::string s = std::to_string(value);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// Joins the parts of a label. (Built with append: GCC 12 warns wrongly about
// `"literal" + std::string` chains under -O3 -Werror=restrict.)
std::string Label(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) out.append(part);
  return out;
}

std::vector<Mark> Marks(const Record& record) {
  std::vector<Mark> marks;
  for (const Figure& f : record.figures) {
    marks.push_back({f.span, Label({f.kind, " ", Number(f.value), " (", f.rule, ")"}), "\033[1;33m"});
  }
  for (const Person& p : record.people) {
    std::string label = Label({"person ", p.name});
    for (const std::string& role : p.roles) label.append(" | ").append(role);
    if (!p.rules.empty()) label.append(" (").append(p.rules.front()).append(")");
    for (ByteSpan m : p.mentions) marks.push_back({m, label, "\033[1;36m"});
  }
  for (const Cell& c : record.cells) {
    std::string label = Label({"cell ", c.name});
    if (c.members) label.append(" members=").append(std::to_string(*c.members));
    if (c.staff) label.append(" staff=").append(std::to_string(*c.staff));
    if (c.percent) label.append(" percent=").append(Number(*c.percent));
    label.append(" (").append(c.rule).append(")");
    marks.push_back({c.span, label, "\033[1;35m"});
  }
  for (const Place& p : record.places) {
    marks.push_back({p.span, Label({"place ", p.kind, " ", p.name, " (", p.rule, ")"}), "\033[1;32m"});
  }
  for (const DateMention& d : record.dates) {
    marks.push_back({d.span, Label({"date ", d.value, " (", d.rule, ")"}), "\033[1;34m"});
  }
  for (const Period& p : record.periods) {
    std::string to = p.to ? std::to_string(*p.to) : std::string();
    marks.push_back(
        {p.span, Label({"period ", std::to_string(p.from), "-", to, " (", p.rule, ")"}), "\033[1;34m"});
  }
  std::stable_sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
    return a.span.begin != b.span.begin ? a.span.begin < b.span.begin : a.span.end > b.span.end;
  });
  return marks;
}

}  // namespace

int RunExplain(const ExplainFlags& flags) {
  auto extractor = Extractor::Create(ExtractorOptionsFromFlags(flags.common));
  if (!extractor.ok()) {
    std::cerr << "vnie: " << extractor.status().message() << "\n";
    return kExitUsage;
  }
  auto reader = OpenInputs({flags.path}, InputOptions());
  InputItem item;
  if (!reader.ok() || !(*reader)->Next(&item) || !item.ok()) {
    std::cerr << "vnie: " << flags.path << ": "
              << (reader.ok() ? item.error_message.value_or("no document") : reader.status().message())
              << "\n";
    return kExitUsage;
  }
  const std::string& bytes = item.document.bytes;
  Record record = (*extractor)->Extract(item.document);
  if (!record.ok()) {
    std::cerr << "vnie: " << record.error->message << "\n";
    return kExitDocumentErrors;
  }
  bool color = flags.color == "always" || (flags.color == "auto" && isatty(STDOUT_FILENO));
  const char* reset = color ? "\033[0m" : "";

  // The text with each outermost extraction bracketed and numbered; the notes
  // that follow say what each one is.
  std::vector<Mark> marks = Marks(record);
  std::string out;
  size_t at = 0;
  size_t open_end = 0;
  int number = 0;
  std::vector<std::string> notes;
  for (const Mark& mark : marks) {
    ++number;
    notes.push_back(Label({"[", std::to_string(number), "] ", mark.label}));
    if (mark.span.begin < open_end || mark.span.begin < at) continue;  // nested: note only
    out.append(bytes, at, mark.span.begin - at);
    out += color ? mark.color : "[";
    out.append(bytes, mark.span.begin, mark.span.size());
    out += color ? reset : "]";
    out.append("{").append(std::to_string(number)).append("}");
    at = mark.span.end;
    open_end = mark.span.end;
  }
  out.append(bytes, at, std::string::npos);
  std::cout << out;
  if (!out.empty() && out.back() != '\n') std::cout << '\n';
  std::cout << "\n";
  if (record.title) std::cout << "title: " << *record.title << "\n";
  if (record.published) std::cout << "published: " << *record.published << "\n";
  if (record.author) std::cout << "author: " << *record.author << "\n";
  for (const std::string& note : notes) std::cout << note << "\n";
  for (const std::string& warning : record.warnings) std::cout << "warning: " << warning << "\n";
  return kExitOk;
}

}  // namespace vnie
