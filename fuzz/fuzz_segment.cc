// fuzz_segment — segmentation and tokens (segment.h, tokens.h) on any bytes, repaired first as
// compare() does.
//
// Checks: units are non-empty, trimmed, at most kMaxUnitBytes, on code point boundaries, in order
// without overlap, with `of` set exactly on duplicates (check_units), before and after
// mark_restatements; each unit's tokens lie inside it, in order without overlap, on code point
// boundaries, with a non-empty valid UTF-8 normal form and stem.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check.h"
#include "triangulate/segment.h"
#include "triangulate/text.h"
#include "triangulate/tokens.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const tri::Repair rep = tri::repair_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  const std::string& text = rep.text;
  std::vector<tri::Unit> units = tri::segment(text);
  fuzz::check_units(text, units, "segment");

  std::vector<std::vector<tri::Token>> tokens(units.size());
  for (size_t k = 0; k < units.size(); ++k) {
    const tri::Unit& u = units[k];
    tokens[k] = tri::tokenize(text, u.begin, u.end);
    size_t prev = u.begin;
    for (size_t t = 0; t < tokens[k].size(); ++t) {
      const tri::Token& tok = tokens[k][t];
      FUZZ_CHECK(tok.begin >= prev && tok.begin < tok.end && tok.end <= u.end,
                 "unit %zu token %zu [%zu, %zu) outside [%zu, %zu) or overlapping", k, t, tok.begin, tok.end, prev,
                 u.end);
      FUZZ_CHECK(fuzz::on_boundary(text, tok.begin) && fuzz::on_boundary(text, tok.end),
                 "unit %zu token %zu cuts a code point", k, t);
      FUZZ_CHECK(fuzz::valid_utf8(tok.norm) && fuzz::valid_utf8(tok.stem), "unit %zu token %zu: invalid UTF-8", k,
                 t);
      FUZZ_CHECK(!tok.norm.empty() || tok.type == tri::TokenType::kPunct, "unit %zu token %zu: empty form", k, t);
      prev = tok.end;
    }
  }
  tri::mark_restatements(units, tokens);
  fuzz::check_units(text, units, "after mark_restatements");
  return 0;
}
