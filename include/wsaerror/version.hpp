// SPDX-License-Identifier: MIT
// The library's version; CMakeLists.txt reads it from here.
#ifndef WSAERROR_VERSION_HPP_INCLUDED
#define WSAERROR_VERSION_HPP_INCLUDED

#define WSAERROR_VERSION_MAJOR 0
#define WSAERROR_VERSION_MINOR 1
#define WSAERROR_VERSION_PATCH 0
/// major * 10000 + minor * 100 + patch, for #if comparisons.
#define WSAERROR_VERSION \
  (WSAERROR_VERSION_MAJOR * 10000 + WSAERROR_VERSION_MINOR * 100 + WSAERROR_VERSION_PATCH)

#endif
