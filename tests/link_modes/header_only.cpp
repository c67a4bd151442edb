// A translation unit built header-only, linked with one built with
// WSAERROR_SEPARATE_COMPILATION (separate_main.cpp): a mistake the program
// must not get away with silently (two winsock categories).
#include <wsaerror/category.hpp>

std::error_code made_header_only() { return wsaerror::errc::connection_refused; }
