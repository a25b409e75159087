// text.h — UTF-8 repair, UTF-16 offsets, and the normalised form used for matching.
//
// Everything in the core works on UTF-8 bytes and keeps [begin, end) byte offsets into the
// source text. JavaScript indexes strings in UTF-16 code units, so offsets are converted at the
// JSON boundary with a Utf16Index. Matching never looks at the raw text: it looks at the
// normalised form (fold), which never changes what is shown.
//
// Example:
//   tri::Repair r = tri::repair_utf8("caf\xC3\xA9 \xFF!");   // r.text == "café \uFFFD!"
//   r.bad_bytes == {6}                                        // where the invalid byte was
//   tri::Utf16Index ix(r.text);  ix.to_utf16(6) == 5          // "café " is 5 UTF-16 units
//   tri::fold("Ｃafé’s ﬁne") == "cafe's fine"
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tri {

/// One repair made to the input bytes.
struct RepairNote {
  size_t byte = 0;        ///< byte position in the input as given
  std::string what;       ///< "invalid-utf8" or "nul"
};

/// The result of repair_utf8(): valid UTF-8 whose UTF-16 length and offsets equal those of the input
/// as JavaScript would see it.
struct Repair {
  std::string text;
  std::vector<RepairNote> notes;  ///< empty when the input was valid and free of NUL bytes
};

/// Returns `in` as valid UTF-8. Each maximal invalid subsequence becomes U+FFFD; an encoded lone
/// surrogate (ED A0..BF xx, as WTF-8/CESU-8 writers produce) becomes one U+FFFD, so it keeps the
/// single UTF-16 unit it has in JavaScript; a NUL byte becomes U+FFFD. Never fails.
Repair repair_utf8(std::string_view in);

/// Decodes one code point of valid UTF-8 at `i`, advancing `i`. Returns U+FFFD on malformed input
/// (advancing by one byte), so it always terminates.
char32_t decode_utf8(std::string_view s, size_t& i);

/// Reads the code point at s[i] (i < s.size()) into `cp` and returns the bytes it took. A
/// malformed sequence gives U+FFFD for its maximal invalid prefix (at least one byte), an encoded
/// surrogate one U+FFFD for its three bytes: the same units repair_utf8() replaces.
size_t next_code_point(std::string_view s, size_t i, char32_t* cp);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Number of UTF-16 code units of valid UTF-8 text (a code point above U+FFFF counts 2).
size_t utf16_length(std::string_view valid_utf8);

/// Converts byte offsets of one valid UTF-8 text to UTF-16 code unit offsets. Builds a checkpoint
/// table (one entry per 64 bytes), so memory is small and each lookup scans at most 64 bytes.
class Utf16Index {
 public:
  explicit Utf16Index(std::string_view valid_utf8);
  /// UTF-16 offset of byte offset `byte` (clamped to the text length; a byte inside a multi-byte
  /// sequence maps to the start of that sequence).
  size_t to_utf16(size_t byte) const;
  /// Byte offset of UTF-16 offset `unit` (inverse of to_utf16 on code point boundaries).
  size_t to_byte(size_t unit) const;

 private:
  std::string_view text_;
  std::vector<uint32_t> checkpoints_;  // UTF-16 offset at byte k*64, adjusted to a boundary
};

/// The normalised form used for matching: lower case; curly quotes and apostrophes to ' and ";
/// dashes to -; no-break and other spaces to ' '; ligatures expanded; diacritics removed from
/// Latin letters; full-width ASCII to ASCII. Other characters pass through (lower-cased where
/// simple). Invalid UTF-8 is read as U+FFFD.
std::string fold(std::string_view utf8);

/// Appends the folded form of one code point to `out` (the building block of fold()).
void fold_codepoint(char32_t cp, std::string& out);

/// Character classes on code points (ASCII plus the common Unicode letters used in news text).
bool is_letter(char32_t cp);
bool is_upper(char32_t cp);
bool is_digit(char32_t cp);
bool is_space(char32_t cp);        ///< includes no-break and other Unicode spaces
bool is_dash(char32_t cp);         ///< hyphen-minus and the Unicode dashes
bool is_combining(char32_t cp);    ///< combining marks (kept with the letter before them)
bool is_cjk(char32_t cp);          ///< CJK ideographs, kana, hangul (each may end a sentence with 。)

}  // namespace tri
