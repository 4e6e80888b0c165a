#include "support/shell.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

namespace vnie::testing_support {

ShellResult RunShell(const std::string& command) {
  ShellResult run;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

ShellResult RunVnie(const std::string& args) {
  return RunShell(std::string(VNIE_BINARY) + " " + args + " 2>/dev/null");
}

ShellResult RunVnieUnprivileged(const std::string& args) {
  if (::geteuid() != 0) return RunVnie(args);
  return RunShell("setpriv --reuid=65534 --regid=65534 --clear-groups " +
                  std::string(VNIE_BINARY) + " " + args + " 2>/dev/null");
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0, end;
  while ((end = text.find('\n', start)) != std::string::npos) {
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace vnie::testing_support
