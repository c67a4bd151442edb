// SPDX-License-Identifier: MIT
// What <winsock2.h>, <windows.h>, <netdb.h> and <errno.h> define as macros
// that could break a header that used these names, reproduced on any OS.
#ifndef WSAERROR_TESTS_WINDOWS_MACROS_HPP_INCLUDED
#define WSAERROR_TESTS_WINDOWS_MACROS_HPP_INCLUDED

#ifndef WSABASEERR
#define WSABASEERR 10000
#endif
#ifndef WSAECONNREFUSED
#define WSAECONNREFUSED (WSABASEERR + 61)
#endif
#ifndef WSAEWOULDBLOCK
#define WSAEWOULDBLOCK (WSABASEERR + 35)
#endif
#ifndef WSAHOST_NOT_FOUND
#define WSAHOST_NOT_FOUND (WSABASEERR + 1001)
#endif
#ifndef WSA_IO_PENDING
#define WSA_IO_PENDING (997L)
#endif
#ifndef WSA_QOS_EUNKOWNPSOBJ
#define WSA_QOS_EUNKOWNPSOBJ (WSABASEERR + 1024)
#endif
#ifndef ERROR_IO_PENDING
#define ERROR_IO_PENDING 997L
#endif
#ifndef HOST_NOT_FOUND
#define HOST_NOT_FOUND WSAHOST_NOT_FOUND
#endif
#ifndef TRY_AGAIN
#define TRY_AGAIN 11002
#endif
#ifndef NO_RECOVERY
#define NO_RECOVERY 11003
#endif
#ifndef NO_DATA
#define NO_DATA 11004
#endif
#ifndef NO_ADDRESS
#define NO_ADDRESS NO_DATA
#endif
#ifndef ECONNREFUSED
#define ECONNREFUSED 107
#endif
#ifndef EWOULDBLOCK
#define EWOULDBLOCK 140
#endif
#ifndef ERROR
#define ERROR 0
#endif
#ifndef NO_ERROR
#define NO_ERROR 0L
#endif
#ifndef SOCKET_ERROR
#define SOCKET_ERROR (-1)
#endif
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#ifndef interface
#define interface struct
#endif
#ifndef small
#define small char
#endif
#ifndef near
#define near
#endif
#ifndef far
#define far
#endif
#ifndef IN
#define IN
#endif
#ifndef OUT
#define OUT
#endif
#ifndef OPTIONAL
#define OPTIONAL
#endif
#ifndef DELETE
#define DELETE 0x00010000L
#endif
#ifndef s_addr
#define s_addr S_un.S_addr
#endif
#ifndef h_addr
#define h_addr h_addr_list[0]
#endif

#endif
