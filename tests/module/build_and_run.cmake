# Builds the wsaerror module with clang 16+ directly (CMake 3.25 has no C++20
# module support): the interface to a BMI (--precompile), then a consumer
# that imports it, then runs the consumer. Run with cmake -P and
# -DCXX=... -DFLAGS=... -DSOURCE_DIR=... -DWORK_DIR=...
separate_arguments(_flags UNIX_COMMAND "${FLAGS}")
set(_warn -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Werror)
file(MAKE_DIRECTORY "${WORK_DIR}")
function(step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}")
  endif()
endfunction()
step(${CXX} -std=c++20 ${_flags} ${_warn} --precompile -x c++-module
     "${SOURCE_DIR}/include/wsaerror/wsaerror.cppm" -o "${WORK_DIR}/wsaerror.pcm")
step(${CXX} -std=c++20 ${_flags} ${_warn} -fmodule-file=wsaerror=${WORK_DIR}/wsaerror.pcm
     -c "${SOURCE_DIR}/tests/module/consumer.cpp" -o "${WORK_DIR}/consumer.o")
step(${CXX} -std=c++20 ${_flags} -c "${WORK_DIR}/wsaerror.pcm" -o "${WORK_DIR}/wsaerror.o")
step(${CXX} ${_flags} "${WORK_DIR}/consumer.o" "${WORK_DIR}/wsaerror.o" -o "${WORK_DIR}/consumer")
step("${WORK_DIR}/consumer")
