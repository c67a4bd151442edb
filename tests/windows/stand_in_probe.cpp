// SPDX-License-Identifier: MIT
// Prints, for every NTSTATUS of the stand-in table, what the system says of it:
// RtlNtStatusToDosError() (the Win32 value GetLastError() reports after a
// completion with that status) and WSAGetLastError() after
// WSAGetOverlappedResult() on an OVERLAPPED whose Internal holds it. One line
// each: "0xC0000236 1225 10061". tests/scripts/stand_in_probe_check.py judges
// the lines against data/stand-in-codes.json.
#include <wsaerror/stand_in.hpp>
#include <wsaerror/windows.hpp>

#include <cstdio>

using rtl_to_dos = ULONG(WINAPI*)(LONG);

int main() {
  wsaerror::startup winsock;
  const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
  const auto to_dos = ntdll ? reinterpret_cast<rtl_to_dos>(reinterpret_cast<void (*)()>(
                                  ::GetProcAddress(ntdll, "RtlNtStatusToDosError")))
                            : nullptr;
  if (!to_dos) {
    std::printf("no RtlNtStatusToDosError\n");
    return 1;
  }
  const SOCKET s = wsaerror::check_socket(
      ::WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, nullptr, 0, WSA_FLAG_OVERLAPPED), "WSASocket");
  for (const wsaerror::ntstatus_info& n : wsaerror::all_ntstatus()) {
    const ULONG win32 = to_dos(static_cast<LONG>(n.value));
    OVERLAPPED ov{};
    ov.Internal = n.value;
    DWORD bytes = 0;
    DWORD flags = 0;
    ::WSASetLastError(0);
    const BOOL ok = ::WSAGetOverlappedResult(s, &ov, &bytes, FALSE, &flags);
    const int wsa = ok ? 0 : ::WSAGetLastError();
    std::printf("0x%08lX %lu %d\n", static_cast<unsigned long>(n.value),
                static_cast<unsigned long>(win32), wsa);
  }
  ::closesocket(s);
  return 0;
}
