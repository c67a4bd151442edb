// SPDX-License-Identifier: MIT
// Build configuration of the category: header-only (the default) or compiled
// once (WSAERROR_SEPARATE_COMPILATION), and symbol visibility.
#ifndef WSAERROR_DETAIL_CONFIG_HPP_INCLUDED
#define WSAERROR_DETAIL_CONFIG_HPP_INCLUDED

// On ELF platforms the category must have default visibility even in code
// built with -fvisibility=hidden: then every shared object shares one instance
// and std::error_code's address comparison of categories works across them.
#if defined(_WIN32) || defined(__CYGWIN__)
#define WSAERROR_VISIBLE
#elif defined(__GNUC__)
#define WSAERROR_VISIBLE __attribute__((visibility("default")))
#else
#define WSAERROR_VISIBLE
#endif

// WSAERROR_SEPARATE_COMPILATION: category() and condition_category() are
// defined in one translation unit (include <wsaerror/src.hpp> there, or link
// the wsaerror::separate CMake target) instead of inline in every TU. With
// WSAERROR_DYN_LINK on Windows that TU is a DLL and the functions are
// exported from it, so all DLLs of a program share one category.
#if defined(WSAERROR_SEPARATE_COMPILATION)
#if defined(_WIN32) && defined(WSAERROR_DYN_LINK)
#if defined(WSAERROR_SOURCE)
#define WSAERROR_DECL __declspec(dllexport)
#else
#define WSAERROR_DECL __declspec(dllimport)
#endif
#else
#define WSAERROR_DECL WSAERROR_VISIBLE
#endif
#define WSAERROR_CATEGORY_INLINE
// The category objects: defined by the one TU that defines category(), under
// the names a header-only TU gives its inline copies. A program that mixes the
// two modes then does not link on GCC and MinGW ("multiple definition of
// wsaerror::detail::winsock_category_instance") and, on Clang, where the
// inline copies are weak, uses this one definition everywhere.
#define WSAERROR_CATEGORY_OBJECT extern
#else
#define WSAERROR_DECL WSAERROR_VISIBLE
#define WSAERROR_CATEGORY_INLINE inline
// The category objects: one per program on ELF (default visibility), one per
// module on Windows.
#define WSAERROR_CATEGORY_OBJECT WSAERROR_VISIBLE inline
#endif

// A function every translation unit compiles but no caller needs inlined:
// compiled once per translation unit instead of once per call site.
#if defined(_MSC_VER)
#define WSAERROR_NOINLINE __declspec(noinline)
#elif defined(__GNUC__)
#define WSAERROR_NOINLINE __attribute__((noinline))
#else
#define WSAERROR_NOINLINE
#endif

// The category objects are constant-initialised (no code runs at their first
// use, so nothing can touch the thread's last error, errno or a lock there);
// checked by the compiler where it can.
#if defined(__cpp_constinit) && __cpp_constinit >= 201907L
#define WSAERROR_CONSTINIT constinit
#elif defined(__clang__)
#define WSAERROR_CONSTINIT [[clang::require_constant_initialization]]
#else
#define WSAERROR_CONSTINIT
#endif

// The category objects are never destroyed. Clang can be told so: it then
// registers no destructor at startup, and drops the objects, their vtable
// and virtual functions from a translation unit that does not use them
// (cheaper to compile; see docs/performance.md). GCC has no such attribute
// and registers the destructor of never_destroyed, which does nothing.
#if defined(__has_cpp_attribute)
#if __has_cpp_attribute(clang::no_destroy)
#define WSAERROR_NO_DESTROY [[clang::no_destroy]]
#endif
#endif
#if !defined(WSAERROR_NO_DESTROY)
#define WSAERROR_NO_DESTROY
#endif

#endif
