// conflicts/names.cc — different people or places in one slot, and one name written two ways.
#include "conflicts/kinds.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "facts/scan.h"
#include "lexicon.h"
#include "terms.h"
#include "words.h"

namespace tri {
namespace conflicts_internal {
namespace {

// The country a place name stands for, by the key of its capital: a country ("the United
// States", "U.S."), the adjective of its people ("American") and its capital ("Washington", for its
// government) all stand for one. "" for any other name.
std::string country_of(const Side& s, Range r, const Lexicon& lexicon) {
  std::string phrase;
  for (size_t k = r.first; k < r.last; ++k) {
    const Token& t = s.u.data->tokens[k];
    if (t.type != TokenType::kWord || t.norm == "'s" || (phrase.empty() && t.norm == "the")) continue;
    std::string key = term_key(t);
    key.erase(std::remove(key.begin(), key.end(), '.'), key.end());  // "U.S." is "us"
    phrase += (phrase.empty() ? "" : " ") + lexicon.base_form(key);
  }
  const std::string* capital = lexicon.capital_of(phrase);
  return capital ? *capital : std::string();
}

}  // namespace

bool description(const SimUnit& u, Range r) {
  const auto& t = u.data->tokens;
  if (r.empty() || !word_set(WordList::names_affiliations).has(t[r.last - 1].norm)) return false;
  return t[r.first].norm == "the" || (r.first > 0 && t[r.first - 1].norm == "the");
}

bool same_country(const Side& a, Range x, const Side& b, Range y, const Lexicon& lexicon) {
  const std::string country = country_of(a, x, lexicon);
  return !country.empty() && country == country_of(b, y, lexicon);
}

bool country_named(const Side& s, Range r, const Side& other, const Lexicon& lexicon) {
  const std::string country = country_of(s, r, lexicon);
  if (country.empty()) return false;
  for (const NameMention& n : other.u.data->facts.names)
    if (country_of(other, tokens_in(other.u, n.begin, n.end), lexicon) == country) return true;
  return false;
}

namespace {

// The same person (place, organisation): the same words, or one's words within the other's
// ("Osk" ~ "Nina Osk"), as name.h compares them.
bool same_person(const NameMention& x, const NameMention& y) {
  const Match m = compare(x, y);
  return m == Match::kSame || m == Match::kCompatible;
}

// x is one of `others`, or its last word is a word of one's role ("Harlow" in "Harlow
// goalkeeper Sam Pike").
bool mentioned(const NameMention& x, const std::vector<NameMention>& others) {
  for (const NameMention& o : others) {
    if (same_person(x, o)) return true;
    if (x.parts.empty()) continue;
    const std::string& w = x.parts.back();
    for (size_t p = o.role.find(w); p != std::string::npos; p = o.role.find(w, p + 1))
      if ((p == 0 || o.role[p - 1] == ' ') && (p + w.size() == o.role.size() || o.role[p + w.size()] == ' ')) return true;
  }
  return false;
}

// A capitalised unit of a measure ("40 degrees Celsius") is no name (what a count counts, "one
// Australian", still is).
bool in_quantity(const SimUnit& u, const NameMention& n) {
  for (const Quantity& q : u.data->facts.quantities)
    if (q.kind == QuantityKind::kMeasure && n.begin >= q.begin && n.end <= q.end) return true;
  return false;
}

bool in_attribution(const SimUnit& u, const NameMention& n) {
  for (const Attribution& at : u.data->facts.attributions)
    if (n.begin >= at.begin && n.end <= at.end) return true;
  return false;
}

// Words of the same family name with different given names: two different people.
bool same_surname_other_person(const NameMention& x, const NameMention& y) {
  if (x.parts.size() < 2 || y.parts.size() < 2) return false;
  return x.parts.back() == y.parts.back() && x.parts.front() != y.parts.front() &&
         x.parts.front().size() > 1 && y.parts.front().size() > 1;
}

}  // namespace

bool capital_inside(std::string_view w) {
  for (size_t k = 1; k < w.size(); ++k)
    if (w[k] >= 'A' && w[k] <= 'Z') return true;
  return false;
}

bool first_word(const SimUnit& u, size_t k) {
  for (size_t i = 0; i < k; ++i)
    if (u.data->tokens[i].type != TokenType::kPunct) return false;
  return true;
}

bool common_opening(const Side& s, size_t k, const Lexicon& lexicon) {
  const Token& t = s.u.data->tokens[k];
  return first_word(s.u, k) && lexicon.related(s.u.words[k].lex) && !lexicon.is_verb(s.u.words[k].lex) &&
         !capital_inside(s.text.substr(t.begin, t.end - t.begin));
}

bool openers_apart(const Side& a, const Side& b, const Lexicon& lexicon) {
  const auto opener = [&](const Side& s) -> const std::string* {
    const auto& t = s.u.data->tokens;
    return t.size() > 1 && t[0].cap && t[1].norm == "," && !lexicon.related(s.u.words[0].lex) ? &t[0].norm : nullptr;
  };
  const std::string* x = opener(a);
  const std::string* y = opener(b);
  return x && y && *x != *y;
}

namespace {

// The aligned words right around a name: the nearest content word on each side that is aligned
// into the other name's surroundings.
bool both_sides_aligned(const Side& a, Range x, Range y) {
  const auto& t = a.u.data->tokens;
  const auto near = [&](size_t k) {
    const int j = a.to[k];
    if (j < 0) return false;
    const long d1 = static_cast<long>(j) - static_cast<long>(y.first);
    const long d2 = static_cast<long>(j) - static_cast<long>(y.last);
    return (d1 < 0 && d1 >= -3) || (d2 >= 0 && d2 < 3);
  };
  bool left = false, right = false;
  for (size_t k = x.first, steps = 0; k > 0 && steps < 3; ++steps) {
    --k;
    if (t[k].type == TokenType::kPunct) continue;
    if (near(k)) left = true;
    if (a.u.words[k].flags & kContent) break;
  }
  for (size_t k = x.last, steps = 0; k < t.size() && steps < 3; ++k, ++steps) {
    if (t[k].type == TokenType::kPunct) continue;
    if (near(k)) right = true;
    if (a.u.words[k].flags & kContent) break;
  }
  return left && right;
}

// Each word of name x (side s, tokens rx) is aligned into name y (tokens ry) as the same word, a
// synonym or a derivation, as the lexicon relates a country, its people and its capital ("US" /
// "United States", "Portugal" / "Portuguese").
bool same_by_words(const Side& s, Range rx, Range ry) {
  bool any = false;
  for (size_t k = rx.first; k < rx.last; ++k) {
    if (!(s.u.words[k].flags & kContent)) continue;
    const int j = s.to[k];
    const WordMatch m = s.match[k];
    if (j < 0 || !inside(static_cast<size_t>(j), ry) ||
        !(m == WordMatch::kExact || m == WordMatch::kSynonym || m == WordMatch::kDerivation))
      return false;
    any = true;
  }
  return any;
}

}  // namespace

bool same_letters(const Side& a, size_t ai, size_t ae, const Side& b, size_t bi, size_t be) {
  // An article before a name and a company's legal form or a generation after it are no part of
  // it ("The NTA", "Norvell Shipping Co", "Harold Brandt Jr").
  static constexpr WordSet kArticles("a an the");
  const WordSet& kForms = word_set(WordList::names_same_letters_forms);  // co, inc, jr, ltd ...
  const auto trim = [&kForms](const Side& s, size_t* i, size_t* e) {
    bool cut = false;
    while (*e - *i >= 2 && kArticles.has(s.u.data->tokens[*i].norm)) ++*i, cut = true;
    while (*e - *i >= 2 && (s.u.data->tokens[*e - 1].type == TokenType::kPunct || kForms.has(s.u.data->tokens[*e - 1].norm)))
      --*e, cut = true;
    return cut;
  };
  {
    size_t i = ai, e = ae, j = bi, f = be;
    const bool cut_a = trim(a, &i, &e), cut_b = trim(b, &j, &f);
    if ((cut_a || cut_b) && same_letters(a, i, e, b, j, f)) return true;
  }
  const auto letters = [](const Side& s, size_t i, size_t e, bool initials) {
    std::string out;
    for (size_t k = i; k < e; ++k) {
      const std::string_view n = s.u.data->tokens[k].norm;
      if (n == "'s" || n == "'") continue;  // a possessive
      for (char c : n)
        if (std::isalnum(static_cast<unsigned char>(c))) {
          out += c;
          if (initials) break;
        }
    }
    return out;
  };
  // An acronym of the other ("EU" / "European Union").
  const std::string ia = letters(a, ai, ae, true), ib = letters(b, bi, be, true);
  const std::string x = letters(a, ai, ae, false), y = letters(b, bi, be, false);
  if (!x.empty() && x == y) return true;  // the same letters, dots and case aside ("A.J." / "AJ")
  // The acronym may be written as letters apart ("P&W" / "Pratt & Whitney").
  const auto single_letters = [](const Side& s, size_t i, size_t e) {
    for (size_t k = i; k < e; ++k)
      if (s.u.data->tokens[k].type == TokenType::kWord && s.u.data->tokens[k].norm.size() != 1) return false;
    return true;
  };
  const bool one_a = ae - ai == 1 || single_letters(a, ai, ae), one_b = be - bi == 1 || single_letters(b, bi, be);
  if ((one_a && x.size() >= 2 && x == ib && be - bi >= 2) || (one_b && y.size() >= 2 && y == ia && ae - ai >= 2))
    return true;
  // One the other's beginning, up to two letters more: "Turk" / "Turks", "Kenya" / "Kenyan".
  const std::string& s = x.size() <= y.size() ? x : y;
  const std::string& l = x.size() <= y.size() ? y : x;
  if (s.size() >= 3 && l.compare(0, s.size(), s) == 0 && l.size() - s.size() <= 2) return true;
  // A given name and its familiar form ("Bill" / "William", "Bob" / "Robert"): "short=long" pairs.
  if (ae - ai == 1 && be - bi == 1 && !s.empty() &&
      word_set(WordList::names_nicknames).has(s + "=" + l))
    return true;
  // One word abbreviating another ("Mt" / "Mount", "Colo." / "Colorado", "W." / "West"): the same
  // first letter, and the short one's letters in order in the long one.
  if (ae - ai == 1 && be - bi == 1 && !s.empty() && s.size() <= 4 && s.size() < l.size() && s[0] == l[0]) {
    size_t j = 1;
    for (size_t k = 1; k < l.size() && j < s.size(); ++k) j += l[k] == s[j];
    if (j == s.size()) return true;
  }
  // One spelling of the other in a word of five letters or more: a vowel written another way
  // ("Hadrani" / "Hadreni", "Heydar" / "Heidar"), two letters swapped ("Halvdan" / "Halvadn"), a
  // letter added or dropped ("Ecclesia" / "Ecclessia"), or the last letter changed ("Wolfe" /
  // "Wolff"). (A consonant changed elsewhere often makes another name: "Carter" / "Carver".)
  if (s.size() >= 5 && l.size() == s.size() + 1) {
    size_t front = 0;
    while (front < s.size() && s[front] == l[front]) ++front;
    if (s.compare(front, std::string::npos, l, front + 1, std::string::npos) == 0) return true;
  }
  if (s.size() >= 5 && l.size() == s.size() && s.compare(0, s.size() - 1, l, 0, s.size() - 1) == 0) return true;
  if (s.size() >= 5 && l.size() == s.size()) {
    size_t first = 0;
    while (first < s.size() && s[first] == l[first]) ++first;
    const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
    // Or a sound written with either of two letters ("Karolos" / "Carolos", "Alishvandi" /
    // "Alishbandi").
    const auto one_sound = [](char c, char d) {
      return (c == 'c' && d == 'k') || (c == 'k' && d == 'c') || (c == 'b' && d == 'v') || (c == 'v' && d == 'b');
    };
    if (first < s.size() && s.compare(first + 1, std::string::npos, l, first + 1, std::string::npos) == 0 &&
        ((vowel(s[first]) && vowel(l[first])) || one_sound(s[first], l[first])))
      return true;
    if (first + 1 < s.size() && s[first] == l[first + 1] && s[first + 1] == l[first] &&
        s.compare(first + 2, std::string::npos, l, first + 2, std::string::npos) == 0)
      return true;
  }
  // An acronym for the other's leading words before the same last word, whole or its end ("KNS
  // Tavel" / "Naval Ship Tavel": a Kestrel Naval Ship, "MVP Award" / "Valuable Player Award").
  const auto acronym_of = [&](const Side& sa, size_t i, size_t e, const Side& o, size_t oi, size_t oe) {
    const auto& t = sa.u.data->tokens;
    if (e - i != 2 || oe - oi < 3 || t[e - 1].norm != o.u.data->tokens[oe - 1].norm) return false;
    const std::string_view written = sa.text.substr(t[i].begin, t[i].end - t[i].begin);
    if (written.size() < 2) return false;
    for (char c : written)
      if (c < 'A' || c > 'Z') return false;
    const std::string heads = letters(o, oi, oe - 1, true);
    const std::string acronym = letters(sa, i, i + 1, false);
    return heads.size() >= 2 && heads.size() <= acronym.size() &&
           acronym.compare(acronym.size() - heads.size(), heads.size(), heads) == 0;
  };
  if (acronym_of(a, ai, ae, b, bi, be) || acronym_of(b, bi, be, a, ai, ae)) return true;
  // Names of several words, word by word ("Mt Arden" / "Mount Arden", "Douglas J. Feith" / "Doug
  // Feith"), without their initials, stops and articles.
  const auto words = [](const Side& side, size_t i, size_t e) {
    std::vector<size_t> out;
    for (size_t k = i; k < e; ++k) {
      const Token& t = side.u.data->tokens[k];
      if (t.type == TokenType::kWord && t.norm.size() > 1 && std::string_view(t.norm) != "the") out.push_back(k);
    }
    return out;
  };
  const std::vector<size_t> wa = words(a, ai, ae), wb = words(b, bi, be);
  // A full name of two words is the same name after any other word ("RB Pierre Thomas" / "Saints
  // Pierre Thomas").
  const auto norm = [](const Side& side, size_t k) -> const std::string& { return side.u.data->tokens[k].norm; };
  if (wa.size() >= 2 && wb.size() >= 2 && norm(a, wa.back()) == norm(b, wb.back()) &&
      norm(a, wa[wa.size() - 2]) == norm(b, wb[wb.size() - 2]) && (wa.size() >= 3 || wb.size() >= 3))
    return true;
  if ((ae - ai >= 2 || be - bi >= 2) && !wa.empty() && wa.size() == wb.size() &&
      (wa.size() < ae - ai || wb.size() < be - bi || wa.size() >= 2)) {
    for (size_t k = 0; k < wa.size(); ++k)
      if (a.u.data->tokens[wa[k]].norm != b.u.data->tokens[wb[k]].norm &&
          !same_letters(a, wa[k], wa[k] + 1, b, wb[k], wb[k] + 1))
        return false;
    return true;
  }
  // The shorter name's words within the longer's, in order and ending with its last word, written
  // in full or shortened ("Mt Arden" / "Ridgeback Mount Arden"), as a name within a longer one is
  // the same name (name.h).
  if (!wa.empty() && !wb.empty() && wa.size() != wb.size()) {
    const bool a_short = wa.size() < wb.size();
    const Side& ss = a_short ? a : b;
    const Side& ls = a_short ? b : a;
    const std::vector<size_t>& ws = a_short ? wa : wb;
    const std::vector<size_t>& wl = a_short ? wb : wa;
    const auto same_word = [&](size_t i, size_t j) {
      return ss.u.data->tokens[i].norm == ls.u.data->tokens[j].norm || same_letters(ss, i, i + 1, ls, j, j + 1);
    };
    if (!same_word(ws.back(), wl.back())) return false;
    size_t j = 0;
    for (size_t k = 0; k + 1 < ws.size(); ++k) {
      while (j + 1 < wl.size() && !same_word(ws[k], wl[j])) ++j;
      if (j + 1 >= wl.size()) return false;
      ++j;
    }
    return true;
  }
  return false;
}

int in_name(const Side& s, Range r) {
  const size_t b = s.u.data->tokens[r.first].begin, e = s.u.data->tokens[r.last - 1].end;
  for (const NameMention& n : s.u.data->facts.names) {
    if (b >= n.begin && e <= n.end) return 2;
    if (b >= n.role_begin && e <= n.role_end) return 1;
  }
  return 0;
}

bool titles_only(const Side& s, size_t i, size_t e) {
  const WordSet& kTitles = word_set(WordList::names_titles_only_titles);
  bool any = false;
  for (size_t k = i; k < e; ++k) {
    const Token& t = s.u.data->tokens[k];
    if (t.type == TokenType::kPunct || (k == i && t.norm == "the")) continue;  // "The Prime Minister"
    if (!kTitles.has(t.norm)) return false;
    any = true;
  }
  return any;
}

bool title_case(const SimUnit& u) {
  int longer = 0;
  for (const Token& t : u.data->tokens) {
    if (t.type != TokenType::kWord || t.norm.size() < 4) continue;
    if (!t.cap) return false;
    ++longer;
  }
  return longer >= 4;
}

// The words of a name's office that make the disputed slot: all of them, but for the name of what
// the office is of ("president of United Dock Workers Local 12", "chief of the Dunvale Fire
// Authority"), which tells that two sentences are of one organisation as any other name they
// share does.
Span office_slot(std::string_view text, const NameMention& n) {
  const std::string_view role = text.substr(n.role_begin, n.role_end - n.role_begin);
  const size_t of = role.find(" of ");
  if (of == std::string_view::npos) return {n.role_begin, n.role_end};
  const size_t name = of + 4 + (role.compare(of + 4, 4, "the ") == 0 ? 4 : 0);
  if (name < role.size() && std::isupper(static_cast<unsigned char>(role[name]))) return {n.role_begin, n.role_begin + of};
  return {n.role_begin, n.role_end};
}

bool other_offices(const NameMention& x, const NameMention& y) {
  return !x.role_head.empty() && !y.role_head.empty() && x.role_head != y.role_head;
}

bool opening_word(const Side& s, Range r, const Lexicon& lexicon) {
  const auto& t = s.u.data->tokens;
  return r.last == r.first + 1 && first_word(s.u, r.first) &&
         (common_opening(s, r.first, lexicon) || (r.last < t.size() && t[r.last].norm == "-"));
}

void names(const Side& a, const Side& b, const Lexicon& lexicon, std::vector<Difference>* out) {
  if (title_case(a.u) || title_case(b.u)) return;
  const auto& na = a.u.data->facts.names;
  const auto& nb = b.u.data->facts.names;
  // b's names that a names too or that count something take no part; each other one answers at
  // most one of a's names.
  std::vector<uint8_t> used(nb.size(), false);
  std::vector<Range> ranges(nb.size());
  for (size_t j = 0; j < nb.size(); ++j) {
    used[j] = mentioned(nb[j], na) || in_quantity(b.u, nb[j]);
    if (used[j]) continue;
    ranges[j] = tokens_in(b.u, nb[j].begin, nb[j].end);
    used[j] = description(b.u, ranges[j]) || country_named(b, ranges[j], a, lexicon) || opening_word(b, ranges[j], lexicon);
  }
  for (const NameMention& x : na) {
    if (mentioned(x, nb) || in_quantity(a.u, x)) continue;
    const Range rx = tokens_in(a.u, x.begin, x.end);
    if (description(a.u, rx) || country_named(a, rx, b, lexicon) || opening_word(a, rx, lexicon)) continue;
    for (size_t j = 0; j < nb.size(); ++j) {
      const NameMention& y = nb[j];
      if (used[j]) continue;
      const Range ry = ranges[j];
      // Who is quoted is not what is said: two different people quoted are no conflict, unless they
      // hold one office (below).
      const bool same_role = same_office(x, y);
      const bool sibling = same_surname_other_person(x, y) && (same_role || same_slot(a, rx, b, ry)) &&
                           !common_opening(a, rx.first, lexicon) && !common_opening(b, ry.first, lexicon);
      const bool place = adjacent_content(a, rx, b, ry);
      if (!same_role && ((!sibling && !place) || other_offices(x, y))) continue;
      if (same_letters(a, rx.first, rx.last, b, ry.first, ry.last)) continue;  // "Norway" / "Norwegian"
      if (same_by_words(a, rx, ry) || same_by_words(b, ry, rx)) continue;  // "US" / "United States"
      if (same_country(a, rx, b, ry, lexicon)) continue;  // "Peru" / "Lima"
      const bool quoted = in_attribution(a.u, x) || in_attribution(b.u, y);
      // One office named in more than one word ("county sheriff", "regional governor") is one
      // post; a bare "president" may be another country's.
      const bool qualified_office = same_role && (x.role.find(' ') != std::string::npos || same_slot(a, rx, b, ry));
      // Anchored: the same role or family, or full names between aligned words (not a one-word
      // place or nationality, not who is quoted).
      const bool full = (x.parts.size() >= 2 || !x.role.empty()) && (y.parts.size() >= 2 || !y.role.empty());
      const bool slot = full && !quoted && both_sides_aligned(a, rx, ry) && same_slot(a, rx, b, ry);
      const std::string role = same_role ? x.role : "name";
      out->push_back(make("name", {x.begin, x.end}, {y.begin, y.end}, role + ": " + x.display + " vs " + y.display,
                          qualified_office || sibling || slot));
      if (same_role) {
        out->back().slot_a = office_slot(a.text, x);
        out->back().slot_b = office_slot(b.text, y);
      }
      used[j] = true;
      break;
    }
  }
}

// One post, two holders: a post named in more than one word ("transport councillor", "general
// secretary") that sources of one event fill with different people ("Transport councillor Ruben
// Oakes said ..." / "... said transport councillor Samir Dell"), however little else their
// sentences share. A source that names two holders of one post shows that it has several; so do
// posts that many hold at once (words.txt names_office_disputes_many: "wide receiver", "police
// officer", "local resident"). A post of one word is disputed only between two surnames of one
// given name.
void office_disputes(const std::vector<SimUnit>& units, const std::vector<int>& event_of_source,
                     std::vector<CountDispute>* out) {
  const WordSet& kMany = word_set(WordList::names_office_disputes_many);
  // Many hold the post: its head is of such posts, or its last two words are ("police_officer",
  // not "duty officer" or "returning officer").
  const auto many = [&kMany](const NameMention& n) {
    const size_t b = n.role.rfind(' ', n.role.rfind(' ') - 1);
    std::string two = n.role.substr(b + 1);
    std::replace(two.begin(), two.end(), ' ', '_');
    return kMany.has(n.role_head) || kMany.has(two);
  };
  std::map<std::string, std::vector<std::pair<uint32_t, const NameMention*>>> by_head;
  for (uint32_t u = 0; u < units.size(); ++u)
    for (const NameMention& n : units[u].data->facts.names)
      if (!units[u].copy && !n.role_head.empty() && !many(n) &&
          (n.role.find(' ') != std::string::npos || n.parts.size() >= 2))
        by_head[n.role_head].push_back({u, &n});
  for (const auto& [head, hs] : by_head) {
    if (hs.size() > kMaxCountMentions) continue;
    // A source that names two holders of the post shows that it has several.
    bool several = false;
    for (size_t i = 0; i < hs.size(); ++i)
      for (size_t k = i + 1; k < hs.size(); ++k)
        several = several || (units[hs[i].first].source == units[hs[k].first].source &&
                               compare(*hs[i].second, *hs[k].second) == Match::kConflict);
    if (several) continue;
    for (size_t i = 0; i < hs.size(); ++i)
      for (size_t k = i + 1; k < hs.size(); ++k) {
        const NameMention& x = *hs[i].second;
        const NameMention& y = *hs[k].second;
        const SimUnit& ux = units[hs[i].first];
        const SimUnit& uy = units[hs[k].first];
        const int ex = event_of_source[static_cast<size_t>(ux.source)], ey = event_of_source[static_cast<size_t>(uy.source)];
        if (ux.source == uy.source || compare(x, y) != Match::kConflict || (ex >= 0 && ey >= 0 && ex != ey)) continue;
        if (x.role.find(' ') == std::string::npos || y.role.find(' ') == std::string::npos) {
          // A post of one word ("Inspector") many hold at once: one given name under it with two
          // surnames that begin with different letters is one person named two ways ("Inspector
          // Maren Dollish" / "Inspector Maren Hollis"), whatever else the sentences name. Two given
          // names are two people; a surname written apart or transliterated ("Van Dorn" /
          // "VanDorn", "Kowalski" / "Kovalski") is one.
          // (the first letter of the surname: its first word after the given name that is no initial)
          const auto surname = [](const NameMention& n) {
            for (size_t p = 1; p < n.parts.size(); ++p)
              if (n.parts[p].size() > 1) return n.parts[p][0];
            return '\0';
          };
          const char sx = surname(x), sy = surname(y);  // '\0' for a name of one word
          if (!(sx && sy && sx != sy && x.parts.front() == y.parts.front() && x.parts.front().size() > 1)) continue;
        } else {
          // Names that share a word may be one name written two ways ("Ilse Wolfe" / "Ilse Wolff",
          // "Bill Osk" / "William Osk"): the comparison of the two sentences judges those. Two
          // sentences that each name someone else may tell of two happenings alike ("Club president
          // Ana Ruiz announced that Tom Vey ..." / "Club president Luis Ortiz announced that ... Dan
          // Ek"): that comparison judges those too.
          // (A name in the post itself, "director of the Valdren Water Board", is no one else.)
          const auto else_named = [](const SimUnit& u, const NameMention& h) {
            for (const NameMention& m : u.data->facts.names)
              if (&m != &h && !(m.begin >= h.role_begin && m.end <= h.role_end)) return true;
            return false;
          };
          bool shared = else_named(ux, x) && else_named(uy, y);
          // Words that each begin as the other's do may be one name transliterated two ways
          // ("Heydar Alishbandi" / "Heidar Alishvandi").
          bool initials = x.parts.size() == y.parts.size();
          for (size_t p = 0; initials && p < x.parts.size(); ++p) initials = x.parts[p][0] == y.parts[p][0];
          shared = shared || initials;
          for (const std::string& w : x.parts) shared = shared || std::find(y.parts.begin(), y.parts.end(), w) != y.parts.end();
          if (shared) continue;
        }
        out->push_back({hs[i].first, hs[k].first, "office",
                        {"name", {x.begin, x.end}, {y.begin, y.end}, x.role + ": " + x.display + " vs " + y.display}});
      }
  }
}

bool held_apart(const SimUnit& a, size_t pa, const SimUnit& b, size_t pb) {
  const auto holder = [](const SimUnit& u, size_t at) {
    const NameMention* h = nullptr;
    for (const NameMention& n : u.data->facts.names)
      if (n.end <= at) h = &n;
    return h;
  };
  const NameMention* x = holder(a, pa);
  const NameMention* y = holder(b, pb);
  return x && y && !same_person(*x, *y);
}

}  // namespace conflicts_internal

bool names_apart(const SimUnit& a, const SimUnit& b, const std::vector<Difference>* besides) {
  using namespace conflicts_internal;  // this file's helpers and the slots
  const auto disputed = [besides](const NameMention& n, bool side_a) {
    if (!besides) return false;
    for (const Difference& d : *besides) {
      const Span s = side_a ? d.discrepancy.a : d.discrepancy.b;
      if (d.discrepancy.type == "name" && n.begin < s.end && s.begin < n.end) return true;
    }
    return false;
  };
  // A name with a digit is a code ("SV417", "M25") and stands apart only from another code: "A
  // Solvane Air flight" and "Flight SV417" name one flight by its airline and by its number.
  // Bit 1: x names a name of words the other does not, bit 2: a code.
  const auto unmatched = [&](const SimUnit& x, const SimUnit& y, bool side_a) {
    int kinds = 0;
    for (const NameMention& n : x.data->facts.names)
      if (!in_attribution(x, n) && !mentioned(n, y.data->facts.names) && !disputed(n, side_a))
        kinds |= std::any_of(n.parts.begin(), n.parts.end(), [](const std::string& w) { return std::isdigit(static_cast<unsigned char>(w.back())); }) ? 2 : 1;
    return kinds;
  };
  return (unmatched(a, b, true) & unmatched(b, a, false)) != 0;
}

}  // namespace tri
