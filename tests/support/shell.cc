#include "support/shell.h"

#include <sys/wait.h>

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

}  // namespace vnie::testing_support
