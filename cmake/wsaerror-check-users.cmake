# Configure-time checks for the integration targets that need another package
# (wsaerror::fmt needs fmt, wsaerror::catch2 needs Catch2), so that a missing
# package stops the configuration with a message saying what to do, rather
# than the build with an undefined reference. Used by the build tree
# (add_subdirectory, FetchContent) and by the installed package.
#
# wsaerror_check_users_defer(<name> <package> <advice>...): call where the
# wsaerror::<name> target is defined (the pieces of <advice> are joined; no
# semicolons in them), once the package was looked for and not found. It
# records this directory and, once per <name>, schedules the check for the end
# of the top-level directory.
function(wsaerror_check_users_defer name package advice)
  string(JOIN "" advice "${advice}" ${ARGN})
  set_property(GLOBAL APPEND PROPERTY _wsaerror_${name}_dirs "${CMAKE_CURRENT_SOURCE_DIR}")
  get_property(_scheduled GLOBAL PROPERTY _wsaerror_${name}_scheduled)
  if(NOT _scheduled)
    set_property(GLOBAL PROPERTY _wsaerror_${name}_scheduled TRUE)
    set_property(GLOBAL PROPERTY _wsaerror_${name}_advice "${advice}")
    # The arguments of a deferred call are evaluated when it runs: spell them out now.
    cmake_language(EVAL CODE
      "cmake_language(DEFER DIRECTORY [[${CMAKE_SOURCE_DIR}]] CALL wsaerror_check_users ${name} ${package})")
  endif()
endfunction()

# Whether <package>::<package> is visible where wsaerror::<name> was defined
# (where its $<TARGET_NAME_IF_EXISTS:...> is evaluated): a global target, or
# an imported one created there or in a parent directory.
function(_wsaerror_dependency_visible out name package)
  set(${out} FALSE PARENT_SCOPE)
  # <package>::<package>, or the target recorded as _wsaerror_<name>_target (Boost::headers)
  get_property(_dep GLOBAL PROPERTY _wsaerror_${name}_target)
  if(NOT _dep)
    set(_dep ${package}::${package})
  endif()
  if(TARGET ${_dep})
    get_property(_imported TARGET ${_dep} PROPERTY IMPORTED)
    get_property(_global TARGET ${_dep} PROPERTY IMPORTED_GLOBAL)
    if(NOT _imported OR _global)
      set(${out} TRUE PARENT_SCOPE)
      return()
    endif()
  endif()
  get_property(_dirs GLOBAL PROPERTY _wsaerror_${name}_dirs)
  foreach(_dir IN LISTS _dirs)
    while(_dir)
      get_property(_imported_targets DIRECTORY "${_dir}" PROPERTY IMPORTED_TARGETS)
      if(_dep IN_LIST _imported_targets)
        set(${out} TRUE PARENT_SCOPE)
        return()
      endif()
      get_property(_dir DIRECTORY "${_dir}" PROPERTY PARENT_DIRECTORY)
    endwhile()
  endforeach()
endfunction()

# Every target of the project that links wsaerror::<name> (directly, or in a
# generator expression) must have <package>: found by then where wsaerror was,
# or linked by the target itself.
function(wsaerror_check_users name package)
  _wsaerror_dependency_visible(_visible ${name} ${package})
  if(_visible)
    return()
  endif()
  get_property(_advice GLOBAL PROPERTY _wsaerror_${name}_advice)
  set(_dirs "${CMAKE_SOURCE_DIR}")
  while(_dirs)
    list(POP_FRONT _dirs _dir)
    get_property(_sub DIRECTORY "${_dir}" PROPERTY SUBDIRECTORIES)
    list(APPEND _dirs ${_sub})
    get_property(_targets DIRECTORY "${_dir}" PROPERTY BUILDSYSTEM_TARGETS)
    foreach(_t IN LISTS _targets)
      get_target_property(_type ${_t} TYPE)
      set(_libs)
      if(NOT _type STREQUAL "INTERFACE_LIBRARY")
        get_target_property(_libs ${_t} LINK_LIBRARIES)
      endif()
      get_target_property(_ilibs ${_t} INTERFACE_LINK_LIBRARIES)
      set(_uses FALSE)
      set(_has FALSE)
      foreach(_lib IN LISTS _libs _ilibs)
        if(_lib MATCHES "(^|[^A-Za-z0-9_:])wsaerror(::|_)${name}([^A-Za-z0-9_]|$)")
          set(_uses TRUE)
        elseif(_lib MATCHES "^${package}::")
          set(_has TRUE)
        endif()
      endforeach()
      if(_uses AND NOT _has)
        message(FATAL_ERROR "${_t} links wsaerror::${name}, but no ${package} package was found: ${_advice}")
      endif()
    endforeach()
  endwhile()
endfunction()
