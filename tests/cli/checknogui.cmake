# cmake -DBINARY=path/to/suanli-cli -P checknogui.cmake
# Fails when the binary's shared-library closure contains QtWidgets, QtGui or QtCharts, and when
# the libraries cannot be listed at all (a check that cannot look must not pass).
if(NOT BINARY OR NOT EXISTS "${BINARY}")
    message(FATAL_ERROR "BINARY not given or missing: '${BINARY}'")
endif()

if(APPLE)
    find_program(LIST_TOOL otool REQUIRED)
    set(list_args -L)
elseif(WIN32)
    find_program(LIST_TOOL dumpbin REQUIRED)
    set(list_args /DEPENDENTS)
else()
    find_program(LIST_TOOL ldd REQUIRED)
    set(list_args)
endif()

execute_process(COMMAND "${LIST_TOOL}" ${list_args} "${BINARY}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE libraries
    ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${LIST_TOOL} failed (${result}) on ${BINARY}: ${errors}")
endif()
# A binary linked with Qt at all lists QtCore; without it the listing is not what we think.
if(NOT libraries MATCHES "Qt6?Core")
    message(FATAL_ERROR "${LIST_TOOL} output lists no QtCore; cannot judge:\n${libraries}")
endif()
if(NOT WIN32 AND NOT APPLE AND libraries MATCHES "not found")
    message(FATAL_ERROR "unresolved libraries, the listing is incomplete:\n${libraries}")
endif()

set(found "")
foreach(module Widgets Gui Charts)
    if(libraries MATCHES "Qt6?${module}[^A-Za-z]")
        list(APPEND found "Qt${module}")
    endif()
endforeach()
if(found)
    message(FATAL_ERROR "${BINARY} links ${found}:\n${libraries}")
endif()
message(STATUS "${BINARY} links no QtWidgets, QtGui or QtCharts")
