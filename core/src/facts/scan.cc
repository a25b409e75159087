// scan.cc — the shared token view of the fact readers and their common word lists.
#include "facts/scan.h"

#include <cmath>

#include "facts/number.h"

namespace tri {
namespace facts_internal {

const std::string_view kWeekdayNames[7] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                           "Friday", "Saturday", "Sunday"};
const std::string_view kMonthNames[12] = {"January", "February", "March",     "April",
                                          "May",     "June",     "July",      "August",
                                          "September", "October", "November", "December"};

namespace {

constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",
                                        "may",     "june",     "july",      "august",
                                        "september", "october", "november", "december"};
constexpr std::string_view kMonthAbbr[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::string_view kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};

// Nouns that are plural without an -s.
bool irregular_plural(std::string_view w) {
  static constexpr WordSet k(
      "aircraft cattle children clergy crew dead deer displaced elderly faithful feet fish geese "
      "homeless infantry injured livestock men mice militia missing people personnel police sheep "
      "staff survivors teeth troops women wounded youth");
  return k.has(w);
}

// Words that can stand between a number and its noun without ending the noun phrase.
bool soft_modifier(std::string_view w) {
  static constexpr WordSet k(
      "additional armed big civilian different double entire ever extra few foreign former fresh "
      "full further global high junior key large local long low main major many minor more new old "
      "other own previous private public recent senior separate short single small such top whole "
      "world young");
  return k.has(w);
}

}  // namespace

bool WordSet::has_chars(const char* data, size_t n) const {
  if (n < shortest_ || n > longest_) return false;
  const std::string_view w(data, n);
  if ((first_ & bloom_bit(w)) == 0) return false;
  // Binary search over [lo, hi): both always at the start of a word (or at the end).
  size_t lo = 0, hi = words_.size();
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    size_t b = mid;
    while (b > lo && words_[b - 1] != ' ') --b;
    size_t e = words_.find(' ', b);
    if (e > hi) e = hi;
    const int c = words_.substr(b, e - b).compare(w);
    if (c == 0) return true;
    if (c < 0) {
      lo = e + 1;
    } else {
      hi = b;  // the separator before b is outside the range once hi == b
      if (hi > lo) --hi;
    }
  }
  return false;
}

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
    if (kWeekdays[k] == w) return k;
  return -1;
}

bool is_determiner(std::string_view w) {
  static constexpr WordSet k(
      "a an any each every her his its my our that the their these this those whose your");
  return k.has(w);
}
bool is_be_form(std::string_view w) {
  static constexpr WordSet k("'re 's am are be been being is was were");
  return k.has(w);
}
bool is_modal_verb(std::string_view w) {
  static constexpr WordSet k("can could may might must should would");
  return k.has(w);
}
bool is_auxiliary(std::string_view w) {
  static constexpr WordSet k(
      "'d 'll 're 's 've am are be been being can could did do does had has have having is may "
      "might must shall should was were will would");
  return k.has(w);
}
bool is_clause_word(std::string_view w) {
  static constexpr WordSet k(
      "according after although as because before but if since so than that then though to unless "
      "until when where whether which while who whom whose");
  return k.has(w);
}
bool is_pronoun(std::string_view w) {
  static constexpr WordSet k("he i it she they we you");
  return k.has(w);
}
bool is_abbreviation(std::string_view w) {
  static constexpr WordSet k(
      "adm approx apr aug capt cllr co col const corp cpl dec det dr est feb fr gen gov inc insp "
      "jan jr jul jun lt ltd maj mar mr mrs ms mt no nov oct prof pte rep rev sen sep sept sgt sr "
      "st supt vs");
  return w.size() == 1 || k.has(w);
}
bool is_reporting_verb(std::string_view w) {
  static constexpr WordSet k(
      "acknowledged added adds announced announces claimed claims confirmed confirms estimated "
      "estimates explained insisted noted posted reported reports said say says stated tells told "
      "tweeted warned warns writes wrote");
  return k.has(w);
}
bool is_adverb_like(std::string_view w) {
  static constexpr WordSet k(
      "again already also always currently earlier even ever fully indeed just later now once "
      "quite really so soon still then too yet");
  if (k.has(w)) return true;
  return w.size() > 4 && ends_with(w, "ly") && !eq(w, "only") && !eq(w, "early") &&
         !eq(w, "family") && !eq(w, "italy") && !eq(w, "rally") && !eq(w, "supply") &&
         !eq(w, "july") && !eq(w, "reply") && !eq(w, "assembly") && !eq(w, "fly") && !eq(w, "ally");
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
  return punct(i, "-") && i > 0 && joined(i - 1) && i + 1 < n_ && attached(i + 1);
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
  if (eq(p, "-") && t_[i].space_before) return true;
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
    if (kMonths[k] == w) {
      if (eq(w, "may") || eq(w, "march") || eq(w, "august")) {
        if (!t_[i].cap) return 0;  // the verbs and the adjective
        if (eq(w, "may") && start_[i] && !number(i + 1)) return 0;
      }
      return k + 1;
    }
  }
  if (t_[i].cap && (punct(i + 1, ".") || number(i + 1))) {
    for (int k = 0; k < 12; ++k)
      if (kMonthAbbr[k] == w || (k == 8 && eq(w, "sept"))) return k + 1;
  }
  return 0;
}

int Scan::weekday_at(size_t i) const { return word(i) ? weekday_index(norm(i)) : -1; }

bool Scan::plural_like(size_t i) const {
  if (!word(i)) return false;
  const std::string_view w = norm(i);
  if (irregular_plural(w)) return true;
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
  static constexpr WordSet kIrregular(
      "began bought broke brought came caught chose die dies drove fell fled flew found gave go "
      "goes got grew heard held hid hit kept knew laid lay led left lost made meant met paid put "
      "quit ran read rose run runs said sank saw sent set shot shut slept sold spent spoke stole "
      "stood struck swept thought threw told took went won wore wrote");
  if (kIrregular.has(w)) return true;
  if ((w.size() >= 4 && ends_with(w, "ed")) || (w.size() >= 5 && ends_with(w, "ing"))) {
    static constexpr WordSet kNot(
        "anything bed breed bring building ceiling creed deed during evening everything feed greed "
        "heed hundred kindred king morning naked need nothing ragged red reed ring rugged sacred "
        "seed shed shred sibling sled something speed spring steed string thing wedding weed "
        "wicked wing");
    return !kNot.has(w);
  }
  return false;
}

}  // namespace facts_internal
}  // namespace tri
