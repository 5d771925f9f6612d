# The Monitor view and its charts, with made-up series and against the UNIS simulator; writes
# screenshots to ${CMAKE_BINARY_DIR}/screenshots. Included by tests/gui/CMakeLists.txt.
suanli_add_test(NAME test_gui_monitor GUI
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_gui_monitor.cpp
    LIBS suanli_gui suanli_sim Qt6::Test
    LABELS gui
    TIMEOUT 240)
