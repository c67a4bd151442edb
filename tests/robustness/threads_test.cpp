// SPDX-License-Identifier: MIT
// Eight threads start at once, from a cold start (nothing of wsaerror used
// before), and hammer category(), message(), the lookups and the
// comparisons. Run under ThreadSanitizer by the tsan preset; every build
// runs it for the results.
#include <atomic>
#include <cstdio>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

#include <wsaerror/lang/zh_tw.hpp>
#include <wsaerror/wsaerror.hpp>

int main() {
  std::atomic<int> ready{0};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      ready.fetch_add(1);
      while (ready.load() < 8) {
      }
      for (int i = 0; i < 2000; ++i) {
        const auto at = static_cast<std::size_t>(i + t) % wsaerror::code_count;
        const wsaerror::error_info& e = wsaerror::all()[at];
        const std::error_code ec(e.value, wsaerror::category());
        bool ok = ec == e.code() && wsaerror::find(e.value) == &e && wsaerror::find(e.name) == &e &&
                  wsaerror::parse(e.enumerator) == &e && ec.message() == e.message &&
                  (ec == std::errc::connection_refused) == (e.value == 10061) &&
                  (ec == wsaerror::condition::resolver) == e.has(wsaerror::condition::resolver) &&
                  wsaerror::message(ec, wsaerror::zh_tw) == wsaerror::find(e.value, wsaerror::zh_tw)->message &&
                  &wsaerror::condition_category() == &wsaerror::condition_category();
        if (!ok) failures.fetch_add(1);
      }
    });
  }
  for (auto& th : threads) th.join();
  std::printf("8 threads x 2000 rounds: %d failures\n", failures.load());
  return failures.load() == 0 ? 0 : 1;
}
