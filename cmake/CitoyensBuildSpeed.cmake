# What makes a clean build (CI's, from a fresh clone, no compiler cache) shorter without
# changing what is compiled or checked: precompiled Qt headers and a faster linker.
# Included by the top-level CMakeLists.txt after the warning options, which every target
# here shares.

# -- Precompiled headers --------------------------------------------------------------------
# Three precompiled headers for the whole tree, one per kind of code, each built once by a tiny
# donor target and reused by every library and test of its kind (REUSE_FROM): QtCore alone;
# QtCore + Network + Sql (the server, the client's engine, the server tests); and those + the
# Widgets (the client's pages and the GUI tests). Only Qt's public headers are in them, never
# one of ours, so editing our headers rebuilds no precompiled header. QtTest is left out: its
# headers test QT_TESTCASE_BUILDDIR/SOURCEDIR, defined differently in every test folder, which
# would make the header unusable elsewhere. GCC refuses a precompiled header built with other
# flags or macros (CMake adds -Winvalid-pch, an error under CITOYENS_WERROR), so a mismatch
# fails the build instead of silently compiling without it.
# With ccache: CCACHE_SLOPPINESS=pch_defines,time_macros (set below for a ccache launcher).
option(CITOYENS_PCH "Precompile the Qt headers (one per kind of target, shared)" ON)

set(CITOYENS_PCH_CORE_HEADERS
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QLocale> <QObject>
    <QPointer> <QRegularExpression> <QSet> <QString> <QStringList> <QTimer> <QTimeZone> <QUrl>
    <QUrlQuery> <QUuid> <QVariant>)
set(CITOYENS_PCH_NET_HEADERS ${CITOYENS_PCH_CORE_HEADERS}
    <QAbstractTableModel> <QNetworkAccessManager> <QNetworkReply> <QSqlDatabase> <QSqlError>
    <QSqlQuery> <QSslConfiguration> <QSslSocket> <QTcpServer>)
set(CITOYENS_PCH_WIDGETS_HEADERS ${CITOYENS_PCH_NET_HEADERS}
    <QAbstractButton> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QHBoxLayout>
    <QHeaderView> <QKeyEvent> <QLabel> <QLineEdit> <QListView> <QPushButton> <QShortcut>
    <QStackedWidget> <QStyle> <QTableView> <QVBoxLayout> <QWidget>)
set(CITOYENS_PCH_CORE_LIBS Qt6::Core)
set(CITOYENS_PCH_NET_LIBS Qt6::Core Qt6::Network Qt6::Sql)
set(CITOYENS_PCH_WIDGETS_LIBS Qt6::Core Qt6::Network Qt6::Sql Qt6::Widgets)

if(CITOYENS_PCH AND CMAKE_CXX_COMPILER_LAUNCHER MATCHES "ccache")
    # ccache only caches a compilation that uses a precompiled header when told it may.
    set(CMAKE_CXX_COMPILER_LAUNCHER
        ${CMAKE_COMMAND} -E env CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        ${CMAKE_CXX_COMPILER_LAUNCHER})
endif()

# citoyens_use_pch(TARGET KIND): TARGET compiles with the shared precompiled header of KIND
# (CORE, NET or WIDGETS), made on first use.
function(citoyens_use_pch target kind)
    if(NOT CITOYENS_PCH)
        return()
    endif()
    string(TOLOWER "citoyens_pch_${kind}" donor)
    if(NOT TARGET ${donor})
        set(src ${PROJECT_BINARY_DIR}/pch/${donor}.cpp)
        if(NOT EXISTS ${src})
            file(WRITE ${src} "// The donor of a shared precompiled header: nothing to compile.\n")
        endif()
        add_library(${donor} OBJECT ${src})
        target_link_libraries(${donor} PRIVATE ${CITOYENS_PCH_${kind}_LIBS})
        set_target_properties(${donor} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
        target_precompile_headers(${donor} PRIVATE ${CITOYENS_PCH_${kind}_HEADERS})
    endif()
    target_precompile_headers(${target} REUSE_FROM ${donor})
endfunction()

# -- Linker ---------------------------------------------------------------------------------
# lld links the ~90 debug executables several times faster than ld.bfd; gold next. AUTO takes
# the first that links here; DEFAULT leaves the compiler's choice.
set(CITOYENS_LINKER AUTO CACHE STRING "Linker: AUTO (lld, gold, default), LLD, GOLD or DEFAULT")
set_property(CACHE CITOYENS_LINKER PROPERTY STRINGS AUTO LLD GOLD DEFAULT)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang" AND NOT CITOYENS_LINKER STREQUAL "DEFAULT")
    include(CheckLinkerFlag)
    if(CITOYENS_LINKER STREQUAL "AUTO")
        set(_candidates lld gold)
    else()
        string(TOLOWER "${CITOYENS_LINKER}" _candidates)
    endif()
    foreach(_ld IN LISTS _candidates)
        check_linker_flag(CXX "-fuse-ld=${_ld}" CITOYENS_HAVE_LD_${_ld})
        if(CITOYENS_HAVE_LD_${_ld})
            add_link_options(-fuse-ld=${_ld})
            message(STATUS "Linker: ${_ld}")
            break()
        endif()
    endforeach()
endif()
