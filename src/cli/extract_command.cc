// vnie extract: one JSON record per document, in input order; a document that
// cannot be read or decoded still gets a record, with status "error".
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "cli/options.h"
#include "output/json_writer.h"
#include "vnie/extractor.h"

namespace vnie {

int RunExtract(const ExtractFlags& flags) {
  ExtractorOptions options = ExtractorOptionsFromFlags(flags.common);
  options.encoding = flags.encoding;
  options.max_document_bytes = flags.max_document_bytes;
  auto extractor = Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << "vnie: " << extractor.status().message() << "\n";
    return kExitUsage;
  }

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!flags.output.empty()) {
    file.open(flags.output, std::ios::binary);
    if (!file) {
      std::cerr << "vnie: cannot write " << flags.output << "\n";
      return kExitUsage;
    }
    out = &file;
  }

  JsonOptions json_options;
  json_options.pretty = flags.pretty;
  json_options.include_rules = flags.rules;
  JsonWriter writer(json_options);

  auto start = std::chrono::steady_clock::now();
  size_t documents = 0, errors = 0, bytes_read = 0;
  for (const InputFile& input : ExpandInputs(flags.paths)) {
    Record record;
    std::string bytes, error;
    if (input.error) {
      record.source = input.path;
      record.error = RecordError{"unreadable", input.path + ": " + *input.error};
    } else if (!ReadInput(input.path, &bytes, &error)) {
      record.source = input.path;
      record.error = RecordError{"unreadable", input.path + ": " + error};
    } else {
      bytes_read += bytes.size();
      record = (*extractor)->Extract(Document{input.path, std::move(bytes)});
    }
    ++documents;
    if (!record.ok()) {
      ++errors;
      if (!flags.quiet) std::cerr << "vnie: " << record.error->message << "\n";
    }
    *out << writer.Write(record) << '\n';
  }
  out->flush();

  if (!flags.quiet) {
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char line[200];
    std::snprintf(line, sizeof line,
                  "vnie: %zu documents, %zu ok, %zu errors, %.2f s, %.1f MB/s\n", documents,
                  documents - errors, errors, seconds,
                  seconds > 0 ? static_cast<double>(bytes_read) / 1e6 / seconds : 0.0);
    std::cerr << line;
  }
  return errors == 0 ? kExitOk : kExitDocumentErrors;
}

}  // namespace vnie
