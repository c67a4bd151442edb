// category.hpp, header-only, is what every translation unit that makes a code
// compiles: it reads its own rows (std::errc, conditions, en-US messages), not
// the table's (names, descriptions, system messages) nor the lookup keys,
// which would cost each of them compile time and binary size
// (docs/performance.md). A build failure here is the test.
#include <wsaerror/category.hpp>

#ifdef WSAERROR_TABLE_HPP_INCLUDED
#error "category.hpp includes table.hpp"
#endif
#ifdef WSAERROR_GENERATED_KEYS_HPP_INCLUDED
#error "category.hpp includes generated/keys.hpp (the lookup keys)"
#endif
#ifdef WSAERROR_GENERATED_GENERIC_NAMES_HPP_INCLUDED
#error "category.hpp includes generated/generic_names.hpp (generic_name()'s data)"
#endif
#ifdef WSAERROR_GENERATED_EN_US_HPP_INCLUDED
#error "category.hpp includes generated/en_us.hpp (the whole table's rows)"
#endif
#ifndef WSAERROR_GENERATED_CATEGORY_DATA_HPP_INCLUDED
#error "the header-only category reads generated/category_data.hpp"
#endif
#ifdef WSAERROR_GENERATED_DE_DE_HPP_INCLUDED
#error "category.hpp includes another language's rows"
#endif

// What such a translation unit does: make a code and read its message.
int category_reads_no_table() {
  const std::error_code ec = wsaerror::errc::connection_refused;
  return static_cast<int>(ec.message().size());
}
