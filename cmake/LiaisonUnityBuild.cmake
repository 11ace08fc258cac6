# liaison_unity_groups(TARGET GROUPS n): compiles TARGET's .cpp files as at
# most n unity translation units (UNITY_BUILD_MODE GROUP), for a target whose
# files all include the same heavy inline-only library: the CLI, where every
# command file otherwise compiles CLI11's App, formatter and config parser
# again. Used only when LIAISON_UNITY_BUILD is on (.ci/run), for the CLI and the
# library.
#
# The files of one group become one translation unit, so their anonymous
# namespaces merge. Two helpers of the same name in one group would either
# not compile or, with other parameters, silently overload each other; a
# #define, a using-directive or a using-declaration would leak into the files
# after it. So each file is read first: one with any of those is compiled on
# its own, and a file goes into the emptiest group that defines none of the
# names it defines at the start of a line (functions, types, aliases,
# constants: clang-format leaves definitions outside function bodies
# unindented); a file that fits no group is compiled on its own. The reading
# errs towards leaving files out: a name that only looks defined (a
# declaration, a false match) just costs a file its group; a definition that
# does not start its line would go unseen. The files are read at configure
# time and are CMAKE_CONFIGURE_DEPENDS, so an edit re-runs the grouping.
function(liaison_unity_groups target)
  cmake_parse_arguments(ARG "" "GROUPS" "" ${ARGN})
  get_target_property(_sources ${target} SOURCES)
  get_target_property(_source_dir ${target} SOURCE_DIR)
  set(_groups)
  foreach(_i RANGE 1 ${ARG_GROUPS})
    list(APPEND _groups ${_i})
    set(_names_${_i})
    set(_count_${_i} 0)
  endforeach()
  set(_alone)
  foreach(_source IN LISTS _sources)
    if(NOT _source MATCHES "\\.cpp$")
      continue()
    endif()
    get_filename_component(_path ${_source} ABSOLUTE BASE_DIR ${_source_dir})
    set_property(DIRECTORY ${_source_dir} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_path})
    file(READ ${_path} _text)
    string(PREPEND _text "\n")
    if(_text MATCHES "\n[ \t]*#[ \t]*define[ \t]" OR _text MATCHES "\n[ \t]*using[ \t]+namespace[ \t]"
       OR _text MATCHES "\n[ \t]*using[ \t]+[A-Za-z0-9_:]*::[A-Za-z0-9_]+[ \t]*;")
      list(APPEND _alone "${_source} (a #define or a using-directive or -declaration)")
      continue()
    endif()
    # Definitions at the start of a line: "type name(", "struct name",
    # "using name =", "const type name =". Namespace lines name no
    # definition: a namespace reopens, and an alias may be declared again.
    string(REGEX REPLACE "\n(inline[ \t]+)?namespace[^\n]*" "" _text "${_text}")
    set(_names)
    string(REGEX MATCHALL "\n[A-Za-z_][^\n;{}=(]*[ *&]([A-Za-z_][A-Za-z0-9_]*)\\(" _found "${_text}")
    foreach(_match IN LISTS _found)
      string(REGEX REPLACE ".*[ *&]([A-Za-z_][A-Za-z0-9_]*)\\($" "\\1" _name "${_match}")
      list(APPEND _names ${_name})
    endforeach()
    string(REGEX MATCHALL "\n(struct|class|union|enum|enum class|enum struct|using)[ \t]+[A-Za-z_][A-Za-z0-9_]*"
           _found "${_text}")
    foreach(_match IN LISTS _found)
      string(REGEX REPLACE ".*[ \t]([A-Za-z_][A-Za-z0-9_]*)$" "\\1" _name "${_match}")
      list(APPEND _names ${_name})
    endforeach()
    string(REGEX MATCHALL "\n[A-Za-z_][^\n;{}=(]*[ *&]([A-Za-z_][A-Za-z0-9_]*)[ \t]*[={]" _found "${_text}")
    foreach(_match IN LISTS _found)
      string(REGEX REPLACE ".*[ *&]([A-Za-z_][A-Za-z0-9_]*)[ \t]*[={]$" "\\1" _name "${_match}")
      list(APPEND _names ${_name})
    endforeach()
    # Namespaces may repeat; keywords caught by the patterns are no names.
    list(REMOVE_ITEM _names liaison_cli liaison std detail)
    list(REMOVE_DUPLICATES _names)
    # The emptiest group without a clash, so that the groups stay even.
    set(_best "")
    set(_clashes)
    foreach(_g IN LISTS _groups)
      set(_clash "")
      foreach(_name IN LISTS _names)
        if(_name IN_LIST _names_${_g})
          set(_clash ${_name})
          break()
        endif()
      endforeach()
      if(_clash)
        list(APPEND _clashes ${_clash})
      elseif(_best STREQUAL "" OR _count_${_g} LESS _count_${_best})
        set(_best ${_g})
      endif()
    endforeach()
    if(_best STREQUAL "")
      list(JOIN _clashes ", " _clashes)
      list(APPEND _alone "${_source} (${_clashes})")
    else()
      list(APPEND _names_${_best} ${_names})
      math(EXPR _count_${_best} "${_count_${_best}} + 1")
      set_property(SOURCE ${_path} TARGET_DIRECTORY ${target} PROPERTY UNITY_GROUP ${target}_${_best})
    endif()
  endforeach()
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP)
  if(_alone)
    list(JOIN _alone "; " _alone)
    message(STATUS "${target}: compiled on their own, outside the unity groups: ${_alone}")
  endif()
endfunction()
