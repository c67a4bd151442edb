// SPDX-License-Identifier: MIT
// The enumerator names of std::errc, for descriptions that must not depend on
// the platform's errno numbers ("std::errc::connection_refused", not
// "generic:111" on Linux and "generic:107" on MinGW).
#ifndef WSAERROR_DETAIL_STD_ERRC_NAMES_HPP_INCLUDED
#define WSAERROR_DETAIL_STD_ERRC_NAMES_HPP_INCLUDED

#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>

#include "number_text.hpp"

namespace wsaerror {
namespace detail {

/// One std::errc enumerator and its name.
struct std_errc_name {
  std::errc value;
  std::string_view name;
};

// Every std::errc enumerator but the four deprecated in C++23 (STREAMS:
// no_message_available, no_stream_resources, not_a_stream, stream_timeout).
#define WSAERROR_STD_ERRC(X)                                                                        \
  X(address_family_not_supported) X(address_in_use) X(address_not_available) X(already_connected) \
  X(argument_list_too_long) X(argument_out_of_domain) X(bad_address) X(bad_file_descriptor)       \
  X(bad_message) X(broken_pipe) X(connection_aborted) X(connection_already_in_progress)           \
  X(connection_refused) X(connection_reset) X(cross_device_link) X(destination_address_required) \
  X(device_or_resource_busy) X(directory_not_empty) X(executable_format_error) X(file_exists)     \
  X(file_too_large) X(filename_too_long) X(function_not_supported) X(host_unreachable)            \
  X(identifier_removed) X(illegal_byte_sequence) X(inappropriate_io_control_operation)           \
  X(interrupted) X(invalid_argument) X(invalid_seek) X(io_error) X(is_a_directory)               \
  X(message_size) X(network_down) X(network_reset) X(network_unreachable) X(no_buffer_space)     \
  X(no_child_process) X(no_link) X(no_lock_available) X(no_message) X(no_protocol_option)        \
  X(no_space_on_device) X(no_such_device_or_address) X(no_such_device)                           \
  X(no_such_file_or_directory) X(no_such_process) X(not_a_directory) X(not_a_socket)             \
  X(not_connected) X(not_enough_memory) X(not_supported) X(operation_canceled)                   \
  X(operation_in_progress) X(operation_not_permitted) X(operation_not_supported)                 \
  X(operation_would_block) X(owner_dead) X(permission_denied) X(protocol_error)                  \
  X(protocol_not_supported) X(read_only_file_system) X(resource_deadlock_would_occur)            \
  X(resource_unavailable_try_again) X(result_out_of_range) X(state_not_recoverable)              \
  X(text_file_busy) X(timed_out) X(too_many_files_open_in_system) X(too_many_files_open)         \
  X(too_many_links) X(too_many_symbolic_link_levels) X(value_too_large) X(wrong_protocol_type)
#define WSAERROR_STD_ERRC_ENTRY(n) std_errc_name{std::errc::n, #n},
inline constexpr std_errc_name std_errc_names[] = {WSAERROR_STD_ERRC(WSAERROR_STD_ERRC_ENTRY)};
#undef WSAERROR_STD_ERRC_ENTRY
#undef WSAERROR_STD_ERRC

/// "std::errc::connection_refused"; where the platform gives two enumerators
/// one value (glibc: operation_would_block and resource_unavailable_try_again)
/// both, joined by " or "; "std::errc(N)" for a value no enumerator has.
inline std::string std_errc_spelling(std::errc e) {
  std::string out;
  for (const std_errc_name& n : std_errc_names) {
    if (n.value != e) continue;
    out += out.empty() ? "std::errc::" : " or std::errc::";
    out += n.name;
  }
  return out.empty() ? with_number("std::errc(", static_cast<int>(e)) + ")" : out;
}

}  // namespace detail
}  // namespace wsaerror

#endif
