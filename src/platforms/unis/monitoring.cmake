# UNIS monitoring: the metric catalogue, the parsing of the monitoring answers, and the metric
# sources over the UNIS client. Included by src/platforms/CMakeLists.txt, after suanli_platforms
# exists.
add_library(suanli_unis_monitoring STATIC
    ${CMAKE_CURRENT_LIST_DIR}/unismonitoring.cpp ${CMAKE_CURRENT_LIST_DIR}/unismonitoring.h
    ${CMAKE_CURRENT_LIST_DIR}/unisnodemetricsource.cpp ${CMAKE_CURRENT_LIST_DIR}/unisnodemetricsource.h
    ${CMAKE_CURRENT_LIST_DIR}/unispodmetricsource.cpp ${CMAKE_CURRENT_LIST_DIR}/unispodmetricsource.h
)
target_link_libraries(suanli_unis_monitoring PUBLIC suanli::core suanli_unis)
target_link_libraries(suanli_platforms PUBLIC suanli_unis_monitoring)
