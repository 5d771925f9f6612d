# One INTERFACE target carries the language standard, warnings and Qt string rules.
add_library(suanli_options INTERFACE)
add_library(suanli::options ALIAS suanli_options)
target_compile_features(suanli_options INTERFACE cxx_std_20)
target_compile_definitions(suanli_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
if(MSVC)
    target_compile_options(suanli_options INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(suanli_options INTERFACE -Wall -Wextra -Wpedantic)
endif()

# suanli_add_test(NAME name SOURCES ... LIBS ... [GUI] [LABELS ...] [TIMEOUT s] [WRAPPER cmd...])
# Registers a GoogleTest executable with CTest. GUI tests get the QApplication main,
# the others a QCoreApplication main.
function(suanli_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;WRAPPER" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    if(T_GUI)
        target_link_libraries(${T_NAME} PRIVATE suanli_test_main_gui)
    else()
        target_link_libraries(${T_NAME} PRIVATE suanli_test_main_core)
    endif()
    target_link_libraries(${T_NAME} PRIVATE suanli::options ${T_LIBS})
    target_compile_definitions(${T_NAME} PRIVATE
        SUANLI_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        SUANLI_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${T_NAME} COMMAND ${T_WRAPPER} $<TARGET_FILE:${T_NAME}>)
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
