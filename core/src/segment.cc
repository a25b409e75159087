// segment.cc — paragraphs, sentences, headlines, page furniture and repeats.
#include "triangulate/segment.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "triangulate/text.h"
#include "triangulate/tokens.h"
#include "sorting.h"
#include "string_ids.h"
#include "word_list.h"
#include "words.h"

namespace tri {
namespace {

// ---------------------------------------------------------------------------------------------
// Small text helpers on valid UTF-8.

char32_t cp_at(std::string_view s, size_t i, size_t* next = nullptr) {
  size_t j = i;
  const char32_t c = i < s.size() ? decode_utf8(s, j) : 0;
  if (next) *next = j;
  return c;
}

// Start of the code point before byte i.
size_t prev_start(std::string_view s, size_t i) {
  if (i == 0) return 0;
  --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

char32_t cp_before(std::string_view s, size_t i) { return i == 0 ? 0 : cp_at(s, prev_start(s, i)); }

bool is_lower_letter(char32_t c) { return is_letter(c) && !is_upper(c) && !is_cjk(c) && c > 0x40; }

bool is_line_break(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85; }

bool is_closer(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0xBB || c == 0x300D || c == 0x300F || c == 0xFF09 || c == 0x203A;
}

bool is_opener(char32_t c) {
  return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 ||
         c == 0xAB || c == 0x300C || c == 0x300E || c == 0xFF08 || c == 0x2039;
}

bool is_terminal(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 ||
         c == 0xFF1F || c == 0xFF0E || c == 0x203C || c == 0x2047 || c == 0x2048 || c == 0x2049;
}

bool is_cjk_terminal(char32_t c) { return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E; }

void trim(std::string_view s, size_t* b, size_t* e) {
  while (*b < *e) {
    size_t n;
    const char32_t c = cp_at(s, *b, &n);
    if (!is_space(c) && !is_combining(c)) break;  // a stray mark at a line start is not text
    *b = n;
  }
  while (*e > *b) {
    const size_t p = prev_start(s, *e);
    if (!is_space(cp_at(s, p))) break;
    *e = p;
  }
}

// Folded words (letters, digits, apostrophes) of s[b, e), at most `limit` of them.
std::vector<std::string> words_of(std::string_view s, size_t b, size_t e, size_t limit = 80) {
  std::vector<std::string> out;
  std::string cur;
  size_t i = b;
  while (i < e && out.size() < limit) {
    size_t n;
    const char32_t c = cp_at(s, i, &n);
    if (is_letter(c) || is_digit(c) || ((c == '\'' || c == 0x2019) && !cur.empty())) {
      fold_codepoint(c, cur);
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
    i = n;
  }
  if (!cur.empty() && out.size() < limit) out.push_back(cur);
  return out;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

// ---------------------------------------------------------------------------------------------
// Paragraphs

struct Para {
  size_t begin, end;   // trimmed content, without bullet marker
  bool list_item = false;
};

// A bullet marker at s[b...]: returns the byte after the marker and its space, or b.
size_t bullet_end(std::string_view s, size_t b, size_t e) {
  size_t n;
  const char32_t c = cp_at(s, b, &n);
  const bool glyph = c == 0x2022 || c == 0x00B7 || c == 0x25AA || c == 0x2023 || c == 0x25E6 ||
                     c == 0x25CF || c == 0x25A0 || c == 0x2043 || c == 0x2219 || c == '*' ||
                     c == '-' || c == 0x2013 || c == 0x2014 || c == 0x25B8 || c == 0x27A2;
  if (glyph) {
    if (n < e && is_space(cp_at(s, n))) {
      size_t k = n;
      while (k < e) {
        size_t m;
        if (!is_space(cp_at(s, k, &m))) break;
        k = m;
      }
      return k;
    }
    return b;
  }
  // "1. " / "12) "
  size_t k = b;
  int digits = 0;
  while (k < e && s[k] >= '0' && s[k] <= '9' && digits < 3) {
    ++k;
    ++digits;
  }
  if (digits > 0 && k + 1 < e && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ') {
    // "2019. It was..." is a sentence, not a list: only small numbers count.
    if (digits <= 2) return k + 2;
  }
  return b;
}

std::vector<Para> paragraphs(std::string_view s) {
  // Raw lines.
  struct Line { size_t b, e; };
  std::vector<Line> lines;
  size_t i = 0, start = 0;
  while (i <= s.size()) {
    size_t n = i + 1;
    const bool at_end = i == s.size();
    char32_t c = 0;
    if (!at_end) c = cp_at(s, i, &n);
    if (at_end || is_line_break(c)) {
      size_t b = start, e = i;
      trim(s, &b, &e);
      lines.push_back({b, e});
      if (!at_end && c == '\r' && n < s.size() && s[n] == '\n') ++n;
      start = n;
      if (at_end) break;
    }
    i = n;
  }
  std::vector<Para> out;
  for (size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].b == lines[k].e) continue;
    Para p{lines[k].b, lines[k].e};
    const size_t after = bullet_end(s, p.begin, p.end);
    if (after != p.begin) {
      p.list_item = true;
      p.begin = after;
    }
    // Soft wrap: a long line without final punctuation followed by a line in lower case.
    while (k + 1 < lines.size() && lines[k + 1].b != lines[k + 1].e && p.end - p.begin >= 40) {
      const char32_t last = cp_before(s, p.end);
      if (is_terminal(last) || last == ':' || is_closer(last)) break;
      const char32_t first = cp_at(s, lines[k + 1].b);
      if (!is_lower_letter(first)) break;
      if (bullet_end(s, lines[k + 1].b, lines[k + 1].e) != lines[k + 1].b) break;
      p.end = lines[++k].e;
    }
    out.push_back(p);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sentences

// Abbreviations that precede a name or number: a full stop after them never ends a sentence.
const WordSet& title_abbreviations() { return word_set(WordList::segment_title_abbreviations); }

// Abbreviations that may also end a sentence: split only before a typical sentence opener.
const WordSet& final_abbreviations() { return word_set(WordList::segment_final_abbreviations); }

// The word that ends at byte p (exclusive), folded, with inner dots kept.
std::string word_before(std::string_view s, size_t p, size_t floor) {
  size_t b = p;
  while (b > floor) {
    const size_t q = prev_start(s, b);
    const char32_t c = cp_at(s, q);
    if (!(is_letter(c) || c == '.')) break;
    b = q;
  }
  return fold(s.substr(b, p - b));
}

// Next word starting at byte p, folded.
std::string word_after(std::string_view s, size_t p, size_t e) {
  size_t i = p;
  while (i < e) {
    size_t n;
    const char32_t c = cp_at(s, i, &n);
    if (!is_opener(c)) break;
    i = n;
  }
  size_t j = i;
  while (j < e) {
    size_t n;
    const char32_t c = cp_at(s, j, &n);
    if (!(is_letter(c) || c == '\'' || c == 0x2019)) break;
    j = n;
  }
  return fold(s.substr(i, j - i));
}

// Decides whether a sentence ends at the terminal run s[p, q) followed by white space and then
// the character at r.
bool ends_sentence(std::string_view s, size_t floor, size_t p, size_t q, size_t r, size_t e) {
  const char32_t term = cp_at(s, p);
  const char32_t next = cp_at(s, r);
  if (is_lower_letter(next)) return false;  // "... then", "?" he asked
  if (term == '.' && next == '.') return false;  // a dot of a spaced ellipsis (". . .")
  (void)q;
  if (term != '.' || (q - p >= 3 && s.substr(p, 3) == "...")) return true;
  // A full stop between digits, after at most three of them, is a decimal point spaced out by a
  // tokenizer ("averaged 14. 4 points", "$368. 0 million"); after a year it ends a sentence
  // ("It ended in 1959. 26 leaders came").
  if (q == p + 1 && is_digit(next)) {
    size_t k = p, digits = 0;
    while (k > floor && is_digit(cp_before(s, k)) && digits < 4) k = prev_start(s, k), ++digits;
    if (digits >= 1 && digits <= 3 && !(k > floor && is_letter(cp_before(s, k)))) return false;
  }
  // A single full stop: abbreviations and initials.
  std::string w = word_before(s, p, floor);
  if (w.empty()) return true;
  if (w.size() > 1 && w.front() == '.') w.erase(0, 1);
  const size_t pos_before = p - (p >= floor ? std::min(p - floor, w.size()) : 0);
  (void)pos_before;
  if (title_abbreviations().has(w)) {
    // "No." and month abbreviations need a number or name after them; others always bind.
    return false;
  }
  // An initial: one upper-case letter ("John F. Kennedy").
  {
    const size_t q0 = prev_start(s, p);
    const char32_t c = cp_at(s, q0);
    const char32_t before = cp_before(s, q0);
    if (is_upper(c) && (q0 == floor || is_space(before) || is_opener(before)))
      return false;
  }
  if (final_abbreviations().has(w) || (w.find('.') != std::string::npos && w.size() <= 6)) {
    const std::string nw = word_after(s, r, e);
    return !nw.empty() && is_stop_word(nw) && is_upper(next);
  }
  return true;
}

struct Span2 { size_t b, e; };

// Sentences of paragraph [b, e).
void sentences(std::string_view s, size_t b, size_t e, std::vector<Span2>* out) {
  size_t start = b;
  size_t i = b;
  while (i < e) {
    size_t n;
    const char32_t c = cp_at(s, i, &n);
    if (!is_terminal(c)) {
      i = n;
      continue;
    }
    // The run of terminals and closers.
    size_t q = n;
    while (q < e) {
      size_t m;
      const char32_t d = cp_at(s, q, &m);
      if (!(is_terminal(d) || is_closer(d))) break;
      q = m;
    }
    bool split = false;
    if (q >= e) {
      split = false;  // the paragraph end closes it anyway
    } else if (is_cjk_terminal(c)) {
      split = true;
    } else if (is_space(cp_at(s, q))) {
      size_t r = q;
      while (r < e) {
        size_t m;
        if (!is_space(cp_at(s, r, &m))) break;
        r = m;
      }
      split = r < e && ends_sentence(s, start, i, q, r, e);
    }
    if (split) {
      size_t ub = start, ue = q;
      trim(s, &ub, &ue);
      if (ub < ue) out->push_back({ub, ue});
      start = q;
    }
    i = q;
  }
  size_t ub = start, ue = e;
  trim(s, &ub, &ue);
  if (ub < ue) out->push_back({ub, ue});
}

// Cuts spans longer than kMaxUnitBytes at white space (or at a code point boundary).
void cap_length(std::string_view s, std::vector<Span2>* spans) {
  std::vector<Span2> out;
  out.reserve(spans->size());
  for (Span2 sp : *spans) {
    while (sp.e - sp.b > kMaxUnitBytes) {
      size_t cut = sp.b + kMaxUnitBytes;
      while (cut > sp.b && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
      size_t w = cut;
      while (w > sp.b + kMaxUnitBytes / 2 && !is_space(cp_at(s, prev_start(s, w)))) w = prev_start(s, w);
      if (w > sp.b + kMaxUnitBytes / 2) cut = w;
      size_t b1 = sp.b, e1 = cut;
      trim(s, &b1, &e1);
      if (b1 < e1) out.push_back({b1, e1});
      sp.b = cut;
      size_t e2 = sp.e;
      trim(s, &sp.b, &e2);
    }
    if (sp.b < sp.e) out.push_back(sp);
  }
  *spans = std::move(out);
}

// Joins each unit shorter than kShortBytes to the unit before it (and a short first unit to the
// next), up to kMaxUnitBytes. A joined unit that holds a claim or headline is a claim ("lines").
void join_short_units(std::vector<Unit>* units) {
  const auto linkable = [](const Unit& u) { return u.kind == UnitKind::kClaim || u.kind == UnitKind::kHeadline; };
  std::vector<Unit> out;
  out.reserve(units->size());
  for (const Unit& u : *units) {
    if (!out.empty()) {
      Unit& p = out.back();
      const bool short_one = u.end - u.begin < kShortBytes || p.end - p.begin < kShortBytes;
      if (short_one && u.end - p.begin <= kMaxUnitBytes) {
        if (linkable(p) || linkable(u)) {
          p.kind = UnitKind::kClaim;
          p.role = "lines";
        }
        p.end = u.end;
        continue;
      }
    }
    out.push_back(u);
  }
  *units = std::move(out);
}

// ---------------------------------------------------------------------------------------------
// Page furniture. Each rule is general: it looks at the shape of a short line (its length, its
// final punctuation, capitalisation, the verb it starts with, a web address in it); the pattern
// lists below are the small, documented vocabulary those rules use.

// The phrases of the lists below are in words.txt, their words joined by "_" ("let_us_know"):
// segment_furniture_feedback, feedback prompts ("was this article helpful", "send feedback");
// notes on where the text came from: a note names the text itself (segment_furniture_this_text:
// "this report", "the headline") and says how it was made or handled (segment_furniture_made_how:
// "generated from", "contributed to", "edited"): "This report was generated from an agency feed.",
// "Our city desk contributed to this article."; rights and credit notes need no such words
// (segment_furniture_rights_notes: "all rights reserved", "with inputs from").

// True when `fits` holds for a phrase of the list.
template <class Fits>
bool any_phrase(WordList list, Fits fits) {
  for (std::string_view ws = word_set(list).words(); !ws.empty();) {
    const size_t e = std::min(ws.find(' '), ws.size());
    if (fits(ws.substr(0, e))) return true;
    ws.remove_prefix(std::min(e + 1, ws.size()));
  }
  return false;
}

// A copyright notice: "Copyright" opening the line, or before a year or a sign ("... Copyright 2024
// Harbour Wire"); not the word in a sentence ("laws on copyright and patents").
bool copyright_notice(std::string_view folded) {
  for (size_t p = folded.find("copyright "); p != std::string_view::npos; p = folded.find("copyright ", p + 1)) {
    const std::string_view after = folded.substr(p + 10);
    if (p == 0 || (!after.empty() && (std::isdigit(static_cast<unsigned char>(after[0])) || after.rfind("(c)", 0) == 0)))
      return true;
  }
  return false;
}

// Photo credits: caption markers and picture libraries that open or close a caption (words.txt
// segment_furniture_credit_marks: "photo:", "image caption", "shutterstock"; a library named
// "<Name> Images" is recognised by its shape, see furniture()). Headings of a list of links to
// other pages, the short lines after one its items: segment_furniture_link_lists ("most read",
// "you may also like").

// The words of a line are w, or begin with w ("most read this week" opens with "most read"), the
// line's words and w's joined by " " or by "_".
bool opens(std::string_view joined, std::string_view w) {
  return joined.substr(0, w.size()) == w && (joined.size() == w.size() || joined[w.size()] == ' ' || joined[w.size()] == '_');
}

bool has_web_address(std::string_view folded) {
  static constexpr std::array<std::string_view, 10> tlds = {
      ".com", ".org", ".net", ".in", ".co.uk", ".io", ".tv", ".fm", ".news", "www."};
  for (auto t : tlds) {
    size_t p = folded.find(t);
    while (p != std::string_view::npos) {
      const size_t after = p + t.size();
      const bool letter_before = p > 0 && std::isalnum(static_cast<unsigned char>(folded[p - 1]));
      const bool letter_after = after < folded.size() && std::isalpha(static_cast<unsigned char>(folded[after]));
      if ((letter_before || t == "www.") && !letter_after) return true;
      p = folded.find(t, p + 1);
    }
  }
  return contains(folded, "http://") || contains(folded, "https://");
}

// A word fused from a name and an outlet: lower case followed by 2+ capitals ("RoeKTV", where the
// page ran "Jane Roe" and "KTV News" together).
bool has_fused_word(std::string_view s, size_t b, size_t e) {
  size_t i = b;
  char32_t prev = 0;
  while (i < e) {
    size_t n;
    const char32_t c = cp_at(s, i, &n);
    if (is_lower_letter(prev) && is_upper(c)) {
      size_t m;
      const char32_t d = cp_at(s, n, &m);
      if (is_upper(d)) return true;
    }
    prev = c;
    i = n;
  }
  return false;
}

// True when s[b, e) contains white space.
bool has_space(std::string_view s, size_t b, size_t e) {
  size_t i = b;
  while (i < e) {
    size_t n;
    if (is_space(cp_at(s, i, &n))) return true;
    i = n;
  }
  return false;
}

// True when each of the last `k` words of s[b, e) starts with a capital letter.
bool last_words_capitalised(std::string_view s, size_t b, size_t e, int k) {
  size_t i = e;
  for (int seen = 0; seen < k; ++seen) {
    while (i > b && !(is_letter(cp_before(s, i)) || is_digit(cp_before(s, i)))) i = prev_start(s, i);
    if (i == b) return false;
    while (i > b && (is_letter(cp_before(s, i)) || is_digit(cp_before(s, i)))) i = prev_start(s, i);
    if (!is_upper(cp_at(s, i))) return false;
  }
  return true;
}

bool ends_with_terminal(std::string_view s, size_t b, size_t e) {
  size_t p = e;
  while (p > b) {
    const size_t q = prev_start(s, p);
    const char32_t c = cp_at(s, q);
    if (is_closer(c)) {
      p = q;
      continue;
    }
    return is_terminal(c);
  }
  return false;
}

// True when a sentence-ending mark occurs in s[b, e).
bool terminal_within(std::string_view s, size_t b, size_t e) {
  size_t i = b;
  while (i < e) {
    size_t n;
    if (is_terminal(cp_at(s, i, &n))) return true;
    i = n;
  }
  return false;
}

// Share of words that start with a capital letter.
double capitalised_share(std::string_view s, size_t b, size_t e) {
  size_t words = 0, caps = 0;
  size_t i = b;
  bool in_word = false;
  while (i < e) {
    size_t n;
    const char32_t c = cp_at(s, i, &n);
    if (is_letter(c) || is_digit(c)) {
      if (!in_word) {
        ++words;
        if (is_upper(c) || is_digit(c)) ++caps;
      }
      in_word = true;
    } else if (!(c == '\'' || c == 0x2019 || c == '-')) {
      in_word = false;
    }
    i = n;
  }
  return words ? static_cast<double>(caps) / static_cast<double>(words) : 0.0;
}

// Furniture role of the text s[b, e) (a unit or a whole paragraph), or "".
std::string furniture(std::string_view s, size_t b, size_t e, bool first_para) {
  const auto words = words_of(s, b, e, 64);
  if (words.empty()) return "separator";
  if (words.size() > 40) return "";
  const std::string folded = fold(s.substr(b, std::min<size_t>(e - b, 600)));
  std::string joined;
  for (const auto& w : words) {
    if (!joined.empty()) joined += ' ';
    joined += w;
  }
  const bool terminal = ends_with_terminal(s, b, e);
  const char32_t last = cp_before(s, e);

  // Labels that stand alone on a line (words.txt ad_labels and navigation, their words joined by
  // "_": "paid_content", "skip_to_content"); "Advertisement" before a few words too.
  std::string key = joined;
  std::replace(key.begin(), key.end(), ' ', '_');
  std::string under = folded;  // folded, "_" for " ", to find the phrases of words.txt
  std::replace(under.begin(), under.end(), ' ', '_');
  if (words.size() <= 8 && (word_set(WordList::segment_furniture_ad_labels).has(key) || opens(joined, "advertisement")))
    return "advertisement";

  const auto in_under = [&](std::string_view f) { return contains(under, f); };
  if (any_phrase(WordList::segment_furniture_rights_notes, in_under)) return "syndication";
  if (copyright_notice(folded)) return "syndication";
  if (contains(folded, "\xC2\xA9")) return "syndication";  // ©
  if (any_phrase(WordList::segment_furniture_this_text, in_under) && any_phrase(WordList::segment_furniture_made_how, in_under))
    return "syndication";

  // A prompt opens its line, after a word at most ("Please let us know"; not "... hard to rate this bridge").
  if (words.size() <= 14 && any_phrase(WordList::segment_furniture_feedback, [&](std::string_view f) {
        const size_t at = key.find(f);
        return at != std::string::npos && std::count(key.begin(), key.begin() + at, '_') <= 1;
      }))
    return "feedback-prompt";
  // A short question to the reader about this page ("Was our summary useful?").
  if (last == '?' && words.size() <= 10 &&
      (std::find(words.begin(), words.end(), "our") != words.end() ||
       contains(joined, "this article") || contains(joined, "this story") ||
       contains(joined, "this summary")))
    return "feedback-prompt";

  // Calls to action: start with an imperative verb (the list call_verbs: share, follow,
  // subscribe, app and playlist promotions) and talk about us, an app, a channel (call_nouns: the
  // outlet, its products, social networks, this page), or point at a web address, or end with a
  // colon.
  if (words.size() <= 24 && word_set(WordList::segment_furniture_call_verbs).has(words[0])) {
    bool noun = false;
    for (const auto& w : words) noun = noun || word_set(WordList::segment_furniture_call_nouns).has(w);
    if (last == ':' || has_web_address(folded) || (noun && words.size() <= 16))
      return word_set(WordList::segment_furniture_share_verbs).has(words[0]) ? "share-prompt" : "promotion";
  }
  if (words.size() <= 20 && has_web_address(folded) && !terminal) return "promotion";
  // A line that is one web address and nothing else, however long its path.
  if (!terminal && has_web_address(folded) && !has_space(s, b, e)) return "promotion";

  if (word_set(WordList::segment_furniture_navigation).has(key)) return "navigation";
  // A heading of links, alone or before a few words ("Most read this week", "Related stories on
  // this topic"); "Related" only alone ("Related charges dropped" is a headline).
  if (words.size() <= 6 && joined == "related") return "link-list";
  if (words.size() <= 6 && any_phrase(WordList::segment_furniture_link_lists, [&](std::string_view h) { return opens(key, h); }))
    return "link-list";
  // A line of short items between separators ("Home | News | Sport", "News > Local > Harwick",
  // "Sign in | Subscribe"; not "Flood closes bridge | Harwick Herald"), or a cookie notice.
  const auto bars = std::count(folded.begin(), folded.end(), '|');
  if (!terminal && words.size() <= 12 &&
      (bars >= 2 || (bars == 1 && words.size() <= 4) || std::count(folded.begin(), folded.end(), '>') >= 2))
    return "navigation";
  if (contains(folded, "cookies") && (contains(folded, "our site") || contains(folded, "you agree"))) return "navigation";

  // Captions and credits: a credit mark opening or closing a short paragraph, or a picture
  // library's name, one capitalised word and "Images" ("Northpix Images"), opening or closing it.
  if (any_phrase(WordList::segment_furniture_credit_marks, [&](std::string_view c) {
        return starts_with(under, c) || (under.size() >= c.size() && under.compare(under.size() - c.size(), c.size(), c) == 0);
      }))
    return words.size() <= 4 ? "credit" : "caption";
  // A credit line closing the paragraph ("... Photo: Jane Roe"): a marker and a short name (each
  // ends with a colon: a paragraph without one is spared the searches).
  const size_t colon = folded.rfind(':');
  for (auto c : {std::string_view("photo:"), std::string_view("picture:"), std::string_view("image:"),
                 std::string_view("credit:"), std::string_view("photograph:")}) {
    const size_t at = colon == std::string::npos ? colon : folded.rfind(c, colon);
    if (at != std::string::npos && at > 0 &&
        words_of(folded, at + c.size(), folded.size(), 8).size() <= 5 && words.size() <= 40)
      return "caption";
  }
  // An "Agency/Photographer" credit opening the paragraph: capitalised words after the slash
  // ("Examplepix/Northpix Images", "Examplepix/Jane Roe"), not "pound/krone" or "the ABC/XYZ index".
  {
    const size_t slash = folded.find('/');
    const size_t in_par = s.substr(b, e - b).find('/');  // within the paragraph: work stays linear
    const size_t at = in_par == std::string_view::npos ? std::string_view::npos : b + in_par;
    size_t next = at == std::string_view::npos ? e : at + 1;
    while (next < e && s[next] != ' ') ++next;
    while (next < e && s[next] == ' ') ++next;
    const bool names_after = at != std::string_view::npos && at + 1 < e && is_upper(cp_at(s, at + 1)) &&
                             (next >= e || is_upper(cp_at(s, next)));
    if (slash != std::string::npos && names_after && slash < 40 && slash + 1 < folded.size() &&
        words_of(folded, 0, slash, 8).size() <= 3 && std::isalpha(static_cast<unsigned char>(folded[slash + 1])) &&
        slash > 0 && std::isalpha(static_cast<unsigned char>(folded[slash - 1])) && is_upper(cp_at(s, b)) &&
        words.size() <= 40 && !terminal_within(s, b, b + slash))
      return "caption";
  }
  if (words.size() >= 2 && ((words[1] == "images" && is_upper(cp_at(s, b))) ||
                            (words.back() == "images" && last_words_capitalised(s, b, e, 2))))
    return words.size() <= 4 ? "credit" : "caption";
  if (contains(folded, "(photo") || contains(folded, "(image") || contains(folded, "(picture"))
    if (words.size() <= 30) return "caption";
  // A short note wholly in brackets, with no sentence in it ("(Harbour Gazette article)",
  // "(Harbour Wire)"): who supplied the text, not a claim.
  if (words.size() <= 4 && cp_at(s, b) == '(' && last == ')' && !terminal_within(s, b, e)) return "credit";

  // Bylines: a short capitalised line without final punctuation that names a writer and outlet
  // (byline_tail: outlet-ish last words, "Jane Doe Valley News", "John Roe, Staff Writer").
  if (!first_para && !terminal && words.size() <= 8 && capitalised_share(s, b, e) >= 0.99) {
    if (words[0] == "by" || has_fused_word(s, b, e) || word_set(WordList::segment_furniture_byline_tail).has(words.back()))
      return "byline";
  }
  if (!terminal && words.size() <= 10 &&
      (word_set(WordList::segment_furniture_stamp_words).has(words[0]) ||
       (words.size() >= 2 && words[0] == "last" && words[1] == "updated") ||
       (words.size() <= 4 && words.back() == "read" && words[0].find_first_of("0123456789") == 0)))
    return "timestamp";
  return "";
}

// Dateline at the start of a paragraph: 1-3 capitalised words (or ALL CAPS), with the date's
// numbers among them ("HALVERY, Jan 14", "OSLO, 3 March 2024"), optionally "(Agency)", then ':'
// or a spaced dash, then a capitalised word. Returns the byte after the
// separator (and its space), or b when there is none. A dateline is a place and an agency: at
// most kMaxDatelineBytes (so a unit of it never passes the unit cap).
constexpr size_t kMaxDatelineBytes = 120;
size_t dateline_end(std::string_view s, size_t b, size_t e) {
  e = std::min(e, b + kMaxDatelineBytes);
  size_t i = b;
  int words = 0;
  bool dated = false;  // past the place's comma: a date's numbers may follow
  while (i < e && words <= 4) {
    size_t n;
    char32_t c = cp_at(s, i, &n);
    if (!is_upper(c)) break;
    // one word
    while (n < e) {
      size_t m;
      c = cp_at(s, n, &m);
      if (!(is_letter(c) || c == '.' || c == '\'' || c == 0x2019 || c == '-')) break;
      n = m;
    }
    ++words;
    i = n;
    // separators between words, and after the place's comma the numbers of a date ("Jan 14,
    // 2024", "14 January")
    if (i < e && s[i] == ',') ++i, dated = true;
    size_t k = i;
    while (k < e && s[k] == ' ') ++k;
    while (dated && k < e && s[k] >= '0' && s[k] <= '9') {
      size_t d = k;
      while (d < e && d - k < 4 && s[d] >= '0' && s[d] <= '9') ++d;
      if (d >= e || (s[d] != ' ' && s[d] != ',')) break;  // "4th", "14:00", "12345": no date's number
      i = d + (s[d] == ',');
      k = i;
      while (k < e && s[k] == ' ') ++k;
    }
    if (k < e && s[k] == '(') {  // "(Agency)"
      const size_t close = s.substr(0, std::min(e, k + 31)).find(')', k);  // look 30 bytes ahead, no more
      if (close == std::string_view::npos) break;
      i = close + 1;
      k = i;
      while (k < e && s[k] == ' ') ++k;
    }
    size_t m;
    const char32_t sep = cp_at(s, k, &m);
    if (sep == ':' || ((sep == 0x2014 || sep == 0x2013 || sep == '-') && k > i)) {
      // separator found: must be followed by space and a capitalised word
      if (sep == '-' && m < e && s[m] == '-') ++m;
      if (m >= e || !is_space(cp_at(s, m))) return b;
      size_t r = m;
      while (r < e && is_space(cp_at(s, r))) r += 1;
      if (r >= e || !(is_upper(cp_at(s, r)) || is_opener(cp_at(s, r)))) return b;
      return words <= 3 ? r : b;
    }
    if (k == i || k >= e) break;  // no space: not a dateline
    i = k;
  }
  return b;
}

// Folded text with everything but letters and digits removed: the key for exact repeats.
std::string repeat_key(std::string_view s, size_t b, size_t e) {
  std::string f = fold(s.substr(b, e - b)), out;
  out.reserve(f.size());
  for (char c : f)
    if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80)) out += c;
  return out;
}

}  // namespace

std::vector<Unit> segment(std::string_view s) {
  std::vector<Unit> units;
  const auto paras = paragraphs(s);
  bool seen_headline = false;
  int first_content_para = -1;
  std::vector<size_t> para_units;  // number of units per paragraph
  // The unit of the current run of fragments and its last paragraph (see below).
  size_t run_unit = static_cast<size_t>(-1), run_para = static_cast<size_t>(-2);
  bool links = false;  // in a list of links to other pages

  for (size_t pi = 0; pi < paras.size(); ++pi) {
    const Para& p = paras[pi];
    const int para = static_cast<int>(pi);
    size_t b = p.begin;
    const size_t units_before = units.size();

    // Whole-paragraph furniture (short paragraphs only), and the unpunctuated short lines after a
    // heading of links ("Most read", "Related stories"): the headlines of other pages.
    std::string para_role = furniture(s, p.begin, p.end, first_content_para < 0);
    links = para_role == "link-list" ||
            (links && para_role.empty() && !ends_with_terminal(s, p.begin, p.end) && words_of(s, p.begin, p.end, 20).size() <= 16);
    if (links && para_role.empty()) para_role = "link-list";
    if (!para_role.empty()) {
      std::vector<Span2> spans;
      sentences(s, p.begin, p.end, &spans);
      cap_length(s, &spans);
      for (const auto& sp : spans) units.push_back({sp.b, sp.e, UnitKind::kBoilerplate, para_role, para, -1, GroupStatus::kSingle, {}});
      continue;
    }

    // A paragraph of fewer than two words states nothing: a fragment ("x", "2", a lone word of a
    // pasted menu). Fragments in a row make one unit, up to kMaxUnitBytes (a longer paragraph is
    // cut like any other, below).
    if (p.end - p.begin <= kMaxUnitBytes && words_of(s, p.begin, p.end, 2).size() < 2) {
      size_t fb = p.begin, fe = p.end;
      trim(s, &fb, &fe);  // (a bullet marker may leave a space)
      if (fb >= fe) continue;
      if (run_para + 1 == pi && run_unit + 1 == units.size() && fe - units.back().begin <= kMaxUnitBytes) {
        units.back().end = fe;
      } else {
        units.push_back({fb, fe, UnitKind::kBoilerplate, "fragment", para, -1, GroupStatus::kSingle, {}});
        run_unit = units.size() - 1;
      }
      run_para = pi;
      continue;
    }

    // Dateline.
    if (pi < 4 && !p.list_item) {
      const size_t d = dateline_end(s, b, p.end);
      if (d != b) {
        size_t db = b, de = d;
        trim(s, &db, &de);
        // Keep the separator with the dateline; the claim starts at the capitalised word.
        units.push_back({db, de, UnitKind::kBoilerplate, "dateline", para, -1, GroupStatus::kSingle, {}});
        b = d;
      }
    }

    std::vector<Span2> spans;
    sentences(s, b, p.end, &spans);
    cap_length(s, &spans);

    const bool single = spans.size() == 1;
    const bool terminal = ends_with_terminal(s, p.begin, p.end);
    const auto nwords = words_of(s, b, p.end, 40).size();

    for (const auto& sp : spans) {
      Unit u{sp.b, sp.e, UnitKind::kClaim, p.list_item ? "list-item" : "sentence", para, -1, GroupStatus::kSingle, {}};
      const std::string role = furniture(s, sp.b, sp.e, false);
      if (!role.empty() && words_of(s, sp.b, sp.e, 20).size() <= 12) {
        u.kind = UnitKind::kBoilerplate;
        u.role = role;
      } else if (single && !terminal && !p.list_item) {
        const char32_t last = cp_before(s, p.end);
        const bool question = last == '?' || last == '!';
        // The first content line of the page, short and unpunctuated: the headline. Later
        // short, title-cased lines: subheadings. Other unpunctuated lines are claims.
        if (!seen_headline && first_content_para < 0 && nwords <= 30 && pi < 4) {
          u.kind = UnitKind::kHeadline;
          u.role = "headline";
          seen_headline = true;
        } else if (nwords <= 16 && capitalised_share(s, sp.b, sp.e) >= 0.6 && !question) {
          u.kind = UnitKind::kHeadline;
          u.role = "headline";
        } else {
          u.role = "line";
        }
      }
      units.push_back(u);
    }
    if (units.size() > units_before && first_content_para < 0) {
      for (size_t k = units_before; k < units.size(); ++k)
        if (units[k].kind == UnitKind::kClaim || units[k].kind == UnitKind::kHeadline)
          first_content_para = para;
    }
  }

  // Dense text: more than one unit per kDenseBytes bytes on average is no article (news runs at
  // over 100 bytes a unit) but a page of tiny lines or sentences, and each unit costs the engine
  // far more memory than a few bytes of text. There every unit shorter than kShortBytes joins the
  // unit before it (up to kMaxUnitBytes), so units stay within one per kShortBytes bytes.
  if (units.size() > 64 && units.size() * kDenseBytes > s.size()) join_short_units(&units);

  // Exact repeats: keep the copy in the larger paragraph (the body), or the first.
  std::vector<size_t> para_size(paras.size() + 1, 0);
  for (const auto& u : units)
    if (u.kind == UnitKind::kClaim || u.kind == UnitKind::kHeadline) ++para_size[u.paragraph];
  StringMap<uint32_t> first_of;  // text -> the unit that carries it
  for (size_t k = 0; k < units.size(); ++k) {
    Unit& u = units[k];
    if (u.kind != UnitKind::kClaim && u.kind != UnitKind::kHeadline) continue;
    const std::string key = repeat_key(s, u.begin, u.end);
    if (key.size() < 8) continue;
    uint32_t* const first = &first_of.add(key, static_cast<uint32_t>(k));
    if (*first == k) continue;  // the first unit with this text
    Unit& earlier = units[*first];
    const bool keep_later = para_size[u.paragraph] > para_size[earlier.paragraph];
    if (keep_later) {
      earlier.kind = UnitKind::kDuplicate;
      earlier.role = "repeat";
      earlier.of = static_cast<int>(k);
      *first = static_cast<uint32_t>(k);
    } else {
      u.kind = UnitKind::kDuplicate;
      u.role = "repeat";
      u.of = static_cast<int>(*first);
    }
  }
  return units;
}

void mark_restatements(std::vector<Unit>& units, const std::vector<std::vector<Token>>& tokens) {
  // Content stems of each claim unit.
  const size_t n = units.size();
  std::vector<std::vector<std::string>> stems(n);
  // Stem -> its list of units in `postings`.
  StringIds index;
  std::vector<std::vector<size_t>> postings;
  for (size_t k = 0; k < n; ++k) {
    if (units[k].kind != UnitKind::kClaim && units[k].kind != UnitKind::kHeadline) continue;
    for (const auto& t : tokens[k])
      if (t.type != TokenType::kPunct && !t.stop) stems[k].push_back(t.stem);
    sort_by(stems[k].begin(), stems[k].end(), std::less<std::string>());  // a set: sorted, each once
    stems[k].erase(std::unique(stems[k].begin(), stems[k].end()), stems[k].end());
    if (units[k].role != "list-item")
      for (const auto& st : stems[k]) {
        const uint32_t id = index.intern(st);
        if (id == postings.size()) postings.emplace_back();
        auto& post = postings[id];
        if (post.size() < 256) post.push_back(k);
      }
  }
  for (size_t k = 0; k < n; ++k) {
    if (units[k].role != "list-item" || units[k].kind != UnitKind::kClaim) continue;
    const auto& mine = stems[k];
    if (mine.size() < 3) continue;
    // Which body units cover most of this item's stems? Best unit plus its neighbours.
    // Units by how many of the item's stems they hold: their ids sorted, one run per unit.
    std::vector<size_t> hits;
    for (const auto& st : mine) {
      const uint32_t id = index.find(st);
      if (id == StringIds::kNone) continue;
      hits.insert(hits.end(), postings[id].begin(), postings[id].end());
    }
    sort_by(hits.begin(), hits.end(), std::less<size_t>());
    size_t best = n, best_hits = 0;
    for (size_t r = 0; r < hits.size();) {
      size_t end = r;
      while (end < hits.size() && hits[end] == hits[r]) ++end;
      if (end - r > best_hits) best = hits[r], best_hits = end - r;  // ties: the first unit
      r = end;
    }
    if (best == n) continue;
    // Coverage by the best unit and the next unit of its paragraph.
    std::vector<const std::vector<std::string>*> cover = {&stems[best]};
    for (size_t j : {best > 0 ? best - 1 : best, best + 1}) {
      if (j < n && j != best && j != k && units[j].paragraph == units[best].paragraph &&
          units[j].role != "list-item")
        cover.push_back(&stems[j]);
    }
    size_t covered = 0;
    for (const auto& st : mine) {
      bool in = false;
      for (const auto* c : cover) in = in || std::binary_search(c->begin(), c->end(), st);
      covered += in;
    }
    if (covered * 10 >= mine.size() * 7) {
      units[k].kind = UnitKind::kDuplicate;
      units[k].role = "restates";
      units[k].of = static_cast<int>(best);
    }
  }
}

}  // namespace tri
