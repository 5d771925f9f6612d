# The UNIS simulator's pod logs on their own (a stand-in job directory with a hand-set clock).
suanli_add_test(NAME test_sim_unis_logs
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/unislogservicetest.cpp
    LIBS suanli_sim
    LABELS sim
    TIMEOUT 60)
