// SPDX-License-Identifier: MIT
// The lookup API in constant expressions: if this file compiles, it passes.
#include <wsaerror/wsaerror.hpp>

#include <iterator>
#include <limits>

namespace {

using wsaerror::errc;
using wsaerror::find;
using wsaerror::parse;


// The generator placed the lookup keys in their hash slots with its Python
// copy of key_hash: every key must be found, by the C++ lookup, at its own
// entry. Here (not in the library header: it costs 0.1 s per translation
// unit) so that the suite does not compile when the two hashes differ.
static_assert(wsaerror::detail::every_key_found(wsaerror::detail::names,
                                               wsaerror::detail::name_slots,
                                               std::size(wsaerror::detail::names)),
              "the generator's hash slots disagree with detail::key_hash (parse)");
static_assert(wsaerror::detail::every_key_found(wsaerror::detail::names,
                                               wsaerror::detail::exact_name_slots,
                                               wsaerror::detail::exact_name_count),
              "the generator's hash slots disagree with detail::key_hash (exact names)");
// index_of() over the generated blocks: every code at its own position.
static_assert([] {
  for (int i = 0; i < wsaerror::detail::code_count; ++i) {
    if (wsaerror::detail::index_of(wsaerror::all()[static_cast<std::size_t>(i)].value) != i) {
      return false;
    }
  }
  return true;
}());
static_assert(wsaerror::all().front().value == 6 && wsaerror::all().back().value == 11033);

static_assert(find(10061)->name == "WSAECONNREFUSED");
static_assert(find(10061)->message == "Connection refused.");
static_assert(find(errc::connection_refused)->value == 10061);
static_assert(find(0) == nullptr && find(-1) == nullptr && find(10000) == nullptr);
static_assert(find(10010) == nullptr && find(11034) == nullptr);
// The codes outside the blocks (6, 8, 87, 995-997) and values that share their hash slot.
static_assert(find(6)->value == 6 && find(8)->value == 8 && find(87)->value == 87);
static_assert(find(995)->value == 995 && find(997)->value == 997);
static_assert(find(14) == nullptr && find(16) == nullptr && find(95) == nullptr);
static_assert(find(7) == nullptr && find(998) == nullptr && find(-8) == nullptr);
static_assert(find(6 - 65536) == nullptr && find(-2147483640) == nullptr);
static_assert(find((std::numeric_limits<int>::min)()) == nullptr);
static_assert(find((std::numeric_limits<int>::max)()) == nullptr);

static_assert(find("WSAECONNREFUSED")->value == 10061);
static_assert(find("ECONNREFUSED")->value == 10061);
static_assert(find("WSA_QOS_EUNKOWNPSOBJ")->value == 11024);  // the docs' spelling
static_assert(find("WSA_QOS_EUNKNOWNPSOBJ")->value == 11024);
static_assert(find("WSANO_ADDRESS")->value == 11004);
static_assert(find("ERROR_IO_PENDING")->value == 997);
static_assert(find("wsaeconnrefused") == nullptr);  // find() is exact
static_assert(find("") == nullptr);

// code_of_hresult(): the one HRESULT rule parse() and the tool share. Only
// HRESULT_FROM_WIN32 failures (0x8007xxxx) hold a code: not a success code of
// facility WIN32 (0x0007274D), not another severity (0xF007274D), not another
// facility (0x8009274D).
static_assert(wsaerror::code_of_hresult(0x8007274D) == 10061);
static_assert(wsaerror::code_of_hresult(-2147014835) == 10061);  // the same, as a signed 32-bit int
static_assert(wsaerror::code_of_hresult(0x80070006) == 6);
static_assert(wsaerror::code_of_hresult(0x0007274D) == -1);
static_assert(wsaerror::code_of_hresult(0xF007274D) == -1);
static_assert(wsaerror::code_of_hresult(0x8009274D) == -1);
static_assert(wsaerror::code_of_hresult(10061) == -1);
static_assert(wsaerror::code_of_hresult(0x18007274Dll) == -1);  // past 32 bits
static_assert(wsaerror::code_of_hresult(-0x80000001ll) == -1);
static_assert(parse("0x0007274D") == nullptr && parse("0xF007274D") == nullptr);

static_assert(parse("wsaeconnrefused")->value == 10061);
static_assert(parse("econnrefused")->value == 10061);
static_assert(parse("connection_refused")->value == 10061);
static_assert(parse("0x274D")->value == 10061);
static_assert(parse("274dh")->value == 10061);
static_assert(parse("0x8007274D")->value == 10061);
static_assert(parse("-2147014835")->value == 10061);
static_assert(parse(" (10061): ")->value == 10061);
static_assert(parse("io_pending")->value == 997);
static_assert(parse("qos_receivers")->value == 11005);
static_assert(parse("E_NO_MORE")->value == 10110);
static_assert(parse("try again")->value == 11002);
static_assert(parse("10062x") == nullptr);
static_assert(parse("0x80070005") == nullptr);  // HRESULT of a code that is no Winsock code

static_assert(wsaerror::to_string(errc::would_block) == "WSAEWOULDBLOCK");
static_assert(wsaerror::to_string(static_cast<errc>(1)).empty());
static_assert(wsaerror::to_string(wsaerror::condition::resolver) == "resolver");
static_assert(find(11001)->has(wsaerror::condition::resolver));
static_assert(!find(10061)->has(wsaerror::condition::resolver));
static_assert(find(10061)->generic == std::errc::connection_refused);
static_assert(!find(10112)->has_generic());
static_assert(find(997)->is_status && !find(10061)->is_status);
static_assert(find(10102)->same_as == 10110 && find(10110)->same_as == 10102);
static_assert(wsaerror::generic_name(*find(10035)) == "operation_would_block");
static_assert(wsaerror::generic_name(*find(10035), true) == "resource_unavailable_try_again");

// errc enumerators equal the documented values.
static_assert(static_cast<int>(errc::connection_refused) == 10061);
static_assert(static_cast<int>(errc::would_block) == 10035);
static_assert(static_cast<int>(errc::host_not_found) == 11001);
static_assert(static_cast<int>(errc::not_initialised) == 10093);

}  // namespace
