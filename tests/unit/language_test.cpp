// SPDX-License-Identifier: MIT
// zh-TW text (opt-in <wsaerror/lang/zh_tw.hpp>) against the zh-TW pages, and
// the language API.
#include <wsaerror/lang/en_us.hpp>
#include <wsaerror/lang/zh_tw.hpp>

#include <string>
#include <system_error>

#include <wsaerror/wsaerror.hpp>

#include "../support/catch.hpp"

using wsaerror::zh_tw;

static_assert(wsaerror::zh_tw.tag == "zh-TW");
static_assert(wsaerror::en_us.tag == "en-US");
static_assert(wsaerror::find(10061, wsaerror::zh_tw)->name == "WSAECONNREFUSED");
static_assert(&wsaerror::all(wsaerror::en_us) == &wsaerror::all());

TEST_CASE("zh-TW has every code with a message and a system message", "[zh-TW]") {
  REQUIRE(wsaerror::all(zh_tw).size() == wsaerror::code_count);
  for (std::size_t i = 0; i < wsaerror::code_count; ++i) {
    const wsaerror::error_info& z = wsaerror::all(zh_tw)[i];
    const wsaerror::error_info& e = wsaerror::all()[i];
    INFO(e.name);
    CHECK(z.value == e.value);
    CHECK(z.name == e.name);
    CHECK(z.enumerator == e.enumerator);
    CHECK(z.generic == e.generic);
    CHECK(!z.message.empty());
    CHECK(!z.system_message.empty());
    CHECK(z.description.empty() == e.description.empty());
    CHECK(wsaerror::find(e.value, zh_tw) == &z);
    CHECK(&wsaerror::localize(e, zh_tw) == &z);
    CHECK(&wsaerror::localize(z, wsaerror::en_us) == &e);
  }
  CHECK(wsaerror::find(12345, zh_tw) == nullptr);
}

TEST_CASE("zh-TW texts are byte-exact copies of the zh-TW pages", "[zh-TW][docs]") {
  SECTION("WSAECONNREFUSED") {
    const auto* e = wsaerror::find(10061, zh_tw);
    CHECK(e->message == "連接遭到拒絕。");
    CHECK(e->description ==
          "因為目的電腦主動拒絕連線，所以無法進行連接。 "
          "這通常是因為嘗試連接至外部主機上非使用中的服務（也就是沒有執行伺服器應用程式的服務）的結果。");
    CHECK(e->system_message == "無法進行連接，因為目的電腦主動拒絕連線。");
  }
  SECTION("WSA_IO_PENDING: the message outside the <dt>, 重迭 as the page writes it") {
    const auto* e = wsaerror::find(997, zh_tw);
    CHECK(e->message == "重迭的作業會在稍後完成。");
    CHECK(e->description == "應用程式初始化了無法立即完成的重疊作業。 稍後當作業完成時，將會提供完成指示。");
    CHECK(e->system_message == "重迭的 i/o 作業正在進行中。");
  }
  SECTION("WSAEACCES: two paragraphs") {
    const auto* e = wsaerror::find(10013, zh_tw);
    CHECK(e->message == "許可權被拒。");
    CHECK(e->description ==
          "嘗試以存取權限禁止的方式存取通訊端。 例如，在未使用setsockopt (SO_BROADCAST) "
          "設定廣播許可權的sendto中使用廣播位址。\n"
          "WSAEACCES 錯誤的另 一個可能原因是呼叫系結函式時， (在 Windows NT 4.0 加裝 SP4 和更新) "
          "版本時，其他應用程式、服務或核心模式驅動程式都會系結至具有獨佔存取權的相同位址。 "
          "這種獨佔存取是 Windows NT 4.0 加裝 SP4 和更新版本的新功能，並使用 SO_EXCLUSIVEADDRUSE "
          "選項來執行。");
    CHECK(e->system_message == "嘗試以存取權限禁止的方式存取通訊端。");
  }
  SECTION("WSASYSNOTREADY: four lines") {
    const auto* e = wsaerror::find(10091, zh_tw);
    CHECK(e->message == "網路子系統無法使用。");
    CHECK(e->description ==
          "此錯誤是由 WSAStartup 傳回，如果 Windows 通訊端執行目前無法運作，"
          "因為它用來提供網路服務的基礎系統目前無法使用。 使用者應該檢查：\n"
          "適當的 Windows 通訊端 DLL 檔案位於目前的路徑中。\n"
          "他們不會嘗試同時使用一個以上的 Windows 通訊端執行。 如果您的系統上有一個以上的 Winsock "
          "DLL，請確定路徑中的第一個 DLL 適用于目前載入的網路子系統。\n"
          "Windows 通訊端執行檔，以確定目前已正確安裝及設定所有必要元件。");
    CHECK(e->system_message ==
          "WSAStartup 目前無法運作，因為它用來提供網路服務的基礎系統目前無法使用。");
  }
  SECTION("11032: message is the system message, no description") {
    const auto* e = wsaerror::find(11032, zh_tw);
    CHECK(e->message == "無法安全地得知這類主機。");
    CHECK(e->system_message == "無法安全地得知這類主機。");
    CHECK(e->description.empty());
  }
  SECTION("a system message the zh-TW page leaves in English stays English") {
    CHECK(wsaerror::find(10048, zh_tw)->system_message ==
          "Only one usage of each socket address (protocol/network address/port) is normally "
          "permitted.");
  }
}

TEST_CASE("message(ec, language) localizes winsock codes only", "[zh-TW]") {
  const std::error_code ec = wsaerror::errc::timed_out;
  CHECK(wsaerror::message(ec, zh_tw) == "連接逾時。");
  CHECK(wsaerror::message(ec, wsaerror::en_us) == "Connection timed out.");
  CHECK(ec.message() == "Connection timed out.");  // the category stays English
  const std::error_code other = std::make_error_code(std::errc::timed_out);
  CHECK(wsaerror::message(other, zh_tw) == other.message());
  const std::error_code unknown(4242, wsaerror::category());
  CHECK(wsaerror::message(unknown, zh_tw) == "Unknown Winsock error 4242");
  // One category for every language: codes keep comparing equal.
  CHECK(ec == wsaerror::errc::timed_out);
}
