# Streamed answers through the HTTP layer, against the simulator's transport.
suanli_add_test(NAME test_httpstreaming
    SOURCES test_httpstreaming.cpp
    LIBS suanli::core suanli_sim Qt6::Network
    TIMEOUT 120)

# 元境's client and provider against its simulator over loopback: every endpoint.
suanli_add_test(NAME test_yuanjing_integration
    SOURCES test_yuanjing_integration.cpp
    LIBS suanli::platforms suanli_sim Qt6::Network
    TIMEOUT 300)
