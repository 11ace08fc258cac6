// Checks of command-line values that several commands share.
#ifndef LIAISON_CLI_VALIDATORS_HPP
#define LIAISON_CLI_VALIDATORS_HPP

#include <CLI/CLI.hpp>

#include <string>

namespace liaison_cli {

/// A number of records (--limit, --offset). Checked as text: CLI11 would
/// otherwise wrap "-1" round to a huge size_t.
inline const CLI::Validator count_validator(
    [](std::string& text) -> std::string {
      const bool digits =
          !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
      return digits ? "" : "'" + text + "' is not a number of records";
    },
    "N");

}  // namespace liaison_cli

#endif
