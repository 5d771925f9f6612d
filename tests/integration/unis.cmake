suanli_add_test(NAME test_unis_integration
    SOURCES test_unis_integration.cpp
    LIBS suanli::platforms suanli_sim Qt6::Network
    TIMEOUT 600)
