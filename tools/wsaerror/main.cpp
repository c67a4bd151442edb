// SPDX-License-Identifier: MIT
// wsaerror's entry point: the OS-specific parts (terminal, locale, console
// encoding, broken pipes) around wsaerror_tool::run().
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string_view>
#include <vector>

#include "cli.hpp"

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#define NOMINMAX
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace {

std::string_view env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string_view(v) : std::string_view();
}

wsaerror_tool::environment environment() {
  wsaerror_tool::environment e;
  e.lc_all = env("LC_ALL");
  e.lc_messages = env("LC_MESSAGES");
  e.lang = env("LANG");
  e.language = env("LANGUAGE");
#ifdef _WIN32
  e.terminal = _isatty(_fileno(stdout)) != 0;
  CONSOLE_SCREEN_BUFFER_INFO info;
  if (e.terminal && GetConsoleScreenBufferInfo(GetStdHandle(STD_OUTPUT_HANDLE), &info)) {
    e.columns = static_cast<std::size_t>(info.srWindow.Right - info.srWindow.Left + 1);
  }
#else
  e.terminal = isatty(STDOUT_FILENO) != 0;
  winsize ws{};
  if (e.terminal && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0) e.columns = ws.ws_col;
#endif
  if (e.columns == 0) {
    // COLUMNS as shells export it; ignored when not a number.
    const std::string_view c = env("COLUMNS");
    std::size_t n = 0;
    for (const char ch : c) n = (ch >= '0' && ch <= '9' && n < 100000) ? n * 10 + static_cast<std::size_t>(ch - '0') : 0;
    e.columns = n;
  }
  return e;
}

}  // namespace

int main(int argc, char** argv) {
#ifdef _WIN32
  SetConsoleOutputCP(CP_UTF8);  // our text is UTF-8
#else
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe is a write error, not a kill
#endif
  std::vector<std::string_view> args;
  for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
  int status = wsaerror_tool::run(args, std::cout, std::cerr, environment());
  std::cout.flush();
  if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::cerr << "wsaerror: cannot write the output\n";
    status = wsaerror_tool::exit_output_error;
  }
  return status;
}
