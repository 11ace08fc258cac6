// Stores a person through the installed C++ API and finds her again.
#include <liaison/liaison.hpp>

#include <cstring>
#include <iostream>

int main() {
  try {
    if (std::strcmp(liaison::version(), LIAISON_VERSION_STRING) != 0) return 1;
    liaison::Directory directory = liaison::Directory::open(":memory:");
    liaison::Person person;
    person.given_names = "Sara";
    person.family_names =
        "\xC3\x87"
        "apaliku";
    directory.add_person(person);
    const auto hits = directory.search("capaliku");
    if (hits.size() != 1 || hits.front().name !=
                                "Sara \xC3\x87"
                                "apaliku") {
      std::cerr << "cpp_consumer: expected one hit, got " << hits.size() << '\n';
      return 1;
    }
    std::cout << "cpp_consumer: " << hits.front().name << '\n';
    return 0;
  } catch (const liaison::Error& error) {
    std::cerr << "cpp_consumer: " << error.what() << '\n';
    return 1;
  }
}
