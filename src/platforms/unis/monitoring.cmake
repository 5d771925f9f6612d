# UNIS monitoring: the metric catalogue and the parsing of the monitoring answers. Included by
# src/platforms/CMakeLists.txt, after suanli_platforms exists.
add_library(suanli_unis_monitoring STATIC
    ${CMAKE_CURRENT_LIST_DIR}/unismonitoring.cpp ${CMAKE_CURRENT_LIST_DIR}/unismonitoring.h
)
target_link_libraries(suanli_unis_monitoring PUBLIC suanli::core)
target_link_libraries(suanli_platforms PUBLIC suanli_unis_monitoring)
