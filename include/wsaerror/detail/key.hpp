// SPDX-License-Identifier: MIT
// One sorted lookup key of the generated name tables.
#ifndef WSAERROR_DETAIL_KEY_HPP_INCLUDED
#define WSAERROR_DETAIL_KEY_HPP_INCLUDED

#include <string_view>

namespace wsaerror {
namespace detail {

/// A name that resolves to the code at `index` in the code_* arrays.
struct key_entry {
  std::string_view key;
  unsigned char index;
};

}  // namespace detail
}  // namespace wsaerror

#endif
