// Writes Records as a folder of CSV tables (`vnie extract --csv DIR`), for
// spreadsheets and tools that do not read JSON.
//
//   auto writer = vnie::CsvWriter::Open("out/");   // creates out/*.csv, headers
//   if (!writer.ok()) { /* status names the file that could not be created */ }
//   for (const vnie::Record& r : records) (*writer)->Write(r);
//   (*writer)->Flush();                             // after each batch
//
// One file per kind of fact, each row starting with the article's `source`, so
// the tables join on it:
//   articles.csv  one row per record (errors too), with counts of its facts
//   people.csv    one row per person and role; a person without roles gets one
//                 row with an empty role
//   cells.csv, figures.csv, places.csv   one row per item
// The columns are listed in docs/scaling.md. Every value comes from the same
// Record the JSON writer serializes, formatted the same way (numbers as in
// JSON, invalid UTF-8 repaired to U+FFFD), so CSV and JSON never disagree.
// Quoting follows RFC 4180: fields containing a comma, a double quote, CR or
// LF are enclosed in double quotes with inner quotes doubled; lines end in
// CRLF. Missing values are empty fields.
#ifndef VNIE_OUTPUT_CSV_WRITER_H_
#define VNIE_OUTPUT_CSV_WRITER_H_

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "vnie/record.h"

namespace vnie {

// The tables a CsvWriter writes, in the order of CsvTableNames().
enum class CsvTable { kArticles, kPeople, kCells, kFigures, kPlaces };
inline constexpr int kCsvTableCount = 5;

// "articles.csv", "people.csv", ...
const char* CsvFileName(CsvTable table);
// The header row's column names of `table`.
const std::vector<std::string_view>& CsvColumns(CsvTable table);

// Appends `field` to `*line`, quoted when RFC 4180 requires it. Exposed for tests.
void AppendCsvField(std::string_view field, std::string* line);

// Formats one record as CSV rows (CRLF-terminated, no headers), appending to
// tables[i] for CsvTable i. Pure; the writer below adds the files.
void AppendCsvRows(const Record& record, std::string tables[kCsvTableCount]);

class CsvWriter {
 public:
  // Creates `dir` if needed and (re)writes its five files with header rows.
  static StatusOr<std::unique_ptr<CsvWriter>> Open(const std::string& dir);
  ~CsvWriter();
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;

  // Buffers the rows of `record`; they reach the files at Flush() (or earlier,
  // when the buffer passes a few MB).
  Status Write(const Record& record);
  // Writes the buffered rows and flushes the files.
  Status Flush();
  // Flush(), then closes the files. Called by the destructor if needed.
  Status Close();

 private:
  CsvWriter(std::string dir, std::vector<FILE*> files);
  Status WriteBuffers();

  std::string dir_;
  std::vector<FILE*> files_;
  std::string buffers_[kCsvTableCount];
};

}  // namespace vnie

#endif  // VNIE_OUTPUT_CSV_WRITER_H_
