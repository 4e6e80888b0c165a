// Writes Records into an SQLite database (`vnie extract --sqlite FILE`), so a
// corpus of millions of articles can be queried with SQL instead of re-parsed.
//
//   auto db = vnie::SqliteWriter::Open("facts.db");  // creates the schema
//   for (const vnie::Record& r : batch) db->Write(r);  // inside one transaction
//   db->Flush();                                       // commits the batch
//
// The schema (tables articles, people, roles, cells, figures, places, dates) is
// documented in docs/sqlite-schema.md. Each article is keyed by its `source`:
// writing a record whose source is already in the database first deletes that
// article and, through ON DELETE CASCADE, all its facts, so running vnie again
// on the same files replaces their rows instead of duplicating them. Writes are
// grouped in one transaction per Flush() (per batch): one fsync per batch, not
// per row. The database is put in WAL journal mode so readers can query it
// while a run is writing.
#ifndef VNIE_OUTPUT_SQLITE_WRITER_H_
#define VNIE_OUTPUT_SQLITE_WRITER_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "vnie/record.h"

struct sqlite3;

namespace vnie {

// The schema's CREATE statements (idempotent: CREATE ... IF NOT EXISTS), for
// the docs and for tests.
const char* SqliteSchema();

class SqliteWriter {
 public:
  // Opens or creates the database at `path` and creates the tables if missing.
  static StatusOr<std::unique_ptr<SqliteWriter>> Open(const std::string& path);
  ~SqliteWriter();
  SqliteWriter(const SqliteWriter&) = delete;
  SqliteWriter& operator=(const SqliteWriter&) = delete;

  // Replaces the article `record.source` with this record, inside the current
  // transaction (begun here if none is open). On failure the transaction is
  // rolled back: the rows written since the last Flush() are lost.
  Status Write(const Record& record);
  // Commits the current transaction, if any.
  Status Flush();
  // Flush(), then closes the database. Called by the destructor if needed.
  Status Close();

 private:
  struct Impl;
  explicit SqliteWriter(std::unique_ptr<Impl> impl);
  Status WriteRows(const Record& record);
  std::unique_ptr<Impl> impl_;
};

}  // namespace vnie

#endif  // VNIE_OUTPUT_SQLITE_WRITER_H_
