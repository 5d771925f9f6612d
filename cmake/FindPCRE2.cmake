# Finds PCRE2's 8-bit library (libpcre2-8) and defines the imported target PCRE2::8bit.
# pkg-config first (Linux, Homebrew), then a plain search (vcpkg, Windows).
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(PC_PCRE2 QUIET libpcre2-8)
endif()
find_path(PCRE2_INCLUDE_DIR pcre2.h HINTS ${PC_PCRE2_INCLUDE_DIRS})
find_library(PCRE2_8BIT_LIBRARY NAMES pcre2-8 pcre2-8d HINTS ${PC_PCRE2_LIBRARY_DIRS})
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PCRE2 REQUIRED_VARS PCRE2_8BIT_LIBRARY PCRE2_INCLUDE_DIR
    VERSION_VAR PC_PCRE2_VERSION)
if(PCRE2_FOUND AND NOT TARGET PCRE2::8bit)
    add_library(PCRE2::8bit UNKNOWN IMPORTED)
    set_target_properties(PCRE2::8bit PROPERTIES
        IMPORTED_LOCATION "${PCRE2_8BIT_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${PCRE2_INCLUDE_DIR}")
endif()
mark_as_advanced(PCRE2_INCLUDE_DIR PCRE2_8BIT_LIBRARY)
