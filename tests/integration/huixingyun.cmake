suanli_add_test(NAME test_huixingyun_integration
    SOURCES test_huixingyun_integration.cpp
    LIBS suanli::platforms suanli_sim Qt6::Network
    TIMEOUT 300)
