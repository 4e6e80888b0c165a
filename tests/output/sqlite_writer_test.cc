// SQLite output: schema, one row per fact, re-runs replace an article's rows
// instead of duplicating them, and foreign keys hold.
#include "output/sqlite_writer.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace vnie {
namespace {

namespace fs = std::filesystem;

class SqliteWriterTest : public testing::Test {
 protected:
  void SetUp() override {
    path_ = (fs::temp_directory_path() /
             ("vnie_sqlite_test_" + std::to_string(::getpid()) + "_" +
              testing::UnitTest::GetInstance()->current_test_info()->name() + ".db"))
                .string();
    Remove();
  }
  void TearDown() override {
    if (db_) sqlite3_close(db_);
    Remove();
  }
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }

  // Writes `records` as one batch through a fresh writer, as one run would.
  void WriteRun(const std::vector<Record>& records) {
    auto writer = SqliteWriter::Open(path_);
    ASSERT_TRUE(writer.ok()) << writer.status();
    for (const Record& r : records) ASSERT_TRUE((*writer)->Write(r).ok()) << r.source;
    ASSERT_TRUE((*writer)->Flush().ok());
    ASSERT_TRUE((*writer)->Close().ok());
  }

  // The single value `sql` selects, as text ("" for NULL or no row).
  std::string Query(const std::string& sql) {
    if (!db_) {
      EXPECT_EQ(sqlite3_open(path_.c_str(), &db_), SQLITE_OK);
      sqlite3_exec(db_, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    }
    sqlite3_stmt* statement = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db_, sql.c_str(), -1, &statement, nullptr), SQLITE_OK)
        << sql << ": " << sqlite3_errmsg(db_);
    std::string value;
    if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0) != nullptr) {
      value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    }
    sqlite3_finalize(statement);
    return value;
  }

  std::string path_;
  sqlite3* db_ = nullptr;
};

Record Article(const std::string& source, int people) {
  Record r;
  r.source = source;
  r.encoding = "utf-8";
  r.title = "Đại hội Chi bộ, nhiệm kỳ 2025-2030";
  for (int i = 0; i < people; ++i) {
    Person p;
    p.name = "Người Số " + std::to_string(i);
    p.roles = {"Bí thư", "Hiệu trưởng"};
    p.mentions = {{size_t(i), size_t(i + 5)}};
    r.people.push_back(p);
  }
  Cell c;
  c.name = "Chi bộ Trường Mầm non Sao Mai";
  c.members = 12;
  c.span = {0, 10};
  r.cells.push_back(c);
  Figure f;
  f.kind = "percent";
  f.value = 74.6;
  f.text = "74,6%";
  f.span = {20, 25};
  r.figures.push_back(f);
  Place pl;
  pl.kind = "huyện";
  pl.name = "Tam Dương";
  r.places.push_back(pl);
  DateMention d;
  d.value = "2025-05-14";
  d.text = "14/5/2025";
  r.dates.push_back(d);
  return r;
}

TEST_F(SqliteWriterTest, CreatesSchemaInWalMode) {
  WriteRun({});
  for (const char* table : {"articles", "people", "roles", "cells", "figures", "places", "dates"}) {
    EXPECT_EQ(Query(std::string("SELECT name FROM sqlite_master WHERE type='table' AND name='") +
                    table + "'"),
              table);
  }
  EXPECT_EQ(Query("SELECT count(*) FROM sqlite_master WHERE type='index' AND name='figures_kind'"),
            "1");
  EXPECT_EQ(Query("PRAGMA journal_mode"), "wal");
}

TEST_F(SqliteWriterTest, WritesOneRowPerFact) {
  Record error;
  error.source = "gone.txt";
  error.error = RecordError{"unreadable", "gone.txt: no such file"};
  WriteRun({Article("a.txt", 2), Article("b.txt", 3), error});
  EXPECT_EQ(Query("SELECT count(*) FROM articles"), "3");
  EXPECT_EQ(Query("SELECT count(*) FROM people"), "5");
  EXPECT_EQ(Query("SELECT count(*) FROM roles"), "10");
  EXPECT_EQ(Query("SELECT count(*) FROM cells"), "2");
  EXPECT_EQ(Query("SELECT count(*) FROM figures"), "2");
  EXPECT_EQ(Query("SELECT count(*) FROM places"), "2");
  EXPECT_EQ(Query("SELECT count(*) FROM dates"), "2");
  EXPECT_EQ(Query("SELECT error_code FROM articles WHERE source='gone.txt'"), "unreadable");
  EXPECT_EQ(Query("SELECT status FROM articles WHERE source='a.txt'"), "ok");
  EXPECT_EQ(Query("SELECT title FROM articles WHERE source='a.txt'"),
            "Đại hội Chi bộ, nhiệm kỳ 2025-2030");
  EXPECT_EQ(Query("SELECT value FROM figures JOIN articles a ON a.id = article_id"
                  " WHERE a.source='b.txt'"),
            "74.6");
  EXPECT_EQ(Query("SELECT staff IS NULL FROM cells LIMIT 1"), "1");
}

TEST_F(SqliteWriterTest, RerunReplacesRowsInsteadOfDuplicating) {
  WriteRun({Article("a.txt", 2), Article("b.txt", 3)});
  // The second run sees a.txt again, now with one person, and a new c.txt.
  WriteRun({Article("a.txt", 1), Article("c.txt", 1)});
  EXPECT_EQ(Query("SELECT count(*) FROM articles"), "3");
  EXPECT_EQ(Query("SELECT count(*) FROM articles WHERE source='a.txt'"), "1");
  EXPECT_EQ(Query("SELECT count(*) FROM people p JOIN articles a ON a.id = p.article_id"
                  " WHERE a.source='a.txt'"),
            "1");
  EXPECT_EQ(Query("SELECT count(*) FROM people"), "5");  // 1 + 3 + 1
  EXPECT_EQ(Query("SELECT count(*) FROM roles"), "10");
  EXPECT_EQ(Query("SELECT count(*) FROM cells"), "3");
  EXPECT_EQ(Query("SELECT count(*) FROM dates"), "3");
}

TEST_F(SqliteWriterTest, ForeignKeysHoldAndCascade) {
  WriteRun({Article("a.txt", 2), Article("b.txt", 1)});
  EXPECT_EQ(Query("SELECT count(*) FROM pragma_foreign_key_check"), "0");
  EXPECT_EQ(Query("SELECT count(*) FROM roles r JOIN people p ON p.id = r.person_id"
                  " WHERE p.article_id <> r.article_id"),
            "0");
  Query("DELETE FROM articles WHERE source='a.txt'");
  EXPECT_EQ(Query("SELECT count(*) FROM people"), "1");
  EXPECT_EQ(Query("SELECT count(*) FROM roles"), "2");
  // A fact whose article does not exist is refused.
  char* message = nullptr;
  EXPECT_NE(sqlite3_exec(db_,
                         "INSERT INTO places (article_id, kind, name, begin_byte, end_byte)"
                         " VALUES (9999, 'xã', 'X', 0, 1)",
                         nullptr, nullptr, &message),
            SQLITE_OK);
  sqlite3_free(message);
}

TEST_F(SqliteWriterTest, UncommittedBatchIsNotVisibleUntilFlush) {
  auto writer = SqliteWriter::Open(path_);
  ASSERT_TRUE(writer.ok()) << writer.status();
  ASSERT_TRUE((*writer)->Write(Article("a.txt", 1)).ok());
  EXPECT_EQ(Query("SELECT count(*) FROM articles"), "0") << "a reader sees no half batch";
  ASSERT_TRUE((*writer)->Flush().ok());
  EXPECT_EQ(Query("SELECT count(*) FROM articles"), "1");
}

TEST_F(SqliteWriterTest, UnopenablePathIsAnError) {
  EXPECT_FALSE(SqliteWriter::Open("/proc/no/such/dir/x.db").ok());
}

}  // namespace
}  // namespace vnie
