# Runs lupdate over the sources into copies of i18n/*.ts (the files themselves are left alone)
# and fails, naming them, if it had to add strings: every tr() of the code must be in every
# language's file, translated (tests/i18n/testtranslations.cpp checks what the files hold).
# Arguments: LUPDATE, OPTIONS (the sources list and include paths), TS_FILES, WORK (a folder).
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(copies "")
foreach(ts IN LISTS TS_FILES)
  get_filename_component(name "${ts}" NAME)
  file(COPY_FILE "${ts}" "${WORK}/${name}")
  list(APPEND copies "${WORK}/${name}")
endforeach()
execute_process(COMMAND "${LUPDATE}" ${OPTIONS} -locations none -ts ${copies}
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${status}):\n${output}")
endif()
set(report "")
foreach(copy IN LISTS copies)
  file(READ "${copy}" text)
  # A message lupdate added: its source, perhaps comments, then an unfinished translation.
  string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<[a-z]*comment>[^<]*</[a-z]*comment>[^<]*)*<translation type=\"unfinished\""
         added "${text}")
  list(LENGTH added count)
  if(count GREATER 0)
    get_filename_component(name "${copy}" NAME)
    string(APPEND report "\n${name}: ${count} string(s) of the code are not in it:")
    foreach(message IN LISTS added)
      string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" source "${message}")
      string(APPEND report "\n  ${source}")
    endforeach()
  endif()
endforeach()
if(NOT report STREQUAL "")
  message(FATAL_ERROR "${report}\nRun `cmake --build --preset default --target dpatlas_lupdate`, then translate the "
                      "new entries in each i18n/*.ts (Qt Linguist, or by hand) and remove their type=\"unfinished\".")
endif()
message(STATUS "every tr() string of the code is in ${TS_FILES}")
