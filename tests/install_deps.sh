#!/usr/bin/env bash
# Installs the Debian 12 packages the test legs need (tests/run_all.sh); the
# one list of them. README's second quick-start command runs it.
#   as root:      apt-get update && apt-get install -y PACKAGES (skipped when
#                 all are installed already)
#   as any other: prints, in one line, the apt-get command to run, and exits 1
#                 when a package is missing (0 when all are installed)
set -euo pipefail

packages=(
  cmake ninja-build g++                           # the build (README's first command)
  python3                                         # the test scripts, the generator
  clang clang-16                                  # the clang, asan, tsan legs; clang 16: the benchmarks
  clang-19 libc++-19-dev libc++abi-19-dev         # the clang19-libcxx leg (conflicts with libc++-16-dev)
  catch2 libfmt-dev libasio-dev libbenchmark-dev  # tests, integrations, benchmarks
  googletest libgtest-dev libgmock-dev doctest-dev # <wsaerror/gtest.hpp>, <wsaerror/doctest.hpp> tests
  pkgconf                                         # consumer.pkgconfig
  g++-mingw-w64-x86-64-posix wine wine64          # the mingw leg
  valgrind                                        # bench.compile_time_instructions_smoke
)

if dpkg -s "${packages[@]}" >/dev/null 2>&1; then
  echo "install_deps.sh: the ${#packages[@]} packages are installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "sudo apt-get update && sudo apt-get install -y ${packages[*]}"
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}"
