// Scores system records against gold records: a faithful port of the
// official scorer ../shared/tools/score.py, so that `vnie eval` and the
// benchmarks report exactly the numbers the project is judged by.
//
//   vnie::StatusOr<std::vector<vnie::Record>> system = vnie::LoadRecords("out.jsonl");
//   vnie::StatusOr<vnie::EvalReport> report =
//       vnie::Evaluate("corpus/gold", *system, {.sources_dir = "corpus/articles"});
//   std::cout << report->ToText();        // the table score.py prints
//
// Records are paired by DocKey() of their source. Per gold document: people
// match by Fold()ed name; the roles of each gold person are matched greedily
// against the system person's roles with Similar(.., 0.6); figures of the
// scored kinds (members, admitted, cells, staff, percent) are compared as
// multisets of values rounded to two decimals; a gold cell matches the first
// unused system cell that agrees on every members/staff/percent the gold
// gives and has a Similar(.., 0.5) name; places are sets of folded
// (kind, name); title and author compare folded, published its first 10
// characters. "overall F1" is the mean F1 of people, roles, figures, cells.
//
// Deliberate differences from score.py, where it is not deterministic or a
// Record cannot say what a dict can: the places misses are listed in gold
// order (Python iterates a set); with several source files of the same base
// name the last in sorted order is used (Python: the last os.listdir gives);
// a span missing from a system JSON record reads as [0, 0] (Python fails that
// span; the two differ only for a figure whose text is empty).
#ifndef VNIE_EVAL_EVALUATOR_H_
#define VNIE_EVAL_EVALUATOR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "vnie/record.h"

namespace vnie {

struct EvalOptions {
  // Folder of the original articles. When set, every figure span and person
  // mention of each paired system record is checked against the file of the
  // same DocKey() (the "spans" row: a figure's span must hold exactly its
  // text, a mention must fold to the name or a part of it). Default "": off.
  std::string sources_dir;
  // How many misses to list per category in ToText(); 0 (default) lists none.
  int misses = 0;
};

// Counts for one category. Precision, recall and F1 follow score.py: with
// nothing proposed precision is 1 if nothing was expected (else 0), and
// likewise for recall.
struct Tally {
  int64_t tp = 0;
  int64_t system = 0;
  int64_t gold = 0;

  void Add(int64_t tp_count, int64_t system_count, int64_t gold_count);
  double Precision() const;
  double Recall() const;
  double F1() const;
};

struct EvalReport {
  // The categories in score.py's order: people, roles, figures,
  // figures:<kind> for each scored kind, cells, places, title, published,
  // author, spans.
  std::vector<std::pair<std::string, Tally>> tallies;
  // What was missed, per category, in score.py's order (the categories above
  // plus "people-extra" and "figures-extra"), each item as score.py words it.
  std::vector<std::pair<std::string, std::vector<std::string>>> misses;
  int64_t gold_documents = 0;
  std::vector<std::string> missing_documents;  // gold keys with no system record
  bool spans_checked = false;                  // options.sources_dir was set
  int misses_to_list = 0;                      // options.misses
  double overall_f1 = 0;                       // mean F1 of people, roles, figures, cells

  // The tally named `category` ("people", "figures:percent", ...); dies on an
  // unknown name (a bug in the caller).
  const Tally& tally(std::string_view category) const;

  // The report score.py prints without --json: a "documents:" line, the
  // P/R/F1/tp/sys/gold table (without "spans" unless checked), up to
  // `misses_to_list` misses per category, and "overall F1 x.xxx".
  std::string ToText() const;

  // What score.py --json prints (json.dumps with indent=1, ensure_ascii=False).
  std::string ToJson() const;
};

// Scores `system` against the gold records in `gold`.
// Fails only when a source file cannot be read for the span check.
StatusOr<EvalReport> Score(const std::vector<Record>& gold, const std::vector<Record>& system,
                           const EvalOptions& options = {});

// Loads the gold records from `gold_path` (see LoadRecords()) and scores.
StatusOr<EvalReport> Evaluate(const std::string& gold_path, const std::vector<Record>& system,
                              const EvalOptions& options = {});

}  // namespace vnie

#endif  // VNIE_EVAL_EVALUATOR_H_
