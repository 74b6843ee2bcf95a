# macOS: Confab.app with its Info.plist and icon, the Qt frameworks and QML modules copied
# in by macdeployqt (through Qt's deploy script), in a DMG to drag to Applications.
set_target_properties(confab PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER app.confab.Confab
    MACOSX_BUNDLE_BUNDLE_NAME Confab
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE Confab.icns)
target_sources(confab PRIVATE ${CMAKE_CURRENT_LIST_DIR}/Confab.icns)
set_source_files_properties(${CMAKE_CURRENT_LIST_DIR}/Confab.icns
                            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

qt_generate_deploy_qml_app_script(
    TARGET confab
    OUTPUT_SCRIPT confab_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${confab_deploy_script})

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME Confab)
set(CPACK_DMG_FORMAT UDZO)
