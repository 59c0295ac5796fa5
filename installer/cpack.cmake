# CPack: a .deb for Debian 12 and a relocatable .tar.gz of the same files. `make package`
# configures a Release build for it (CMakePresets.json, preset "package") with /usr as prefix
# and without the source tree's datasets/ among the places searched.
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME "dpatlas")
set(CPACK_PACKAGE_VENDOR "Dual Power Atlas")
set(CPACK_PACKAGE_CONTACT "Dual Power Atlas developers <maintainers@users.noreply.r-seed-446d1aa7.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "historical GIS of dual power: who controlled what, when")
# The extended description of the .deb: lines under 80 characters (lintian), "." between
# paragraphs (Debian's control syntax).
set(CPACK_PACKAGE_DESCRIPTION
"Dual Power Atlas maps episodes of dual power, when two authorities claim the
same territory at once. For every district, garrison and bridge it records who
claimed it and who controlled it, with dates and sources, and draws the control
map of any day; it charts how much ground each side held and exports maps,
animations and GIS layers.
.
Four case studies are included: Petrograd 1917, the Paris Commune of 1871,
Catalonia 1936-37 and northeast Syria since 2012. The package has the desktop
atlas (dpatlas) and the command-line tool (dpatlas-cli).")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)   # Debian ships binaries without their symbol tables

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # dpatlas_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Shared libraries: computed by dpkg-shlibdeps from the binaries (dpkg-dev), not listed here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see: Qt loads its platform plugins (xcb, offscreen) at run time,
# and they are only a Recommends of Qt's GUI library. (PROJ's database, proj-data, is already a
# Depends of libproj25.) Qt's own words in our languages (dialog buttons, key names such as
# "Maj+Gauche" in the shortcuts table) come from qtbase_*.qm, which no library depends on.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
