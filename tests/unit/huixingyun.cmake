suanli_add_test(NAME test_huixingyun_mapping
    SOURCES test_huixingyun_mapping.cpp
    LIBS suanli_huixingyun)
