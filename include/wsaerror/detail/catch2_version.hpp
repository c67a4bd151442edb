// SPDX-License-Identifier: MIT
// Which Catch2 is in use, 2 or 3: the one rule that <wsaerror/catch2.hpp> and
// wsaerror's own tests follow. CATCH_VERSION_MAJOR if Catch2 is already
// included, else the headers present. Define WSAERROR_CATCH2_VERSION to 2 or
// 3 to choose (e.g. with the v3 amalgamated header, include it first).
#ifndef WSAERROR_DETAIL_CATCH2_VERSION_HPP_INCLUDED
#define WSAERROR_DETAIL_CATCH2_VERSION_HPP_INCLUDED

#ifndef WSAERROR_CATCH2_VERSION
#if defined(CATCH_VERSION_MAJOR)
#define WSAERROR_CATCH2_VERSION CATCH_VERSION_MAJOR
#elif __has_include(<catch2/catch_version_macros.hpp>)
#define WSAERROR_CATCH2_VERSION 3
#else
#define WSAERROR_CATCH2_VERSION 2
#endif
#endif

#endif
