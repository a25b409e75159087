// facts.cc — quantities, times, names, attribution, negation and modality of one unit.
//
// One left-to-right pass reads times and quantities (a time is tried first at each token, so "two
// years ago" and "since 1959" never become quantities); separate passes read names, attributions,
// negators and modality. Every rule looks a bounded number of tokens around its position, so the
// whole extraction is linear in the number of tokens. All word lists are general English; nothing
// here names a particular story.
#include "triangulate/facts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>

#include "triangulate/text.h"

namespace tri {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

template <size_t N>
bool one_of(std::string_view w, const std::string_view (&list)[N]) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}

bool ends_with(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() &&
         w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// ---------------------------------------------------------------------------------------------
// Word tables

struct WordValue {
  std::string_view word;
  int value;
};

constexpr WordValue kCardinals[] = {
    {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},      {"six", 6},        {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},      {"eleven", 11},    {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},   {"thirty", 30},    {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70},  {"eighty", 80},    {"ninety", 90}};

constexpr WordValue kOrdinals[] = {
    {"first", 1},        {"second", 2},       {"third", 3},         {"fourth", 4},
    {"fifth", 5},        {"sixth", 6},        {"seventh", 7},       {"eighth", 8},
    {"ninth", 9},        {"tenth", 10},       {"eleventh", 11},     {"twelfth", 12},
    {"thirteenth", 13},  {"fourteenth", 14},  {"fifteenth", 15},    {"sixteenth", 16},
    {"seventeenth", 17}, {"eighteenth", 18},  {"nineteenth", 19},   {"twentieth", 20},
    {"thirtieth", 30},   {"fortieth", 40},    {"fiftieth", 50},     {"sixtieth", 60},
    {"seventieth", 70},  {"eightieth", 80},   {"ninetieth", 90},    {"hundredth", 100},
    {"thousandth", 1000}};

constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",
                                        "may",     "june",     "july",      "august",
                                        "september", "october", "november", "december"};
constexpr std::string_view kMonthAbbr[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::string_view kMonthNames[] = {"January", "February", "March",     "April",
                                            "May",     "June",     "July",      "August",
                                            "September", "October", "November", "December"};
constexpr std::string_view kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};
constexpr std::string_view kWeekdayNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                              "Friday", "Saturday", "Sunday"};

int lookup(std::string_view w, const WordValue* table, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    if (table[k].word == w) return table[k].value;
  }
  return -1;
}
int cardinal_value(std::string_view w) {
  return lookup(w, kCardinals, sizeof(kCardinals) / sizeof(kCardinals[0]));
}
int ordinal_value(std::string_view w) {
  return lookup(w, kOrdinals, sizeof(kOrdinals) / sizeof(kOrdinals[0]));
}
int weekday_index(std::string_view w) {
  for (int k = 0; k < 7; ++k) {
    if (kWeekdays[k] == w) return k;
  }
  return -1;
}

// Scale words that may follow a number with a space ("5 million", "3.5 bn").
double spaced_scale(std::string_view w) {
  if (w == "hundred") return 1e2;
  if (w == "thousand") return 1e3;
  if (w == "lakh") return 1e5;
  if (w == "million" || w == "mn" || w == "mln") return 1e6;
  if (w == "crore") return 1e7;
  if (w == "billion" || w == "bn") return 1e9;
  if (w == "trillion" || w == "tn" || w == "trn") return 1e12;
  return 0;
}
// Scale letters only read when written against the number ("5m", "300k", "2b").
double attached_scale(std::string_view w) {
  if (w == "m") return 1e6;
  if (w == "k") return 1e3;
  if (w == "b") return 1e9;
  return spaced_scale(w);
}

// Duration units, in seconds, with the canonical unit name.
struct DurationUnit {
  std::string_view word;
  std::string_view unit;
  double seconds;
};
constexpr DurationUnit kDurations[] = {
    {"second", "second", 1},        {"seconds", "second", 1},       {"sec", "second", 1},
    {"secs", "second", 1},          {"minute", "minute", 60},       {"minutes", "minute", 60},
    {"min", "minute", 60},          {"mins", "minute", 60},         {"hour", "hour", 3600},
    {"hours", "hour", 3600},        {"hr", "hour", 3600},           {"hrs", "hour", 3600},
    {"day", "day", 86400},          {"days", "day", 86400},         {"week", "week", 604800},
    {"weeks", "week", 604800},      {"month", "month", 2629800},    {"months", "month", 2629800},
    {"year", "year", 31557600},     {"years", "year", 31557600},    {"yr", "year", 31557600},
    {"yrs", "year", 31557600},      {"decade", "decade", 315576000},
    {"decades", "decade", 315576000},
    {"century", "century", 3155760000.0}, {"centuries", "century", 3155760000.0}};

const DurationUnit* duration_unit(std::string_view w) {
  for (const DurationUnit& d : kDurations) {
    if (d.word == w) return &d;
  }
  return nullptr;
}
double unit_seconds(std::string_view unit) {
  for (const DurationUnit& d : kDurations) {
    if (d.unit == unit) return d.seconds;
  }
  return 0;
}

// Currency words after a number, and symbols before it.
std::string_view currency_word(std::string_view w) {
  if (one_of(w, {"dollar", "dollars", "usd"})) return "usd";
  if (one_of(w, {"euro", "euros", "eur"})) return "eur";
  if (one_of(w, {"pound", "pounds", "gbp", "sterling"})) return "gbp";
  if (one_of(w, {"yen", "jpy"})) return "jpy";
  if (one_of(w, {"yuan", "renminbi", "cny", "rmb"})) return "cny";
  if (one_of(w, {"won", "krw"})) return "krw";
  if (one_of(w, {"rupee", "rupees", "inr"})) return "inr";
  if (one_of(w, {"rouble", "roubles", "ruble", "rubles", "rub"})) return "rub";
  if (one_of(w, {"franc", "francs", "chf"})) return "chf";
  return {};
}
std::string_view currency_symbol(std::string_view s) {
  if (s == "$") return "usd";
  if (s == "\xE2\x82\xAC") return "eur";  // €
  if (s == "\xC2\xA3") return "gbp";      // £
  if (s == "\xC2\xA5") return "jpy";      // ¥
  if (s == "\xE2\x82\xA9") return "krw";  // ₩
  if (s == "\xE2\x82\xB9") return "inr";  // ₹
  if (s == "\xE2\x82\xBD") return "rub";  // ₽
  return {};
}
// Letters written against a "$": "US$", "A$", "HK$".
std::string_view dollar_prefix(std::string_view w) {
  if (w == "us") return "usd";
  if (w == "a" || w == "au") return "aud";
  if (w == "c" || w == "ca") return "cad";
  if (w == "hk") return "hkd";
  if (w == "nz") return "nzd";
  if (w == "s") return "sgd";
  return {};
}

// Hedges before a number, longest first within each first word.
struct Hedge {
  std::string_view words[3];
  std::string_view name;
  double lo, hi;  // factors applied to the low and high stated values
};
constexpr Hedge kHedges[] = {
    {{"no", "more", "than"}, "up to", 0, 1},
    {{"not", "more", "than"}, "up to", 0, 1},
    {{"no", "fewer", "than"}, "at least", 1, 2},
    {{"no", "less", "than"}, "at least", 1, 2},
    {{"as", "many", "as"}, "as many as", 0.5, 1},
    {{"as", "much", "as"}, "as many as", 0.5, 1},
    {{"as", "few", "as"}, "at least", 1, 2},
    {{"as", "little", "as"}, "at least", 1, 2},
    {{"in", "excess", "of"}, "more than", 1, 2},
    {{"up", "to", {}}, "up to", 0, 1},
    {{"at", "most", {}}, "up to", 0, 1},
    {{"at", "least", {}}, "at least", 1, 2},
    {{"more", "than", {}}, "more than", 1, 2},
    {{"fewer", "than", {}}, "less than", 0, 1},
    {{"less", "than", {}}, "less than", 0, 1},
    {{"upwards", "of", {}}, "more than", 1, 2},
    {{"just", "over", {}}, "just over", 1, 1.1},
    {{"just", "under", {}}, "nearly", 0.9, 1},
    {{"well", "over", {}}, "well over", 1.1, 3},
    {{"close", "to", {}}, "about", 0.9, 1.1},
    {{"an", "estimated", {}}, "about", 0.9, 1.1},
    {{"around", {}, {}}, "about", 0.9, 1.1},
    {{"about", {}, {}}, "about", 0.9, 1.1},
    {{"approximately", {}, {}}, "about", 0.9, 1.1},
    {{"approx", {}, {}}, "about", 0.9, 1.1},
    {{"roughly", {}, {}}, "about", 0.9, 1.1},
    {{"some", {}, {}}, "about", 0.9, 1.1},
    {{"circa", {}, {}}, "about", 0.9, 1.1},
    {{"estimated", {}, {}}, "about", 0.9, 1.1},
    {{"nearly", {}, {}}, "nearly", 0.9, 1},
    {{"almost", {}, {}}, "nearly", 0.9, 1},
    {{"over", {}, {}}, "more than", 1, 2},
    {{"above", {}, {}}, "more than", 1, 2},
    {{"exceeding", {}, {}}, "more than", 1, 2},
    {{"under", {}, {}}, "less than", 0, 1},
    {{"below", {}, {}}, "less than", 0, 1},
};

// Role and title words that may stand before a name ("President", "leader", "Gen.").
bool title_head(std::string_view w) {
  return one_of(w, {"president", "leader", "chief", "mayor", "minister", "premier", "secretary",
                    "spokesman", "spokeswoman", "spokesperson", "governor", "general", "gen",
                    "senator", "sen", "ambassador", "chancellor", "king", "queen", "prince",
                    "princess", "pope", "ceo", "chairman", "chairwoman", "director",
                    "commissioner", "official", "envoy", "dr", "mr", "mrs", "ms", "prof",
                    "professor", "judge", "colonel", "col", "captain", "capt", "lieutenant", "lt",
                    "sergeant", "sgt", "admiral", "adm", "commander", "marshal", "sheikh", "emir",
                    "sultan", "rev", "reverend", "archbishop", "bishop", "cardinal", "rep",
                    "representative", "congressman", "congresswoman", "lawmaker", "mp",
                    "councillor", "councilor", "prosecutor", "executive", "founder", "coach",
                    "manager", "adviser", "advisor", "aide", "chair", "sir", "dame", "lord",
                    "inspector", "superintendent", "detective", "sheriff"});
}
// Title heads that are rarely surnames: they may end a capitalised run and still be a title
// ("the Irish Prime Minister, Mary Byrne").
bool title_head_strong(std::string_view w) {
  return one_of(w, {"president", "minister", "premier", "secretary", "leader", "chancellor",
                    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "mayor",
                    "governor", "senator", "ambassador", "official", "ceo", "director",
                    "commissioner", "envoy", "mr", "mrs", "ms", "dr"});
}
// Words that qualify a title head ("prime minister", "foreign minister", "vice president").
bool title_qualifier(std::string_view w) {
  return one_of(w, {"prime", "foreign", "defence", "defense", "finance", "interior", "health",
                    "trade", "economy", "education", "justice", "vice", "deputy", "chief",
                    "supreme", "attorney", "secretary", "executive", "state", "home", "army",
                    "military", "opposition", "party"});
}
// Abbreviations that end with a full stop which does not end the sentence.
bool abbreviation(std::string_view w) {
  return w.size() == 1 ||
         one_of(w, {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "lt", "col", "capt", "prof",
                    "st", "jr", "sr", "gov", "maj", "sgt", "adm", "rev", "no", "vs", "jan", "feb",
                    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
                    "est", "inc", "ltd", "co", "corp"});
}
// Lower-case particles inside names ("Charles de Gaulle", "Mohammed bin Salman").
bool name_particle(std::string_view w) {
  return one_of(w, {"de", "van", "von", "der", "den", "bin", "bint", "ibn", "al", "el", "da",
                    "di", "du", "dos", "das", "del", "della", "la", "le", "ter", "ten", "abu"});
}
// Hyphenated endings that make a capitalised word an adjective ("US-led", "Paris-based").
bool compound_suffix(std::string_view w) {
  return one_of(w, {"led", "based", "backed", "run", "owned", "born", "style", "era", "linked",
                    "made", "funded", "bound", "controlled", "held", "occupied", "allied",
                    "friendly", "wide", "centric", "aligned", "related", "brokered", "sponsored",
                    "designed", "built", "registered", "listed", "leaning"});
}
// Words that can stand between a number and its noun without ending the noun phrase.
bool soft_modifier(std::string_view w) {
  return one_of(w, {"other", "more", "additional", "further", "extra", "own", "such", "new",
                    "old", "top", "senior", "junior", "former", "young", "small", "large",
                    "big", "major", "minor", "key", "main", "separate", "different", "local",
                    "foreign", "high", "low", "long", "short", "full", "entire", "whole",
                    "single", "double", "fresh", "recent", "previous", "few", "many", "armed",
                    "civilian", "private", "public", "global", "world", "ever"});
}
// Nouns that are plural without an -s.
bool irregular_plural(std::string_view w) {
  return one_of(w, {"people", "personnel", "staff", "police", "children", "men", "women",
                    "aircraft", "cattle", "troops", "feet", "teeth", "mice", "geese", "crew",
                    "livestock", "sheep", "fish", "deer", "clergy", "militia", "youth"});
}
bool determiner(std::string_view w) {
  return one_of(w, {"the", "its", "their", "his", "her", "our", "these", "those", "my", "your",
                    "whose"});
}
bool be_form(std::string_view w) {
  return one_of(w, {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "'re"});
}
bool attribution_verb(std::string_view w) {
  return one_of(w, {"said", "says", "say", "reported", "reports", "told", "tells", "stated",
                    "announced", "claimed"});
}
bool clause_word(std::string_view w) {
  return one_of(w, {"that", "which", "who", "whom", "whose", "where", "when", "while", "because",
                    "as", "but", "if", "though", "although", "after", "before", "since", "so",
                    "then", "to", "according", "than", "unless", "whether", "until"});
}
bool pronoun(std::string_view w) {
  return one_of(w, {"he", "she", "they", "it", "we", "i", "you"});
}

// Parses digits with separators ("1,000.5", "80th") into *v. False when there is no digit.
bool parse_digits(std::string_view s, double* v) {
  std::string digits;
  bool seen_digit = false, comma_thousands = true, any_comma = false;
  size_t group = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      seen_digit = true;
      ++group;
    } else if (c == ',') {
      if (any_comma && group != 3) comma_thousands = false;
      any_comma = true;
      group = 0;
    } else if (c == '.') {
      break;
    } else {
      break;
    }
  }
  if (!seen_digit) return false;
  if (any_comma && group != 3) comma_thousands = false;
  bool decimal_done = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == ',') {
      if (!comma_thousands && !decimal_done) {
        digits += '.';
        decimal_done = true;
      }
    } else if (c == '.') {
      if (decimal_done) break;
      digits += '.';
      decimal_done = true;
    } else {
      break;  // ordinal or other suffix
    }
  }
  if (digits.empty() || digits == ".") return false;
  *v = std::strtod(digits.c_str(), nullptr);
  return std::isfinite(*v);
}

// Formats a number for reasons: "90", "10,000", "2.5 million", "3.75".
std::string format_number(double v) {
  char buf[64];
  const double a = std::fabs(v);
  struct Big {
    double scale;
    const char* word;
  };
  static const Big kBig[] = {{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}};
  for (const Big& b : kBig) {
    if (a >= b.scale) {
      const double x = v / b.scale;
      if (std::fabs(x * 1000 - std::round(x * 1000)) < 1e-6 * std::max(1.0, std::fabs(x))) {
        std::snprintf(buf, sizeof buf, "%.3f", x);
        std::string s = buf;
        while (!s.empty() && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
        return s + b.word;
      }
      break;
    }
  }
  if (a < 1e15 && std::fabs(v - std::round(v)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
    std::string s = buf;
    if (a >= 1000) {
      const size_t first = s[0] == '-' ? 1 : 0;
      for (size_t k = s.size(); k > first + 3; k -= 3) s.insert(k - 3, ",");
    }
    return s;
  }
  std::snprintf(buf, sizeof buf, "%.3f", v);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
  }
  return s;
}

std::string ordinal_suffix(long long n) {
  const long long m100 = n % 100, m10 = n % 10;
  if (m100 >= 11 && m100 <= 13) return "th";
  if (m10 == 1) return "st";
  if (m10 == 2) return "nd";
  if (m10 == 3) return "rd";
  return "th";
}

// Day of the week of a Gregorian date, 0 = Monday.
int weekday_of(int y, int m, int d) {
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  const int sunday0 = (y + y / 4 - y / 100 + y / 400 + t[(m - 1) % 12] + d) % 7;
  return (sunday0 + 6) % 7;
}

std::string time_display(const TimeExpr& t) {
  std::string s;
  auto add = [&](std::string_view piece) {
    if (piece.empty()) return;
    if (!s.empty()) s += ' ';
    s += piece;
  };
  const bool part_first = t.part == "early" || t.part == "late";
  if (part_first) add(t.part);
  if (t.weekday >= 0 && t.weekday < 7) add(kWeekdayNames[t.weekday]);
  if (t.day > 0) add(std::to_string(t.day));
  if (t.month >= 1 && t.month <= 12) add(kMonthNames[t.month - 1]);
  if (t.year >= 0) add(std::to_string(t.year));
  if (!part_first) add(t.part);
  return s;
}

// ---------------------------------------------------------------------------------------------
// The reader

// A number as written: digits or words, possibly a vague amount or an ordinal.
struct Num {
  size_t begin = 0, end = 0;  // tokens [begin, end)
  double lo = 0, hi = 0;      // stated interval (equal for a plain number)
  double scale = 1;           // the scale word applied, if any
  bool scaled = false;
  bool words = false;         // written in words
  bool ordinal = false;
  std::string vague;
};

class Reader {
 public:
  Reader(std::string_view text, const std::vector<Token>& toks)
      : text_(text), t_(toks), n_(toks.size()), used_(toks.size(), 0), in_name_(toks.size(), 0),
        start_(toks.size(), 0) {}

  Facts run() {
    mark_sentence_starts();
    size_t i = 0;
    while (i < n_) {
      size_t next = read_time(i);
      if (next == kNone) next = read_quantity(i);
      i = (next == kNone || next <= i) ? i + 1 : next;
    }
    read_names();
    read_attributions();
    read_negations();
    read_modality();
    return std::move(f_);
  }

 private:
  // ---- token access (indices past the end read as nothing) ----
  std::string_view norm(size_t i) const {
    return i < n_ ? std::string_view(t_[i].norm) : std::string_view();
  }
  bool word(size_t i) const { return i < n_ && t_[i].type == TokenType::kWord; }
  bool number(size_t i) const { return i < n_ && t_[i].type == TokenType::kNumber; }
  bool punct(size_t i, std::string_view p) const {
    return i < n_ && t_[i].type == TokenType::kPunct && t_[i].norm == p;
  }
  bool any_punct(size_t i) const { return i < n_ && t_[i].type == TokenType::kPunct; }
  bool is(size_t i, std::string_view w) const { return word(i) && t_[i].norm == w; }
  bool cap(size_t i) const { return word(i) && t_[i].cap; }
  bool attached(size_t i) const { return i < n_ && !t_[i].space_before; }
  bool joined(size_t i) const { return i < n_ && t_[i].joined; }
  static size_t back(size_t i, size_t k) { return k <= i ? i - k : kNone; }
  size_t bpos(size_t i) const { return std::min(t_[i].begin, text_.size()); }
  size_t epos(size_t i) const { return std::max(bpos(i), std::min(t_[i].end, text_.size())); }
  std::string_view raw(size_t b, size_t e) const {  // tokens [b, e) as written
    if (b >= e || e > n_) return {};
    const size_t x = bpos(b), y = epos(e - 1);
    return y > x ? text_.substr(x, y - x) : std::string_view();
  }
  // Two or more upper-case ASCII letters and nothing else ("US", "EU", "WHO").
  bool acronym(size_t i) const {
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
  bool hyphen_link(size_t i) const {  // token i is a hyphen between two joined parts
    return punct(i, "-") && i > 0 && joined(i - 1) && i + 1 < n_ && attached(i + 1);
  }
  int month_at(size_t i) const {  // 1..12 when token i names a month here, else 0
    if (!word(i)) return 0;
    const std::string_view w = norm(i);
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
      for (int k = 0; k < 12; ++k) {
        if (kMonthAbbr[k] == w || (k == 8 && w == "sept")) return k + 1;
      }
    }
    return 0;
  }
  bool plural_like(size_t i) const {
    if (!word(i)) return false;
    const std::string_view w = norm(i);
    if (irregular_plural(w)) return true;
    if (w.size() < 3 || w.back() != 's') return false;
    if (ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is") || ends_with(w, "'s"))
      return false;
    return t_[i].stem != t_[i].norm;
  }
  bool modifier_like(size_t i) const {
    if (!word(i)) return false;
    const std::string_view w = norm(i);
    if (t_[i].cap || soft_modifier(w) || joined(i)) return true;
    for (std::string_view suf : {"al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ish",
                                 "ese", "ed", "est"}) {
      if (w.size() > suf.size() + 2 && ends_with(w, suf)) return true;
    }
    return false;
  }
  bool year_number(size_t i, int* year) const {
    if (!number(i) || t_[i].ordinal) return false;
    const std::string_view w = norm(i);
    if (w.size() != 4) return false;
    for (char c : w) {
      if (c < '0' || c > '9') return false;
    }
    const int y = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
    if (y < 1000 || y > 2100) return false;
    *year = y;
    return true;
  }
  int day_number(size_t i) const {  // 1..31 as a plain or ordinal number, else 0
    if (!number(i)) return 0;
    double v = 0;
    if (!parse_digits(norm(i), &v) || v < 1 || v > 31 || v != std::floor(v)) return 0;
    if (norm(i).find_first_of(",.") != std::string_view::npos) return 0;
    return static_cast<int>(v);
  }

  void mark_sentence_starts() {
    bool boundary = true;
    for (size_t i = 0; i < n_; ++i) {
      const Token& t = t_[i];
      if (t.type == TokenType::kPunct) {
        if (t.norm == "!" || t.norm == "?" ||
            (t.norm == "." && !(i > 0 && word(i - 1) && abbreviation(norm(i - 1))))) {
          boundary = true;
        }
        continue;
      }
      start_[i] = boundary && t.type == TokenType::kWord;
      boundary = false;
    }
  }

  // ---- hedges ----
  // The hedge that ends right before token `at` (not reaching before `floor_`), or null.
  const Hedge* hedge_before(size_t at, size_t* begin) const {
    for (const Hedge& h : kHedges) {
      size_t len = 0;
      while (len < 3 && !h.words[len].empty()) ++len;
      if (len > at || at - len < floor_) continue;
      bool ok = true;
      for (size_t k = 0; k < len && ok; ++k) ok = is(at - len + k, h.words[k]);
      if (ok) {
        *begin = at - len;
        return &h;
      }
    }
    return nullptr;
  }

  // ---- numbers ----
  // Reads a number at i: digits (with a scale word), number words, "a dozen", a vague amount or
  // an ordinal. False when there is none.
  bool parse_number(size_t i, Num* out) const {
    Num r;
    r.begin = i;
    if (number(i)) {
      double v = 0;
      if (!parse_digits(norm(i), &v)) return false;
      r.end = i + 1;
      // "10 000": groups of three digits after a space.
      const std::string_view w0 = norm(i);
      if (!t_[i].ordinal && w0.size() <= 3 && w0.find_first_of(",.") == std::string_view::npos) {
        while (number(r.end) && !t_[r.end].ordinal && norm(r.end).size() == 3 &&
               norm(r.end).find_first_of(",.") == std::string_view::npos && r.end - i < 5) {
          double g = 0;
          parse_digits(norm(r.end), &g);
          v = v * 1000 + g;
          ++r.end;
        }
      }
      r.lo = r.hi = v;
      // "$70-million": a scale word joined by a hyphen.
      if (!t_[i].ordinal && r.end + 1 < t_.size() && r.end > i && t_[r.end - 1].joined &&
          norm(r.end) == "-" && word(r.end + 1) && spaced_scale(norm(r.end + 1)) >= 1e6) {
        const double s = spaced_scale(norm(r.end + 1));
        r.lo *= s;
        r.hi *= s;
        r.scale = s;
        r.scaled = true;
        r.end += 2;
      } else if (t_[i].ordinal) {
        r.ordinal = true;
      } else if (word(r.end)) {
        const size_t k = r.end;
        const std::string_view w = norm(k);
        double s = attached(k) ? attached_scale(w) : spaced_scale(w);
        // "5m-high", "5m tall": metres, not millions.
        if (s != 0 && w == "m" &&
            (joined(k) || one_of(norm(k + 1), {"high", "tall", "long", "wide", "deep"})))
          s = 0;
        if (s != 0) {
          r.lo *= s;
          r.hi *= s;
          r.scale = s;
          r.scaled = true;
          r.end = k + 1;
        }
      }
      *out = r;
      return true;
    }
    if (!word(i)) return false;
    const std::string_view w = norm(i);
    // Number words inside a name ("World War Two") are not numbers.
    if (t_[i].cap && !start_[i] && i > 0 && cap(i - 1)) return false;
    r.words = true;

    // Vague amounts: "dozens", "hundreds", "tens of thousands".
    double unit = 0;
    if (w == "dozens") unit = 12;
    else if (w == "scores") unit = 20;
    else if (w == "hundreds") unit = 100;
    else if (w == "thousands") unit = 1e3;
    else if (w == "millions") unit = 1e6;
    else if (w == "billions") unit = 1e9;
    else if (w == "tens") unit = 10;
    if (unit != 0) {
      r.vague = std::string(w);
      r.end = i + 1;
      if (is(i + 1, "of")) {
        const std::string_view w2 = norm(i + 2);
        const double big = w2 == "thousands" ? 1e3 : w2 == "millions" ? 1e6
                         : w2 == "billions"  ? 1e9 : 0;
        if (big != 0 && unit <= 100) {
          unit *= big;
          r.vague += " of ";
          r.vague += w2;
          r.end = i + 3;
        }
      }
      if (w == "tens" && r.end == i + 1) return false;  // "tens" alone is not an amount
      r.lo = 2 * unit;
      r.hi = 10 * unit - 1;
      *out = r;
      return true;
    }

    // "a couple of"
    if ((w == "a" || w == "an") && is(i + 1, "couple") && is(i + 2, "of")) {
      r.vague = "a couple";
      r.lo = 2;
      r.hi = 3;
      r.end = i + 2;
      *out = r;
      return true;
    }

    // Ordinal words, alone ("first").
    const int ord = ordinal_value(w);
    if (ord > 0) {
      r.ordinal = true;
      r.lo = r.hi = ord;
      r.end = i + 1;
      *out = r;
      return true;
    }

    // Cardinal words: "twenty-six", "two hundred and fifty thousand", "a dozen", "half a million".
    enum Last { kStart, kUnit, kTeen, kTen, kHundred, kScale, kAnd, kDozen };
    Last last = kStart;
    double total = 0, group = 0;
    size_t j = i;
    bool any = false;
    if (w == "half" && (is(i + 1, "a") || is(i + 1, "an"))) {
      const std::string_view w2 = norm(i + 2);
      const double s = w2 == "dozen" ? 12 : spaced_scale(w2);
      if (s == 0 || w2 == "bn" || w2 == "mn" || w2 == "mln" || w2 == "tn" || w2 == "trn")
        return false;
      r.lo = r.hi = 0.5 * s;
      r.end = i + 3;
      r.scale = s;
      r.scaled = s >= 1000;
      *out = r;
      return true;
    }
    if (w == "a" || w == "an") {
      const std::string_view w2 = norm(i + 1);
      if (w2 != "dozen" && w2 != "hundred" && w2 != "thousand" && w2 != "million" &&
          w2 != "billion" && w2 != "trillion")
        return false;
      group = 1;
      last = kUnit;
      j = i + 1;
    }
    while (j < n_) {
      if (hyphen_link(j) && last == kTen && cardinal_value(norm(j + 1)) > 0 &&
          cardinal_value(norm(j + 1)) < 10) {
        ++j;  // "twenty-six"
        continue;
      }
      if (hyphen_link(j) && last == kTen && ordinal_value(norm(j + 1)) > 0 &&
          ordinal_value(norm(j + 1)) < 10) {
        group += ordinal_value(norm(j + 1));  // "twenty-first"
        r.ordinal = true;
        j += 2;
        any = true;
        break;
      }
      if (!word(j)) break;
      const std::string_view x = norm(j);
      const int v = cardinal_value(x);
      if (v >= 0 && v < 10) {
        if (last != kStart && last != kTen && last != kHundred && last != kScale && last != kAnd)
          break;
        group += v;
        last = kUnit;
      } else if (v >= 10 && v < 20) {
        if (last != kStart && last != kHundred && last != kScale && last != kAnd) break;
        group += v;
        last = kTeen;
      } else if (v >= 20) {
        if (last != kStart && last != kHundred && last != kScale && last != kAnd) break;
        group += v;
        last = kTen;
      } else if (x == "hundred") {
        if (last != kUnit && last != kTeen) break;
        group *= 100;
        last = kHundred;
      } else if (x == "dozen") {
        if (last != kUnit && last != kTeen && last != kTen) break;
        group *= 12;
        last = kDozen;
      } else if (x == "thousand" || x == "million" || x == "billion" || x == "trillion") {
        if (last != kUnit && last != kTeen && last != kTen && last != kHundred) break;
        const double s = spaced_scale(x);
        total += group * s;
        group = 0;
        last = kScale;
        r.scale = s;
        r.scaled = true;
      } else if (x == "and") {
        const int nv = cardinal_value(norm(j + 1));
        if ((last != kHundred && last != kScale) || nv < 1) break;
        last = kAnd;
      } else {
        break;
      }
      any = true;
      ++j;
      if (last == kDozen) break;
    }
    if (!any || last == kAnd) return false;
    r.lo = r.hi = total + group;
    r.end = j;
    *out = r;
    return true;
  }

  // Token index of the noun a number counts (or an ordinal modifies), starting at p; kNone if
  // none. `singular`: pick the first word that does not look like a modifier (ordinals);
  // otherwise the first plural-looking word, else the last word of the noun phrase.
  size_t find_noun(size_t p, bool allow_of, bool singular) const {
    size_t q = p;
    if (allow_of && is(q, "of")) {
      ++q;
      if (determiner(norm(q))) ++q;
    }
    size_t cands[6];
    size_t nc = 0;
    while (q < n_ && nc < 5) {
      if (hyphen_link(q) && nc > 0) {
        ++q;
        continue;
      }
      if (!word(q) || used_[q]) break;
      const std::string_view w = norm(q);
      if (t_[q].stop && !soft_modifier(w)) break;
      if (weekday_index(w) >= 0 || month_at(q) || attribution_verb(w)) break;
      if (one_of(w, {"ago", "last", "next", "this", "yesterday", "today", "tomorrow", "tonight",
                     "early", "earlier", "late", "later"}))
        break;  // a time follows: "80 next week"
      // A verb form after a noun ends the phrase ("1,000 people died").
      if (nc > 0 && !modifier_like(cands[nc - 1]) && !t_[q].cap &&
          (ends_with(w, "ed") || ends_with(w, "ing")))
        break;
      cands[nc++] = q;
      ++q;
    }
    if (nc == 0) return kNone;
    size_t best = kNone;
    for (size_t k = 0; k < nc && best == kNone; ++k) {
      const size_t c = cands[k];
      if (soft_modifier(norm(c))) continue;
      if (singular) {
        if (!modifier_like(c)) best = c;
      } else if (plural_like(c) && !joined(c)) {
        best = c;
      }
    }
    if (best == kNone) {
      best = cands[nc - 1];
      if (soft_modifier(norm(best)) && nc == 1) return kNone;
    }
    return best;
  }

  // ---- times ----
  void push_time(TimeExpr t, size_t b, size_t e, bool fields) {
    t.begin = bpos(b);
    t.end = epos(e - 1);
    if (fields) {
      t.display = time_display(t);
    } else if (t.display.empty()) {
      t.display = fold(raw(b, e));
    }
    for (size_t k = b; k < e; ++k) used_[k] = 1;
    floor_ = e;
    f_.times.push_back(std::move(t));
  }

  // Day, optional comma and year after a month at i ("March 3, 2019", "January 2019").
  size_t month_tail(size_t i, TimeExpr* t) const {
    size_t e = i + 1;
    if (punct(e, ".") && number(e + 1) && !one_of(norm(i), kMonths)) ++e;  // "Jan. 5"
    int y = 0;
    const int d = day_number(e);
    if (d > 0 && !year_number(e, &y)) {
      t->day = d;
      ++e;
      if (punct(e, ",") && year_number(e + 1, &y)) {
        t->year = y;
        e += 2;
      } else if (year_number(e, &y)) {
        t->year = y;
        ++e;
      }
    } else if (year_number(e, &y)) {
      t->year = y;
      ++e;
    }
    return e;
  }

  // "early"/"late" before a time at i ("late Monday", "late on Monday", "mid-March").
  size_t part_before(size_t i, std::string* part) const {
    const size_t p1 = back(i, 1), p2 = back(i, 2);
    auto part_word = [](std::string_view w) -> std::string_view {
      if (w == "late" || w == "later") return "late";
      if (w == "early" || w == "earlier") return "early";
      return {};
    };
    if (p1 != kNone && p1 >= floor_) {
      const std::string_view pw = part_word(norm(p1));
      if (!pw.empty() && word(p1)) {
        *part = std::string(pw);
        return p1;
      }
      if (punct(p1, "-") && p2 != kNone && p2 >= floor_ && is(p2, "mid") && joined(p2)) {
        *part = "mid";
        return p2;
      }
      if (is(p1, "on") && p2 != kNone && p2 >= floor_) {
        const std::string_view pw2 = part_word(norm(p2));
        if (!pw2.empty() && word(p2)) {
          *part = std::string(pw2);
          return p2;
        }
      }
    }
    return i;
  }

  size_t read_time(size_t i) {
    if (used_[i]) return kNone;
    const std::string_view w = norm(i);
    TimeExpr t;
    // Weekdays: "Monday", "Monday evening", "late Monday", "Tuesday, March 3".
    if (word(i)) {
      const int wd = weekday_index(w);
      if (wd >= 0) {
        t.weekday = wd;
        const size_t b = part_before(i, &t.part);
        size_t e = i + 1;
        const std::string_view nx = norm(e);
        if (one_of(nx, {"morning", "afternoon", "evening", "night"})) {
          t.part = std::string(nx);
          ++e;
        }
        size_t m = e;
        if (punct(m, ",")) ++m;
        if (month_at(m)) {
          t.month = month_at(m);
          e = month_tail(m, &t);
        } else if (day_number(m) && month_at(m + 1)) {
          t.day = day_number(m);
          t.month = month_at(m + 1);
          e = m + 2;
          int y = 0;
          if (year_number(e, &y)) {
            t.year = y;
            ++e;
          }
        }
        push_time(std::move(t), b, e, true);
        return e;
      }
      const int mo = month_at(i);
      if (mo) {
        t.month = mo;
        const size_t b = part_before(i, &t.part);
        const size_t e = month_tail(i, &t);
        push_time(std::move(t), b, e, true);
        return e;
      }
      if (one_of(w, {"yesterday", "today", "tomorrow", "tonight"})) {
        push_time(std::move(t), i, i + 1, false);
        return i + 1;
      }
      // "last year", "this week", "next month", "last Monday".
      if ((w == "last" || w == "this" || w == "next" || w == "past") && word(i + 1)) {
        const std::string_view u = norm(i + 1);
        const int wd2 = weekday_index(u);
        const int mo2 = month_at(i + 1);
        if (wd2 >= 0 || mo2) {
          t.weekday = wd2;
          t.month = mo2 ? mo2 : -1;
          push_time(std::move(t), i, i + 2, true);
          return i + 2;
        }
        if (one_of(u, {"year", "week", "month", "weekend", "night", "decade", "century",
                       "summer", "winter", "spring", "autumn"})) {
          if (u == "year" && w == "last") t.years_ago = 1;
          if (u == "year" && w == "this") t.years_ago = 0;
          push_time(std::move(t), i, i + 2, false);
          return i + 2;
        }
      }
      // "a year ago", "a decade ago".
      if ((w == "a" || w == "an") && duration_unit(norm(i + 1)) && is(i + 2, "ago")) {
        const std::string_view u = duration_unit(norm(i + 1))->unit;
        t.years_ago = u == "year" ? 1 : u == "decade" ? 10 : u == "century" ? 100 : -1;
        t.display = "1 " + std::string(u) + " ago";
        push_time(std::move(t), i, i + 3, false);
        return i + 3;
      }
    }
    if (number(i)) {
      // "10:30", "3pm", "3 p.m.": a clock time, kept for display only.
      if (punct(i + 1, ":") && attached(i + 1) && number(i + 2) && attached(i + 2)) {
        size_t e = i + 3;
        if (one_of(norm(e), {"am", "pm", "a.m.", "p.m."})) ++e;
        push_time(std::move(t), i, e, false);
        return e;
      }
      if (one_of(norm(i + 1), {"am", "pm", "a.m.", "p.m."}) && day_number(i) > 0 &&
          day_number(i) <= 12) {
        push_time(std::move(t), i, i + 2, false);
        return i + 2;
      }
      int y = 0;
      const bool is_year = year_number(i, &y);
      // ISO date "2019-06-20".
      if (is_year && hyphen_link(i + 1) && number(i + 2) && norm(i + 2).size() == 2 &&
          hyphen_link(i + 3) && number(i + 4) && norm(i + 4).size() == 2) {
        const int mo = day_number(i + 2), d = day_number(i + 4);
        if (mo >= 1 && mo <= 12 && d >= 1) {
          t.year = y;
          t.month = mo;
          t.day = d;
          push_time(std::move(t), i, i + 5, true);
          return i + 5;
        }
      }
      // "3 March", "3rd of March 2019".
      const int d = day_number(i);
      if (d > 0) {
        size_t m = i + 1;
        if (is(m, "of") && t_[i].ordinal) ++m;
        if (month_at(m)) {
          t.day = d;
          t.month = month_at(m);
          size_t e = m + 1;
          int yy = 0;
          if (year_number(e, &yy)) {
            t.year = yy;
            ++e;
          }
          push_time(std::move(t), i, e, true);
          return e;
        }
      }
      if (is_year) {
        // "1990s": a decade, display only.
        if (is(i + 1, "s") && attached(i + 1)) {
          push_time(std::move(t), i, i + 2, false);
          return i + 2;
        }
        if (read_year(i, y)) return floor_;
      }
    }
    // "two years ago", "3 months ago".
    if (number(i) || word(i)) {
      Num num;
      if (parse_number(i, &num) && !num.ordinal && num.vague.empty() && num.lo == num.hi) {
        const DurationUnit* du = duration_unit(norm(num.end));
        if (du && is(num.end + 1, "ago")) {
          const double v = num.lo;
          // Guarded: "13.8 billion years ago" keeps its display but no years_ago field (a
          // conversion out of int's range is undefined behaviour).
          const double mult = du->unit == "year" ? 1 : du->unit == "decade" ? 10 : du->unit == "century" ? 100 : 0;
          if (mult > 0 && v >= 0 && v * mult <= 100000 && v == std::floor(v))
            t.years_ago = static_cast<int>(v * mult);
          t.display = format_number(v) + " " + std::string(du->unit) + (v == 1 ? "" : "s") + " ago";
          push_time(std::move(t), i, num.end + 2, false);
          return num.end + 2;
        }
      }
    }
    return kNone;
  }

  // A four-digit number at i that reads as a year; pushes it and returns true.
  bool read_year(size_t i, int y) {
    const size_t p = back(i, 1);
    const std::string_view prev = p != kNone ? norm(p) : std::string_view();
    size_t hb = 0;
    if (hedge_before(i, &hb)) return false;
    if (p != kNone && currency_symbol(prev).size()) return false;
    const std::string_view nx = norm(i + 1);
    if (any_punct(i + 1) && (nx == "%")) return false;
    if (word(i + 1) && (spaced_scale(nx) != 0 || (attached(i + 1) && attached_scale(nx) != 0) ||
                        currency_word(nx).size() || one_of(nx, {"percent", "per", "pct"})))
      return false;
    const bool prep = one_of(prev, {"in", "since", "by", "until", "till", "of", "before", "after",
                                    "from", "during", "through", "to", "between", "and", "early",
                                    "late", "mid", "circa"});
    if (!prep && (plural_like(i + 1) || (word(i + 1) && duration_unit(nx)))) return false;
    TimeExpr t;
    t.year = y;
    size_t e = i + 1;
    // "2015-16": a season or financial year; the first year is the field.
    if (hyphen_link(i + 1) && number(i + 2) && norm(i + 2).size() == 2) e = i + 3;
    const size_t b = part_before(i, &t.part);
    push_time(std::move(t), b, e, true);
    if (e == i + 3) f_.times.back().display = fold(raw(b, e));
    return true;
  }

  // ---- quantities ----
  size_t read_quantity(size_t i) {
    if (used_[i]) return kNone;
    size_t start = i;
    std::string currency;
    // Currency symbol or code before the number: "$5m", "US$5", "€2.5 billion", "USD 5 million".
    if (any_punct(i) && !currency_symbol(norm(i)).empty() && number(i + 1)) {
      currency = std::string(currency_symbol(norm(i)));
      if (norm(i) == "$" && attached(i) && word(back(i, 1)) && back(i, 1) >= floor_ &&
          !dollar_prefix(norm(i - 1)).empty()) {
        currency = std::string(dollar_prefix(norm(i - 1)));
        start = i - 1;
      }
      ++i;
    } else if (word(i) && t_[i].cap && number(i + 1) &&
               one_of(norm(i), {"usd", "eur", "gbp", "jpy", "cny", "chf"})) {
      currency = std::string(norm(i));
      ++i;
    }
    if (used_[i]) return kNone;
    Num a;
    if (!parse_number(i, &a)) return kNone;
    // A number right after a capitalised word is part of a name: "Boeing 747", "Covid-19".
    if (currency.empty() && !a.words) {
      const size_t p = back(i, 1);
      const size_t pw = (p != kNone && punct(p, "-") && p > 0 && joined(p - 1)) ? p - 1 : p;
      if (pw != kNone && cap(pw) && !start_[pw] && !t_[pw].stop && !month_at(pw) &&
          weekday_index(norm(pw)) < 0)
        return a.end;
    }
    Quantity q;
    double lo = a.lo, hi = a.hi;
    size_t num_b = a.begin, num_e = a.end, e = a.end;
    size_t b = start;
    // Ranges: "10 to 15", "10-15", "two or three", "between 10 and 15", "from 10 to 15".
    if (!a.ordinal && a.vague.empty()) {
      const size_t c = a.end;
      const bool dash = punct(c, "-");
      const bool to = is(c, "to") || is(c, "or");
      const bool and_ = is(c, "and") && start == i && back(i, 1) != kNone && is(i - 1, "between");
      if (dash || to || and_) {
        size_t bi = c + 1;
        if (!currency.empty() && any_punct(bi) && currency_symbol(norm(bi)) == currency) ++bi;
        Num bn;
        if (parse_number(bi, &bn) && !bn.ordinal && bn.vague.empty() &&
            bn.words == a.words) {
          double alo = a.lo, ahi = a.hi;
          if (!a.scaled && bn.scaled) {
            alo *= bn.scale;
            ahi *= bn.scale;
          }
          if (bn.lo > ahi) {
            lo = alo;
            hi = bn.hi;
            q.range = true;
            num_e = e = bn.end;
            if (start == i && back(i, 1) != kNone && back(i, 1) >= floor_ &&
                ((and_ && is(i - 1, "between")) || (is(c, "to") && is(i - 1, "from"))))
              b = i - 1;
          }
        }
      }
    }
    const double num_lo = lo, num_hi = hi;
    // Hedge before: "around 90", "up to 24 hours", "more than $5m".
    size_t hb = 0;
    const Hedge* h = a.ordinal ? nullptr : hedge_before(b, &hb);
    if (h && h->name == "about" && h->words[0] == "some" && !a.vague.empty()) h = nullptr;
    if (h) {
      b = hb;
      q.hedge = std::string(h->name);
      lo = h->lo * lo;
      hi = h->hi * hi;
    }
    // What the number counts.
    const bool number_joined = joined(num_e - 1);
    QuantityKind kind = QuantityKind::kOther;
    std::string unit;
    if (!currency.empty()) {
      kind = QuantityKind::kMoney;
      unit = currency;
    } else if (punct(e, "%")) {
      kind = QuantityKind::kPercent;
      unit = "percent";
      ++e;
    } else if (is(e, "percent") || is(e, "pct") || (is(e, "per") && is(e + 1, "cent"))) {
      kind = QuantityKind::kPercent;
      unit = "percent";
      e += is(e, "per") ? 2 : 1;
    } else if (is(e, "percentage") && (is(e + 1, "point") || is(e + 1, "points"))) {
      kind = QuantityKind::kCount;
      unit = "percentage point";
      e += 2;
    } else if (word(e) && !currency_word(norm(e)).empty() &&
               (norm(e) != "won" || a.scaled || !a.words)) {
      kind = QuantityKind::kMoney;
      unit = std::string(currency_word(norm(e)));
      ++e;
    } else if (is(e, "us") && word(e + 1) && currency_word(norm(e + 1)) == "usd") {
      kind = QuantityKind::kMoney;
      unit = "usd";
      e += 2;
    } else if (a.ordinal) {
      kind = QuantityKind::kOrdinal;
      size_t noun = kNone;
      if (number_joined && hyphen_link(e) && word(e + 1) && !t_[e + 1].stop) {
        noun = e + 1;  // "80th-anniversary"
      } else {
        noun = find_noun(number_joined && hyphen_link(e) ? e + 2 : e, false, true);
      }
      if (noun != kNone) {
        unit = t_[noun].stem;
        e = noun + 1;
      } else if (a.words) {
        return kNone;  // "at first", "the first to": not a counted thing
      }
    } else if (number_joined && hyphen_link(e) && word(e + 1)) {
      const std::string_view w = norm(e + 1);
      if (one_of(w, {"third", "thirds", "quarter", "quarters", "half", "halves", "fifth",
                     "fifths"}))
        return e + 2;  // a fraction ("two-thirds"): not read
      if (duration_unit(w)) {
        kind = QuantityKind::kDuration;
        unit = std::string(duration_unit(w)->unit);
        e += 2;
        if (joined(e - 1) && hyphen_link(e) && is(e + 1, "old")) {  // "5-year-old"
          kind = QuantityKind::kCount;
          unit = "age";
          e += 2;
        }
      } else {
        kind = QuantityKind::kCount;  // "a 26-member delegation"
        unit = t_[e + 1].stem;
        e += 2;
      }
    } else if ((word(e) && duration_unit(norm(e))) ||
               (!a.vague.empty() && is(e, "of") && duration_unit(norm(e + 1)))) {
      if (is(e, "of")) ++e;  // "a couple of hours", "dozens of years"
      kind = QuantityKind::kDuration;
      unit = std::string(duration_unit(norm(e))->unit);
      ++e;
      if (is(e, "old")) {  // "26 years old"
        kind = QuantityKind::kCount;
        unit = "age";
        ++e;
      }
    } else {
      const bool one = !a.vague.size() && lo == hi && a.lo == 1 && !q.range;
      const bool allow_of = !a.vague.empty() || !a.words || !one;
      size_t noun = find_noun(e, allow_of && !(a.words && a.lo == 1), false);
      // Number words are often pronouns ("the two met"): more than one needs a plural noun.
      if (noun != kNone && a.words && !one && !plural_like(noun)) noun = kNone;
      if (noun != kNone) {
        kind = QuantityKind::kCount;
        unit = t_[noun].stem;
        e = noun + 1;
      } else if (a.words && a.vague.empty()) {
        return a.end;  // "the two met", "one of them": not a counted quantity
      }
    }
    q.begin = bpos(b);
    q.end = epos(e - 1);
    q.num_begin = bpos(num_b);
    q.num_end = epos(num_e - 1);
    q.kind = kind;
    q.unit = std::move(unit);
    q.num_lo = num_lo;
    q.num_hi = num_hi;
    q.vague = a.vague;
    q.approx = h != nullptr || !a.vague.empty();
    if (!a.vague.empty() && !h) {
      q.lo = num_lo;
      q.hi = num_hi;
    } else {
      q.lo = lo;
      q.hi = hi;
    }
    q.value = q.range || !a.vague.empty() ? (num_lo + num_hi) / 2 : num_lo;
    q.display = describe(q);
    for (size_t k = b; k < e; ++k) used_[k] = 1;
    floor_ = e;
    f_.quantities.push_back(std::move(q));
    return e;
  }

  // ---- names ----
  // Token i may be part of a name ("Lee", "US", "Ortiz"). `first`: it would start the name.
  bool name_word(size_t i, bool first) const {
    if (!word(i) || !t_[i].cap || used_[i]) return false;
    const std::string_view w = norm(i);
    if (t_[i].stop && !acronym(i)) return false;
    if (w == "'s" || month_at(i) || weekday_index(w) >= 0) return false;
    if (one_of(w, {"yesterday", "today", "tomorrow", "tonight"})) return false;
    if (first && (cardinal_value(w) >= 0 || ordinal_value(w) >= 0)) return false;
    return true;
  }

  // The title that ends at token k (its words folded, qualifiers included), or empty.
  // *start receives the title's first token. Qualifiers are not taken from before `low`.
  std::string title_at(size_t k, size_t low, size_t* start) const {
    if (!word(k)) return {};
    const std::string_view w = norm(k);
    size_t s = k;
    if (w == "state" && k >= 2 && is(k - 1, "of") && is(k - 2, "secretary")) {
      s = k - 2;  // "Secretary of State"
    } else if (title_head(w)) {
      for (int q = 0; q < 2; ++q) {
        size_t p = back(s, 1);
        if (p != kNone && hyphen_link(p)) p = back(p, 1);  // "Secretary-General"
        if (p == kNone || p < low || !word(p) || !title_qualifier(norm(p))) break;
        if (t_[p].cap != t_[k].cap && t_[k].cap) break;
        s = p;
      }
    } else {
      return {};
    }
    std::string title;
    for (size_t j = s; j <= k; ++j) {
      if (!word(j)) continue;
      if (!title.empty()) title += ' ';
      title += norm(j);
    }
    *start = s;
    return title;
  }

  // The title right before a name that starts at s ("leader Lee", "Gen. Smith", "Minister, Ortiz").
  std::string title_before(size_t s) const {
    size_t k = back(s, 1);
    if (k == kNone) return {};
    if (punct(k, ".") && k > 0 && word(k - 1) && abbreviation(norm(k - 1))) --k;  // "Gen."
    // "the official Freedonian Press Service": "official" as an adjective.
    if (is(k, "official") && k > 0 && one_of(norm(k - 1), {"the", "a", "an"})) return {};
    size_t ts = 0;
    return title_at(k, 0, &ts);
  }

  void push_name(size_t b, size_t e, const std::string& title) {
    while (e > b && (any_punct(e - 1) && !punct(e - 1, "."))) --e;
    if (e <= b) return;
    NameMention m;
    m.begin = bpos(b);
    m.end = epos(e - 1);
    for (size_t k = b; k < e; ++k) {
      if (!word(k)) continue;
      std::string part;
      for (char c : t_[k].norm) {
        if (c != '.') part += c;
      }
      if (!part.empty()) m.parts.push_back(std::move(part));
    }
    if (m.parts.empty()) return;
    m.title = title;
    m.display = std::string(text_.substr(m.begin, m.end - m.begin));
    for (size_t k = b; k < e; ++k) in_name_[k] = 1;
    f_.names.push_back(std::move(m));
  }

  void read_names() {
    std::string carry_title;
    size_t carry_at = kNone;  // token index the carried title applies to
    size_t i = 0;
    while (i < n_) {
      if (!name_word(i, true)) {
        ++i;
        continue;
      }
      // A sentence's first word is a name only with support from the next token.
      if (start_[i] && !acronym(i)) {
        const size_t nx = i + 1;
        const bool ok = name_word(nx, false) || is(nx, "'s") || punct(nx, ":") ||
                        (punct(nx, "-") && !attached(nx)) ||
                        (joined(i) && hyphen_link(nx) && cap(nx + 1)) ||
                        (name_particle(norm(nx)) && name_word(nx + 1, false));
        if (!ok) {
          ++i;
          continue;
        }
      }
      // The run of name words.
      size_t j = i + 1;
      size_t words = 1;
      while (j < n_) {
        if (joined(j - 1) && hyphen_link(j) && word(j + 1) && !used_[j + 1]) {
          if (cap(j + 1) && !t_[j + 1].stop) {
            j += 2;
            ++words;
            continue;
          }
          if (words >= 2 && !compound_suffix(norm(j + 1)) && !t_[j + 1].stop &&
              !t_[j + 1].cap) {
            j += 2;  // "Park Ji-hoon"
            continue;
          }
          break;
        }
        if (punct(j, ".") && word(j - 1) && norm(j - 1).size() == 1 && name_word(j + 1, false)) {
          ++j;  // initial "J."
          continue;
        }
        if (name_word(j, false) && !joined(j - 1)) {
          ++j;
          ++words;
          continue;
        }
        if (word(j) && !t_[j].cap && name_particle(norm(j)) && !joined(j - 1)) {
          if (name_word(j + 1, false) && !joined(j)) {
            j += 2;
            words += 2;
            continue;
          }
          if (joined(j) && hyphen_link(j + 1) && cap(j + 2)) {  // "al-Assad"
            j += 3;
            words += 2;
            continue;
          }
        }
        break;
      }
      const size_t run_end = j;
      // Split the run at titles: "Irish Prime Minister Mary Byrne".
      std::string pending = carry_at == i ? carry_title : title_before(i);
      carry_at = kNone;
      size_t seg = i;
      for (size_t p = i; p < run_end; ++p) {
        if (!word(p) || joined(p)) continue;  // a hyphenated title ends at its last part
        size_t ts = p;
        const std::string title = title_at(p, seg, &ts);
        if (title.empty()) continue;
        bool more = false;
        for (size_t k = p + 1; k < run_end && !more; ++k) more = word(k);
        if (!more && !title_head_strong(norm(p))) continue;  // "Martin Luther King"
        if (ts > seg) push_name(seg, ts, pending);
        pending = title;
        seg = p + 1;
        if (!more) {
          size_t nx = run_end;
          if (punct(nx, ",") || punct(nx, ".")) ++nx;
          carry_title = title;
          carry_at = nx;
        }
      }
      if (seg < run_end) push_name(seg, run_end, pending);
      i = run_end > i ? run_end : i + 1;
    }
  }

  // ---- attribution ----
  // Tokens [j, e) after "according to" / "citing" / inverted "said": up to 8, to punctuation.
  size_t forward_source(size_t j, bool strict) const {
    size_t e = j;
    while (e < n_ && e - j < 8) {
      if (any_punct(e) && !hyphen_link(e)) break;
      if (word(e) && clause_word(norm(e)) && e > j) break;
      if (strict && t_[e].stop &&
          !one_of(norm(e), {"the", "a", "an", "of", "for", "'s", "and"}))
        return j;
      ++e;
    }
    if (strict && e < n_ && !any_punct(e)) return j;
    return e;
  }

  void push_attribution(size_t b, size_t e, size_t wb, size_t we) {
    if (we <= wb) return;
    std::string who = fold(raw(wb, we));
    for (std::string_view art : {"the ", "a ", "an "}) {
      if (who.compare(0, art.size(), art) == 0) {
        who.erase(0, art.size());
        break;
      }
    }
    if (who.empty()) return;
    Attribution a;
    a.begin = bpos(b);
    a.end = epos(e - 1);
    a.who = std::move(who);
    f_.attributions.push_back(std::move(a));
  }

  void read_attributions() {
    for (size_t i = 0; i < n_; ++i) {
      if (!word(i)) continue;
      const std::string_view w = norm(i);
      if (w == "according" && is(i + 1, "to")) {
        const size_t e = forward_source(i + 2, false);
        push_attribution(i, e, i + 2, e);
        continue;
      }
      if (w == "citing") {
        const size_t e = forward_source(i + 1, false);
        push_attribution(i, e, i + 1, e);
        continue;
      }
      if (!attribution_verb(w) || attribution_verb(norm(i + 1))) continue;
      // Inverted: "..., said Agence Ouest." / "\" said a spokesman."
      const size_t p = back(i, 1);
      if (p != kNone && (punct(p, ",") || punct(p, "\"") || punct(p, "'")) &&
          (w == "said" || w == "says")) {
        const size_t e = forward_source(i + 1, true);
        if (e > i + 1) {
          push_attribution(i, e, i + 1, e);
          continue;
        }
      }
      // Subject before the verb: "the agency said", "state media reported", "officials say".
      size_t k = p;
      while (k != kNone && word(k) &&
             (one_of(norm(k), {"has", "have", "had", "did", "does", "do", "will", "would",
                               "also", "reportedly", "later", "earlier", "previously",
                               "separately", "not", "never", "repeatedly", "first"}) ||
              is_negator(norm(k))))
        k = back(k, 1);
      if (k == kNone || (word(k) && be_form(norm(k)))) continue;  // passive: "is said to"
      const size_t e_subj = k + 1;
      size_t b = e_subj;
      bool content = false;
      while (b > 0 && e_subj - b < 8) {
        const size_t c = b - 1;
        if (any_punct(c) && !hyphen_link(c) && !punct(c, "'s")) break;
        if (word(c) && clause_word(norm(c))) break;
        if (word(c) && (attribution_verb(norm(c)) || (be_form(norm(c)) && norm(c) != "'s")))
          break;
        if (word(c) && (!t_[c].stop || pronoun(norm(c)) || acronym(c))) content = true;
        b = c;
      }
      if (!content || b >= e_subj) continue;
      push_attribution(b, i + 1, b, e_subj);
    }
  }

  // ---- negation and modality ----
  void read_negations() {
    for (size_t i = 0; i < n_; ++i) {
      // Inside a name, or part of a quantity's hedge ("no more than 20"): not a negation.
      if (!word(i) || in_name_[i] || used_[i]) continue;
      const std::string_view w = norm(i);
      if (!is_negator(w)) continue;
      const std::string_view nx = norm(i + 1), nx2 = norm(i + 2);
      const size_t p = back(i, 1);
      const std::string_view pv = p != kNone ? norm(p) : std::string_view();
      if (w == "not" && one_of(nx, {"only", "just", "least", "merely", "simply"})) continue;
      if (w == "not" && nx == "to" && nx2 == "mention") continue;
      if (w == "not" && (pv == "if" || (pv == "or" && p > 0 && is(p - 1, "whether")))) continue;
      if (w == "no" && one_of(nx, {"doubt", "matter", "sooner"})) continue;
      if (w == "no" && punct(i + 1, ".") && number(i + 2)) continue;  // "No. 10"
      if (w == "nothing" && nx == "but") continue;
      if (w == "none" && nx == "other") continue;
      if (w == "never" && nx == "mind") continue;
      f_.negations.emplace_back(bpos(i), epos(i));
    }
  }

  void read_modality() {
    for (size_t i = 0; i < n_ && !f_.modal; ++i) {
      if (!word(i)) continue;
      const std::string_view w = norm(i);
      if (one_of(w, {"might", "could", "would", "likely", "unlikely", "reportedly", "allegedly",
                     "possibly", "perhaps", "probably", "potentially", "purportedly",
                     "reputedly", "supposedly"})) {
        f_.modal = true;
      } else if (w == "may" && !month_at(i) && !used_[i]) {
        f_.modal = true;
      } else if (is(i + 1, "to") && !number(i + 2)) {
        const size_t p = back(i, 1);
        const bool be = p != kNone && word(p) && be_form(norm(p));
        if (one_of(w, {"expected", "scheduled", "slated", "poised", "set", "due"}) &&
            (be || w == "expected" || w == "scheduled") && w != "due") {
          f_.modal = true;
        } else if (one_of(w, {"plans", "plan", "planned", "planning", "intends", "intend",
                              "intended", "aims", "hopes"})) {
          f_.modal = true;
        } else if (one_of(w, {"said", "believed", "thought", "reputed", "supposed", "rumoured",
                              "rumored", "understood"}) &&
                   (be || w == "reputed")) {
          f_.modal = true;
        }
      }
    }
  }

  std::string_view text_;
  const std::vector<Token>& t_;
  size_t n_;
  std::vector<char> used_;     // token belongs to a time or a quantity
  std::vector<char> in_name_;  // token belongs to a name
  std::vector<char> start_;    // token is a sentence's first word
  size_t floor_ = 0;           // hedges and prefixes may not reach before this token
  Facts f_;
};

}  // namespace

Facts extract_facts(std::string_view text, const std::vector<Token>& tokens) {
  return Reader(text, tokens).run();
}

std::string describe(const Quantity& q) {
  std::string core;
  if (!q.vague.empty()) {
    core = q.vague;
  } else if (q.kind == QuantityKind::kOrdinal) {
    const double v = std::round(q.num_lo);
    core = format_number(v) + (std::fabs(v) < 1e15 ? ordinal_suffix(static_cast<long long>(v))
                                                    : std::string("th"));
  } else if (q.range && q.num_hi != q.num_lo) {
    core = format_number(q.num_lo) + "\xE2\x80\x93" + format_number(q.num_hi);
  } else {
    core = format_number(q.num_lo);
  }
  if (q.kind == QuantityKind::kPercent) {
    core += "%";
  } else if (q.kind == QuantityKind::kMoney) {
    if (q.unit == "usd") core = "$" + core;
    else if (q.unit == "eur") core = "\xE2\x82\xAC" + core;
    else if (q.unit == "gbp") core = "\xC2\xA3" + core;
    else if (q.unit == "jpy") core = "\xC2\xA5" + core;
    else {
      std::string code = q.unit;
      for (char& c : code) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
      core += " " + code;
    }
  }
  return q.hedge.empty() ? core : q.hedge + " " + core;
}

bool compatible(const Quantity& a, const Quantity& b) {
  double alo = a.lo, ahi = a.hi, blo = b.lo, bhi = b.hi;
  bool loose = a.approx || b.approx || a.range || b.range;
  if (a.kind != b.kind && a.kind != QuantityKind::kOther && b.kind != QuantityKind::kOther)
    return true;  // not comparable
  if (a.kind == QuantityKind::kMoney && b.kind == QuantityKind::kMoney && a.unit != b.unit)
    return true;
  if (a.kind == QuantityKind::kDuration && b.kind == QuantityKind::kDuration && a.unit != b.unit) {
    const double sa = unit_seconds(a.unit), sb = unit_seconds(b.unit);
    if (sa == 0 || sb == 0) return true;
    alo *= sa;
    ahi *= sa;
    blo *= sb;
    bhi *= sb;
    loose = true;
  }
  const double big = std::max({std::fabs(alo), std::fabs(ahi), std::fabs(blo), std::fabs(bhi)});
  if (big >= 1e6) loose = true;
  const double tol = loose ? 0.05 * big : 1e-9 * std::max(1.0, big);
  return alo <= bhi + tol && blo <= ahi + tol;
}

bool compatible(const TimeExpr& a, const TimeExpr& b) {
  auto same = [](int x, int y) { return x < 0 || y < 0 || x == y; };
  if (!same(a.year, b.year) || !same(a.month, b.month) || !same(a.day, b.day) ||
      !same(a.years_ago, b.years_ago))
    return false;
  int wa = a.weekday, wb = b.weekday;
  if (wa < 0 && a.year > 0 && a.month > 0 && a.day > 0) wa = weekday_of(a.year, a.month, a.day);
  if (wb < 0 && b.year > 0 && b.month > 0 && b.day > 0) wb = weekday_of(b.year, b.month, b.day);
  if (!same(wa, wb)) return false;
  if (a.part.empty() || b.part.empty() || a.part == b.part) return true;
  auto pair_is = [&](std::string_view x, std::string_view y) {
    return (a.part == x && b.part == y) || (a.part == y && b.part == x);
  };
  return pair_is("late", "evening") || pair_is("late", "night") || pair_is("late", "afternoon") ||
         pair_is("early", "morning") || pair_is("early", "night") ||
         pair_is("evening", "night") || pair_is("mid", "afternoon");
}

}  // namespace tri
