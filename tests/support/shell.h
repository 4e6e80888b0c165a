// Runs a shell command for the tests that drive the vnie binary as a user does.
#ifndef VNIE_TESTS_SUPPORT_SHELL_H_
#define VNIE_TESTS_SUPPORT_SHELL_H_

#include <string>
#include <vector>

namespace vnie::testing_support {

struct ShellResult {
  int exit_code = -1;  // -1 when the command could not run or was killed
  std::string out;     // what it wrote on stdout
};

// Runs `command` with /bin/sh and collects its standard output; add "2>&1" or
// "2>/dev/null" to the command to decide about stderr.
ShellResult RunShell(const std::string& command);

// Runs the vnie binary under test with `args`, stderr discarded.
ShellResult RunVnie(const std::string& args);

// Runs vnie with `args` as an ordinary user, so that file permissions apply:
// as root, through setpriv(1) with the uid and gid of "nobody" (65534). Files
// it must read have to be readable by others.
ShellResult RunVnieUnprivileged(const std::string& args);

// The lines of `text` that end in a newline (one record each for JSON Lines).
std::vector<std::string> Lines(const std::string& text);

}  // namespace vnie::testing_support

#endif  // VNIE_TESTS_SUPPORT_SHELL_H_
