# osmdesk --demo --self-test with an unreadable local database: the app still starts and lists the cases,
# says in words that it started a new database and where the old file was kept, and the old file is there,
# untouched. Run as: cmake -DOSMDESK=<exe> -DWORK=<dir> -P DamagedStoreSmoke.cmake
file(REMOVE_RECURSE "${WORK}")
set(stores "${WORK}/data/OSMDesk/osmdesk/stores")
file(MAKE_DIRECTORY "${stores}")
string(REPEAT "this is not a database " 200 garbage)
file(WRITE "${stores}/demo.sqlite" "${garbage}")

execute_process(
  COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen "HOME=${WORK}/home" "XDG_DATA_HOME=${WORK}/data"
          "XDG_CONFIG_HOME=${WORK}/config" "${OSMDESK}" --demo --self-test
  RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 110)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "osmdesk exited with ${result}\n${out}\n${err}")
endif()
if(NOT out MATCHES "osmdesk: listed [0-9]+ of [0-9]+ cases")
  message(FATAL_ERROR "the cases were not listed:\n${out}\n${err}")
endif()
if(NOT err MATCHES "could not be read, so OSM Desk started a new local database")
  message(FATAL_ERROR "the damage was not reported:\n${err}")
endif()
file(GLOB aside "${stores}/demo.sqlite.damaged-*")
list(LENGTH aside count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one file set aside in ${stores}, found: ${aside}")
endif()
file(READ "${aside}" kept)
if(NOT kept STREQUAL garbage)
  message(FATAL_ERROR "the file set aside is not the old file")
endif()
if(NOT err MATCHES "The old file was kept here:")
  message(FATAL_ERROR "the message does not say where the old file is:\n${err}")
endif()
message(STATUS "damaged store set aside as ${aside}")
