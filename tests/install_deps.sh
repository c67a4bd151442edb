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
  libboost-dev                                    # <wsaerror/boost.hpp> with Boost 1.74
  pkgconf                                         # consumer.pkgconfig
  g++-mingw-w64-x86-64-posix wine wine64          # the mingw leg
  valgrind                                        # bench.compile_time_instructions_smoke
)

# Boost 1.81, the second Boost the gcc and mingw legs test <wsaerror/boost.hpp>
# with: Debian's libboost1.81-dev conflicts with libboost-dev, so its .deb is
# fetched with apt-get download and only unpacked (dpkg -x) here, not installed.
boost181=/opt/libboost1.81-dev
boost181_ok() { [ -f "$boost181/usr/include/boost/version.hpp" ]; }

if dpkg -s "${packages[@]}" >/dev/null 2>&1 && boost181_ok; then
  echo "install_deps.sh: the ${#packages[@]} packages are installed, and Boost 1.81's headers in $boost181"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "sudo apt-get update && sudo apt-get install -y ${packages[*]} && sudo $0"
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${packages[@]}"
if ! boost181_ok; then
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download -qq libboost1.81-dev) || { rm -rf "$tmp"; exit 1; }
  rm -rf "$boost181.tmp" && dpkg -x "$tmp"/libboost1.81-dev_*.deb "$boost181.tmp" &&
    mv "$boost181.tmp" "$boost181"
  rm -rf "$tmp"
  boost181_ok
fi
