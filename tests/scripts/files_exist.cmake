# cmake -DFILES=a|b|c -P files_exist.cmake: fails unless every file exists.
string(REPLACE "|" ";" _files "${FILES}")
foreach(f IN LISTS _files)
  if(NOT EXISTS "${f}")
    message(FATAL_ERROR "missing: ${f}")
  endif()
  message(STATUS "present: ${f}")
endforeach()
