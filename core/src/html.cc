// html.cc — HTML to visible text (see html.h).
//
// One forward pass over the bytes. A small tokenizer (after the WHATWG HTML tokenizer, simplified)
// recognises tags, comments, markup declarations, raw-text elements and character references; a
// stack of open elements, with a per-name count of open elements, decides what is visible; a
// writer collapses white space and turns block structure into line and paragraph breaks.
//
// Linear time on any input:
//  - every scan that looks ahead (for '>', "-->", "</script", a closing quote) consumes what it
//    scanned, or ends the input; a tag with no '>' anywhere after it is known at once from the
//    position of the last '>' in the input;
//  - an attribute value with an unmatched quote would make a tag reach the end of the input; the
//    first time that happens the tokenizer stops honouring quotes for the rest of the document (a
//    tag then ends at the next '>'), so that costly scan happens at most once;
//  - an end tag only pops the stack when its name is open (per-name counts), so pops are paid for
//    by pushes; implied end tags (<p>, <li>, <td>...) look at most a few entries down.
// No recursion anywhere: 100 000 nested elements are just 100 000 stack entries.

#include "triangulate/html.h"
#include "triangulate/text.h"
#include "string_ids.h"
#include "word_list.h"
#include "words.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace tri {
namespace {

constexpr size_t npos = std::string_view::npos;
constexpr char32_t kReplacement = 0xFFFD;
constexpr char kBullet[] = "\xE2\x80\xA2 ";  // "• "
constexpr char kNbspUtf8[] = "\xC2\xA0";

// ---------------------------------------------------------------------------------------------
// Small character helpers (ASCII only; HTML syntax is ASCII).

inline bool is_ws(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
inline bool is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
inline bool is_hex(unsigned char c) {
  return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}
inline unsigned char uc(char c) { return static_cast<unsigned char>(c); }
inline char lower(unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); }

bool iequals(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (lower(uc(a[k])) != lower_b[k]) return false;
  }
  return true;
}

bool istarts_with(std::string_view s, size_t at, std::string_view lower_prefix) {
  return s.size() - at >= lower_prefix.size() &&
         iequals(s.substr(at, lower_prefix.size()), lower_prefix);
}

// ---------------------------------------------------------------------------------------------
// Character references.

// The named character references recognised: the HTML 4 set, apos, and HTML5 names that news
// pages use (Latin Extended-A letters of European names, fractions, punctuation aliases), in the
// engine data (words.txt, html_named_refs: "name=code point in hexadecimal", "+" when it is also
// recognised without the ';', the "legacy" references of the HTML standard, as browsers do in
// text: the Latin-1 block and a few others).
constexpr size_t kMaxRefName = 32;     // longer than any name in the tables
constexpr size_t kMaxLegacyName = 6;   // "frac12", "middot", "Agrave"...
constexpr uint32_t kLegacyBit = 0x80000000u;

// Name -> code point (| kLegacyBit), 0 for no reference. Built once, on first use (thread-safe
// static init), from the engine data's list (data loaded later replaces the list, not the table).
uint32_t named_ref(std::string_view name) {
  static const StringMap<uint32_t> table = [] {
    StringMap<uint32_t> t;
    t.reserve(512);
    const std::string_view all = word_set(WordList::html_named_refs).words();
    for (size_t b = 0; b < all.size();) {
      size_t e = all.find(' ', b);
      if (e == std::string_view::npos) e = all.size();
      const std::string_view w = all.substr(b, e - b);
      const size_t eq = w.find('=');
      if (eq != std::string_view::npos) {
        uint32_t cp = 0;
        for (char c : w.substr(eq + 1))
          cp = c == '+' ? cp | kLegacyBit : cp * 16 + static_cast<uint32_t>(c <= '9' ? c - '0' : c - 'a' + 10);
        t.add(w.substr(0, eq), cp);
      }
      b = e + 1;
    }
    return t;
  }();
  const uint32_t* ref = table.find(name);
  return ref ? *ref : 0;
}

// Numeric references to 0x80..0x9F name Windows-1252 characters (as the HTML standard says);
// 0 where the byte is undefined there.
constexpr char16_t kWin1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

// ---------------------------------------------------------------------------------------------
// Text pieces: one character of text (raw or from a reference), classified for the writer.

struct Piece {
  enum Kind : uint8_t { kNone, kSpace, kNbsp, kText } kind = kNone;
  char ws = ' ';      // kSpace: ' ', '\t', '\n' (CR and CR LF read as '\n'), '\f'
  uint8_t len = 0;    // kText: bytes[0..len)
  char bytes[4] = {0, 0, 0, 0};
};

void set_cp(Piece& pc, char32_t cp) {
  if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r') {
    pc.kind = Piece::kSpace;
    pc.ws = cp == '\r' ? '\n' : static_cast<char>(cp);
  } else if (cp == 0xA0) {
    pc.kind = Piece::kNbsp;
  } else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
    pc.kind = Piece::kNone;  // control characters are not visible text
  } else {
    pc.kind = Piece::kText;
    if (cp < 0x800) {
      pc.len = 2;
      pc.bytes[0] = static_cast<char>(0xC0 | (cp >> 6));
    } else if (cp < 0x10000) {
      pc.len = 3;
      pc.bytes[0] = static_cast<char>(0xE0 | (cp >> 12));
    } else {
      pc.len = 4;
      pc.bytes[0] = static_cast<char>(0xF0 | (cp >> 18));
    }
    if (cp < 0x80) {
      pc.len = 1;
      pc.bytes[0] = static_cast<char>(cp);
    }
    for (int k = 1; k < pc.len; ++k) {
      pc.bytes[k] = static_cast<char>(0x80 | ((cp >> (6 * (pc.len - 1 - k))) & 0x3F));
    }
  }
}

// Decodes the character reference at s[i] == '&'. Returns the index after it and sets `pc`, or
// returns `i` when there is no reference there (the '&' is then literal text).
size_t read_reference(std::string_view s, size_t i, Piece& pc) {
  const size_t n = s.size();
  size_t p = i + 1;
  if (p < n && s[p] == '#') {
    ++p;
    const bool hex = p < n && (s[p] | 0x20) == 'x';
    if (hex) ++p;
    const size_t digits = p;
    uint32_t v = 0;
    while (p < n && (hex ? is_hex(uc(s[p])) : is_digit(uc(s[p])))) {
      const unsigned char c = uc(s[p]);
      const uint32_t d = is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
      v = std::min<uint32_t>(v * (hex ? 16 : 10) + d, 0x110000);  // saturates: no overflow
      ++p;
    }
    if (p == digits) return i;  // "&#" or "&#x" without digits: literal
    if (p < n && s[p] == ';') ++p;
    char32_t cp = v;
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
      cp = kReplacement;
    } else if (v >= 0x80 && v <= 0x9F && kWin1252[v - 0x80] != 0) {
      cp = kWin1252[v - 0x80];
    }
    set_cp(pc, cp);
    return p;
  }
  while (p < n && p - (i + 1) < kMaxRefName && is_alnum(uc(s[p]))) ++p;
  const size_t len = p - (i + 1);
  if (len == 0) return i;
  if (p < n && s[p] == ';') {
    if (const uint32_t ref = named_ref(s.substr(i + 1, len))) {
      set_cp(pc, ref & ~kLegacyBit);
      return p + 1;
    }
  }
  // Legacy references without ';' match their longest prefix: "&copy2024" is "©2024",
  // "&notit;" is "¬it;", "AT&T" stays as written.
  for (size_t l = std::min(len, kMaxLegacyName); l >= 2; --l) {
    const uint32_t ref = named_ref(s.substr(i + 1, l));
    if (ref & kLegacyBit) {
      set_cp(pc, ref & ~kLegacyBit);
      return i + 1 + l;
    }
  }
  return i;
}

// Reads one piece of text at s[i] (s[i] != '<' in data). Returns the index after it.
size_t read_piece(std::string_view s, size_t i, bool refs, Piece& pc) {
  const unsigned char c = uc(s[i]);
  if (c < 0x80) {
    if (c == '&' && refs) {
      const size_t e = read_reference(s, i, pc);
      if (e != i) return e;
    }
    if (c == '\r') {
      pc.kind = Piece::kSpace;
      pc.ws = '\n';
      return (i + 1 < s.size() && s[i + 1] == '\n') ? i + 2 : i + 1;
    }
    if (c > 0x20 && c < 0x7F) {
      pc.kind = Piece::kText;
      pc.len = 1;
      pc.bytes[0] = static_cast<char>(c);
      return i + 1;
    }
    set_cp(pc, c == 0 ? kReplacement : c);  // NUL reads as U+FFFD; other controls are dropped
    return i + 1;
  }
  char32_t cp = 0;
  const size_t k = next_code_point(s, i, &cp);
  if (cp == 0xA0) {
    pc.kind = Piece::kNbsp;
  } else if (cp >= 0x80 && cp < 0xA0) {
    pc.kind = Piece::kNone;
  } else if (cp == kReplacement) {
    set_cp(pc, cp);
  } else {
    pc.kind = Piece::kText;
    pc.len = static_cast<uint8_t>(k);
    std::memcpy(pc.bytes, s.data() + i, k);
  }
  return i + k;
}

// Decodes references, repairs UTF-8, collapses white space and trims: for <title>.
std::string collapse_text(std::string_view raw, bool refs) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < raw.size();) {
    Piece pc;
    i = read_piece(raw, i, refs, pc);
    if (pc.kind == Piece::kSpace) {
      space = true;
    } else if (pc.kind == Piece::kNbsp || pc.kind == Piece::kText) {
      if (space && !out.empty()) out += ' ';
      space = false;
      if (pc.kind == Piece::kNbsp) out += kNbspUtf8; else out.append(pc.bytes, pc.len);
    }
  }
  return out;
}

// Collapses the already clean text of a heading to one line.
std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (is_ws(uc(c))) {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Element kinds.

enum Prop : uint32_t {
  kVoid = 1u << 0,         // no content, no end tag
  kBlock = 1u << 1,        // paragraph break before and after
  kLine = 1u << 2,         // line break before and after (dt, dd, tr)
  kDrop = 1u << 3,         // dropped with its content
  kDropSpace = 1u << 4,    // when dropped, leaves a space (a control or embedded object)
  kRaw = 1u << 5,          // raw text content: script, style, xmp, iframe...
  kRcdata = 1u << 6,       // text content with references: title, textarea
  kPlaintext = 1u << 7,    // the rest of the input is text
  kLi = 1u << 8,           // list item: new line, bullet
  kPre = 1u << 9,          // white space kept
  kHeading = 1u << 10,     // h1..h6
  kCell = 1u << 11,        // td, th
  kForeign = 1u << 12,     // svg, math
  kClosesP = 1u << 13,     // start tag closes an open <p>
  kHeadContent = 1u << 14, // may appear in <head> without ending it
  kBreakout = 1u << 15,    // start tag ends foreign (svg/math) content
  kList = 1u << 16,        // ul, ol, menu, dir, dl
  kTableScope = 1u << 17,  // table, thead, tbody, tfoot
  kSectioning = 1u << 18,  // article, main, section: a <header> inside is the article's own
  kIntegration = 1u << 19, // in foreign content, children are HTML (foreignObject, desc, mi...)
  kHeader = 1u << 20,      // <header>: dropped unless inside article/main/section
};

// Each tag's properties: words.txt html_tag_props, "name=properties in hexadecimal" (the Prop
// bits above: "p=a002" is kBlock | kClosesP | kBreakout).
uint32_t tag_props(std::string_view name) {
  return word_set(WordList::html_tag_props).number(name, 16);
}

// ---------------------------------------------------------------------------------------------
// Tags.

constexpr size_t kMaxNameKept = 64;  // longer tag names are kept truncated (all are unknown)

struct Tag {
  bool end = false;
  bool self_closing = false;
  bool hidden = false;        // hidden attribute, aria-hidden="true", or style display:none
  bool open = false;          // open attribute (<dialog open>)
  std::string name;           // lower case
};

// True when a style attribute value hides the element (display:none or visibility:hidden).
bool style_hides(std::string_view v) {
  std::string compact;
  compact.reserve(std::min<size_t>(v.size(), 256));
  for (char c : v) {
    if (!is_ws(uc(c))) compact += lower(uc(c));
  }
  for (std::string_view what : {std::string_view("display:none"),
                                std::string_view("visibility:hidden")}) {
    for (size_t at = compact.find(what); at != std::string::npos; at = compact.find(what, at + 1)) {
      const size_t after = at + what.size();
      const bool starts = at == 0 || compact[at - 1] == ';' || compact[at - 1] == '{';
      const bool ends = after == compact.size() || compact[after] == ';' || compact[after] == '!' ||
                        compact[after] == '}';
      if (starts && ends) return true;
    }
  }
  return false;
}

void note_attribute(Tag& t, std::string_view name, std::string_view value) {
  if (iequals(name, "hidden")) {
    t.hidden = true;
  } else if (iequals(name, "aria-hidden")) {
    size_t a = 0, b = value.size();
    while (a < b && is_ws(uc(value[a]))) ++a;
    while (b > a && is_ws(uc(value[b - 1]))) --b;
    if (iequals(value.substr(a, b - a), "true")) t.hidden = true;
  } else if (iequals(name, "style")) {
    if (style_hides(value)) t.hidden = true;
  } else if (iequals(name, "open")) {
    t.open = true;
  }
}

// Parses the tag at s[i] ('<' followed by a letter, or "</" followed by a letter). Returns the
// index after its '>', or npos when it does not end. With `quotes`, a quoted attribute value may
// hold '>' (as in HTML); without, any '>' ends the tag (used once a quote was left unmatched).
size_t parse_tag(std::string_view s, size_t i, bool quotes, Tag& t) {
  const size_t n = s.size();
  t.end = false, t.self_closing = false, t.hidden = false, t.open = false;
  t.name.clear();
  size_t p = i + 1;
  if (s[p] == '/') {
    t.end = true;
    ++p;
  }
  while (p < n) {
    const unsigned char c = uc(s[p]);
    if (is_ws(c) || c == '/' || c == '>') break;
    if (t.name.size() < kMaxNameKept) t.name += lower(c);
    ++p;
  }
  for (;;) {
    while (p < n && is_ws(uc(s[p]))) ++p;
    if (p >= n) return npos;
    if (s[p] == '>') return p + 1;
    if (s[p] == '/') {
      if (p + 1 < n && s[p + 1] == '>') {
        t.self_closing = true;
        return p + 2;
      }
      ++p;
      continue;
    }
    // Attribute name (a leading '=' belongs to it).
    const size_t name_begin = p++;
    while (p < n) {
      const unsigned char c = uc(s[p]);
      if (is_ws(c) || c == '/' || c == '>' || c == '=') break;
      ++p;
    }
    const std::string_view name = s.substr(name_begin, p - name_begin);
    while (p < n && is_ws(uc(s[p]))) ++p;
    std::string_view value;
    if (p < n && s[p] == '=') {
      ++p;
      while (p < n && is_ws(uc(s[p]))) ++p;
      if (p >= n) return npos;
      const char q = s[p];
      if (q == '"' || q == '\'') {
        const size_t v = p + 1;
        size_t e = v;
        if (quotes) {
          const void* f = std::memchr(s.data() + v, q, n - v);
          if (f == nullptr) return npos;
          e = static_cast<size_t>(static_cast<const char*>(f) - s.data());
          p = e + 1;
        } else {
          while (e < n && s[e] != q && s[e] != '>') ++e;
          if (e >= n) return npos;
          p = s[e] == q ? e + 1 : e;  // a '>' inside the value ends the tag
        }
        value = s.substr(v, e - v);
      } else {
        const size_t v = p;
        while (p < n && !is_ws(uc(s[p])) && s[p] != '>') ++p;
        value = s.substr(v, p - v);
      }
    }
    if (!t.end) note_attribute(t, name, value);
  }
}

// ---------------------------------------------------------------------------------------------
// The converter.

class Converter {
 public:
  explicit Converter(std::string_view s) : s_(s), n_(s.size()), last_gt_(s.rfind('>')) {
    out_.reserve(std::min<size_t>(n_ / 2 + 16, size_t{1} << 24));
    id_p_ = intern("p");
    id_tr_ = intern("tr");
    id_dt_ = intern("dt");
    id_dd_ = intern("dd");
    id_option_ = intern("option");
    id_h1_ = intern("h1");
    id_div_ = intern("div");
    id_address_ = intern("address");
  }

  HtmlText run() {
    size_t i = 0;
    if (n_ >= 3 && s_.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // byte order mark
    while (i < n_) {
      if (s_[i] == '<') {
        i = markup(i);
        continue;
      }
      if (drop_ > 0 && !top_is_head()) {  // skip hidden text quickly
        const void* f = std::memchr(s_.data() + i, '<', n_ - i);
        i = f ? static_cast<size_t>(static_cast<const char*>(f) - s_.data()) : n_;
        continue;
      }
      Piece pc;
      i = read_piece(s_, i, true, pc);
      text(pc);
    }
    while (!stack_.empty()) pop();
    return finish();
  }

 private:
  struct Entry {
    uint32_t id;
    uint32_t flags;
  };
  enum EntryFlag : uint32_t {
    kEDrop = 1u << 0,         // root of a dropped subtree
    kEForeign = 1u << 1,      // svg/math namespace
    kEIntegration = 1u << 2,  // foreign element whose children are HTML
    kEPre = 1u << 3,
    kELi = 1u << 4,
    kEHead = 1u << 5,
    kEHeading = 1u << 6,
    kETitleH1 = 1u << 7,      // the <h1> whose text is captured as a fallback title
    kESectioning = 1u << 8,
  };
  static constexpr size_t kMaxNames = 4096;  // distinct tag names tracked; the rest share one id

  // ---- names
  uint32_t intern(const std::string& name) {
    if (const uint32_t* known = ids_.find(name)) return *known;
    // Known names always get their own id.
    if (ids_.size() >= kMaxNames && tag_props(name) == 0) return overflow_id();
    const uint32_t id = static_cast<uint32_t>(props_.size());
    ids_.add(name, id);
    props_.push_back(tag_props(name));
    open_.push_back(0);
    return id;
  }
  uint32_t overflow_id() {
    if (overflow_ == UINT32_MAX) {
      overflow_ = static_cast<uint32_t>(props_.size());
      props_.push_back(0);
      open_.push_back(0);
    }
    return overflow_;
  }
  // Id of an already seen name, or UINT32_MAX.
  uint32_t find_id(const std::string& name) const {
    if (const uint32_t* known = ids_.find(name)) return *known;
    return ids_.size() >= kMaxNames && tag_props(name) == 0 ? overflow_ : UINT32_MAX;
  }

  // ---- output writer
  // Pending breaks (brk_), pending inline white space (pend_) and a pending bullet are written
  // only in front of the next visible character, so lines never start or end with spaces and
  // breaks never pile up.
  void put(const char* b, size_t len) {
    if (!out_.empty()) {
      if (brk_ > 0) {
        int have = 0;
        for (size_t k = out_.size(); k > 0 && have < 2 && out_[k - 1] == '\n'; --k) ++have;
        for (int k = have; k < brk_; ++k) out_ += '\n';
      } else if (!pend_.empty() && out_.back() != '\n') {
        out_ += pend_;
      }
    }
    brk_ = 0;
    pend_.clear();
    if (bullet_) {
      out_ += kBullet;
      bullet_ = false;
    }
    if (h1_capturing_ && h1_begin_ == npos) h1_begin_ = out_.size();
    out_.append(b, len);
  }
  void space() {
    if (pend_.empty() || (pend_.back() != ' ' && pend_.back() != '\t')) pend_ += ' ';
  }
  void request(int k) { brk_ = std::max(brk_, k); }
  void line_break() {
    if (pre_ > 0) put("\n", 1); else brk_ = std::min(2, brk_ + 1);
  }
  void cell() {
    if (!out_.empty() && brk_ == 0 && out_.back() != '\n') pend_ = "\t";
  }
  // Blocks inside a list item break lines, not paragraphs, so the item stays together.
  int block_gap() const { return li_ > 0 ? 1 : 2; }

  void text(const Piece& pc) {
    if (pc.kind == Piece::kNone) return;
    if (top_is_head()) {  // text ends an open <head>, as in a browser
      if (pc.kind == Piece::kSpace) return;
      pop();
    }
    if (drop_ > 0) return;
    if (pc.kind == Piece::kSpace) {
      if (pre_ > 0) {
        const char c = pc.ws == '\f' ? ' ' : pc.ws;
        put(&c, 1);
      } else {
        space();
      }
    } else if (pc.kind == Piece::kNbsp) {
      if (pre_ > 0) put(kNbspUtf8, 2); else pend_ += kNbspUtf8;
    } else {
      put(pc.bytes, pc.len);
    }
  }
  void literal(char c) {
    Piece pc;
    set_cp(pc, uc(c));
    text(pc);
  }
  // Raw text shown as is (<xmp>, <plaintext>): white space kept, no references.
  void pre_text(std::string_view raw) {
    ++pre_;
    for (size_t i = 0; i < raw.size();) {
      Piece pc;
      i = read_piece(raw, i, false, pc);
      text(pc);
    }
    --pre_;
  }

  // Output around an element that opens (props of the element, whether it is dropped).
  void on_open(uint32_t pr, bool dropped) {
    if (drop_ > 0) return;
    const int gap = block_gap();
    if (dropped) {
      if (pr & (kBlock | kLine | kLi | kHeader)) request(gap);
      else if (pr & kDropSpace) space();
      return;
    }
    if (pr & kBlock) request(gap);
    if (pr & kLine) request(1);
    if (pr & kLi) {
      request(1);
      bullet_ = true;
    }
    if (pr & kCell) cell();
  }
  void on_close(uint32_t pr, bool dropped) {
    if (drop_ > 0) return;
    const int gap = block_gap();
    if (dropped) {
      if (pr & (kBlock | kLine | kLi | kHeader)) request(gap);
      else if (pr & kDropSpace) space();
      return;
    }
    if (pr & kBlock) request(gap);
    if (pr & (kLine | kLi)) request(1);
  }

  // ---- stack
  // The current node is an svg/math element whose children are svg/math too.
  bool in_foreign() const {
    return !stack_.empty() && (stack_.back().flags & kEForeign) &&
           !(stack_.back().flags & kEIntegration);
  }
  bool top_is_head() const { return !stack_.empty() && (stack_.back().flags & kEHead); }
  bool top_is(uint32_t id) const { return !stack_.empty() && stack_.back().id == id; }
  uint32_t top_props() const { return stack_.empty() ? 0u : props_[stack_.back().id]; }

  void push(uint32_t id, uint32_t flags) {
    stack_.push_back({id, flags});
    ++open_[id];
    if (flags & kEDrop) ++drop_;
    if (flags & kEPre) ++pre_;
    if (flags & kELi) ++li_;
    if (flags & kEHead) ++head_;
    if (flags & kEHeading) ++headings_;
    if (flags & kESectioning) ++sectioning_;
  }
  void pop() {
    const Entry e = stack_.back();
    stack_.pop_back();
    --open_[e.id];
    const uint32_t pr = (e.flags & kEForeign) ? 0u : props_[e.id];
    if (e.flags & kETitleH1) finish_h1();
    if (e.flags & kEPre) --pre_;
    if (e.flags & kELi) {
      --li_;
      if (drop_ == 0) bullet_ = false;  // an empty item leaves no bullet behind
    }
    if (e.flags & kEHead) --head_;
    if (e.flags & kEHeading) --headings_;
    if (e.flags & kESectioning) --sectioning_;
    if (e.flags & kEDrop) {
      --drop_;
      on_close(pr | (e.flags & kEForeign ? kDropSpace : 0u), true);
    } else {
      on_close(pr, false);
    }
  }
  void pop_to(size_t depth) {
    while (stack_.size() > depth) pop();
  }
  // Implied end tag: pops to the nearest open element matching `match`, looking at most a few
  // entries down and never past one matching `stop` (so the cost per start tag is bounded).
  template <typename Match, typename Stop>
  void close_nearest(Match match, Stop stop) {
    int budget = 8;
    for (size_t k = stack_.size(); k > 0 && budget-- > 0;) {
      --k;
      const Entry& e = stack_[k];
      if (e.flags & kEForeign) return;
      if (match(e)) {
        pop_to(k);
        return;
      }
      if (stop(e)) return;
    }
  }

  // ---- title from the first visible <h1>
  void finish_h1() {
    if (h1_begin_ != npos && h1_begin_ <= out_.size()) {
      h1_ = one_line(std::string_view(out_).substr(h1_begin_));
    }
    h1_capturing_ = false;
    h1_begin_ = npos;
    h1_done_ = !h1_.empty();
  }

  // ---- markup
  size_t markup(size_t i) {
    if (i + 1 >= n_) {
      literal('<');
      return i + 1;
    }
    const unsigned char c1 = uc(s_[i + 1]);
    if (is_alpha(c1)) return start_tag(i);
    if (c1 == '/') {
      if (i + 2 >= n_) {
        literal('<');
        return i + 1;
      }
      const unsigned char c2 = uc(s_[i + 2]);
      if (is_alpha(c2)) return end_tag(i);
      if (c2 == '>') return i + 3;  // "</>" is ignored
      return bogus_comment(i);
    }
    if (c1 == '!') {
      if (istarts_with(s_, i, "<!--")) return comment(i);
      if (s_.substr(i, 9) == "<![CDATA[" && in_foreign()) {
        const size_t e = s_.find("]]>", i + 9);
        return e == npos ? n_ : e + 3;
      }
      return bogus_comment(i);
    }
    if (c1 == '?') return bogus_comment(i);
    literal('<');  // "a < b", "<3", "<<"
    return i + 1;
  }

  // <!DOCTYPE ...>, <?xml ...?>, <![CDATA[...]]> outside svg/math, </ 3>: skipped to the next '>'.
  size_t bogus_comment(size_t i) {
    if (last_gt_ == npos || i > last_gt_) {  // never ends: the '<' is text (checked in O(1))
      literal('<');
      return i + 1;
    }
    const void* f = std::memchr(s_.data() + i, '>', n_ - i);
    if (f == nullptr) {
      literal('<');
      return i + 1;
    }
    return static_cast<size_t>(static_cast<const char*>(f) - s_.data()) + 1;
  }

  // <!-- ... -->; also <!-->, <!--->, and --!> as the end. An unclosed comment runs to the end
  // of the input, as in a browser.
  size_t comment(size_t i) {
    size_t p = i + 4;
    if (p < n_ && s_[p] == '>') return p + 1;
    if (p + 1 < n_ && s_[p] == '-' && s_[p + 1] == '>') return p + 2;
    while (p < n_) {
      const void* f = std::memchr(s_.data() + p, '-', n_ - p);
      if (f == nullptr) return n_;
      p = static_cast<size_t>(static_cast<const char*>(f) - s_.data());
      if (p + 2 < n_ && s_[p + 1] == '-') {
        if (s_[p + 2] == '>') return p + 3;
        if (s_[p + 2] == '!' && p + 3 < n_ && s_[p + 3] == '>') return p + 4;
      }
      ++p;
    }
    return n_;
  }

  // Parses a tag at i into tag_; npos when it has no end (then '<' is literal text).
  size_t read_tag(size_t i) {
    if (last_gt_ == npos || i > last_gt_) return npos;  // no '>' anywhere after: cannot end
    size_t e = parse_tag(s_, i, quotes_, tag_);
    if (e == npos && quotes_) {
      quotes_ = false;  // an unmatched quote: from now on quotes do not hide '>'
      e = parse_tag(s_, i, false, tag_);
    }
    return e;
  }

  size_t end_tag(size_t i) {
    const size_t e = read_tag(i);
    if (e == npos) {
      literal('<');
      return i + 1;
    }
    const std::string& name = tag_.name;
    if (name == "br") {  // </br> is a <br>
      if (drop_ == 0) line_break();
      return e;
    }
    const uint32_t id = find_id(name);
    const bool is_open = id != UINT32_MAX && open_[id] > 0;
    if (!is_open) {
      if (id == id_p_ && drop_ == 0) request(block_gap());  // a stray </p> still breaks
      // </h2> ends an open <h1>, and so on.
      if ((tag_props(name) & kHeading) && headings_ > 0) {
        while (!stack_.empty()) {
          const bool heading = stack_.back().flags & kEHeading;
          pop();
          if (heading) break;
        }
      }
      return e;
    }
    while (!stack_.empty()) {
      const bool match = stack_.back().id == id;
      pop();
      if (match) break;
    }
    return e;
  }

  size_t start_tag(size_t i) {
    size_t e = read_tag(i);
    if (e == npos) {
      literal('<');
      return i + 1;
    }
    const std::string& name = tag_.name;
    const uint32_t id = intern(name);
    const uint32_t pr = props_[id];

    // Foreign content (inside svg or math): everything there is dropped; only the structure
    // matters, so that the end of the svg/math element is found.
    if (in_foreign()) {
      if (!(pr & kBreakout)) {
        if (!tag_.self_closing) push(id, kEForeign | ((pr & kIntegration) ? kEIntegration : 0u));
        return e;
      }
      // An HTML element such as <p> ends unclosed foreign content.
      while (in_foreign()) pop();
    }

    if (name == "html") return e;
    if (name == "body") {
      body_seen_ = true;
      if (top_is_head()) pop();
      return e;
    }
    if (name == "head") {
      if (!head_seen_ && !body_seen_ && out_.empty() && stack_.empty()) {
        head_seen_ = true;
        push(id, kEDrop | kEHead);
      }
      return e;
    }
    if (!(pr & kHeadContent)) {
      body_seen_ = true;
      if (top_is_head()) pop();  // body content ends an unclosed <head>
    }

    // Implied end tags.
    if ((pr & kClosesP) && top_is(id_p_)) pop();
    // A list item ends the open item unless a list, table or other block (except div, p and
    // address) comes between them.
    const auto item_stop = [&](const Entry& x) {
      const uint32_t xp = props_[x.id];
      return (xp & (kList | kTableScope | kCell)) != 0 ||
             ((xp & (kBlock | kDrop)) != 0 && x.id != id_div_ && x.id != id_p_ &&
              x.id != id_address_);
    };
    if (pr & kLi) {
      close_nearest([&](const Entry& x) { return (x.flags & kELi) != 0; }, item_stop);
    } else if (id == id_dt_ || id == id_dd_) {
      close_nearest([&](const Entry& x) { return x.id == id_dt_ || x.id == id_dd_; }, item_stop);
    } else if (pr & kCell) {
      close_nearest([&](const Entry& x) { return (props_[x.id] & kCell) != 0; },
                    [&](const Entry& x) {
                      return x.id == id_tr_ || (props_[x.id] & kTableScope) != 0;
                    });
    } else if (id == id_tr_) {
      close_nearest([&](const Entry& x) { return x.id == id_tr_; },
                    [&](const Entry& x) { return (props_[x.id] & kTableScope) != 0; });
    } else if ((pr & kHeading) && (top_props() & kHeading)) {
      pop();
    } else if ((id == id_option_ || name == "optgroup") && top_is(id_option_)) {
      pop();
    }

    const bool hidden = tag_.hidden || (name == "dialog" && !tag_.open);
    const bool furniture_header = (pr & kHeader) && sectioning_ == 0;  // the page's own header
    const bool dropped = (pr & kDrop) || hidden || furniture_header;

    if (pr & kVoid) {
      if (drop_ == 0 && !hidden) {
        if (name == "br") line_break();
        else if (pr & kBlock) request(block_gap());  // <hr>
        else if (pr & kDropSpace) space();           // <input>, <embed>
      }
      return e;
    }
    if (pr & (kRaw | kRcdata | kPlaintext)) return raw_text_element(pr, dropped, e);

    uint32_t flags = 0;
    if (dropped) flags |= kEDrop;
    if (pr & kForeign) {
      flags |= kEForeign;
      if (tag_.self_closing) {  // <svg/> is complete
        on_open(pr, true);
        return e;
      }
    }
    if (pr & kPre) flags |= kEPre;
    if (pr & kLi) flags |= kELi;
    if (pr & kHeading) flags |= kEHeading;
    if (pr & kSectioning) flags |= kESectioning;
    on_open(pr, dropped);
    if (id == id_h1_ && !dropped && drop_ == 0 && !h1_done_ && !h1_capturing_) {
      flags |= kETitleH1;
      h1_capturing_ = true;
      h1_begin_ = npos;
    }
    push(id, flags);
    if (pr & kPre) {  // a newline right after <pre> is not content
      if (e < n_ && s_[e] == '\n') ++e;
      else if (e < n_ && s_[e] == '\r') e += (e + 1 < n_ && s_[e + 1] == '\n') ? 2 : 1;
    }
    return e;
  }

  // <script>, <style>, <title>, <textarea>, <xmp>, <iframe>, <noscript>...: the content runs to the
  // matching end tag and is not markup. Not pushed on the stack. Returns the index after the end
  // tag.
  size_t raw_text_element(uint32_t pr, bool dropped, size_t e) {
    const std::string name = tag_.name;
    if (pr & kPlaintext) {
      if (!dropped && drop_ == 0) {
        on_open(pr, false);
        pre_text(s_.substr(e));
      }
      return n_;
    }
    const size_t end = find_raw_end(e, name);
    const std::string_view content = s_.substr(e, end - e);
    if (name == "title") {
      if (title_.empty()) title_ = collapse_text(content, true);
    } else if (!dropped) {
      on_open(pr, false);
      if (drop_ == 0) pre_text(content);  // <xmp>
      on_close(pr, false);
    } else {
      on_open(pr, true);
      on_close(pr, true);
    }
    if (end >= n_) return n_;
    const size_t te = read_tag(end);
    return te == npos ? n_ : te;
  }

  // Index of the "</name" (followed by white space, '/' or '>') that ends raw text, or n_.
  size_t find_raw_end(size_t from, const std::string& name) const {
    size_t p = from;
    while (p < n_) {
      const void* f = std::memchr(s_.data() + p, '<', n_ - p);
      if (f == nullptr) return n_;
      const size_t k = static_cast<size_t>(static_cast<const char*>(f) - s_.data());
      if (k + 1 < n_ && s_[k + 1] == '/' && istarts_with(s_, k + 2, name)) {
        const size_t a = k + 2 + name.size();
        if (a >= n_ || is_ws(uc(s_[a])) || s_[a] == '/' || s_[a] == '>') return k;
      }
      p = k + 1;
    }
    return n_;
  }

  HtmlText finish() {
    if (h1_capturing_) finish_h1();
    // Trim: no leading blank or white-space-only lines (possible only from <pre>), no trailing
    // white space.
    size_t b = 0;
    for (size_t k = 0; k < out_.size() && is_ws(uc(out_[k])); ++k) {
      if (out_[k] == '\n') b = k + 1;
    }
    size_t e = out_.size();
    while (e > b && is_ws(uc(out_[e - 1]))) --e;
    HtmlText r;
    if (b == 0 && e == out_.size()) {
      r.text = std::move(out_);
    } else {
      r.text = out_.substr(b, e - b);
    }
    r.title = !title_.empty() ? std::move(title_) : std::move(h1_);
    return r;
  }

  std::string_view s_;
  size_t n_;
  size_t last_gt_;
  bool quotes_ = true;
  Tag tag_;

  std::string out_;
  std::string pend_;
  int brk_ = 0;
  bool bullet_ = false;

  std::vector<Entry> stack_;
  StringMap<uint32_t> ids_;  // the tag names seen, and their ids
  std::vector<uint32_t> props_;  // by id
  std::vector<uint32_t> open_;   // by id: how many are on the stack
  uint32_t overflow_ = UINT32_MAX;
  uint32_t id_p_ = 0, id_tr_ = 0, id_dt_ = 0, id_dd_ = 0, id_option_ = 0, id_h1_ = 0;
  uint32_t id_div_ = 0, id_address_ = 0;
  int drop_ = 0, pre_ = 0, li_ = 0, head_ = 0, headings_ = 0, sectioning_ = 0;
  bool head_seen_ = false, body_seen_ = false;

  std::string title_;
  std::string h1_;
  bool h1_capturing_ = false, h1_done_ = false;
  size_t h1_begin_ = npos;
};

// Tag names counted by looks_like_html(): blocks and document structure (words.txt
// html_is_block_name: "article", "div", "h1", "p", "table", ...).
bool is_block_name(std::string_view n) { return word_set(WordList::html_is_block_name).has(n); }

}  // namespace

bool looks_like_html(std::string_view s) {
  size_t i = 0;
  for (;;) {
    if (s.substr(i, 3) == "\xEF\xBB\xBF") i += 3;
    else if (i < s.size() && is_ws(uc(s[i]))) ++i;
    else break;
  }
  // True when a tag whose name ends at k closes with '>' soon: before another '<' or a line break.
  const auto closes = [&s](size_t k) {
    if (k >= s.size() || (s[k] != '>' && s[k] != '/' && !is_ws(uc(s[k])))) return false;
    const size_t limit = std::min(s.size(), k + 256);
    while (k < limit && s[k] != '>' && s[k] != '<' && s[k] != '\n') ++k;
    return k < limit && s[k] == '>';
  };
  if (istarts_with(s, i, "<!doctype") || istarts_with(s, i, "<!--")) return true;
  for (std::string_view p : {std::string_view("<html"), std::string_view("<head"),
                             std::string_view("<body"), std::string_view("<meta")}) {
    if (istarts_with(s, i, p) && closes(i + p.size())) return true;
  }
  // Otherwise count well-formed block tags: start tags, end tags, and <br>s. Two open/close pairs,
  // one pair and two <br>s, or three <br>s make HTML; prose mentioning "<p>" or "a < b" does not.
  size_t starts = 0, ends = 0, brs = 0;
  const size_t n = s.size();
  for (size_t p = i; p < n;) {
    const void* f = std::memchr(s.data() + p, '<', n - p);
    if (f == nullptr) break;
    size_t k = static_cast<size_t>(static_cast<const char*>(f) - s.data()) + 1;
    p = k;
    const bool end = k < n && s[k] == '/';
    if (end) ++k;
    char buf[12];
    size_t len = 0;
    while (k < n && is_alnum(uc(s[k])) && len < sizeof buf) buf[len++] = lower(uc(s[k++]));
    const std::string_view name(buf, len);
    if (len == 0 || !is_block_name(name) || !closes(k)) continue;
    if (name == "br") ++brs;
    else if (end) ++ends;
    else ++starts;
    if (2 * std::min(starts, ends) + brs >= 4 || brs >= 3) return true;
  }
  return false;
}

HtmlText html_to_text(std::string_view html) { return Converter(html).run(); }

}  // namespace tri
