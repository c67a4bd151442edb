// category.hpp, header-only, is what every translation unit that makes a code
// compiles: it must not pull in the table's data (names, descriptions, system
// messages, lookup keys), which would cost each of them compile time (docs/performance.md,
// Compile time). A build failure here is the test.
#include <wsaerror/category.hpp>

#ifdef WSAERROR_TABLE_HPP_INCLUDED
#error "category.hpp includes table.hpp"
#endif
#ifdef WSAERROR_GENERATED_CODES_HPP_INCLUDED
#error "category.hpp includes generated/codes.hpp (names, enumerators: table data)"
#endif
#ifdef WSAERROR_GENERATED_TEXT_EN_US_HPP_INCLUDED
#error "category.hpp includes generated/text_en_us.hpp (descriptions, system messages)"
#endif
#ifdef WSAERROR_GENERATED_KEYS_HPP_INCLUDED
#error "category.hpp includes generated/keys.hpp (the lookup keys)"
#endif
#ifndef WSAERROR_GENERATED_CATEGORY_DATA_HPP_INCLUDED
#error "the header-only category reads generated/category_data.hpp"
#endif

// What such a translation unit does: make a code and read its message.
int category_reads_no_table() {
  const std::error_code ec = wsaerror::errc::connection_refused;
  return static_cast<int>(ec.message().size());
}
