// SPDX-License-Identifier: MIT
// Runs a fuzz harness over files (seed corpus, regressions) without libFuzzer,
// so every build of the suite replays them: `harness FILE_OR_DIR...`. A path
// that is missing or unreadable, or an empty folder, fails the run.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
  std::size_t count = 0;
  int status = 0;
  const auto fail = [&](const std::filesystem::path& p, const char* why) {
    std::fprintf(stderr, "%s: %s\n", p.string().c_str(), why);
    status = 1;
  };
  const auto run = [&](const std::filesystem::path& p) {
    std::ifstream f(p, std::ios::binary);
    if (!f) return fail(p, "cannot be read");
    const std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    ++count;
  };
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path p(argv[i]);
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      const std::size_t before = count;
      for (const auto& entry : std::filesystem::directory_iterator(p)) run(entry.path());
      if (count == before) fail(p, "no inputs in this folder");
    } else if (std::filesystem::is_regular_file(p, ec)) {
      run(p);
    } else {
      fail(p, "no such file or folder");
    }
  }
  std::printf("%zu inputs replayed\n", count);
  return count == 0 ? 1 : status;
}
