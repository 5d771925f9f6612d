# UNIS pod logs: paging, following and downloads against the simulator.
find_package(Qt6 REQUIRED COMPONENTS Test)
suanli_add_test(NAME test_unis_logs
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_unis_logs.cpp
    LIBS suanli::platforms suanli_sim Qt6::Network Qt6::Test
    TIMEOUT 300)
