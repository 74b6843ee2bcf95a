# Windows: an NSIS installer holding confab.exe, confab-cli.exe and the Qt they need.
# windeployqt collects Qt's DLLs, plugins and QML modules next to the program at install
# time (Qt >= 6.3 provides qt_generate_deploy_qml_app_script for this).
qt_generate_deploy_qml_app_script(
    TARGET confab
    OUTPUT_SCRIPT confab_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${confab_deploy_script})

set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_DISPLAY_NAME "Confab")
set(CPACK_NSIS_PACKAGE_NAME "Confab")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/confab.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/confab.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_URL_INFO_ABOUT "https://confab.app")
set(CPACK_NSIS_CREATE_ICONS_EXTRA
    "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\Confab.lnk' '$INSTDIR\\\\bin\\\\confab.exe'")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "Delete '$SMPROGRAMS\\\\$START_MENU\\\\Confab.lnk'")
