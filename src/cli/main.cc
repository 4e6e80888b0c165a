// vnie command line: parses flags with CLI11 and hands them to a command.
// Everything else lives in the library; see src/vnie/extractor.h.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"
#include "vnie/extractor.h"

namespace {

void AddCommon(CLI::App* command, vnie::CommonFlags* flags) {
  command->add_option("--patterns", flags->patterns_dir,
                      "patterns folder (default: $VNIE_PATTERNS or the shipped patterns/)");
  command->add_option("--tone-style", flags->tone_style,
                      "tone mark placement in names and roles: old (hòa, thủy) or new (hoà, thuỷ)")
      ->check(CLI::IsMember({"old", "new"}));
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"vnie: structured facts from Vietnamese news (party cells, figures, people, places, dates)"};
  app.set_version_flag("--version", "vnie " + vnie::Version());
  app.require_subcommand(1);

  vnie::NormalizeFlags normalize;
  auto* normalize_cmd = app.add_subcommand("normalize", "write the normalized text of documents");
  AddCommon(normalize_cmd, &normalize.common);
  normalize_cmd->add_flag("--offsets", normalize.offsets,
                          "write JSON lines of normalized and original spans instead");
  normalize_cmd->add_option("paths", normalize.paths, "files, folders, or - for stdin")
      ->required();

  vnie::ExtractFlags extract;
  auto* extract_cmd = app.add_subcommand("extract", "write one JSON record per document");
  AddCommon(extract_cmd, &extract.common);
  extract_cmd->add_option("paths", extract.paths, "files, folders, or - for stdin")->required();
  extract_cmd->add_option("-o,--output", extract.output, "write records to FILE instead of stdout");
  extract_cmd->add_flag("--pretty", extract.pretty, "indent the JSON");
  extract_cmd->add_flag("--rules", extract.rules, "name the rule behind every extraction");
  extract_cmd->add_flag("-q,--quiet", extract.quiet, "no summary on stderr");
  extract_cmd->add_option("--encoding", extract.encoding, "force the input encoding (utf-8, utf-16le, ...)");
  extract_cmd->add_option("--max-document-bytes", extract.max_document_bytes,
                          "larger documents become error records")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  extract_cmd->add_option("-j,--jobs", extract.jobs, "extraction threads (default: all cores)")
      ->check(CLI::NonNegativeNumber);
  extract_cmd->add_option("--batch-size", extract.batch_size,
                          "documents per batch: output is flushed (and SQLite commits) per batch (default 64)");
  extract_cmd->add_option("--csv", extract.csv_dir,
                          "write CSV tables (articles, people, cells, figures, places) into DIR")
      ->type_name("DIR");
  extract_cmd->add_option("--sqlite", extract.sqlite_path,
                          "write into an SQLite database; re-running replaces the same sources' rows")
      ->type_name("FILE");

  extract_cmd->add_option("--input-format", extract.input_format,
                          "how to read the inputs: auto (by extension, then content), text, "
                          "html, jsonl or warc")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl", "warc"}))
      ->capture_default_str();
  extract_cmd->add_option("--text-field", extract.text_field,
                          "JSONL: field holding the article (default: text, content, html)");
  extract_cmd->add_option("--id-field", extract.id_field,
                          "JSONL: field naming the article (default: id, then url)");

  vnie::PatternsFlags patterns;
  auto* patterns_cmd = app.add_subcommand("patterns", "test, list or check the pattern files");
  AddCommon(patterns_cmd, &patterns.common);
  patterns_cmd->add_option("action", patterns.action, "test | list | check")
      ->required()
      ->check(CLI::IsMember({"test", "list", "check"}));
  patterns_cmd->add_option("samples", patterns.sample_paths,
                           "for check: text files to time the rules on (default: corpus/)");
  patterns_cmd->add_flag("--regex", patterns.regex,
                         "for list: two more columns, the {<} {>} boundaries (\"<>\", \"<\", "
                         "\">\" or \"-\") and the rule's regex with every macro expanded");

  vnie::EvalFlags eval;
  auto* eval_cmd = app.add_subcommand("eval", "score extractions against gold records");
  AddCommon(eval_cmd, &eval.common);
  eval_cmd->add_option("gold", eval.gold, "gold records: a folder of .json, a .jsonl or a .json")
      ->required();
  eval_cmd->add_option("paths", eval.paths, "articles to extract and score")->required();
  eval_cmd->add_option("--sources", eval.sources, "folder of the originals, to check spans");
  eval_cmd->add_option("--misses", eval.misses, "list up to N misses per category");

  vnie::ExplainFlags explain;
  auto* explain_cmd = app.add_subcommand("explain", "show an article with every extraction marked");
  AddCommon(explain_cmd, &explain.common);
  explain_cmd->add_option("file", explain.path, "the article")->required();
  explain_cmd->add_option("--color", explain.color, "auto, always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // CLI11 prints help and version itself (exit 0); a bad option is one line, exit 2.
    int code = app.exit(error);
    return code == 0 ? 0 : vnie::kExitUsage;
  }

  if (*normalize_cmd) return vnie::RunNormalize(normalize);
  if (*extract_cmd) return vnie::RunExtract(extract);
  if (*patterns_cmd) return vnie::RunPatterns(patterns);
  if (*eval_cmd) return vnie::RunEval(eval);
  if (*explain_cmd) return vnie::RunExplain(explain);
  return vnie::kExitUsage;
}
