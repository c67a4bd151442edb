// SPDX-License-Identifier: MIT
// Every int from INT_MIN to INT_MAX through find(int), default_error_condition
// and equivalent(), checked against the table; message() on a sample (it
// allocates: every 65537th value, and every code and its neighbours). Two
// threads; prints the run time.
#include <chrono>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <system_error>
#include <thread>

#include <wsaerror/wsaerror.hpp>

namespace {

std::set<int> code_values() {
  std::set<int> s;
  for (const auto& e : wsaerror::all()) s.insert(e.value);
  return s;
}

/// Checks [lo, hi] and returns the number of inconsistencies.
std::uint64_t sweep(std::int64_t lo, std::int64_t hi, const std::set<int>& codes) {
  const std::error_category& cat = wsaerror::category();
  const std::error_condition refused = std::make_error_condition(std::errc::connection_refused);
  std::uint64_t bad = 0;
  for (std::int64_t w = lo; w <= hi; ++w) {
    const int v = static_cast<int>(w);
    const wsaerror::error_info* e = wsaerror::find(v);
    if (e != nullptr) {
      // The table's codes: checked in full below.
      if (e->value != v || !codes.count(v)) ++bad;
      continue;
    }
    if (codes.count(v) != 0) ++bad;  // only at the codes, which find() knows
    const std::error_condition own(v, cat);
    if (cat.default_error_condition(v) != own) ++bad;
    if (!cat.equivalent(v, own)) ++bad;
    if (cat.equivalent(v, refused)) ++bad;
  }
  return bad;
}

}  // namespace

int main() {
  const auto start = std::chrono::steady_clock::now();
  const std::set<int> codes = code_values();
  std::uint64_t bad_a = 0;
  std::uint64_t bad_b = 0;
  std::thread a([&] { bad_a = sweep(INT_MIN, -1, codes); });
  std::thread b([&] { bad_b = sweep(0, INT_MAX, codes); });
  a.join();
  b.join();
  std::uint64_t bad = bad_a + bad_b;

  // The codes themselves: mapping and message.
  const std::error_category& cat = wsaerror::category();
  for (const auto& e : wsaerror::all()) {
    const std::error_condition d = cat.default_error_condition(e.value);
    if (e.has_generic() ? d != std::make_error_condition(e.generic) : d != std::error_condition(e.value, cat)) ++bad;
    if (!cat.equivalent(e.value, d)) ++bad;
    if (cat.message(e.value) != e.message) ++bad;
    for (int n : {e.value - 1, e.value + 1}) {
      if (!wsaerror::find(n) && cat.message(n) != "Unknown Winsock error " + std::to_string(n)) ++bad;
    }
  }
  std::uint64_t sampled = 0;
  for (std::int64_t w = INT_MIN; w <= INT_MAX; w += 65537) {
    const int v = static_cast<int>(w);
    const std::string m = cat.message(v);
    if (!wsaerror::find(v) && m != "Unknown Winsock error " + std::to_string(v)) ++bad;
    ++sampled;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("4294967296 values swept, %llu messages sampled, %llu inconsistencies, %.1f s\n",
              static_cast<unsigned long long>(sampled), static_cast<unsigned long long>(bad), seconds);
  return bad == 0 ? 0 : 1;
}
