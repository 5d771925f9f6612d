# 元境: the cookie session kept as a secret (core), the JSON mapping and the NDJSON stream parser.
suanli_add_test(NAME test_sessioncookiejar
    SOURCES test_sessioncookiejar.cpp
    LIBS suanli::core)

suanli_add_test(NAME test_yuanjing_mapping
    SOURCES test_yuanjing_mapping.cpp test_yuanjing_streamparser.cpp
    LIBS suanli_yuanjing)
