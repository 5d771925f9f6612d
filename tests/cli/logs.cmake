# `suanli-cli logs` against the UNIS simulator.
suanli_add_test(NAME test_cli_logs
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/clirun.h
        ${CMAKE_CURRENT_LIST_DIR}/logsclitest.cpp
    LIBS suanli_sim suanli::platforms Qt6::Network
    LABELS cli
    TIMEOUT 240
    WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
target_compile_definitions(test_cli_logs PRIVATE SUANLI_CLI_PATH="$<TARGET_FILE:suanli-cli>")
add_dependencies(test_cli_logs suanli-cli)
