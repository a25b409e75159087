// scan.cc — the shared token view of the fact readers and their common word lists.
#include "facts/scan.h"

#include <cmath>

#include "facts/number.h"
#include "words.h"

namespace tri {
namespace facts_internal {

const std::string_view kWeekdayNames[7] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                           "Friday", "Saturday", "Sunday"};
const std::string_view kMonthNames[12] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};

namespace {

// Word w is `name` (a month's or weekday's, capitalised) in lower case, or its first `n` letters.
bool named(std::string_view name, std::string_view w, size_t n = std::string_view::npos) {
  name = name.substr(0, n);
  return w.size() == name.size() && w[0] == name[0] + ('a' - 'A') && w.substr(1) == name.substr(1);
}

// Nouns that are plural without an -s.
bool irregular_plural(std::string_view w) {
  return word_set(WordList::scan_irregular_plural).has(w);
}

// Words that can stand between a number and its noun without ending the noun phrase.
bool soft_modifier(std::string_view w) {
  return word_set(WordList::scan_soft_modifier).has(w);
}

}  // namespace

bool eq_chars(const char* a, size_t n, const char* b, size_t m) {
  return n == m && std::string_view(a, n) == std::string_view(b, m);
}

bool ends_with(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() &&
         w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

int weekday_index(std::string_view w) {
  if (w.size() < 6 || w.size() > 9 || !ends_with(w, "day")) return -1;
  for (int k = 0; k < 7; ++k)
    if (named(kWeekdayNames[k], w)) return k;
  return -1;
}

bool is_determiner(std::string_view w) {
  return word_set(WordList::scan_is_determiner).has(w);
}
bool is_be_form(std::string_view w) {
  const WordSet& k = word_set(WordList::scan_is_be_form);
  return k.has(w);
}
bool is_modal_verb(std::string_view w) {
  const WordSet& k = word_set(WordList::scan_is_modal_verb);
  return k.has(w);
}
bool is_auxiliary(std::string_view w) {
  return word_set(WordList::scan_is_auxiliary).has(w);
}
bool is_clause_word(std::string_view w) {
  return word_set(WordList::scan_is_clause_word).has(w);
}
bool is_pronoun(std::string_view w) {
  return word_set(WordList::scan_is_pronoun).has(w);
}
bool is_abbreviation(std::string_view w) {
  const WordSet& k = word_set(WordList::scan_is_abbreviation);
  return w.size() == 1 || k.has(w);
}
bool is_reporting_verb(std::string_view w) {
  return word_set(WordList::scan_is_reporting_verb).has(w);
}
bool is_adverb_like(std::string_view w) {
  const WordSet& k = word_set(WordList::scan_is_adverb_like);
  if (k.has(w)) return true;
  return w.size() > 4 && ends_with(w, "ly") && !word_set(WordList::scan_is_adverb_like_not).has(w);
}

// ---------------------------------------------------------------------------------------------

Scan::Scan(std::string_view text, const std::vector<Token>& tokens)
    : used(tokens.size(), 0), in_name(tokens.size(), 0), text_(text), t_(tokens),
      n_(tokens.size()), start_(tokens.size(), 0) {
  bool boundary = true;
  for (size_t i = 0; i < n_; ++i) {
    const Token& t = t_[i];
    if (t.type == TokenType::kPunct) {
      if (sentence_end(i)) boundary = true;
      continue;
    }
    start_[i] = boundary && t.type == TokenType::kWord;
    boundary = false;
  }
}

bool Scan::punct_chars(size_t i, const char* p, size_t m) const {
  return any_punct(i) && eq_chars(t_[i].norm.data(), t_[i].norm.size(), p, m);
}
bool Scan::is_chars(size_t i, const char* w, size_t m) const {
  return word(i) && eq_chars(t_[i].norm.data(), t_[i].norm.size(), w, m);
}

bool Scan::hyphen_link(size_t i) const {
  return punct(i, "-") && i > 0 && joined(i - 1) && i + 1 < n_;  // joined: a word follows (tokens.h)
}

size_t Scan::no_one(size_t i) const {
  if (!is(i, "no")) return 0;
  if (is(i + 1, "one")) return i + 2;
  return hyphen_link(i + 1) && is(i + 2, "one") ? i + 3 : 0;
}

bool Scan::acronym(size_t i) const {
  if (!word(i)) return false;
  const std::string_view s = raw(i, i + 1);
  size_t letters = 0;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c != '.') {
      return false;
    }
  }
  return letters >= 2;
}

bool Scan::sentence_end(size_t i) const {
  if (!any_punct(i)) return false;
  const std::string_view p = t_[i].norm;
  if (eq(p, "!") || eq(p, "?") || eq(p, "...")) return true;
  return eq(p, ".") && !(i > 0 && word(i - 1) && is_abbreviation(norm(i - 1)));
}

bool Scan::clause_break(size_t i) const {
  if (!any_punct(i)) return false;
  const std::string_view p = t_[i].norm;
  if (eq(p, ",") || eq(p, ";") || eq(p, ":") || eq(p, "(") || eq(p, ")") || eq(p, "[") ||
      eq(p, "]"))
    return true;
  if (eq(p, "-") && t_[i].space_before && !(i > 0 && joined(i - 1))) return true;
  return sentence_end(i);
}

size_t Scan::bpos(size_t i) const { return std::min(t_[i].begin, text_.size()); }
size_t Scan::epos(size_t i) const { return std::max(bpos(i), std::min(t_[i].end, text_.size())); }

std::string_view Scan::raw(size_t b, size_t e) const {
  if (b >= e || e > n_) return {};
  const size_t x = bpos(b), y = epos(e - 1);
  return y > x ? text_.substr(x, y - x) : std::string_view();
}

int Scan::month_at(size_t i) const {
  if (!word(i)) return 0;
  const std::string_view w = norm(i);
  if (w.size() < 3 || w.size() > 9) return 0;
  for (int k = 0; k < 12; ++k) {
    if (named(kMonthNames[k], w)) {
      if (eq(w, "may") || eq(w, "march") || eq(w, "august")) {
        if (!t_[i].cap) return 0;  // the verbs and the adjective
        // "May" with no day or year after it is the month only after a day or a word that dates, or
        // before one that joins it to another time ("4 May", "in May", "early May", "last May", "May
        // through October", "mid-May"): not "Release Date May Be in Jeopardy", "Theresa May".
        const WordSet& dating = word_set(WordList::time_read_year_prep);
        const size_t p = i - 1 - (norm(i - 1) == "-");  // the word before, across a hyphen
        if (eq(w, "may") && !number(i + 1) &&
            (start_[i] || !(day_number(p) || dating.has(norm(p)) || dating.has(norm(i + 1)) ||
                            word_set(WordList::time_read_relative).has(norm(p)))))
          return 0;
      }
      return k + 1;
    }
  }
  if (t_[i].cap && (punct(i + 1, ".") || number(i + 1))) {
    for (int k = 0; k < 12; ++k)
      if (named(kMonthNames[k], w, 3) || (k == 8 && eq(w, "sept"))) return k + 1;
  }
  return 0;
}

int Scan::weekday_at(size_t i) const { return word(i) ? weekday_index(norm(i)) : -1; }

bool Scan::plural_like(size_t i) const {
  if (!word(i)) return false;
  const std::string_view w = norm(i);
  if (irregular_plural(w)) return true;
  // Plurals of words in -man ("gunmen", "fishermen", "policemen"; not "specimen", "abdomen",
  // "acumen").
  if (w.size() > 5 && ends_with(w, "men") && w[w.size() - 4] != 'i' && w[w.size() - 4] != 'o' && w[w.size() - 4] != 'u')
    return true;
  if (w.size() < 3 || w.back() != 's') return false;
  if (ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is") || ends_with(w, "'s"))
    return false;
  return t_[i].stem != t_[i].norm;
}

bool Scan::modifier_like(size_t i) const {
  if (!word(i)) return false;
  const std::string_view w = norm(i);
  if (t_[i].cap || soft_modifier(w) || joined(i)) return true;
  for (std::string_view suf : {"al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ish",
                               "ese", "ed", "est"}) {
    if (w.size() > suf.size() + 2 && ends_with(w, suf)) return true;
  }
  return false;
}

bool Scan::year_number(size_t i, int* year) const {
  if (!number(i) || t_[i].ordinal) return false;
  const std::string_view w = norm(i);
  if (w.size() != 4) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  const int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
  if (y < 1000 || y > 2100) return false;
  *year = y;
  return true;
}

int Scan::day_number(size_t i) const {
  if (!number(i)) return 0;
  const std::string_view w = norm(i);
  if (w.find_first_of(",.") != std::string_view::npos) return 0;
  double v = 0;
  int d = 0;
  if (!parse_digits(w, &v) || !to_int(v, 1, 31, &d) || v != std::floor(v)) return 0;
  return d;
}

bool Scan::verb_like(size_t i) const {
  if (!word(i) || t_[i].cap) return false;
  const std::string_view w = norm(i);
  const WordSet& kIrregular = word_set(WordList::scan_verb_like_irregular);
  if (kIrregular.has(w)) return true;
  if ((w.size() >= 4 && ends_with(w, "ed")) || (w.size() >= 5 && ends_with(w, "ing"))) {
    const WordSet& kNot = word_set(WordList::scan_verb_like_not);
    return !kNot.has(w);
  }
  return false;
}

}  // namespace facts_internal
}  // namespace tri
