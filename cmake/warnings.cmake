# Warnings as errors for wsaerror's own targets (tests, tools) -- never for
# the exported library target, whose users choose their own flags.
option(WSAERROR_WERROR "Treat warnings as errors in wsaerror's own targets" ON)

function(wsaerror_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive- /utf-8)
    if(WSAERROR_WERROR)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wconversion -Wshadow)
    if(WSAERROR_WERROR)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
