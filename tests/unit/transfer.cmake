find_package(Qt6 REQUIRED COMPONENTS Test)
# The upload engine against a storage in memory, its journal, pacing and rates.
suanli_add_test(NAME test_transferqueue
    SOURCES fakeremotefiles.h test_transferqueue.cpp
    LIBS suanli::transfer Qt6::Test
    LABELS transfer
    TIMEOUT 120)
