# The monitoring core (store, decimation, CSV, thresholds, idle GPUs). Included by
# tests/unit/CMakeLists.txt.
suanli_add_test(NAME test_metrics
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_metrics.cpp
    LIBS suanli::core
    LABELS unit)

# UNIS monitoring JSON: the document's examples, multi-GPU shapes, JSONTestSuite.
suanli_add_test(NAME test_unis_monitoring
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_unis_monitoring.cpp
    LIBS suanli_unis_monitoring
    LABELS unit)
