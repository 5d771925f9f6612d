find_package(Qt6 REQUIRED COMPONENTS Test)
# The uploader through the real UNIS client against the simulated file service over loopback.
suanli_add_test(NAME test_unis_upload
    SOURCES unisuploadfixture.h test_unis_upload.cpp
    LIBS suanli::transfer suanli_sim Qt6::Network Qt6::Test
    LABELS integration transfer
    TIMEOUT 300)
suanli_add_test(NAME test_unis_upload_stack
    SOURCES test_unis_upload_stack.cpp
    LIBS suanli::transfer suanli_sim Qt6::Network Qt6::Test
    LABELS integration transfer
    TIMEOUT 120)
