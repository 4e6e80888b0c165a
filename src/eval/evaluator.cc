// Port of score.py's scoring; see evaluator.h. Each function below mirrors
// the score.py function of the same name, and keeps its iteration orders so
// that the lists of misses come out in the same order.
#include "eval/evaluator.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <unordered_map>

#include "absl/strings/str_cat.h"
#include "eval/fold.h"
#include "eval/python_repr.h"
#include "eval/record_loader.h"
#include "output/utf8_repair.h"

namespace vnie {
namespace {

namespace fs = std::filesystem;

constexpr const char* kScoredKinds[] = {"members", "admitted", "cells", "staff", "percent"};

// A dict in insertion order: a key keeps its first position, its value is
// the last one assigned (as `{k(x): x for x in xs}` in Python).
template <typename T>
class OrderedMap {
 public:
  void Set(const std::string& key, T value) {
    auto [it, inserted] = index_.emplace(key, entries_.size());
    if (inserted) {
      entries_.emplace_back(key, value);
    } else {
      entries_[it->second].second = value;
    }
  }
  const T* Find(const std::string& key) const {
    auto it = index_.find(key);
    return it == index_.end() ? nullptr : &entries_[it->second].second;
  }
  bool Contains(const std::string& key) const { return index_.count(key) > 0; }
  size_t size() const { return entries_.size(); }
  const std::vector<std::pair<std::string, T>>& entries() const { return entries_; }

 private:
  std::vector<std::pair<std::string, T>> entries_;
  std::unordered_map<std::string, size_t> index_;
};

// collections.Counter of doubles, in insertion order.
class Counter {
 public:
  void Add(double value) {
    for (auto& [v, count] : counts_) {
      if (v == value) {
        ++count;
        return;
      }
    }
    counts_.emplace_back(value, 1);
  }
  int64_t Count(double value) const {
    for (const auto& [v, count] : counts_) {
      if (v == value) return count;
    }
    return 0;
  }
  int64_t Total() const {
    int64_t total = 0;
    for (const auto& entry : counts_) total += entry.second;
    return total;
  }
  const std::vector<std::pair<double, int64_t>>& counts() const { return counts_; }

 private:
  std::vector<std::pair<double, int64_t>> counts_;
};

class Scorer {
 public:
  explicit Scorer(const EvalOptions& options) : options_(options) {
    const char* names[] = {"people",
                           "roles",
                           "figures",
                           "figures:members",
                           "figures:admitted",
                           "figures:cells",
                           "figures:staff",
                           "figures:percent",
                           "cells",
                           "places",
                           "title",
                           "published",
                           "author",
                           "spans"};
    for (const char* name : names) {
      report_.tallies.emplace_back(name, Tally{});
      report_.misses.emplace_back(name, std::vector<std::string>{});
    }
    report_.misses.emplace_back("people-extra", std::vector<std::string>{});
    report_.misses.emplace_back("figures-extra", std::vector<std::string>{});
    report_.spans_checked = !options.sources_dir.empty();
    report_.misses_to_list = options.misses;
  }

  StatusOr<EvalReport> Run(const std::vector<Record>& gold_records,
                           const std::vector<Record>& system_records) {
    OrderedMap<const Record*> gold, system;
    for (const Record& r : gold_records) gold.Set(DocKey(r.source), &r);
    for (const Record& r : system_records) system.Set(DocKey(r.source), &r);
    if (report_.spans_checked) VNIE_RETURN_IF_ERROR(ListSources());
    report_.gold_documents = static_cast<int64_t>(gold.size());
    const Record empty;
    for (const auto& [key, g] : gold.entries()) {
      if (!system.Contains(key)) report_.missing_documents.push_back(key);
    }
    for (const auto& [key, g] : gold.entries()) {
      const Record* const* s = system.Find(key);
      ScoreDoc(*g, s ? **s : empty);
      if (report_.spans_checked && s) VNIE_RETURN_IF_ERROR(CheckSpans(**s));
    }
    // sum() then divide, in score.py's order (Python 3.11 adds floats plainly).
    double sum = 0;
    for (const char* name : {"people", "roles", "figures", "cells"}) sum += TallyOf(name).F1();
    report_.overall_f1 = sum / 4;
    return std::move(report_);
  }

 private:
  Tally& TallyOf(std::string_view name) {
    for (auto& [n, t] : report_.tallies) {
      if (n == name) return t;
    }
    std::abort();  // a category name typo is a bug
  }

  std::vector<std::string>& MissesOf(std::string_view name) {
    for (auto& [n, m] : report_.misses) {
      if (n == name) return m;
    }
    std::abort();
  }

  // greedy_match(): each gold item takes the first unused system item that
  // matches it. Returns, per gold item, whether it was matched.
  template <typename T, typename Matches>
  static std::vector<bool> GreedyMatch(const std::vector<T>& gold, const std::vector<T>& system,
                                       Matches matches, int64_t* pairs) {
    std::vector<bool> used(system.size(), false), matched(gold.size(), false);
    *pairs = 0;
    for (size_t g = 0; g < gold.size(); ++g) {
      for (size_t i = 0; i < system.size(); ++i) {
        if (!used[i] && matches(gold[g], system[i])) {
          used[i] = true;
          matched[g] = true;
          ++*pairs;
          break;
        }
      }
    }
    return matched;
  }

  void ScoreDoc(const Record& gold, const Record& system) {
    OrderedMap<const Person*> people, gold_people;
    for (const Person& p : system.people) {
      if (!p.name.empty()) people.Set(Fold(p.name), &p);
    }
    for (const Person& p : gold.people) gold_people.Set(Fold(p.name), &p);
    int64_t found = 0;
    for (const auto& [key, p] : people.entries()) found += gold_people.Contains(key);
    TallyOf("people").Add(found, static_cast<int64_t>(people.size()),
                          static_cast<int64_t>(gold_people.size()));
    for (const auto& [key, p] : gold_people.entries()) {
      if (!people.Contains(key)) MissesOf("people").push_back(p->name);
    }
    for (const auto& [key, p] : people.entries()) {
      if (!gold_people.Contains(key)) MissesOf("people-extra").push_back(p->name);
    }

    static const std::vector<std::string> kNoRoles;
    for (const auto& [key, g] : gold_people.entries()) {
      const std::vector<std::string>& gold_roles = g->roles;
      const Person* const* s = people.Find(key);
      const std::vector<std::string>& sys_roles = s ? (*s)->roles : kNoRoles;
      int64_t pairs;
      std::vector<bool> matched = GreedyMatch(
          gold_roles, sys_roles,
          [](const std::string& a, const std::string& b) { return Similar(a, b, 0.6); }, &pairs);
      TallyOf("roles").Add(pairs, static_cast<int64_t>(sys_roles.size()),
                           static_cast<int64_t>(gold_roles.size()));
      for (size_t i = 0; i < gold_roles.size(); ++i) {
        if (!matched[i]) MissesOf("roles").push_back(absl::StrCat(g->name, ": ", gold_roles[i]));
      }
    }

    for (const char* kind : kScoredKinds) {
      auto values = [kind](const Record& record) {
        Counter counter;
        for (const Figure& f : record.figures) {
          if (f.kind == kind && !std::isnan(f.value)) counter.Add(PythonRound2(f.value));
        }
        return counter;
      };
      Counter g = values(gold), s = values(system);
      int64_t tp = 0;
      for (const auto& [v, count] : g.counts()) tp += std::min(count, s.Count(v));
      TallyOf("figures").Add(tp, s.Total(), g.Total());
      TallyOf(absl::StrCat("figures:", kind)).Add(tp, s.Total(), g.Total());
      auto list_excess = [kind](const Counter& a, const Counter& b, std::vector<std::string>* out) {
        for (const auto& [v, count] : a.counts()) {
          for (int64_t n = count - b.Count(v); n > 0; --n) {
            out->push_back(absl::StrCat(kind, " ", PythonFloatRepr(v)));
          }
        }
      };
      list_excess(g, s, &MissesOf("figures"));
      list_excess(s, g, &MissesOf("figures-extra"));
    }

    auto cell_matches = [](const Cell& g, const Cell& s) {
      if (g.members && g.members != s.members) return false;
      if (g.staff && g.staff != s.staff) return false;
      if (g.percent && g.percent != s.percent) return false;
      return Similar(g.name, s.name, 0.5);
    };
    int64_t pairs;
    std::vector<bool> matched = GreedyMatch(gold.cells, system.cells, cell_matches, &pairs);
    TallyOf("cells").Add(pairs, static_cast<int64_t>(system.cells.size()),
                         static_cast<int64_t>(gold.cells.size()));
    for (size_t i = 0; i < gold.cells.size(); ++i) {
      if (matched[i]) continue;
      const Cell& c = gold.cells[i];
      auto integer = [](const std::optional<int64_t>& v) {
        return v ? absl::StrCat(*v) : std::string("None");
      };
      // JSON gives Python an int for 100 and a float for 74.6; our writer
      // writes integral percents as integers, so print them that way.
      std::string percent = "None";
      if (c.percent) {
        percent = *c.percent == std::trunc(*c.percent) && std::fabs(*c.percent) < 1e15
                      ? absl::StrCat(static_cast<int64_t>(*c.percent))
                      : PythonFloatRepr(*c.percent);
      }
      MissesOf("cells").push_back(absl::StrCat(c.name.empty() ? "None" : c.name, " ",
                                               integer(c.members), "/", integer(c.staff), " ",
                                               percent, "%"));
    }

    auto place_set = [](const Record& record) {
      std::vector<std::pair<std::string, std::string>> set;
      for (const Place& p : record.places) {
        std::pair<std::string, std::string> item(Fold(p.kind), Fold(p.name));
        if (std::find(set.begin(), set.end(), item) == set.end()) set.push_back(std::move(item));
      }
      return set;
    };
    auto gold_places = place_set(gold), sys_places = place_set(system);
    int64_t common = 0;
    for (const auto& item : gold_places) {
      if (std::find(sys_places.begin(), sys_places.end(), item) != sys_places.end()) {
        ++common;
      } else {
        MissesOf("places").push_back(absl::StrCat(item.first, " ", item.second));
      }
    }
    TallyOf("places").Add(common, static_cast<int64_t>(sys_places.size()),
                          static_cast<int64_t>(gold_places.size()));

    CompareField("title", gold, gold.title, system.title);
    CompareField("published", gold, gold.published, system.published);
    CompareField("author", gold, gold.author, system.author);
  }

  void CompareField(const std::string& field, const Record& gold,
                    const std::optional<std::string>& want, const std::optional<std::string>& got) {
    bool ok;
    if (field == "published") {
      ok = FirstCodePoints(want.value_or(""), 10) == FirstCodePoints(got.value_or(""), 10);
    } else {
      ok = Fold(want.value_or("")) == Fold(got.value_or(""));
    }
    TallyOf(field).Add(ok ? 1 : 0, 1, 1);
    if (!ok) {
      MissesOf(field).push_back(absl::StrCat(gold.source.empty() ? "None" : gold.source, ": want ",
                                             PythonOptionalRepr(want), " got ",
                                             PythonOptionalRepr(got)));
    }
  }

  // Python's s[:n] on a str: the first n code points.
  static std::string_view FirstCodePoints(std::string_view text, size_t n) {
    size_t i = 0;
    for (size_t count = 0; i < text.size(); ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && count++ == n) break;
    }
    return text.substr(0, i);
  }

  Status ListSources() {
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(options_.sources_dir, error)) {
      if (!entry.is_directory(error)) source_names_.push_back(entry.path().filename().string());
    }
    if (error) {
      return absl::NotFoundError(absl::StrCat(options_.sources_dir, ": ", error.message()));
    }
    std::sort(source_names_.begin(), source_names_.end());
    return Status();
  }

  // check_spans().
  Status CheckSpans(const Record& system) {
    std::string key = DocKey(system.source);
    const std::string* name = nullptr;
    for (const std::string& n : source_names_) {
      if (DocKey(n) == key) name = &n;
    }
    if (!name) return Status();
    std::string path = (fs::path(options_.sources_dir) / *name).string();
    std::ifstream in(path, std::ios::binary);
    if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open"));
    std::ostringstream contents;
    contents << in.rdbuf();
    const std::string data = contents.str();

    // data[start:end].decode("utf-8"), or nullopt when that raises.
    auto evidence = [&data](const ByteSpan& span) -> std::optional<std::string_view> {
      size_t start = std::min(span.begin, data.size());
      size_t end = std::min(span.end, data.size());
      std::string_view text =
          start < end ? std::string_view(data).substr(start, end - start) : std::string_view();
      if (!IsValidUtf8(text)) return std::nullopt;
      return text;
    };
    auto span_repr = [](const ByteSpan& span) {
      return absl::StrCat("[", span.begin, ", ", span.end, "]");
    };
    Tally& spans = TallyOf("spans");
    for (const Figure& f : system.figures) {
      std::optional<std::string_view> said = evidence(f.span);
      bool ok = said && *said == f.text;
      spans.Add(ok ? 1 : 0, 1, 1);
      if (!ok) {
        MissesOf("spans").push_back(
            absl::StrCat(key, ": figure ", PythonRepr(f.text), " span ", span_repr(f.span)));
      }
    }
    for (const Person& p : system.people) {
      for (const ByteSpan& m : p.mentions) {
        std::string name_folded = Fold(p.name);
        std::string said = Fold(evidence(m).value_or(""));
        bool ok = !said.empty() && (said.find(name_folded) != std::string::npos ||
                                    name_folded.find(said) != std::string::npos);
        spans.Add(ok ? 1 : 0, 1, 1);
        if (!ok) {
          MissesOf("spans").push_back(
              absl::StrCat(key, ": person ", PythonRepr(p.name), " mention ", span_repr(m)));
        }
      }
    }
    return Status();
  }

  const EvalOptions& options_;
  EvalReport report_;
  std::vector<std::string> source_names_;
};

// A JSON string as Python's json.dumps(ensure_ascii=False) writes it.
std::string PythonJsonString(std::string_view text) {
  std::string out = "\"";
  for (char ch : RepairUtf8(text)) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out += buffer;
        } else {
          out += ch;
        }
    }
  }
  out += '"';
  return out;
}

std::string Format(const char* format, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

}  // namespace

void Tally::Add(int64_t tp_count, int64_t system_count, int64_t gold_count) {
  tp += tp_count;
  system += system_count;
  gold += gold_count;
}

double Tally::Precision() const {
  if (system) return static_cast<double>(tp) / static_cast<double>(system);
  return gold ? 0.0 : 1.0;
}

double Tally::Recall() const {
  if (gold) return static_cast<double>(tp) / static_cast<double>(gold);
  return system ? 0.0 : 1.0;
}

double Tally::F1() const {
  double p = Precision(), r = Recall();
  return p + r != 0 ? 2 * p * r / (p + r) : 0.0;
}

const Tally& EvalReport::tally(std::string_view category) const {
  for (const auto& [name, t] : tallies) {
    if (name == category) return t;
  }
  std::abort();  // an unknown category is a bug in the caller
}

std::string EvalReport::ToText() const {
  std::string out = absl::StrCat("documents: ", gold_documents, " gold, ", missing_documents.size(),
                                 " without a system record\n");
  char line[160];
  std::snprintf(line, sizeof line, "%-20s%7s%7s%7s%6s%6s%6s\n", "category", "P", "R", "F1", "tp",
                "sys", "gold");
  out += line;
  for (const auto& [name, t] : tallies) {
    if (name == "spans" && !spans_checked) continue;
    // %-20s pads by bytes, Python by characters; the names are ASCII.
    std::snprintf(line, sizeof line, "%-20s%7.3f%7.3f%7.3f%6lld%6lld%6lld\n", name.c_str(),
                  t.Precision(), t.Recall(), t.F1(), static_cast<long long>(t.tp),
                  static_cast<long long>(t.system), static_cast<long long>(t.gold));
    out += line;
  }
  if (misses_to_list > 0) {
    for (const auto& [name, items] : misses) {
      if (items.empty()) continue;
      absl::StrAppend(&out, "\n", name, " (", items.size(), "):\n");
      for (size_t i = 0; i < items.size() && i < static_cast<size_t>(misses_to_list); ++i) {
        absl::StrAppend(&out, "  ", items[i], "\n");
      }
    }
  }
  absl::StrAppend(&out, "overall F1 ", Format("%.3f", overall_f1), "\n");
  return out;
}

std::string EvalReport::ToJson() const {
  std::string out = "{\n";
  for (const auto& [name, t] : tallies) {
    absl::StrAppend(&out, " ", PythonJsonString(name), ": {\n");
    absl::StrAppend(&out, "  \"precision\": ", PythonFloatRepr(t.Precision()), ",\n");
    absl::StrAppend(&out, "  \"recall\": ", PythonFloatRepr(t.Recall()), ",\n");
    absl::StrAppend(&out, "  \"f1\": ", PythonFloatRepr(t.F1()), ",\n");
    absl::StrAppend(&out, "  \"tp\": ", t.tp, ",\n");
    absl::StrAppend(&out, "  \"system\": ", t.system, ",\n");
    absl::StrAppend(&out, "  \"gold\": ", t.gold, "\n },\n");
  }
  absl::StrAppend(&out, " \"documents\": {\n  \"gold\": ", gold_documents, ",\n  \"missing\": ");
  if (missing_documents.empty()) {
    out += "[]";
  } else {
    out += "[\n";
    for (size_t i = 0; i < missing_documents.size(); ++i) {
      absl::StrAppend(&out, "   ", PythonJsonString(missing_documents[i]),
                      i + 1 < missing_documents.size() ? ",\n" : "\n");
    }
    out += "  ]";
  }
  absl::StrAppend(&out, "\n },\n \"overall_f1\": ", PythonFloatRepr(overall_f1), "\n}\n");
  return out;
}

StatusOr<EvalReport> Score(const std::vector<Record>& gold, const std::vector<Record>& system,
                           const EvalOptions& options) {
  return Scorer(options).Run(gold, system);
}

StatusOr<EvalReport> Evaluate(const std::string& gold_path, const std::vector<Record>& system,
                              const EvalOptions& options) {
  StatusOr<std::vector<Record>> gold = LoadRecords(gold_path);
  if (!gold.ok()) return gold.status();
  return Score(*gold, system, options);
}

}  // namespace vnie
