# The `citoyens` executable: the composition root (Application) and main(). Included by
# app/CMakeLists.txt once Application.cpp exists; citoyens_ui is defined later in the tree,
# which CMake resolves at generation time.
add_executable(citoyens WIN32 MACOSX_BUNDLE
    ${CMAKE_CURRENT_LIST_DIR}/main.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Application.cpp ${CMAKE_CURRENT_LIST_DIR}/Application.h)
target_link_libraries(citoyens PRIVATE citoyens_core citoyens_ui Qt6::Widgets)
target_compile_definitions(citoyens PRIVATE CITOYENS_VERSION="${PROJECT_VERSION}")
