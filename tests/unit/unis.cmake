suanli_add_test(NAME test_unis_core
    SOURCES test_unis_login.cpp test_unis_envelope.cpp test_unis_client.cpp unisseed.h
    LIBS suanli_unis suanli_sim Qt6::Network
    TIMEOUT 120)
suanli_add_test(NAME test_unis_mapping
    SOURCES test_unis_mapping.cpp test_unis_provider.cpp unisseed.h
    LIBS suanli::platforms Qt6::Network
    TIMEOUT 120)
