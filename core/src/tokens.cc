// tokens.cc — word, number and punctuation tokens.
#include "triangulate/tokens.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "triangulate/stem.h"
#include "triangulate/text.h"
#include "string_ids.h"
#include "words.h"

namespace tri {
namespace {

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

// The stem of a folded word, from the stems of the words stemmed before on this thread: an
// article repeats its words, and Porter2 (its rules read from tables) costs several times a
// look-up. Forgotten every kRemembered words, so the memory stays small whatever the text.
const std::string& stem_of(const std::string& folded) {
  constexpr size_t kRemembered = 1 << 14;
  static thread_local StringMap<std::string> stems;
  if (stems.size() >= kRemembered) stems = StringMap<std::string>();
  if (const std::string* known = stems.find(folded)) return *known;
  return stems.add(folded, stem_english(folded));
}

struct Cursor {
  std::string_view s;
  size_t end;
  char32_t peek(size_t i, size_t* next) const {
    if (i >= end) {
      *next = i;
      return 0;
    }
    size_t j = i;
    const char32_t c = decode_utf8(s, j);
    *next = std::min(j, end);
    return c;
  }
};

}  // namespace

// English function words (words.txt, written for this project): articles, pronouns, auxiliaries,
// modal verbs, prepositions, conjunctions, negators and a few discourse words. Content words (even
// frequent ones like "said" or "year") are not among them: they carry meaning for alignment.
bool is_stop_word(std::string_view folded) { return word_set(WordList::tokens_stop_words).has(folded); }

// Negators, and contractions written without the apostrophe as plain-text feeds often do ("dont").
bool is_negator(std::string_view w) {
  if (word_set(WordList::tokens_negators).has(w) || word_set(WordList::tokens_bare_contractions).has(w))
    return true;
  return w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0;
}

bool is_approximator(std::string_view w) {
  return word_set(WordList::tokens_is_approximator).has(w);  // almost, nearly, practically, virtually
}

std::vector<Token> tokenize(std::string_view text, size_t begin, size_t end) {
  std::vector<Token> out;
  end = std::min(end, text.size());
  if (begin >= end) return out;
  Cursor cur{text, end};
  size_t i = begin;
  bool space = true;
  auto emit = [&](size_t b, size_t e, TokenType type) {
    Token t;
    t.begin = b;
    t.end = e;
    t.type = type;
    t.space_before = space;
    t.norm = fold(text.substr(b, e - b));
    size_t k = b;
    t.cap = is_upper(decode_utf8(text, k));
    if (type == TokenType::kWord) {
      t.stop = is_stop_word(t.norm);
      t.stem = stem_of(t.norm);
    } else {
      t.stem = t.norm;
    }
    out.push_back(std::move(t));
    space = false;
  };
  while (i < end) {
    size_t next;
    const char32_t c = cur.peek(i, &next);
    if (is_space(c)) {
      space = true;
      i = next;
      continue;
    }
    if (is_digit(c)) {
      // Number: digits, with separators or a decimal point between digits.
      size_t j = next;
      for (;;) {
        size_t n2;
        const char32_t d = cur.peek(j, &n2);
        if (is_digit(d)) {
          j = n2;
          continue;
        }
        if (d == ',' || d == '.') {
          size_t n3;
          if (is_digit(cur.peek(n2, &n3))) {
            j = n2;
            continue;
          }
        }
        break;
      }
      // Ordinal suffix.
      bool ordinal = false;
      {
        size_t a, b2, c3;
        const char32_t x = cur.peek(j, &a);
        const char32_t y = cur.peek(a, &b2);
        const char32_t z = cur.peek(b2, &c3);
        const auto lower = [](char32_t ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; };
        const char32_t lx = lower(x), ly = lower(y);
        if (((lx == 's' && ly == 't') || (lx == 'n' && ly == 'd') || (lx == 'r' && ly == 'd') ||
             (lx == 't' && ly == 'h')) &&
            !is_letter(z)) {
          ordinal = true;
          j = b2;
        }
      }
      emit(i, j, TokenType::kNumber);
      out.back().ordinal = ordinal;
      i = j;
      continue;
    }
    if (is_letter(c)) {
      // Abbreviation with inner full stops: "U.S.", "a.m.", "e.g." (single letters and dots).
      {
        size_t j = i;
        int groups = 0;
        for (;;) {
          size_t n1, n2;
          const char32_t l = cur.peek(j, &n1);
          if (!is_letter(l) || is_cjk(l) || cur.peek(n1, &n2) != '.') break;
          ++groups;
          j = n2;
        }
        if (groups >= 2) {
          emit(i, j, TokenType::kWord);
          i = j;
          continue;
        }
      }
      size_t j = next;
      for (;;) {
        size_t n2;
        const char32_t d = cur.peek(j, &n2);
        if (is_letter(d) || is_digit(d) || is_combining(d)) {
          if (is_cjk(d) || is_cjk(c)) break;  // each CJK character is its own token
          j = n2;
          continue;
        }
        if (is_apostrophe(d)) {
          size_t n3, n4;
          const char32_t e = cur.peek(n2, &n3);
          const char32_t f = cur.peek(n3, &n4);
          if ((e == 's' || e == 'S') && !is_letter(f) && !is_digit(f)) break;  // possessive
          if (is_letter(e)) {
            j = n2;
            continue;
          }
        }
        break;
      }
      emit(i, j, TokenType::kWord);
      i = j;
      // Possessive "'s" as its own token.
      size_t n2;
      const char32_t d = cur.peek(i, &n2);
      if (is_apostrophe(d)) {
        size_t n3, n4;
        const char32_t e = cur.peek(n2, &n3);
        const char32_t f = cur.peek(n3, &n4);
        if ((e == 's' || e == 'S') && !is_letter(f) && !is_digit(f)) {
          emit(i, n3, TokenType::kWord);
          i = n3;
        }
      }
      continue;
    }
    if (is_combining(c)) {  // a stray mark attaches to nothing: skip it
      i = next;
      continue;
    }
    // Ellipsis "..." is one token.
    if (c == '.') {
      size_t j = next, dots = 1, n2;
      while (cur.peek(j, &n2) == '.') {
        j = n2;
        ++dots;
      }
      if (dots >= 3) {
        emit(i, j, TokenType::kPunct);
        i = j;
        continue;
      }
    }
    emit(i, next, TokenType::kPunct);
    i = next;
  }
  // Hyphen joins: word/number, dash without spaces, word/number.
  for (size_t k = 0; k + 2 < out.size(); ++k) {
    if (out[k].type != TokenType::kPunct && out[k + 1].type == TokenType::kPunct &&
        out[k + 1].norm == "-" && !out[k + 1].space_before && out[k + 2].type != TokenType::kPunct &&
        !out[k + 2].space_before) {
      out[k].joined = true;
    }
  }
  // Text tokenised with spaces around every hyphen (some corpora and feeds: "a 36 - year - old
  // climber", "a hit - and - run crash"): three words or numbers joined by two spaced hyphens are
  // one hyphenated word. One spaced hyphen alone is a dash ("July 10 - The administration"), and so
  // is a dash of its own ("—", "–").
  const auto spaced_hyphen = [&](size_t h) {
    return out[h].type == TokenType::kPunct && out[h].norm == "-" && out[h].end - out[h].begin == 1 &&  // "-", not a dash
           out[h].space_before && out[h + 1].space_before &&
           out[h + 1].type != TokenType::kPunct;
  };
  for (size_t k = 0; k + 4 < out.size(); ++k) {
    if (out[k].type != TokenType::kPunct && spaced_hyphen(k + 1) && spaced_hyphen(k + 3)) {
      out[k].joined = true;
      out[k + 2].joined = true;
    }
  }
  out.shrink_to_fit();  // kept for the whole comparison: no room left from growing it
  return out;
}

}  // namespace tri
