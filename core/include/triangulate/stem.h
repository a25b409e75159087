// stem.h — the Porter2 (Snowball English) stemmer.
//
// Reproduces the Snowball "english" algorithm (the current Snowball 3 version, with the
// 2023 undoubling rules), including its exceptional forms and the Y/y handling.
//
// Example:
//   tri::stem_english("generously") == "generous"
//   tri::stem_english("honoured")   == "honour"
//   tri::stem_english("skies")      == "sky"
#pragma once

#include <string>
#include <string_view>

namespace tri {

/// Stems one lower-case English word. Words of one or two letters, and words that contain
/// characters other than ASCII letters and apostrophes, are returned unchanged (lower-case
/// ASCII in, lower-case ASCII out; never fails).
std::string stem_english(std::string_view word);

}  // namespace tri
