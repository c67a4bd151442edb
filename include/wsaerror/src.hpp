// SPDX-License-Identifier: MIT
// The compiled part of wsaerror for WSAERROR_SEPARATE_COMPILATION: include
// this header in exactly one .cpp of the program (or of a DLL built with
// WSAERROR_DYN_LINK), or link the wsaerror::separate CMake target, which does.
#ifndef WSAERROR_SRC_HPP_INCLUDED
#define WSAERROR_SRC_HPP_INCLUDED

#if !defined(WSAERROR_SEPARATE_COMPILATION)
#error "<wsaerror/src.hpp> is for WSAERROR_SEPARATE_COMPILATION builds; define it everywhere"
#endif

#define WSAERROR_SOURCE
#include "category.hpp"
#include "detail/category_impl.hpp"

#endif
