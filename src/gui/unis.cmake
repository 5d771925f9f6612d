# The 紫光 UNIS 算力平台's part of the GUI. Included by src/gui/CMakeLists.txt.
target_sources(suanli_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/unisaccountheader.cpp ${CMAKE_CURRENT_LIST_DIR}/unisaccountheader.h
    ${CMAKE_CURRENT_LIST_DIR}/unisdevenvdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/unisdevenvdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/unispanels.cpp ${CMAKE_CURRENT_LIST_DIR}/unispanels.h
    ${CMAKE_CURRENT_LIST_DIR}/unispodsview.cpp ${CMAKE_CURRENT_LIST_DIR}/unispodsview.h
    ${CMAKE_CURRENT_LIST_DIR}/unisquotapanel.cpp ${CMAKE_CURRENT_LIST_DIR}/unisquotapanel.h
    ${CMAKE_CURRENT_LIST_DIR}/unisspecspage.cpp ${CMAKE_CURRENT_LIST_DIR}/unisspecspage.h
    ${CMAKE_CURRENT_LIST_DIR}/unistaskdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/unistaskdialog.h)
