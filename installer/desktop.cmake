# The desktop entry, the AppStream metadata and the icon (one SVG; the PNG sizes that menus and
# software centres ask for are rendered from it at build time with rsvg-convert).
set(DPATLAS_APP_ID io.github.dpatlas.dualpoweratlas)
install(FILES desktop/${DPATLAS_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES desktop/${DPATLAS_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES icons/dpatlas.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

find_program(RSVG_CONVERT rsvg-convert)
if(NOT RSVG_CONVERT)
  message(FATAL_ERROR "rsvg-convert not found: it renders the icon's PNG sizes. "
                      "Install librsvg2-bin (make deps does).")
endif()
foreach(size 16 22 24 32 48 64 128 256)
  set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/dpatlas.png)
  add_custom_command(OUTPUT ${png}
    COMMAND ${CMAKE_COMMAND} -E make_directory icons/${size}x${size}
    COMMAND ${RSVG_CONVERT} --width ${size} --height ${size} --output ${png}
            ${CMAKE_CURRENT_SOURCE_DIR}/icons/dpatlas.svg
    DEPENDS icons/dpatlas.svg VERBATIM)
  list(APPEND DPATLAS_INSTALLER_OUTPUTS ${png})
  install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
