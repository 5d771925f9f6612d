# The GUI's models, checked by QAbstractItemModelTester. Included by tests/unit/CMakeLists.txt.
if(TARGET suanli_gui AND NOT TARGET test_resourcetablemodel)
    find_package(Qt6 REQUIRED COMPONENTS Test)
    suanli_add_test(NAME test_resourcetablemodel GUI
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_resourcetablemodel.cpp
                ${CMAKE_CURRENT_LIST_DIR}/test_eventlogmodel.cpp
        LIBS suanli_gui Qt6::Test
        LABELS unit gui
        TIMEOUT 60)
endif()
