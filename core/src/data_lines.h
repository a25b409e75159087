// data_lines.h — internal: the lines of an engine data file (core/data/), read one by one.
// Blank lines and lines starting with '#' (the headers) are skipped; a '\r' before the '\n' is
// dropped.
//
// Example:
//   DataLines lines{"# header\nfirst\n\nsecond\n"};
//   std::string_view line;
//   while (lines.next(&line)) { ... }  // "first", then "second"
#pragma once

#include <cstddef>
#include <string_view>

namespace tri {

struct DataLines {
  std::string_view text;
  size_t pos = 0;
  /// The next line that is not empty and not a comment; false at the end.
  bool next(std::string_view* line) {
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      if (end == std::string_view::npos) end = text.size();
      std::string_view l = text.substr(pos, end - pos);
      pos = end + 1;
      if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
      if (l.empty() || l[0] == '#') continue;
      *line = l;
      return true;
    }
    return false;
  }
};

}  // namespace tri
