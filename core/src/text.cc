// text.cc — UTF-8 repair, UTF-16 offsets, matching normalisation.
#include "triangulate/text.h"

#include <algorithm>

namespace tri {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of a valid sequence starting at s[i], or 0 when the bytes there are not valid UTF-8.
// On failure *bad_len receives the length of the maximal invalid subpart (at least 1), except that
// an encoded surrogate (ED A0..BF 80..BF) is reported as one 3-byte unit.
size_t valid_sequence(std::string_view s, size_t i, size_t* bad_len) {
  const auto b = [&](size_t k) -> unsigned { return static_cast<unsigned char>(s[k]); };
  const size_t n = s.size();
  const unsigned c = b(i);
  *bad_len = 1;
  if (c < 0x80) return 1;
  size_t len;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  // Encoded surrogate: one unit, as JavaScript sees it.
  if (c == 0xED && i + 2 < n && b(i + 1) >= 0xA0 && b(i + 1) <= 0xBF && b(i + 2) >= 0x80 &&
      b(i + 2) <= 0xBF) {
    *bad_len = 3;
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= n) return 0;
    const unsigned t = b(i + k);
    const unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (t < l || t > h) return 0;
    *bad_len = k + 1;
  }
  return len;
}

}  // namespace

Repair repair_utf8(std::string_view in) {
  Repair r;
  // Fast path: valid and NUL-free input is copied as is.
  size_t i = 0;
  const size_t n = in.size();
  r.text.reserve(n);
  while (i < n) {
    size_t bad = 0;
    const size_t len = valid_sequence(in, i, &bad);
    if (len == 1 && in[i] == '\0') {
      append_utf8(r.text, kReplacement);
      r.notes.push_back({i, "nul"});
      ++i;
    } else if (len > 0) {
      r.text.append(in.data() + i, len);
      i += len;
    } else {
      append_utf8(r.text, kReplacement);
      r.notes.push_back({i, "invalid-utf8"});
      i += bad;
    }
  }
  return r;
}

size_t next_code_point(std::string_view s, size_t i, char32_t* cp) {
  size_t bad = 0;
  const size_t len = valid_sequence(s, i, &bad);
  if (len == 0) {
    *cp = kReplacement;
    return bad;
  }
  size_t j = i;
  *cp = decode_utf8(s, j);
  return len;
}

char32_t decode_utf8(std::string_view s, size_t& i) {
  size_t bad = 0;
  const size_t len = valid_sequence(s, i, &bad);
  if (len == 0) {
    i += 1;
    return kReplacement;
  }
  const auto b = [&](size_t k) -> char32_t { return static_cast<unsigned char>(s[i + k]); };
  char32_t cp;
  switch (len) {
    case 1: cp = b(0); break;
    case 2: cp = ((b(0) & 0x1F) << 6) | (b(1) & 0x3F); break;
    case 3: cp = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F); break;
    default:
      cp = ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  }
  i += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// In valid UTF-8, a lead byte starts a code point; 4-byte leads need two UTF-16 units.
static inline size_t units_of_lead(unsigned char c) {
  if ((c & 0xC0) == 0x80) return 0;
  return c >= 0xF0 ? 2 : 1;
}

size_t utf16_length(std::string_view s) {
  size_t u = 0;
  for (unsigned char c : s) u += units_of_lead(c);
  return u;
}

Utf16Index::Utf16Index(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / 64 + 2);
  uint32_t u = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % 64 == 0) checkpoints_.push_back(u);
    u += static_cast<uint32_t>(units_of_lead(static_cast<unsigned char>(text[i])));
  }
  checkpoints_.push_back(u);  // sentinel for byte == size when size % 64 == 0
}

size_t Utf16Index::to_utf16(size_t byte) const {
  byte = std::min(byte, text_.size());
  // Move back to the start of the code point containing `byte`.
  while (byte > 0 && byte < text_.size() &&
         (static_cast<unsigned char>(text_[byte]) & 0xC0) == 0x80)
    --byte;
  const size_t k = byte / 64;
  size_t u = checkpoints_[std::min(k, checkpoints_.size() - 1)];
  for (size_t i = k * 64; i < byte; ++i) u += units_of_lead(static_cast<unsigned char>(text_[i]));
  return u;
}

size_t Utf16Index::to_byte(size_t unit) const {
  // Binary search the checkpoint block, then scan.
  size_t lo = 0, hi = checkpoints_.size() - 1;
  while (lo < hi) {
    const size_t mid = (lo + hi + 1) / 2;
    if (checkpoints_[mid] <= unit) lo = mid; else hi = mid - 1;
  }
  size_t i = std::min(lo * 64, text_.size());
  size_t u = checkpoints_[lo];
  while (i < text_.size()) {
    const size_t w = units_of_lead(static_cast<unsigned char>(text_[i]));
    if (w > 0 && u + w > unit) break;
    u += w;
    ++i;
  }
  while (i < text_.size() && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) ++i;
  return i;
}

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

bool is_combining(char32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x20D0 && c <= 0x20FF) ||
         (c >= 0xFE20 && c <= 0xFE2F) || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F);
}

bool is_cjk(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF) ||
         (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
}

bool is_letter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (c < 0xAA) return false;
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;  // Latin-1 letters, Extended A/B
  if (c >= 0x250 && c <= 0x2AF) return true;                   // IPA
  if (c >= 0x370 && c <= 0x3FF) return c != 0x37E && c != 0x387;  // Greek
  if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489);  // Cyrillic
  if (c >= 0x531 && c <= 0x587) return true;                   // Armenian
  if (c >= 0x5D0 && c <= 0x5EA) return true;                   // Hebrew
  if (c >= 0x620 && c <= 0x64A) return true;                   // Arabic
  if (c >= 0x671 && c <= 0x6D3) return true;
  if (c >= 0x900 && c <= 0xDFF) return !is_combining(c);       // Indic (approximate)
  if (c >= 0xE01 && c <= 0xE30) return true;                   // Thai
  if (c >= 0x1E00 && c <= 0x1EFF) return true;                 // Latin Extended Additional
  if (c >= 0xFB00 && c <= 0xFB06) return true;                 // Latin ligatures
  if (c >= 0xFF21 && c <= 0xFF3A) return true;                 // full-width ASCII letters
  if (c >= 0xFF41 && c <= 0xFF5A) return true;
  return is_cjk(c);
}

bool is_upper(char32_t c) {
  if (c >= 'A' && c <= 'Z') return true;
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) {  // Latin Extended-A alternates upper/lower, with two shifts
    if (c == 0x138 || c == 0x149 || c == 0x17F) return false;
    if (c == 0x178) return true;
    const bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    return odd_upper ? (c % 2) == 1 : (c % 2) == 0;
  }
  if (c >= 0x391 && c <= 0x3A9) return true;
  if (c >= 0x400 && c <= 0x42F) return true;
  if (c >= 0xFF21 && c <= 0xFF3A) return true;
  return false;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x85 ||
         c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_dash(char32_t c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE58 ||
         c == 0xFE63 || c == 0xFF0D;
}

namespace {

// Base letter of a Latin letter with a diacritic (lower case), or 0 when none.
const char* latin_base(char32_t c) {
  // Latin-1 Supplement 0xC0..0xFF and Latin Extended-A 0x100..0x17F, one base letter each (lower
  // case), or a mark: A "ae", T "th", S "ss", I "ij", O "oe", * none (the signs x and /).
  static const char kBase[] =
      "aaaaaaAceeeeiiiidnooooo*ouuuuyTS" "aaaaaaAceeeeiiiidnooooo*ouuuuyTy"
      "aaaaaa" "cccccccc" "dddd" "eeeeeeeeee" "gggggggg" "hhhh" "iiiiiiiiii" "II" "jj" "kkk"
      "llllllllll" "nnnnnnnnn" "oooooo" "OO" "rrrrrr" "ssssssss" "tttttt" "uuuuuuuuuuuu" "ww"
      "yyy" "zzzzzz" "s";
  static_assert(sizeof(kBase) == 0x180 - 0xC0 + 1, "one mark for each code point");
  if (c < 0xC0 || c > 0x17F) return nullptr;
  static thread_local char one[2] = {0, 0};
  switch (one[0] = kBase[c - 0xC0]) {
    case '*': return nullptr;
    case 'A': return "ae";
    case 'T': return "th";
    case 'S': return "ss";
    case 'I': return "ij";
    case 'O': return "oe";
  }
  return one;
}

}  // namespace

void fold_codepoint(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return;
  }
  if (const char* base = latin_base(c)) {
    out += base;
    return;
  }
  if (is_combining(c)) return;  // diacritics and joiners vanish
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0xFF07:
      out += '\''; return;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
    case 0xFF02:
      out += '"'; return;
    case 0x2026: out += "..."; return;
    case 0xFB00: out += "ff"; return;
    case 0xFB01: out += "fi"; return;
    case 0xFB02: out += "fl"; return;
    case 0xFB03: out += "ffi"; return;
    case 0xFB04: out += "ffl"; return;
    case 0xFB05: case 0xFB06: out += "st"; return;
    default: break;
  }
  if (is_dash(c)) { out += '-'; return; }
  if (is_space(c)) { out += ' '; return; }
  if (c >= 0xFF01 && c <= 0xFF5E) {  // full-width ASCII
    fold_codepoint(c - 0xFF01 + 0x21, out);
    return;
  }
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) { append_utf8(out, c + 32); return; }
  if (c >= 0x410 && c <= 0x42F) { append_utf8(out, c + 32); return; }
  if (c >= 0x400 && c <= 0x40F) { append_utf8(out, c + 80); return; }
  append_utf8(out, c);
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) fold_codepoint(decode_utf8(s, i), out);
  return out;
}

}  // namespace tri
