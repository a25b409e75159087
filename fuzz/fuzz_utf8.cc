// fuzz_utf8 — UTF-8 repair, the code point readers and UTF-16 offsets (text.h) on any bytes.
//
// Checks, against a decoder written here apart from text.cc:
//  - repair_utf8 gives valid UTF-8; valid NUL-free input comes back unchanged with no note; each
//    note is at an increasing byte of the input, and each replaced sequence is one U+FFFD;
//  - the repair has the UTF-16 length a browser's decoder gives the input (each maximal invalid
//    subsequence one U+FFFD), except that an encoded surrogate (ED A0..BF 80..BF) counts one unit,
//    as text.h documents;
//  - next_code_point and decode_utf8 walk the input in the same steps as the repair;
//  - Utf16Index maps every code point boundary of the repair to its UTF-16 offset and back, and a
//    byte inside a sequence to the start of that sequence;
//  - fold() of the input and of the repair is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check.h"
#include "triangulate/text.h"

namespace {

// UTF-16 units a WHATWG decoder gives `s` (maximal subparts replaced), with one unit for an
// encoded surrogate. Also counts the replacements it makes.
size_t reference_units(std::string_view s, size_t* replaced) {
  size_t units = 0, i = 0;
  *replaced = 0;
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < s.size()) {
    const unsigned char c = b(i);
    if (c < 0x80) {
      ++units;
      ++i;
      continue;
    }
    if (c == 0xED && i + 2 < s.size() && b(i + 1) >= 0xA0 && b(i + 1) <= 0xBF && b(i + 2) >= 0x80 &&
        b(i + 2) <= 0xBF) {
      ++units;
      ++*replaced;
      i += 3;
      continue;
    }
    size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) need = 2, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4) need = 3, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    size_t j = i + 1, got = 0;
    while (got < need && j < s.size() && b(j) >= (got == 0 ? lo : 0x80) && b(j) <= (got == 0 ? hi : 0xBF)) {
      ++j;
      ++got;
    }
    if (need > 0 && got == need) {
      units += need == 3 ? 2 : 1;
    } else {
      ++units;  // the maximal invalid subpart s[i, j), or the lone byte
      ++*replaced;
    }
    i = j;
  }
  return units;
}

size_t count_replacements(std::string_view s) {
  size_t n = 0;
  for (size_t p = s.find("\xEF\xBF\xBD"); p != std::string_view::npos; p = s.find("\xEF\xBF\xBD", p + 3)) ++n;
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const tri::Repair rep = tri::repair_utf8(in);
  const std::string& out = rep.text;
  FUZZ_CHECK(fuzz::valid_utf8(out), "repair is not valid UTF-8");
  const bool clean = fuzz::valid_utf8(in) && in.find('\0') == std::string_view::npos;
  FUZZ_CHECK(!clean || (out == in && rep.notes.empty()), "valid input was changed");
  for (size_t k = 0; k < rep.notes.size(); ++k) {
    FUZZ_CHECK(rep.notes[k].byte < size && (k == 0 || rep.notes[k - 1].byte < rep.notes[k].byte),
               "note %zu at byte %zu out of order", k, rep.notes[k].byte);
    FUZZ_CHECK(rep.notes[k].what == "invalid-utf8" || rep.notes[k].what == "nul", "note %zu: %s", k,
               rep.notes[k].what.c_str());
  }

  size_t replaced = 0;
  const size_t units = reference_units(in, &replaced);
  size_t nuls = 0;
  for (char c : in) nuls += c == '\0';
  FUZZ_CHECK(rep.notes.size() == replaced + nuls, "%zu notes for %zu replacements and %zu NULs", rep.notes.size(),
             replaced, nuls);
  FUZZ_CHECK(count_replacements(out) == count_replacements(in) + rep.notes.size(), "U+FFFD count differs");
  FUZZ_CHECK(tri::utf16_length(out) == units, "UTF-16 length %zu, a decoder gives %zu", tri::utf16_length(out),
             units);
  FUZZ_CHECK(fuzz::utf16(out).size() == units, "independent UTF-16 length differs");

  // The readers step through the input exactly as the repair does.
  std::string rebuilt;
  for (size_t i = 0; i < size;) {
    char32_t cp = 0;
    const size_t len = tri::next_code_point(in, i, &cp);
    FUZZ_CHECK(len >= 1 && len <= 4 && i + len <= size, "next_code_point took %zu bytes at %zu", len, i);
    size_t j = i;
    const char32_t cp2 = tri::decode_utf8(in, j);
    FUZZ_CHECK(cp2 == cp && (j == i + len || (cp == 0xFFFD && j == i + 1)), "decode_utf8 differs at %zu", i);
    tri::append_utf8(rebuilt, cp == 0 ? 0xFFFD : cp);
    i += len;
  }
  FUZZ_CHECK(rebuilt == out, "next_code_point walk differs from repair_utf8");

  const tri::Utf16Index ix(out);
  size_t u = 0;
  for (size_t i = 0; i <= out.size();) {
    FUZZ_CHECK(ix.to_utf16(i) == u, "to_utf16(%zu) = %zu, expected %zu", i, ix.to_utf16(i), u);
    FUZZ_CHECK(ix.to_byte(u) == i, "to_byte(%zu) = %zu, expected %zu", u, ix.to_byte(u), i);
    if (i == out.size()) break;
    const unsigned char c = static_cast<unsigned char>(out[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    for (size_t k = 1; k < len; ++k) FUZZ_CHECK(ix.to_utf16(i + k) == u, "to_utf16 inside a sequence at %zu", i + k);
    u += len == 4 ? 2 : 1;
    i += len;
  }
  FUZZ_CHECK(ix.to_utf16(out.size() + 10) == u, "to_utf16 past the end is not clamped");

  FUZZ_CHECK(fuzz::valid_utf8(tri::fold(in)), "fold(input) is not valid UTF-8");
  FUZZ_CHECK(fuzz::valid_utf8(tri::fold(out)), "fold(repair) is not valid UTF-8");
  return 0;
}
