# Install layout: where the provider modules go, how the library finds them
# and how the installed programs find the library, for any install prefix.
#
# CREDPLUG_PROVIDER_DIR (cache) is either
#   - relative (the default, lib/credplug/providers): relative to the install
#     prefix.  The modules go to PREFIX/<it> and libcredplug looks for them
#     at run time next to itself (core/loader.c, CREDPLUG_PROVIDER_RELDIR
#     below the directory it was loaded from), so a tree installed with
#     `cmake --install build --prefix ANY`, or moved later, finds its own;
#   - absolute: fixed; the modules go there and the library looks only there.
#
# Sets:
#   CREDPLUG_PROVIDER_INSTALL_DIR  DESTINATION for the modules
#   CREDPLUG_PROVIDER_DIR_FULL     absolute, for the configured prefix
#                                  (fallback, messages, help text)
#   CREDPLUG_PROVIDER_RELDIR       relative to the library's directory, or ""
#                                  when the directory is fixed
# and defines credplug_install_runpath(TARGET DESTINATION).

# Build trees configured before the layout was relative cached the old
# default, an absolute path for the configure-time prefix: take it back to
# the relative default, or `--prefix` would put the modules outside it.
get_property(_cp_type CACHE CREDPLUG_PROVIDER_DIR PROPERTY TYPE)
if(_cp_type STREQUAL "PATH" AND
   CREDPLUG_PROVIDER_DIR STREQUAL "${CMAKE_INSTALL_FULL_LIBDIR}/credplug/providers")
  unset(CREDPLUG_PROVIDER_DIR CACHE)
endif()
set(CREDPLUG_PROVIDER_DIR "${CMAKE_INSTALL_LIBDIR}/credplug/providers"
    CACHE STRING "Provider module directory: relative to the install prefix \
(found next to libcredplug at run time) or absolute (fixed)")

if(IS_ABSOLUTE "${CREDPLUG_PROVIDER_DIR}")
  set(CREDPLUG_PROVIDER_DIR_FULL "${CREDPLUG_PROVIDER_DIR}")
  set(CREDPLUG_PROVIDER_INSTALL_DIR "${CREDPLUG_PROVIDER_DIR}")
  set(CREDPLUG_PROVIDER_RELDIR "")
elseif(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  # The library's place is fixed, so is the directory beside it.
  set(CREDPLUG_PROVIDER_DIR_FULL "${CMAKE_INSTALL_PREFIX}/${CREDPLUG_PROVIDER_DIR}")
  set(CREDPLUG_PROVIDER_INSTALL_DIR "${CREDPLUG_PROVIDER_DIR_FULL}")
  set(CREDPLUG_PROVIDER_RELDIR "")
else()
  set(CREDPLUG_PROVIDER_DIR_FULL "${CMAKE_INSTALL_PREFIX}/${CREDPLUG_PROVIDER_DIR}")
  set(CREDPLUG_PROVIDER_INSTALL_DIR "${CREDPLUG_PROVIDER_DIR}")
  # Both are relative to the prefix: the result holds for every prefix.
  file(RELATIVE_PATH CREDPLUG_PROVIDER_RELDIR "/prefix/${CMAKE_INSTALL_LIBDIR}"
       "/prefix/${CREDPLUG_PROVIDER_DIR}")
  if(CREDPLUG_PROVIDER_RELDIR STREQUAL "")
    set(CREDPLUG_PROVIDER_RELDIR ".")
  endif()
endif()

# An installed program or library finds libcredplug (and libcredplug-curl)
# through a RUNPATH relative to where it is installed ($ORIGIN), so it
# starts from any prefix without LD_LIBRARY_PATH or ldconfig.  The build
# tree keeps CMake's absolute build RUNPATH.
function(credplug_install_runpath target destination)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
    set(rp "${CMAKE_INSTALL_LIBDIR}")
  else()
    file(RELATIVE_PATH rel "/prefix/${destination}" "/prefix/${CMAKE_INSTALL_LIBDIR}")
    set(rp "$ORIGIN")
    if(NOT rel STREQUAL "")
      set(rp "$ORIGIN/${rel}")
    endif()
  endif()
  set_target_properties(${target} PROPERTIES INSTALL_RPATH "${rp}")
  # DT_RUNPATH, not DT_RPATH: LD_LIBRARY_PATH can still override it.
  target_link_options(${target} PRIVATE -Wl,--enable-new-dtags)
endfunction()
