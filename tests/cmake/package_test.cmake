# Builds and runs tests/cmake/consumer against Triangulate, the way fmt's find-package-test does:
#   cmake -DMODE=find_package -DBUILD_DIR=build -DSOURCE_DIR=. -DWORK=/tmp/x -P package_test.cmake
#   MODE=find_package      `cmake --install BUILD_DIR` into WORK/stage, moves the tree to
#                          WORK/prefix (so a path left pointing at the build or the stage breaks
#                          the test), checks the installed files, then builds the consumer with
#                          find_package(triangulate CONFIG REQUIRED) from that prefix.
#   MODE=add_subdirectory  builds the consumer with add_subdirectory(SOURCE_DIR).
# Either way the consumer must build, run and print "consumer: ok". Optional: GENERATOR, VERSION
# (the version the library must report; default: package.json's).
foreach(v MODE BUILD_DIR SOURCE_DIR WORK)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "package_test.cmake: -D${v}=... is required")
  endif()
endforeach()
if(NOT DEFINED VERSION)
  file(READ ${SOURCE_DIR}/package.json pkg)
  string(REGEX MATCH "\"version\"[ \t\r\n]*:[ \t\r\n]*\"([0-9]+\\.[0-9]+\\.[0-9]+)" _ "${pkg}")
  set(VERSION ${CMAKE_MATCH_1})
endif()
set(gen)
if(GENERATOR)
  set(gen -G ${GENERATOR})
endif()

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " cmd "${ARGN}")
    message(FATAL_ERROR "failed (${rc}): ${cmd}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(consumer_args -S ${CMAKE_CURRENT_LIST_DIR}/consumer -B ${WORK}/consumer-build ${gen}
    -DTRI_CONSUME=${MODE} -DTRI_EXPECTED_VERSION=${VERSION})
if(CXX)  # the compiler the package was built with (a sanitized build needs clang's runtime)
  list(APPEND consumer_args -DCMAKE_CXX_COMPILER=${CXX})
endif()

if(MODE STREQUAL "find_package")
  run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${WORK}/stage)
  file(RENAME ${WORK}/stage ${WORK}/prefix)
  foreach(f include/triangulate/triangulate.h include/triangulate/json.h
            lib/cmake/triangulate/triangulate-config.cmake
            lib/cmake/triangulate/triangulate-config-version.cmake
            lib/cmake/triangulate/triangulate-targets.cmake
            bin/triangulate share/doc/triangulate/LICENSE share/doc/triangulate/THIRD_PARTY_NOTICES.md)
    if(NOT EXISTS ${WORK}/prefix/${f})
      # Some platforms install to lib64/: accept it for the library's files.
      string(REPLACE "lib/" "lib64/" f64 "${f}")
      if(NOT EXISTS ${WORK}/prefix/${f64})
        message(FATAL_ERROR "not installed: ${f}")
      endif()
    endif()
  endforeach()
  file(GLOB_RECURSE installed_sources ${WORK}/prefix/*.cc ${WORK}/prefix/*.txt)
  if(installed_sources)
    message(FATAL_ERROR "sources or data installed loose (the library must carry them): ${installed_sources}")
  endif()
  file(GLOB_RECURSE stale RELATIVE ${WORK}/prefix ${WORK}/prefix/*.cmake)
  foreach(f ${stale})
    file(READ ${WORK}/prefix/${f} text)
    foreach(bad ${BUILD_DIR} ${SOURCE_DIR} ${WORK}/stage)
      get_filename_component(bad ${bad} ABSOLUTE)
      string(FIND "${text}" "${bad}" at)
      if(NOT at EQUAL -1)
        message(FATAL_ERROR "${f} names ${bad}: the install is not relocatable")
      endif()
    endforeach()
  endforeach()
  run(${CMAKE_COMMAND} ${consumer_args} -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=${WORK}/prefix
      -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON)
  get_filename_component(expected_dir ${WORK}/prefix ABSOLUTE)
  string(FIND "${last_output}" "triangulate ${VERSION} from ${expected_dir}/" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "find_package did not find the installed package:\n${last_output}")
  endif()
elseif(MODE STREQUAL "add_subdirectory")
  # The whole core is compiled here: unoptimised and without debug information, to keep the
  # test quick (what it checks is that the targets wire up, not the speed of the engine).
  run(${CMAKE_COMMAND} ${consumer_args} -DTRI_SOURCE_DIR=${SOURCE_DIR}
      -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O0")
else()
  message(FATAL_ERROR "MODE must be find_package or add_subdirectory")
endif()

run(${CMAKE_COMMAND} --build ${WORK}/consumer-build --target consumer -j 2)
file(GLOB consumer_exe ${WORK}/consumer-build/consumer ${WORK}/consumer-build/consumer.exe
     ${WORK}/consumer-build/*/consumer.exe)
list(GET consumer_exe 0 consumer_exe)
run(${consumer_exe})
message("${last_output}")
string(FIND "${last_output}" "consumer: ok" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the consumer did not report ok")
endif()
file(REMOVE_RECURSE ${WORK})
