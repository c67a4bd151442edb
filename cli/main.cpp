// SPDX-License-Identifier: MIT
// wsaerror's entry point: the OS-specific parts (terminal, locale, console
// encoding, broken pipes) around wsaerror_tool::run().
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <streambuf>
#include <string_view>
#include <vector>

#include "cli.hpp"

#ifdef _WIN32
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <fcntl.h>
#include <io.h>
#include <windows.h>
// after <windows.h>, which it needs
#include <shellapi.h>

#include <string>
#else
#include <csignal>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace {

/// Standard input as the OS delivers it: a read returns what is there, so
/// `tail -f log | wsaerror --scan` prints each finding as its line arrives,
/// and one Ctrl-D ends input at a terminal.
class stdin_buffer : public std::streambuf {
 protected:
  std::streamsize xsgetn(char* s, std::streamsize n) override {
    for (;;) {
#ifdef _WIN32
      const int got = _read(0, s, static_cast<unsigned>(n > 1 << 20 ? 1 << 20 : n));
#else
      const ssize_t got = ::read(STDIN_FILENO, s, static_cast<std::size_t>(n));
#endif
      if (got >= 0) return static_cast<std::streamsize>(got);
      if (errno != EINTR) return 0;
    }
  }
  int_type underflow() override {
    if (xsgetn(&c_, 1) != 1) return traits_type::eof();
    setg(&c_, &c_, &c_ + 1);
    return traits_type::to_int_type(c_);
  }

 private:
  char c_ = 0;
};

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

#ifdef _WIN32
/// The command line as UTF-8, whatever the ANSI code page: from the UTF-16
/// command line, so names and search words in any script arrive intact.
std::vector<std::string> utf8_arguments() {
  std::vector<std::string> out;
  int argc = 0;
  wchar_t** argv = CommandLineToArgvW(GetCommandLineW(), &argc);
  for (int i = 1; argv != nullptr && i < argc; ++i) {
    const int n = WideCharToMultiByte(CP_UTF8, 0, argv[i], -1, nullptr, 0, nullptr, nullptr);
    std::string arg(n > 0 ? static_cast<std::size_t>(n - 1) : 0, '\0');
    if (n > 1) WideCharToMultiByte(CP_UTF8, 0, argv[i], -1, &arg[0], n, nullptr, nullptr);
    out.push_back(std::move(arg));
  }
  LocalFree(argv);
  return out;
}
#endif

}  // namespace

int main(int argc, char** argv) {
#ifdef _WIN32
  SetConsoleOutputCP(CP_UTF8);  // our text is UTF-8
  (void)argc;
  (void)argv;
  const std::vector<std::string> storage = utf8_arguments();
  std::vector<std::string_view> args(storage.begin(), storage.end());
#else
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe is a write error, not a kill
  std::vector<std::string_view> args;
  for (int i = 1; i < argc; ++i) args.emplace_back(argv[i]);
#endif
  errno = 0;
  wsaerror_tool::environment env = environment();
#ifdef _WIN32
  _setmode(_fileno(stdin), _O_BINARY);  // lines keep their bytes; scan handles "\r\n"
#endif
  stdin_buffer stdin_buf;
  std::istream std_in(&stdin_buf);
  env.in = &std_in;
  int status = wsaerror_tool::run(args, std::cout, std::cerr, env);
  std::cout.flush();
  if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout)) {
    // A reader that went away (wsaerror --list | head -1) is no news to report.
    if (errno != EPIPE) std::cerr << "wsaerror: cannot write the output\n";
    status = wsaerror_tool::exit_output_error;
  }
  return status;
}
