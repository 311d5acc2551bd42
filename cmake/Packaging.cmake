# A Debian package of the installed tree (scripts/package.sh runs cpack -G DEB).
# dpkg-shlibdeps finds the shared libraries the executables link (Qt Widgets, Network, Sql, HttpServer,
# QtKeychain …); what is loaded at run time as a plug-in is listed by hand: the X11/Wayland platform plug-ins
# and the SQLite driver of QtSql.
set(CPACK_PACKAGE_NAME osmdesk)
set(CPACK_PACKAGE_VENDOR "The OSM Desk developers")
set(CPACK_PACKAGE_CONTACT "The OSM Desk developers <osmdesk@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "OSM Desk manages Huawei Cloud support cases through the OSM REST API: case list, messages and\nattachments, case creation, and the osmctl command-line client.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
# Qt's own translations (dialog buttons) and a Secret Service for the keychain are welcome but optional:
# without a keychain the app keeps secrets for the session only and says so.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${OSM_HOMEPAGE}")
set(CPACK_STRIP_FILES ON)
include(CPack)
