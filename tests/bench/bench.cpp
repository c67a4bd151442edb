// SPDX-License-Identifier: MIT
// wsaerror's lookups and comparisons beside their baselines, in one binary:
//   find(int)            vs a hand-written switch and std::unordered_map
//   find(name), parse()  vs std::unordered_map<std::string_view, ...> and a linear scan
//   category().message() vs std::generic_category().message()
//   ec == ...            vs the same comparisons on std::generic_category() codes
// Run: build/<preset>/tests/bench/wsaerror_bench (Google Benchmark options apply).
#include <benchmark/benchmark.h>

#include <cerrno>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <vector>

#include <wsaerror/wsaerror.hpp>

namespace {

using wsaerror::error_info;

/// 4096 values: 70% the four codes a busy socket program sees most
/// (10035, 10054, 10060, 10061), 20% any code, 10% unknown ints.
const std::vector<int>& value_mix() {
  static const std::vector<int> mix = [] {
    std::mt19937 rng(42);
    std::vector<int> v;
    const int common[] = {10035, 10054, 10060, 10061};
    for (int i = 0; i < 4096; ++i) {
      const auto r = rng() % 10;
      if (r < 7) {
        v.push_back(common[rng() % 4]);
      } else if (r < 9) {
        v.push_back(wsaerror::all()[rng() % wsaerror::all().size()].value);
      } else {
        v.push_back(static_cast<int>(rng()));
      }
    }
    return v;
  }();
  return mix;
}

/// The practical limit: a switch over every code, returning the same data.
const error_info* switch_find(int v) {
  const auto& t = wsaerror::all();
  switch (v) {
#include "switch_cases.inc"
    default: return nullptr;
  }
}

const std::unordered_map<int, const error_info*>& int_map() {
  static const auto m = [] {
    std::unordered_map<int, const error_info*> out;
    for (const error_info& e : wsaerror::all()) out.emplace(e.value, &e);
    return out;
  }();
  return m;
}

void find_int_wsaerror(benchmark::State& state) {
  const auto& mix = value_mix();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(wsaerror::find(mix[i++ & 4095]));
  }
}
void find_int_switch(benchmark::State& state) {
  const auto& mix = value_mix();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(switch_find(mix[i++ & 4095]));
  }
}
void find_int_unordered_map(benchmark::State& state) {
  const auto& mix = value_mix();
  const auto& m = int_map();
  std::size_t i = 0;
  for (auto _ : state) {
    const auto it = m.find(mix[i++ & 4095]);
    benchmark::DoNotOptimize(it == m.end() ? nullptr : it->second);
  }
}
BENCHMARK(find_int_wsaerror);
BENCHMARK(find_int_switch);
BENCHMARK(find_int_unordered_map);

/// Names as code finds them: 90% macro names and aliases, 10% not names.
const std::vector<std::string>& name_mix() {
  static const std::vector<std::string> mix = [] {
    std::mt19937 rng(7);
    std::vector<std::string> v;
    for (int i = 0; i < 1024; ++i) {
      const error_info& e = wsaerror::all()[rng() % wsaerror::all().size()];
      if (rng() % 10 == 0) {
        v.push_back(std::string(e.name) + "X");
      } else {
        v.push_back(std::string(e.name));
      }
    }
    return v;
  }();
  return mix;
}

const std::unordered_map<std::string_view, const error_info*>& name_map() {
  static const auto m = [] {
    std::unordered_map<std::string_view, const error_info*> out;
    for (const error_info& e : wsaerror::all()) out.emplace(e.name, &e);
    return out;
  }();
  return m;
}

void find_name_wsaerror(benchmark::State& state) {
  const auto& mix = name_mix();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(wsaerror::find(std::string_view(mix[i++ & 1023])));
  }
}
void find_name_unordered_map(benchmark::State& state) {
  const auto& mix = name_mix();
  const auto& m = name_map();
  std::size_t i = 0;
  for (auto _ : state) {
    const auto it = m.find(mix[i++ & 1023]);
    benchmark::DoNotOptimize(it == m.end() ? nullptr : it->second);
  }
}
void find_name_linear_scan(benchmark::State& state) {
  const auto& mix = name_mix();
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string_view name = mix[i++ & 1023];
    const error_info* found = nullptr;
    for (const error_info& e : wsaerror::all()) {
      if (e.name == name) {
        found = &e;
        break;
      }
    }
    benchmark::DoNotOptimize(found);
  }
}
BENCHMARK(find_name_wsaerror);
BENCHMARK(find_name_unordered_map);
BENCHMARK(find_name_linear_scan);

/// What people paste: names in lower case, BSD names, numbers, hex.
const std::vector<std::string>& paste_mix() {
  static const std::vector<std::string> mix = [] {
    std::mt19937 rng(9);
    std::vector<std::string> v;
    for (int i = 0; i < 1024; ++i) {
      const error_info& e = wsaerror::all()[rng() % wsaerror::all().size()];
      switch (rng() % 4) {
        case 0: {
          std::string s(e.name);
          for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
          v.push_back(s);
          break;
        }
        case 1: v.push_back(std::string(e.enumerator)); break;
        case 2: v.push_back(std::to_string(e.value)); break;
        default: v.push_back(std::string(e.name)); break;
      }
    }
    return v;
  }();
  return mix;
}

/// The baseline parse(): upper-case the input, then a hash map of every
/// accepted key (names, enumerators) -- numbers go through std::stoi.
const std::unordered_map<std::string, const error_info*>& upper_map() {
  static const auto m = [] {
    std::unordered_map<std::string, const error_info*> out;
    for (const error_info& e : wsaerror::all()) {
      std::string n(e.name);
      out.emplace(n, &e);
      std::string en(e.enumerator);
      for (char& c : en) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      out.emplace(en, &e);
    }
    return out;
  }();
  return m;
}

void parse_wsaerror(benchmark::State& state) {
  const auto& mix = paste_mix();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(wsaerror::parse(mix[i++ & 1023]));
  }
}
void parse_unordered_map(benchmark::State& state) {
  const auto& mix = paste_mix();
  const auto& m = upper_map();
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string& s = mix[i++ & 1023];
    const error_info* found = nullptr;
    if (!s.empty() && s[0] >= '0' && s[0] <= '9') {
      found = wsaerror::find(std::stoi(s));
    } else {
      std::string key(s);
      for (char& c : key) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      const auto it = m.find(key);
      found = it == m.end() ? nullptr : it->second;
    }
    benchmark::DoNotOptimize(found);
  }
}
BENCHMARK(parse_wsaerror);
BENCHMARK(parse_unordered_map);

void message_wsaerror(benchmark::State& state) {
  const std::error_category& cat = wsaerror::category();
  for (auto _ : state) {
    benchmark::DoNotOptimize(cat.message(10061));
  }
}
void message_generic_category(benchmark::State& state) {
  const std::error_category& cat = std::generic_category();
  for (auto _ : state) {
    benchmark::DoNotOptimize(cat.message(ECONNREFUSED));
  }
}
BENCHMARK(message_wsaerror);
BENCHMARK(message_generic_category);

// Comparisons; the code changes each iteration so nothing is folded away.
const std::error_code* winsock_codes() {
  static const std::error_code codes[4] = {wsaerror::errc::would_block, wsaerror::errc::connection_reset,
                                           wsaerror::errc::timed_out, wsaerror::errc::connection_refused};
  return codes;
}
const std::error_code* generic_codes() {
  static const std::error_code codes[4] = {
      std::make_error_code(std::errc::operation_would_block),
      std::make_error_code(std::errc::connection_reset), std::make_error_code(std::errc::timed_out),
      std::make_error_code(std::errc::connection_refused)};
  return codes;
}

void compare_errc_winsock(benchmark::State& state) {
  const std::error_code* c = winsock_codes();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(c[i++ & 3] == std::errc::connection_refused);
}
void compare_errc_generic(benchmark::State& state) {
  const std::error_code* c = generic_codes();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(c[i++ & 3] == std::errc::connection_refused);
}
void compare_code_winsock(benchmark::State& state) {
  const std::error_code* c = winsock_codes();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(c[i++ & 3] == wsaerror::errc::connection_refused);
}
void compare_code_generic(benchmark::State& state) {
  const std::error_code* c = generic_codes();
  const std::error_code refused = std::make_error_code(std::errc::connection_refused);
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(c[i++ & 3] == refused);
}
void compare_condition_winsock(benchmark::State& state) {
  const std::error_code* c = winsock_codes();
  std::size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(c[i++ & 3] == wsaerror::condition::transient);
}
void compare_condition_generic(benchmark::State& state) {
  const std::error_code* c = generic_codes();
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(c[i++ & 3] == std::errc::resource_unavailable_try_again);
  }
}
BENCHMARK(compare_errc_winsock);
BENCHMARK(compare_errc_generic);
BENCHMARK(compare_code_winsock);
BENCHMARK(compare_code_generic);
BENCHMARK(compare_condition_winsock);
BENCHMARK(compare_condition_generic);

}  // namespace

BENCHMARK_MAIN();
