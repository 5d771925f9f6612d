# The UNIS simulator's monitoring service. Included by tests/sim/CMakeLists.txt.
suanli_add_test(NAME test_sim_unis_metrics
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/unisfixture.h
        ${CMAKE_CURRENT_LIST_DIR}/simtestclient.h
        ${CMAKE_CURRENT_LIST_DIR}/unismetricservicetest.cpp
    LIBS suanli_sim Qt6::Network
    LABELS sim
    TIMEOUT 120)
