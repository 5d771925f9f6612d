# UNIS monitoring against the simulator. Included by tests/integration/CMakeLists.txt.
suanli_add_test(NAME test_unis_monitoring_integration
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_unis_monitoring_integration.cpp
    LIBS suanli::platforms suanli_sim Qt6::Network
    TIMEOUT 300)
