// SPDX-License-Identifier: MIT
// wsaerror::fixed_array, what all() and all_conditions() return: the parts of
// std::array's interface that code reading the table uses.
#include <wsaerror/wsaerror.hpp>

#include <algorithm>
#include <iterator>
#include <numeric>
#include <type_traits>
#include <vector>
// clang 14 cannot compile libstdc++ 12's <ranges> at all (any use of a view)
#if __cplusplus >= 202002L && !(defined(__clang__) && __clang_major__ < 15 && defined(__GLIBCXX__))
#define WSAERROR_TEST_RANGES 1
#include <ranges>
#endif

#include "../support/catch.hpp"

namespace {

using entries = wsaerror::fixed_array<wsaerror::error_info, wsaerror::code_count>;

static_assert(std::is_aggregate_v<entries>);
static_assert(std::is_same_v<entries::iterator, wsaerror::error_info*>);
static_assert(std::is_same_v<entries::const_iterator, const wsaerror::error_info*>);
static_assert(std::is_same_v<decltype(wsaerror::all()), const entries&>);
static_assert(std::is_same_v<decltype(wsaerror::all_conditions()),
                             const wsaerror::fixed_array<wsaerror::condition, 7>&>);
// one array each: begin() and end() of two calls belong together
static_assert(wsaerror::all_conditions().end() - wsaerror::all_conditions().begin() == 7);
static_assert(entries::size() == 97 && entries::max_size() == 97 && !entries::empty());
static_assert(wsaerror::all().end() - wsaerror::all().begin() == 97);
static_assert(wsaerror::all().data() == &wsaerror::all()[0]);
static_assert(&wsaerror::all().front() == wsaerror::all().begin());
static_assert(&wsaerror::all().back() == wsaerror::all().end() - 1);
static_assert(wsaerror::all().cbegin() == wsaerror::all().begin() &&
              wsaerror::all().cend() == wsaerror::all().end());
static_assert(std::size(wsaerror::all()) == 97);
static_assert(std::data(wsaerror::all()) == wsaerror::all().begin());

// Built and changed in a constant expression, like a std::array.
constexpr wsaerror::fixed_array<int, 3> squares() {
  wsaerror::fixed_array<int, 3> out{};
  for (int& x : out) x = static_cast<int>(&x - out.begin());
  for (std::size_t i = 0; i < out.size(); ++i) out[i] *= out[i];
  return out;
}
static_assert(squares()[0] == 0 && squares()[1] == 1 && squares().back() == 4);
// Written through front(), back() and data() too, as with std::array.
constexpr wsaerror::fixed_array<int, 3> ends() {
  wsaerror::fixed_array<int, 3> out{};
  out.front() = 1;
  out.back() = 3;
  *(out.data() + 1) = 2;
  return out;
}
static_assert(ends()[0] == 1 && ends()[1] == 2 && ends()[2] == 3);
static_assert(wsaerror::fixed_array<int, 2>{{7, 8}}.front() == 7);

}  // namespace

TEST_CASE("all() works with the standard algorithms, in order of value", "[fixed_array]") {
  const auto& all = wsaerror::all();
  CHECK(std::is_sorted(all.begin(), all.end(),
                       [](const wsaerror::error_info& a, const wsaerror::error_info& b) {
                         return a.value < b.value;
                       }));
  const auto refused = std::find_if(std::begin(all), std::end(all),
                                    [](const wsaerror::error_info& e) { return e.value == 10061; });
  REQUIRE(refused != all.end());
  CHECK(refused->name == "WSAECONNREFUSED");
  CHECK(refused == wsaerror::find(10061));
  CHECK(std::count_if(all.cbegin(), all.cend(), [](const wsaerror::error_info& e) {
          return e.is_status;
        }) == 6);  // 997 and 11005-11009
  const std::vector<wsaerror::error_info> copy(all.begin(), all.end());
  CHECK(copy.size() == all.size());
  CHECK(copy.back().value == 11033);
  // no rbegin() (it would need <iterator>); the pointers make one
  CHECK(std::make_reverse_iterator(all.end())->value == 11033);
}

TEST_CASE("a copy of all_conditions() can be changed", "[fixed_array]") {
  auto conditions = wsaerror::all_conditions();
  CHECK(conditions.size() == wsaerror::condition_count);
  std::reverse(conditions.begin(), conditions.end());
  CHECK(conditions.front() == wsaerror::condition::low_resources);
  CHECK(conditions.back() == wsaerror::condition::resolver);
  CHECK(wsaerror::all_conditions().front() == wsaerror::condition::resolver);
}

#ifdef WSAERROR_TEST_RANGES
TEST_CASE("all() is a contiguous range for std::ranges and views", "[fixed_array]") {
  static_assert(std::ranges::contiguous_range<const entries&>);
  static_assert(std::ranges::sized_range<const entries&>);
  auto resolver = wsaerror::all() | std::views::filter([](const wsaerror::error_info& e) {
                    return e.has(wsaerror::condition::resolver);
                  });
  std::vector<int> values;
  for (const wsaerror::error_info& e : resolver) values.push_back(e.value);
  // data/codes.json: WSASERVICE_NOT_FOUND, WSATYPE_NOT_FOUND, the four resolver
  // errors of gethostbyname and WSA_SECURE_HOST_NOT_FOUND
  CHECK(values == std::vector<int>{10108, 10109, 11001, 11002, 11003, 11004, 11032});
  CHECK(std::ranges::find(wsaerror::all(), 10054, &wsaerror::error_info::value) ==
        wsaerror::find(10054));
  // a reference, not a temporary: the iterator does not dangle
  CHECK(*std::ranges::find(wsaerror::all_conditions(), wsaerror::condition::startup) ==
        wsaerror::condition::startup);
}
#endif
