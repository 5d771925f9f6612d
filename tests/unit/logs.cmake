# The log viewer's core: line store, search, highlighting, local sources.
find_package(Qt6 REQUIRED COMPONENTS Test)
suanli_add_test(NAME test_logs
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_linestore.cpp
            ${CMAKE_CURRENT_LIST_DIR}/test_logsearch.cpp
            ${CMAKE_CURRENT_LIST_DIR}/test_loghighlight.cpp
            ${CMAKE_CURRENT_LIST_DIR}/test_logsources.cpp
    LIBS suanli::core Qt6::Test
    LABELS unit
    TIMEOUT 120)
