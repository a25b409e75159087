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
  static const WordSet k(
      "people personnel staff police children men women aircraft cattle troops feet teeth mice "
      "geese crew livestock sheep fish deer clergy militia youth dead injured wounded missing "
      "homeless displaced survivors faithful elderly infantry");
  return k.has(w);
}

// Words that can stand between a number and its noun without ending the noun phrase.
bool soft_modifier(std::string_view w) {
  static const WordSet k(
      "other more additional further extra own such new old top senior junior former young small "
      "large big major minor key main separate different local foreign high low long short full "
      "entire whole single double fresh recent previous few many armed civilian private public "
      "global world ever");
  return k.has(w);
}

}  // namespace

WordSet::WordSet(std::string_view packed) {
  size_t b = 0;
  while (b < packed.size()) {
    size_t e = packed.find(' ', b);
    if (e == std::string_view::npos) e = packed.size();
    if (e > b) {
      words_.insert(packed.substr(b, e - b));
      longest_ = std::max(longest_, e - b);
    }
    b = e + 1;
  }
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
  static const WordSet k(
      "the a an its their his her our these those this that my your whose each every any");
  return k.has(w);
}
bool is_be_form(std::string_view w) {
  static const WordSet k("is are was were be been being am 's 're");
  return k.has(w);
}
bool is_modal_verb(std::string_view w) {
  static const WordSet k("may might could can would should must");
  return k.has(w);
}
bool is_auxiliary(std::string_view w) {
  static const WordSet k(
      "is are was were be been being am 's 're has have had having do does did will shall would "
      "should can could may might must 've 'd 'll");
  return k.has(w);
}
bool is_clause_word(std::string_view w) {
  static const WordSet k(
      "that which who whom whose where when while because as but if though although after before "
      "since so then to according than unless whether until");
  return k.has(w);
}
bool is_pronoun(std::string_view w) {
  static const WordSet k("he she they it we i you");
  return k.has(w);
}
bool is_abbreviation(std::string_view w) {
  static const WordSet k(
      "mr mrs ms dr gen sen rep lt col capt prof st jr sr gov maj sgt adm rev no vs jan feb mar "
      "apr jun jul aug sep sept oct nov dec approx est inc ltd co corp supt insp cllr det cpl pte "
      "fr mt const");
  return w.size() == 1 || k.has(w);
}
bool is_reporting_verb(std::string_view w) {
  static const WordSet k(
      "said says say reported reports told tells stated announced announces claimed claims "
      "confirmed confirms added adds warned warns explained insisted acknowledged wrote writes "
      "noted estimated estimates tweeted posted");
  return k.has(w);
}
bool is_adverb_like(std::string_view w) {
  static const WordSet k(
      "yet still ever even also already just so too always again once now then soon quite really "
      "indeed later earlier fully currently");
  if (k.has(w)) return true;
  return w.size() > 4 && ends_with(w, "ly") && w != "only" && w != "early" && w != "family" &&
         w != "italy" && w != "rally" && w != "supply" && w != "july" && w != "reply" &&
         w != "assembly" && w != "fly" && w != "ally";
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
  if (p == "!" || p == "?" || p == "...") return true;
  return p == "." && !(i > 0 && word(i - 1) && is_abbreviation(norm(i - 1)));
}

bool Scan::clause_break(size_t i) const {
  if (!any_punct(i)) return false;
  const std::string_view p = t_[i].norm;
  if (p == "," || p == ";" || p == ":" || p == "(" || p == ")" || p == "[" || p == "]") return true;
  if (p == "-" && t_[i].space_before) return true;
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
      if (w == "may" || w == "march" || w == "august") {
        if (!t_[i].cap) return 0;  // the verbs and the adjective
        if (w == "may" && start_[i] && !number(i + 1)) return 0;
      }
      return k + 1;
    }
  }
  if (t_[i].cap && (punct(i + 1, ".") || number(i + 1))) {
    for (int k = 0; k < 12; ++k)
      if (kMonthAbbr[k] == w || (k == 8 && w == "sept")) return k + 1;
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
  static const WordSet kIrregular(
      "ran went came saw took made left fell rose won lost met sent gave got hit held kept led "
      "paid put set shut stood struck told said began broke brought bought caught chose drove flew "
      "fled found grew heard hid knew laid lay meant quit read sank sold shot slept spent spoke "
      "stole swept threw thought wore wrote die dies run runs go goes");
  if (kIrregular.has(w)) return true;
  if ((w.size() >= 4 && ends_with(w, "ed")) || (w.size() >= 5 && ends_with(w, "ing"))) {
    static const WordSet kNot(
        "need speed seed bed red shed hundred thing nothing something anything everything morning "
        "evening building king ring spring string during ceiling wedding bring wing sibling feed "
        "weed greed creed breed sled shred deed reed heed steed sacred kindred naked wicked rugged "
        "ragged");
    return !kNot.has(w);
  }
  return false;
}

}  // namespace facts_internal
}  // namespace tri
