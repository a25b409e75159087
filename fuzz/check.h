// check.h — what the fuzz harnesses share: invariant checks that abort with a message (libFuzzer
// then saves the input as a crash), a UTF-8 validator and a UTF-8 to UTF-16 converter written
// apart from the core's own (so the harnesses check the core against something independent), and
// the checks of a whole comparison result and of its JSON.
//
// Example:
//   FUZZ_CHECK(units[k].begin < units[k].end, "unit %zu is empty", k);
//   fuzz::check_result(result);                  // offsets, order, links, groups
//   fuzz::check_result_json(result, json_text);  // parses, and every UTF-16 offset slices the text
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "triangulate/triangulate.h"

#define FUZZ_CHECK(cond, ...)                                                   \
  do {                                                                          \
    if (!(cond)) {                                                              \
      std::fprintf(stderr, "\ninvariant failed at %s:%d: %s\n  ", __FILE__, __LINE__, #cond); \
      std::fprintf(stderr, __VA_ARGS__);                                        \
      std::fprintf(stderr, "\n");                                               \
      std::abort();                                                             \
    }                                                                           \
  } while (0)

namespace fuzz {

/// True when `s` is well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF).
bool valid_utf8(std::string_view s);

/// The UTF-16 form of well-formed UTF-8 `s` (call valid_utf8 first).
std::u16string utf16(std::string_view s);

/// True when byte `i` of `s` starts a code point (or is s.size()).
bool on_boundary(std::string_view s, size_t i);

/// Aborts unless `units` (of valid UTF-8 `text`) are non-empty, trimmed, at most kMaxUnitBytes,
/// on code point boundaries, in text order without overlap, with paragraphs in order and `of`
/// set exactly on duplicates and in range. `who` names the text in messages.
void check_units(std::string_view text, const std::vector<tri::Unit>& units, const char* who);

/// Aborts unless every unit, link, discrepancy, group and pair of `r` is in range and in order,
/// and every text is valid UTF-8. `r` must be ok().
void check_result(const tri::Result& r);

/// Aborts unless `json` (tri::to_json(r)) is valid UTF-8 and valid JSON with the contract's
/// shape, and every UTF-16 start/end in it slices exactly the text it carries out of the source
/// text it points into.
void check_result_json(const tri::Result& r, std::string_view json);

}  // namespace fuzz
