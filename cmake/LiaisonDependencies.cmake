# Every dependency is a Debian package. All of them are PRIVATE to the library:
# nothing under include/ names any of them.
find_package(SQLiteCpp REQUIRED)
find_package(fmt REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Threads REQUIRED)

# libphonenumber ships no CMake config in Debian; its headers need Protobuf's.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
find_package(Protobuf REQUIRED)
add_library(liaison_phonenumber INTERFACE)
target_include_directories(liaison_phonenumber SYSTEM INTERFACE ${PHONENUMBER_INCLUDE_DIR})
target_link_libraries(liaison_phonenumber INTERFACE ${PHONENUMBER_LIBRARY} protobuf::libprotobuf)

if(LIAISON_EXAMPLES)
  find_package(CLI11 REQUIRED)
endif()
if(LIAISON_TESTS)
  find_package(Boost 1.71 REQUIRED COMPONENTS unit_test_framework)
endif()
