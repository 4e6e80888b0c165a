// SQLite tables of a Record; see sqlite_writer.h and docs/sqlite-schema.md.
#include "output/sqlite_writer.h"

#include <sqlite3.h>

#include <cmath>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "output/utf8_repair.h"

namespace vnie {
namespace {

constexpr char kSchema[] = R"sql(
CREATE TABLE IF NOT EXISTS articles (
  id            INTEGER PRIMARY KEY,
  source        TEXT NOT NULL UNIQUE,
  status        TEXT NOT NULL,
  error_code    TEXT,
  error_message TEXT,
  encoding      TEXT,
  format        TEXT,
  title         TEXT,
  published     TEXT,
  author        TEXT
);
CREATE TABLE IF NOT EXISTS people (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  name       TEXT NOT NULL,
  honorific  TEXT,
  mentions   INTEGER NOT NULL,
  begin_byte INTEGER,
  end_byte   INTEGER
);
CREATE TABLE IF NOT EXISTS roles (
  person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  role       TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS cells (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  school     TEXT,
  level      TEXT,
  place      TEXT,
  parent     TEXT,
  members    INTEGER,
  staff      INTEGER,
  percent    REAL,
  begin_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS figures (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  value      REAL,
  whole      REAL,
  unit       TEXT,
  "of"       TEXT,
  approx     TEXT,
  scope      TEXT,
  text       TEXT NOT NULL,
  begin_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS places (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  name       TEXT NOT NULL,
  begin_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS dates (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  value      TEXT NOT NULL,
  text       TEXT NOT NULL,
  begin_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS people_article ON people(article_id);
CREATE INDEX IF NOT EXISTS people_name ON people(name);
CREATE INDEX IF NOT EXISTS roles_person ON roles(person_id);
CREATE INDEX IF NOT EXISTS roles_article ON roles(article_id);
CREATE INDEX IF NOT EXISTS cells_article ON cells(article_id);
CREATE INDEX IF NOT EXISTS figures_article ON figures(article_id);
CREATE INDEX IF NOT EXISTS figures_kind ON figures(kind);
CREATE INDEX IF NOT EXISTS places_article ON places(article_id);
CREATE INDEX IF NOT EXISTS places_kind ON places(kind);
CREATE INDEX IF NOT EXISTS dates_article ON dates(article_id);
)sql";

enum Statement {
  kDeleteArticle,
  kInsertArticle,
  kInsertPerson,
  kInsertRole,
  kInsertCell,
  kInsertFigure,
  kInsertPlace,
  kInsertDate,
  kStatementCount
};

const char* const kStatementSql[kStatementCount] = {
    "DELETE FROM articles WHERE source = ?1",
    "INSERT INTO articles (source, status, error_code, error_message, encoding, format, title,"
    " published, author) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    "INSERT INTO people (article_id, position, name, honorific, mentions, begin_byte, end_byte)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    "INSERT INTO roles (person_id, article_id, position, role) VALUES (?1, ?2, ?3, ?4)",
    "INSERT INTO cells (article_id, name, school, level, place, parent, members, staff, percent,"
    " begin_byte, end_byte) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    "INSERT INTO figures (article_id, kind, value, whole, unit, \"of\", approx, scope, text,"
    " begin_byte, end_byte) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    "INSERT INTO places (article_id, kind, name, begin_byte, end_byte)"
    " VALUES (?1, ?2, ?3, ?4, ?5)",
    "INSERT INTO dates (article_id, value, text, begin_byte, end_byte)"
    " VALUES (?1, ?2, ?3, ?4, ?5)",
};

// Binds values to one prepared statement, then runs it once.
class Binder {
 public:
  explicit Binder(sqlite3_stmt* statement) : statement_(statement) { sqlite3_reset(statement_); }

  Binder& Text(std::string_view text) {
    if (IsValidUtf8(text)) {
      sqlite3_bind_text(statement_, ++index_, text.data(), static_cast<int>(text.size()),
                        SQLITE_TRANSIENT);
    } else {
      std::string repaired = RepairUtf8(text);
      sqlite3_bind_text(statement_, ++index_, repaired.data(), static_cast<int>(repaired.size()),
                        SQLITE_TRANSIENT);
    }
    return *this;
  }
  Binder& OptText(const std::optional<std::string>& text) {
    if (text) return Text(*text);
    return Null();
  }
  Binder& Int(int64_t value) {
    sqlite3_bind_int64(statement_, ++index_, value);
    return *this;
  }
  Binder& OptInt(const std::optional<int64_t>& value) {
    if (value) return Int(*value);
    return Null();
  }
  Binder& Real(double value) {
    if (!std::isfinite(value)) return Null();
    sqlite3_bind_double(statement_, ++index_, value);
    return *this;
  }
  Binder& OptReal(const std::optional<double>& value) {
    if (value) return Real(*value);
    return Null();
  }
  Binder& Span(const ByteSpan& span) {
    return Int(static_cast<int64_t>(span.begin)).Int(static_cast<int64_t>(span.end));
  }
  Binder& Null() {
    sqlite3_bind_null(statement_, ++index_);
    return *this;
  }
  // Runs the statement; returns the SQLite result code (SQLITE_DONE on success).
  int Run() {
    int code = sqlite3_step(statement_);
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
    return code;
  }

 private:
  sqlite3_stmt* statement_;
  int index_ = 0;
};

}  // namespace

const char* SqliteSchema() { return kSchema; }

struct SqliteWriter::Impl {
  std::string path;
  sqlite3* db = nullptr;
  sqlite3_stmt* statements[kStatementCount] = {};
  bool in_transaction = false;

  Status Error(std::string_view what) const {
    return absl::UnavailableError(path + ": " + std::string(what) + ": " +
                                  (db ? sqlite3_errmsg(db) : "out of memory"));
  }

  Status Exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
      std::string text = message ? message : "unknown error";
      sqlite3_free(message);
      return absl::UnavailableError(path + ": " + text);
    }
    return absl::OkStatus();
  }

  ~Impl() {
    for (sqlite3_stmt* statement : statements) sqlite3_finalize(statement);
    if (db) sqlite3_close(db);
  }
};

StatusOr<std::unique_ptr<SqliteWriter>> SqliteWriter::Open(const std::string& path) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  if (sqlite3_open_v2(path.c_str(), &impl->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                      nullptr) != SQLITE_OK) {
    return impl->Error("cannot open database");
  }
  // A run that finds the database locked by a reader waits a little rather than failing.
  sqlite3_busy_timeout(impl->db, 10000);
  VNIE_RETURN_IF_ERROR(impl->Exec("PRAGMA foreign_keys = ON"));
  VNIE_RETURN_IF_ERROR(impl->Exec("PRAGMA journal_mode = WAL"));
  // In WAL mode NORMAL keeps the database consistent after a crash; only the
  // last batches may be lost, and a re-run replaces them anyway.
  VNIE_RETURN_IF_ERROR(impl->Exec("PRAGMA synchronous = NORMAL"));
  VNIE_RETURN_IF_ERROR(impl->Exec(kSchema));
  for (int i = 0; i < kStatementCount; ++i) {
    if (sqlite3_prepare_v3(impl->db, kStatementSql[i], -1, SQLITE_PREPARE_PERSISTENT,
                           &impl->statements[i], nullptr) != SQLITE_OK) {
      return impl->Error(std::string("cannot prepare \"") + kStatementSql[i] + "\"");
    }
  }
  return std::unique_ptr<SqliteWriter>(new SqliteWriter(std::move(impl)));
}

SqliteWriter::SqliteWriter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

SqliteWriter::~SqliteWriter() { Close().IgnoreError(); }

Status SqliteWriter::Write(const Record& record) {
  Impl& d = *impl_;
  if (d.db == nullptr) return absl::FailedPreconditionError(d.path + ": database is closed");
  if (!d.in_transaction) {
    VNIE_RETURN_IF_ERROR(d.Exec("BEGIN IMMEDIATE"));
    d.in_transaction = true;
  }
  Status status = WriteRows(record);
  if (!status.ok()) {
    // Half an article must not be committed by a later Flush().
    d.Exec("ROLLBACK").IgnoreError();
    d.in_transaction = false;
  }
  return status;
}

Status SqliteWriter::WriteRows(const Record& r) {
  Impl& d = *impl_;
  auto failed = [&](const char* what) { return d.Error(std::string(what) + " of " + r.source); };
  if (Binder(d.statements[kDeleteArticle]).Text(r.source).Run() != SQLITE_DONE) {
    return failed("cannot delete the old rows");
  }
  {
    Binder b(d.statements[kInsertArticle]);
    b.Text(r.source).Text(r.ok() ? "ok" : "error");
    if (r.error) {
      b.Text(r.error->code).Text(r.error->message);
    } else {
      b.Null().Null();
    }
    b.Text(r.encoding).Text(r.format).OptText(r.title).OptText(r.published).OptText(r.author);
    if (b.Run() != SQLITE_DONE) return failed("cannot insert the article");
  }
  const int64_t article = sqlite3_last_insert_rowid(d.db);
  for (size_t i = 0; i < r.people.size(); ++i) {
    const Person& p = r.people[i];
    Binder b(d.statements[kInsertPerson]);
    b.Int(article).Int(static_cast<int64_t>(i)).Text(p.name).OptText(p.honorific);
    b.Int(static_cast<int64_t>(p.mentions.size()));
    if (p.mentions.empty()) {
      b.Null().Null();
    } else {
      b.Span(p.mentions.front());
    }
    if (b.Run() != SQLITE_DONE) return failed("cannot insert a person");
    const int64_t person = sqlite3_last_insert_rowid(d.db);
    for (size_t j = 0; j < p.roles.size(); ++j) {
      if (Binder(d.statements[kInsertRole])
              .Int(person)
              .Int(article)
              .Int(static_cast<int64_t>(j))
              .Text(p.roles[j])
              .Run() != SQLITE_DONE) {
        return failed("cannot insert a role");
      }
    }
  }
  for (const Cell& c : r.cells) {
    Binder b(d.statements[kInsertCell]);
    b.Int(article).Text(c.name).OptText(c.school).OptText(c.level).OptText(c.place).OptText(
        c.parent);
    b.OptInt(c.members).OptInt(c.staff).OptReal(c.percent).Span(c.span);
    if (b.Run() != SQLITE_DONE) return failed("cannot insert a cell");
  }
  for (const Figure& f : r.figures) {
    Binder b(d.statements[kInsertFigure]);
    b.Int(article).Text(f.kind).Real(f.value).OptReal(f.whole).OptText(f.unit).OptText(f.of);
    b.OptText(f.approx).OptText(f.scope).Text(f.text).Span(f.span);
    if (b.Run() != SQLITE_DONE) return failed("cannot insert a figure");
  }
  for (const Place& p : r.places) {
    if (Binder(d.statements[kInsertPlace])
            .Int(article)
            .Text(p.kind)
            .Text(p.name)
            .Span(p.span)
            .Run() != SQLITE_DONE) {
      return failed("cannot insert a place");
    }
  }
  for (const DateMention& date : r.dates) {
    if (Binder(d.statements[kInsertDate])
            .Int(article)
            .Text(date.value)
            .Text(date.text)
            .Span(date.span)
            .Run() != SQLITE_DONE) {
      return failed("cannot insert a date");
    }
  }
  return absl::OkStatus();
}

Status SqliteWriter::Flush() {
  Impl& d = *impl_;
  if (!d.in_transaction) return absl::OkStatus();
  d.in_transaction = false;
  return d.Exec("COMMIT");
}

Status SqliteWriter::Close() {
  if (impl_->db == nullptr) return absl::OkStatus();
  Status status = Flush();
  for (sqlite3_stmt*& statement : impl_->statements) {
    sqlite3_finalize(statement);
    statement = nullptr;
  }
  if (sqlite3_close(impl_->db) != SQLITE_OK && status.ok()) {
    status = impl_->Error("cannot close the database");
  }
  impl_->db = nullptr;
  return status;
}

}  // namespace vnie
