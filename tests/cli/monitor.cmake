# `suanli-cli metrics` against the UNIS simulator. Included by tests/cli/CMakeLists.txt.
suanli_add_test(NAME test_cli_metrics
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/clirun.h
        ${CMAKE_CURRENT_LIST_DIR}/metricsclitest.cpp
    LIBS suanli_sim suanli::platforms Qt6::Network
    LABELS cli
    TIMEOUT 180
    WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
target_compile_definitions(test_cli_metrics PRIVATE SUANLI_CLI_PATH="$<TARGET_FILE:suanli-cli>")
add_dependencies(test_cli_metrics suanli-cli)
