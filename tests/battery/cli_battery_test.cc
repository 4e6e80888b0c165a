// The bad-input battery, command-line side: a folder mixing good articles with
// empty, binary, damaged, oversized, unreadable and looping entries gives one
// record per document, the good ones extracted, and the documented exit code
// (README "Exit codes": 0 all processed, 1 some error records, 2 usage or
// pattern error, in which case nothing is extracted).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "support/shell.h"

namespace {

namespace fs = std::filesystem;

using RunResult = vnie::testing_support::ShellResult;
using vnie::testing_support::Lines;
using vnie::testing_support::RunVnie;

// The record of `source` among the output lines, or "" when there is none.
std::string RecordOf(const std::string& out, const std::string& source) {
  for (const std::string& line : Lines(out)) {
    if (line.find("\"source\":\"" + source + "\"") != std::string::npos) return line;
  }
  return "";
}

constexpr const char* kGood = "Chi bộ có 12 đảng viên.\n";

class CliBatteryTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("vnie_cli_battery_" + std::to_string(::getpid()) + "_" +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code error;
    for (auto& entry : fs::recursive_directory_iterator(
             dir_, fs::directory_options::skip_permission_denied, error)) {
      fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, error);
    }
    fs::remove_all(dir_, error);
  }
  std::string Write(const std::string& name, const std::string& content) {
    fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

TEST_F(CliBatteryTest, FolderOfBadDocumentsKeepsEveryGoodOne) {
  using namespace std::string_literals;
  Write("docs/01-good.txt", kGood);
  Write("docs/02-empty.txt", "");
  Write("docs/03-blank.txt", " \n\t\r\n");
  Write("docs/04-png.txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"s);
  Write("docs/05-elf.txt", "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0"s);
  // A stray NUL in a real-sized text (many NULs in a short file mean binary).
  std::string filler;
  for (int i = 0; i < 20; ++i) filler += "Huyện có nhiều chi bộ vững mạnh. ";
  Write("docs/06-nul.txt", "Tin\0 tức\n"s + filler + kGood);
  // Not \xff\xfe first: that is the UTF-16LE byte order mark.
  Write("docs/07-invalid.txt", "\xc3(\xff\n"s + kGood + "\xed\xa0\x80");
  Write("docs/08-good.txt", kGood);
  fs::create_symlink("no-such-target.txt", dir_ / "docs" / "09-dangling.txt");
  fs::create_symlink("10-loop.txt", dir_ / "docs" / "10-loop.txt");
  fs::create_symlink("..", dir_ / "docs" / "11-parent-loop");  // a directory loop
  fs::create_directories(dir_ / "docs" / "12-sub");
  fs::create_symlink(dir_ / "docs", dir_ / "docs" / "12-sub" / "back-to-docs");
  Write("docs/12-sub/13-good.txt", kGood);

  RunResult run = RunVnie("extract " + Path("docs"));
  SCOPED_TRACE(run.out);
  EXPECT_EQ(run.exit_code, 1);
  // Eleven documents: the links to directories are not followed (no loop),
  // the links to files are documents that cannot be read.
  EXPECT_EQ(Lines(run.out).size(), 11u);
  for (const char* good : {"01-good.txt", "06-nul.txt", "07-invalid.txt", "08-good.txt",
                           "12-sub/13-good.txt"}) {
    std::string record = RecordOf(run.out, Path("docs/") + good);
    EXPECT_NE(record.find("\"status\":\"ok\""), std::string::npos) << good << ": " << record;
    EXPECT_NE(record.find("\"value\":12"), std::string::npos) << good << ": " << record;
  }
  for (const char* empty : {"02-empty.txt", "03-blank.txt"}) {
    std::string record = RecordOf(run.out, Path("docs/") + empty);
    EXPECT_NE(record.find("\"status\":\"ok\""), std::string::npos) << empty << ": " << record;
  }
  for (const char* binary : {"04-png.txt", "05-elf.txt"}) {
    std::string record = RecordOf(run.out, Path("docs/") + binary);
    EXPECT_NE(record.find("\"undecodable\""), std::string::npos) << binary << ": " << record;
  }
  for (const char* link : {"09-dangling.txt", "10-loop.txt"}) {
    std::string record = RecordOf(run.out, Path("docs/") + link);
    EXPECT_NE(record.find("\"unreadable\""), std::string::npos) << link << ": " << record;
  }
}

TEST_F(CliBatteryTest, UnreadableFileIsAnErrorRecord) {
  std::string locked = Write("locked.txt", kGood);
  ::chmod(locked.c_str(), 0);
  std::string good = Write("good.txt", kGood);
  // Root reads any file: vnie runs as "nobody" then (RunVnieUnprivileged).
  RunResult run = vnie::testing_support::RunVnieUnprivileged("extract " + locked + " " + good);
  EXPECT_EQ(run.exit_code, 1);
  ASSERT_EQ(Lines(run.out).size(), 2u) << run.out;
  EXPECT_NE(RecordOf(run.out, locked).find("\"unreadable\""), std::string::npos) << run.out;
  EXPECT_NE(RecordOf(run.out, good).find("\"value\":12"), std::string::npos) << run.out;
}

TEST_F(CliBatteryTest, MaxDocumentBytesGivesATooLargeRecord) {
  std::string big = Write("big.txt", std::string(kGood) + std::string(200, ' ') + kGood);
  std::string good = Write("good.txt", kGood);
  RunResult run = RunVnie("extract --max-document-bytes 100 " + big + " " + good);
  EXPECT_EQ(run.exit_code, 1);
  ASSERT_EQ(Lines(run.out).size(), 2u) << run.out;
  EXPECT_NE(RecordOf(run.out, big).find("\"too-large\""), std::string::npos) << run.out;
  EXPECT_NE(RecordOf(run.out, good).find("\"value\":12"), std::string::npos) << run.out;
}

TEST_F(CliBatteryTest, BadMaxDocumentBytesIsAUsageError) {
  std::string good = Write("good.txt", kGood);
  for (const char* value : {"abc", "1e999", "-5", "0"}) {
    RunResult run = RunVnie(std::string("extract --max-document-bytes ") + value + " " + good);
    EXPECT_EQ(run.exit_code, 2) << value;
    EXPECT_EQ(run.out, "") << value;
  }
}

TEST_F(CliBatteryTest, PatternErrorWinsOverDocumentErrors) {
  // Broken patterns and a bad document in one run: nothing can be extracted,
  // so the run is a usage error (2) with no records, not a document error (1).
  std::string patterns = Path("patterns");
  fs::copy(std::string(VNIE_SOURCE_DIR) + "/patterns", patterns, fs::copy_options::recursive);
  Write("patterns/figures/broken.toml", "[[rule]]\nname = \"broken\"\nregex = '''(x'''\n");
  std::string good = Write("good.txt", kGood);
  std::string missing = Path("missing.txt");
  RunResult run = RunVnie("extract --patterns " + patterns + " " + good + " " + missing);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
  // The same documents with the shipped patterns: one error record, exit 1.
  RunResult fixed = RunVnie("extract " + good + " " + missing);
  EXPECT_EQ(fixed.exit_code, 1);
  EXPECT_EQ(Lines(fixed.out).size(), 2u) << fixed.out;
}

TEST_F(CliBatteryTest, MissingPatternsFolderIsAUsageError) {
  std::string good = Write("good.txt", kGood);
  RunResult run = RunVnie("extract --patterns " + Path("no-such-patterns") + " " + good);
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
}

TEST_F(CliBatteryTest, UnwritableOutputIsAUsageError) {
  std::string good = Write("good.txt", kGood);
  RunResult run = RunVnie("extract -o " + Path("no-such-dir/out.jsonl") + " " + good);
  EXPECT_EQ(run.exit_code, 2);
}

TEST_F(CliBatteryTest, EmptyFolderIsANoDocumentsRecordAndEmptyStdinIsOk) {
  // A folder with nothing to read is not silently skipped: one error record.
  fs::create_directories(dir_ / "empty");
  RunResult folder = RunVnie("extract " + Path("empty"));
  EXPECT_EQ(folder.exit_code, 1);
  EXPECT_EQ(Lines(folder.out).size(), 1u) << folder.out;
  EXPECT_NE(folder.out.find("\"no-documents\""), std::string::npos) << folder.out;
  RunResult stdin_run = RunVnie("extract - < /dev/null");
  EXPECT_EQ(stdin_run.exit_code, 0);
  EXPECT_EQ(Lines(stdin_run.out).size(), 1u) << stdin_run.out;
  EXPECT_NE(stdin_run.out.find("\"status\":\"ok\""), std::string::npos) << stdin_run.out;
}

TEST_F(CliBatteryTest, BinaryOnStdinIsAnErrorRecord) {
  std::string png = Write("image.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  RunResult run = RunVnie("extract - < " + png);
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.out.find("\"undecodable\""), std::string::npos) << run.out;
}

}  // namespace
