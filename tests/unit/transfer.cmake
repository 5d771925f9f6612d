find_package(Qt6 REQUIRED COMPONENTS Test)
# The upload engine against a storage in memory, its journal, pacing and rates.
suanli_add_test(NAME test_transferqueue
    SOURCES fakeremotefiles.h test_transferqueue.cpp
    LIBS suanli::transfer Qt6::Test
    LABELS transfer
    TIMEOUT 120)
# The transfer model, checked by QAbstractItemModelTester.
if(TARGET suanli_gui)
    suanli_add_test(NAME test_transfermodel GUI
        SOURCES fakeremotefiles.h test_transfermodel.cpp
        LIBS suanli_gui suanli::transfer Qt6::Test
        LABELS unit gui transfer
        TIMEOUT 60)
endif()
