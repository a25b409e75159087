// name.cc — reading name mentions and the roles people hold, and comparing two mentions.
// See name.h for what is read.
#include "triangulate/facts/name.h"
#include "decimal.h"

#include <algorithm>

#include "facts/number.h"
#include "facts/scan.h"
#include "triangulate/text.h"
#include "words.h"

namespace tri {
namespace {

using namespace facts_internal;

// Title words that may stand capitalised inside a run of name words ("President", "Gen").
bool title_head(std::string_view w) {
  return word_set(WordList::name_title_head).has(w);
}
// Title heads that are rarely surnames: they may end a capitalised run and still be a title
// ("the Irish Prime Minister, Mary Byrne").
bool title_head_strong(std::string_view w) {
  return word_set(WordList::name_title_head_strong).has(w);
}
bool honorific(std::string_view w) {
  const WordSet& k = word_set(WordList::name_honorific);
  return k.has(w);
}
// Words that qualify a role head ("prime minister", "county sheriff", "fire chief").
bool role_modifier(std::string_view w) {
  return word_set(WordList::name_role_modifier).has(w);
}
// Nouns that name a role when they stand right before a name or in apposition to it.
bool role_head_word(std::string_view w) {
  // Agent nouns ("teacher", "councillor", "spokeswoman", "economist") are found by their ending
  // below; these are the roles without one.
  const WordSet& k = word_set(WordList::name_role_head_word);
  if (k.has(w)) return true;
  // Words with an agent ending that are not roles, among those seen before a name ("the river
  // Avon", "the summer Games").
  const WordSet& kNot = word_set(WordList::name_role_head_word_not);
  if (kNot.has(w)) return false;
  static constexpr std::string_view kEndings[] = {"keeper", "man", "woman", "person", "ist",
                                                  "ian", "er", "or"};
  for (std::string_view e : kEndings)
    if (w.size() > e.size() + 2 && ends_with(w, e)) return true;
  return false;
}
// Lower-case particles inside names ("Anna de Vries", "Tariq bin Saleh").
bool name_particle(std::string_view w) {
  return word_set(WordList::name_name_particle).has(w);
}
// Hyphenated endings that make a capitalised word an adjective ("US-led", "Garrison-based").
bool compound_suffix(std::string_view w) {
  return word_set(WordList::name_compound_suffix).has(w);
}
bool org_word(std::string_view w) {
  return word_set(WordList::name_org_word).has(w);
}
bool place_word(std::string_view w) {
  return word_set(WordList::name_place_word).has(w);
}
bool place_preposition(std::string_view w) {
  return word_set(WordList::name_place_preposition).has(w);
}

// ---------------------------------------------------------------------------------------------

struct RoleSpan {
  size_t b = kNone, e = kNone;  // tokens [b, e]; e is the head
  bool valid() const { return b != kNone; }
};

class NameReader {
 public:
  NameReader(Scan& s, std::vector<NameMention>* out) : s_(s), out_(out) {}
  void run();

 private:
  bool name_word(size_t i, bool first) const;
  RoleSpan cap_title_at(size_t k, size_t low) const;
  size_t modifiers_before(size_t head, bool title_case) const;
  RoleSpan role_before(size_t i) const;
  RoleSpan role_after(size_t e) const;
  void push(size_t b, size_t e, RoleSpan role);

  bool capital_inside(size_t i) const;

  Scan& s_;
  std::vector<NameMention>* out_;
};

// A capital inside a word after a lower-case letter or an apostrophe ("DaSilva", "McAllister",
// "O'Rourke"): no common word is written so, so it is a name even as a sentence's first word.
bool NameReader::capital_inside(size_t i) const {
  const std::string_view w = s_.raw(i, i + 1);
  for (size_t k = 1; k + 1 < w.size(); ++k)
    if (w[k] >= 'A' && w[k] <= 'Z' && ((w[k - 1] >= 'a' && w[k - 1] <= 'z') || w[k - 1] == '\'')) return true;
  return false;
}

bool NameReader::name_word(size_t i, bool first) const {
  const Scan& s = s_;
  if (!s.word(i) || !s.cap(i) || s.used[i]) return false;
  const std::string_view w = s.norm(i);
  if (s.stop(i) && !s.acronym(i)) return false;
  if (eq(w, "'s") || s.month_at(i) || s.weekday_at(i) >= 0) return false;
  if (word_set(WordList::name_name_word_days).has(w)) return false;  // "Yesterday", "Tonight"
  if (first) {
    // Number words start no name ("Two", "First").
    const WordSet& kNumberWords = word_set(WordList::name_name_word_number_words);
    if (kNumberWords.has(w)) return false;
  }
  return true;
}

// The capitalised title that ends at token k (its qualifiers included, not before `low`).
RoleSpan NameReader::cap_title_at(size_t k, size_t low) const {
  const Scan& s = s_;
  RoleSpan r;
  if (!s.word(k)) return r;
  const std::string_view w = s.norm(k);
  size_t b = k;
  if (eq(w, "state") && k >= 2 && s.is(k - 1, "of") && s.is(k - 2, "secretary")) {
    b = k - 2;  // "Secretary of State"
  } else if (title_head(w)) {
    for (int q = 0; q < 2; ++q) {
      size_t p = Scan::back(b, 1);
      if (p != kNone && s.hyphen_link(p)) p = Scan::back(p, 1);  // "Secretary-General"
      if (p == kNone || p < low || !s.word(p) || !role_modifier(s.norm(p))) break;
      if (s.cap(p) != s.cap(k) && s.cap(k) && !s.start(p)) break;
      b = p;
    }
  } else {
    return r;
  }
  r.b = b;
  r.e = k;
  return r;
}

// The first token of the modifiers before a role head ("fire brigade" before "commander").
size_t NameReader::modifiers_before(size_t head, bool title_case) const {
  const Scan& s = s_;
  size_t b = head;
  for (int n = 0; n < 3; ++n) {
    size_t p = Scan::back(b, 1);
    if (p != kNone && s.hyphen_link(p) && p > 0 && s.word(p - 1)) {
      b = p - 1;  // "vice-president"
      continue;
    }
    if (p == kNone || !s.word(p) || s.used[p] || s.in_name[p]) break;
    const std::string_view w = s.norm(p);
    if (s.stop(p) || is_reporting_verb(w) || (s.verb_like(p) && !role_modifier(w)) || is_adverb_like(w) ||
        is_determiner(w) || word_set(WordList::name_modifiers_before_stops).has(w))  // like, named, 's ...
      break;
    if (s.cap(p) && !s.start(p) && !(title_case && role_modifier(w))) break;  // another name
    if (title_case && !s.cap(p)) break;
    if (!role_modifier(w) && (s.cap(p) && !s.start(p))) break;
    b = p;
  }
  return b;
}

// The role right before a name that starts at token i: a title ("Gen. Smith"), a role phrase
// ("fire brigade commander Pieter Laan"), or an apposition ("the county sheriff, Nina Osk").
RoleSpan NameReader::role_before(size_t i) const {
  const Scan& s = s_;
  RoleSpan r;
  size_t k = Scan::back(i, 1);
  if (k == kNone) return r;
  // "the driver, named by police as Tomas Grell, ...": the role in apposition before the naming,
  // when the name ends the apposition (not "identified as Los Angeles County Sheriff's Deputy").
  if (s.is(k, "as")) {
    size_t end = i;
    while (s.cap(end)) ++end;
    if (end < s.size() && !s.punct(end, ",") && !s.punct(end, ".")) return r;
    for (size_t p = Scan::back(k, 1), n = 0; p != kNone && n < 5; p = Scan::back(p, 1), ++n)
      if (s.is(p, "named") || s.is(p, "identified")) return role_before(p);
  }
  bool appos = false;
  if (s.punct(k, ".") && k > 0 && s.word(k - 1) && is_abbreviation(s.norm(k - 1))) {
    --k;  // "Gen."
  } else if (s.punct(k, ",") && k > 0) {
    --k;
    appos = true;
  }
  if (!s.word(k) || s.used[k] || s.in_name[k] || s.stop(k)) return r;
  // What the office is of, before the name in apposition, in words of its own: "the director of
  // nursing, Nina Osk".
  size_t last = k;
  for (size_t p = k; appos && p > k - std::min<size_t>(k, 3) && s.word(p) && !s.stop(p) && !s.in_name[p];)
    if (s.is(--p, "of") && p > 0 && role_head_word(s.norm(p - 1))) {
      k = p - 1;
      break;
    }
  const std::string_view w = s.norm(k);
  // "the official state news agency": "official" as an adjective.
  if (eq(w, "official") && k > 0 && (s.is(k - 1, "the") || s.is(k - 1, "a") || s.is(k - 1, "an")))
    return r;
  const bool title_case = s.cap(k) && !s.start(k);
  if (title_case ? !title_head(w) : !(role_head_word(w) || title_head(w))) return r;
  if (s.cap(k) && s.start(k) && !title_head(w) && appos) return r;
  r.e = last;
  r.b = modifiers_before(k, title_case);
  if (appos) {
    // An apposition needs a determiner or an owner before the role: "the county sheriff, Nina
    // Osk", "the union's general secretary, Mirela Danko".
    const size_t d = Scan::back(r.b, 1);
    if (d == kNone || (!s.is(d, "'s") && (!s.word(d) || !is_determiner(s.norm(d)) || s.is(d, "that") || s.is(d, "this"))))
      return RoleSpan{};
  }
  return r;
}

// A role in apposition after a name that ends before token e: "Nina Osk, the county sheriff,",
// "Nina Osk, a spokeswoman for the agency", "Tom Lee, 45, a teacher,", "Nina Osk, the agency's chief,".
RoleSpan NameReader::role_after(size_t e) const {
  const Scan& s = s_;
  RoleSpan r;
  if (!s.punct(e, ",")) return r;
  size_t j = e + 1;
  if (s.number(j) && s.punct(j + 1, ",")) j += 2;  // an age
  bool det = false;
  if (s.word(j) && is_determiner(s.norm(j)) && !word_set(WordList::name_role_after_not_determiners).has(s.norm(j))) {
    det = true;
    ++j;
  }
  // An owner before the role is a determiner too, and part of the role: "Nina Osk, the agency's
  // chief," (normalise_role(): "agency chief").
  size_t from = j;
  for (size_t k = j; k < j + 3 && s.word(k); ++k)
    if (s.is(k, "'s")) {
      det = true;
      j = k + 1;
      break;
    }
  size_t head = kNone;
  for (size_t k = j; k < s.size() && k < j + 4; ++k) {
    if (s.hyphen_link(k)) continue;
    if (!s.word(k) || s.stop(k) || s.used[k] || (s.cap(k) && !role_modifier(s.norm(k)) &&
                                                  !title_head(s.norm(k))))
      break;
    if (s.verb_like(k) || is_reporting_verb(s.norm(k)) || is_adverb_like(s.norm(k))) break;
    if (role_head_word(s.norm(k)) || title_head(s.norm(k))) head = k;
    else if (head != kNone) break;  // a noun after the head: not a role phrase ("a teacher union")
  }
  if (head == kNone || head < j) return r;
  size_t nx = head + 1, last = head;
  // What the office is of, in words of its own (not "the head of the family"): "Nina Osk, the
  // director of nursing,"; or a name ("Nina Osk, president of United Dock Workers Local 12,", "chief
  // of the Dunvale Fire Authority").
  if (const size_t of = nx; s.is(of, "of")) {
    for (size_t k = of + 1; k < of + 4 && s.word(k) && !s.stop(k) && !s.used[k] && !s.in_name[k]; ++k)
      if (k + 1 >= s.size() || s.clause_break(k + 1)) nx = k + 1, last = k;
    const size_t name = of + 1 + (s.is(of + 1, "the") && s.cap(of + 2));
    for (size_t k = name; nx == of && k < name + 7 && (s.cap(k) || (k > name && s.number(k))) && !s.used[k]; ++k)
      if (k + 1 >= s.size() || s.clause_break(k + 1)) nx = k + 1, last = k;
  }
  const WordSet& kAfter = word_set(WordList::name_role_after_after);
  const bool ends = nx >= s.size() || s.clause_break(nx) || is_reporting_verb(s.norm(nx)) ||
                    kAfter.has(s.norm(nx));
  if (!ends) return r;
  if (!det && !s.punct(nx, ",") && !(nx + 1 == s.size() && s.punct(nx, "."))) return r;  // or the sentence's end
  r.b = from;
  r.e = last;
  return r;
}

void NameReader::push(size_t b, size_t e, RoleSpan role) {
  Scan& s = s_;
  while (e > b && (s.any_punct(e - 1) && !s.punct(e - 1, "."))) --e;
  if (e <= b) return;
  NameMention m;
  m.begin = s.bpos(b);
  m.end = s.epos(e - 1);
  for (size_t k = b; k < e; ++k) {
    if (!s.word(k)) continue;
    std::string part(s.norm(k));
    part.erase(std::remove(part.begin(), part.end(), '.'), part.end());
    // A numeral after the first word is kept as its value, so that one name written with other
    // numerals stays one name ("Apollo Eleven" / "Apollo XI" / "Apollo 11th" all give "#11").
    if (!m.parts.empty() && !part.empty()) {
      const int v = facts_internal::numeral_value(part, true);
      if (v >= 0) part = "#" + whole_number(v);
    }
    if (!part.empty()) m.parts.push_back(std::move(part));
  }
  if (m.parts.empty()) return;
  const std::string& last = m.parts.back();
  // An organisation or a place holds no role: "Penrose Foods Ltd, a bakery chain".
  const bool org = org_word(last) || (e - b == 1 && s.acronym(b) && last.size() >= 3);
  const bool place = !org && place_word(last);
  if (org || place) role = RoleSpan{};
  // An honorific, and the role before it: "Alabama physician Dr. Ann Lee".
  if (role.valid() && role.b == role.e && honorific(s.norm(role.e))) {
    m.honorific = std::string(s.norm(role.e));
    if (eq(m.honorific, "reverend")) m.honorific = "rev";
    role = role_before(role.b);
    if (role.valid() && role.b == role.e && honorific(s.norm(role.e))) role = RoleSpan{};
  }
  if (!role.valid() && !org && !place) role = role_after(e);
  if (role.valid()) {
    std::string norm = normalise_role(s.raw(role.b, role.e + 1));
    if (!norm.empty()) {
      m.role_head = role_head(norm);
      m.role = std::move(norm);
      m.role_begin = s.bpos(role.b);
      m.role_end = s.epos(role.e);
    }
  }
  m.display = std::string(s.text().substr(m.begin, m.end - m.begin));
  // A guess at the kind of name.
  const size_t before = Scan::back(role.valid() && role.e < b ? role.b : b, 1);
  if (org) {
    m.kind = NameKind::kOrganisation;
  } else if (place) {
    m.kind = NameKind::kPlace;
  } else if (!m.role.empty() || !m.honorific.empty()) {
    m.kind = NameKind::kPerson;
  } else if (before != kNone && s.word(before) && place_preposition(s.norm(before)) &&
             !s.is(before, "to") && !s.is(before, "from")) {
    m.kind = NameKind::kPlace;
  }
  for (size_t k = b; k < e; ++k) s.in_name[k] = 1;
  out_->push_back(std::move(m));
}

void NameReader::run() {
  Scan& s = s_;
  RoleSpan carry;
  size_t carry_at = kNone;  // token index the carried title applies to
  size_t i = 0;
  while (i < s.size()) {
    if (!name_word(i, true)) {
      ++i;
      continue;
    }
    // A sentence's first word is a name only with support from the next token or its own letters.
    if (s.start(i) && !s.acronym(i)) {
      const size_t nx = i + 1;
      const bool ok = name_word(nx, false) || s.is(nx, "'s") || s.punct(nx, ":") ||
                      (s.punct(nx, "-") && !s.attached(nx)) ||
                      (s.joined(i) && s.hyphen_link(nx) && s.cap(nx + 1)) ||
                      (name_particle(s.norm(nx)) && name_word(nx + 1, false)) || capital_inside(i);
      if (!ok) {
        ++i;
        continue;
      }
    }
    // A title standing alone before its abbreviation point ("Gen." in "Gen. Mark Ellison").
    if (title_head(s.norm(i)) && s.punct(i + 1, ".") && is_abbreviation(s.norm(i)) &&
        name_word(i + 2, false)) {
      i += 2;
      continue;
    }
    // The run of name words.
    size_t j = i + 1;
    while (j < s.size()) {
      if (s.joined(j - 1) && s.hyphen_link(j) && s.word(j + 1) && !s.used[j + 1]) {
        if (s.cap(j + 1) && !s.stop(j + 1)) {
          j += 2;
          continue;
        }
        if (j - i >= 2 && !compound_suffix(s.norm(j + 1)) && !s.stop(j + 1) && !s.cap(j + 1)) {
          j += 2;  // "Park Ji-hoon"
          continue;
        }
        break;
      }
      if (s.punct(j, ".") && s.word(j - 1) && s.norm(j - 1).size() == 1 &&
          name_word(j + 1, false)) {
        ++j;  // initial "J."
        continue;
      }
      if (name_word(j, false) && !s.joined(j - 1)) {
        ++j;
        continue;
      }
      if (s.word(j) && !s.cap(j) && name_particle(s.norm(j)) && !s.joined(j - 1)) {
        if (name_word(j + 1, false) && !s.joined(j)) {
          j += 2;
          continue;
        }
        if (s.joined(j) && s.hyphen_link(j + 1) && s.cap(j + 2)) {  // "al-Assad"
          j += 3;
          continue;
        }
      }
      break;
    }
    const size_t run_end = j;
    // Split the run at titles: "Irish Prime Minister Mary Byrne", "Shopkeeper Sami Tuul".
    RoleSpan pending = carry_at == i ? carry : role_before(i);
    carry_at = kNone;
    size_t seg = i;
    for (size_t p = i; p < run_end; ++p) {
      if (!s.word(p) || s.joined(p)) continue;  // a hyphenated title ends at its last part
      RoleSpan title = cap_title_at(p, seg);
      if (!title.valid() && p == i && s.start(p) && role_head_word(s.norm(p)) && p + 2 < run_end)
        title = RoleSpan{p, p};  // a role word opening the sentence: "Shopkeeper Sami Tuul said"
      if (!title.valid()) continue;
      bool more = false;
      for (size_t k = p + 1; k < run_end && !more; ++k) more = s.word(k);
      // A title that ends the run is one only when it is rarely a surname or is abbreviated
      // before the name ("Police Const. Tim Fanning"): "Martin Luther King" is a name.
      const bool abbreviated = s.punct(run_end, ".") && is_abbreviation(s.norm(p)) &&
                               name_word(run_end + 1, false);
      if (!more && !title_head_strong(s.norm(p)) && !abbreviated) continue;
      if (title.b > seg) push(seg, title.b, pending);
      pending = title;
      seg = p + 1;
      if (!more) {
        size_t nx = run_end;
        if (s.punct(nx, ",") || s.punct(nx, ".")) ++nx;
        carry = title;
        carry_at = nx;
      }
    }
    if (seg < run_end) push(seg, run_end, pending);
    i = run_end > i ? run_end : i + 1;
  }
}

// Role words written in more than one way, and abbreviations, to one form.
std::string_view canonical_role_word(std::string_view w) {
  const std::string_view v = word_set(WordList::name_canonical_role_word).value(w);  // "spokesman=spokesperson"
  return v.empty() ? w : v;
}

}  // namespace

std::string normalise_role(std::string_view role) {
  const std::string folded = fold(role);
  std::string out, word;
  auto flush = [&]() {
    if (word.empty()) return;
    if (!(out.empty() && is_determiner(word)) && !eq(word, "'s") && !eq(word, "s")) {
      if (!out.empty()) out += ' ';
      out += canonical_role_word(word);
    }
    word.clear();
  };
  for (char c : folded) {
    if (c == ' ' || c == '-' || c == ',' || c == '\'') {
      if (c == '\'') {
        flush();
        word = "'";
        continue;
      }
      flush();
    } else if (c != '.') {
      if (eq(word, "'")) word.clear();
      word += c;
    }
  }
  flush();
  return out;
}

std::string role_head(std::string_view r) {
  const size_t of = r.find(" of ");
  const std::string_view before = of == std::string_view::npos ? r : r.substr(0, of);
  const size_t sp = before.rfind(' ');
  return std::string(sp == std::string_view::npos ? before : before.substr(sp + 1));
}

namespace {

// Every part of `shorter` occurs in `longer`, in order; a one-letter part matches a part it
// starts.
bool parts_within(const std::vector<std::string>& shorter, const std::vector<std::string>& longer) {
  size_t j = 0;
  for (const std::string& p : shorter) {
    while (j < longer.size() &&
           !(longer[j] == p || (p.size() == 1 && !longer[j].empty() && longer[j][0] == p[0])))
      ++j;
    if (j == longer.size()) return false;
    ++j;
  }
  return !shorter.empty();
}

}  // namespace

bool same_office(const NameMention& a, const NameMention& b) {
  if (a.role_head.empty() || a.role_head != b.role_head) return false;
  const auto wa = words_of(a.role), wb = words_of(b.role);
  // A rank that one role states and the other does not makes another post: the assistant
  // manager is not the manager, a former mayor not the mayor.
  const WordSet& kRanks = word_set(WordList::name_same_office_ranks);
  for (std::string_view w : wa)
    if (kRanks.has(w) && std::find(wb.begin(), wb.end(), w) == wb.end()) return false;
  for (std::string_view w : wb)
    if (kRanks.has(w) && std::find(wa.begin(), wa.end(), w) == wa.end()) return false;
  const auto& s = wa.size() <= wb.size() ? wa : wb;
  const auto& l = wa.size() <= wb.size() ? wb : wa;
  for (std::string_view w : s)
    if (std::find(l.begin(), l.end(), w) == l.end()) return false;
  return true;
}

Match compare(const NameMention& a, const NameMention& b) {
  if (a.parts.empty() || b.parts.empty()) return Match::kIncomparable;
  if (a.parts == b.parts) return Match::kSame;
  if (parts_within(a.parts, b.parts) || parts_within(b.parts, a.parts)) return Match::kCompatible;
  const auto not_person = [](const NameMention& m) {
    return m.kind == NameKind::kPlace || m.kind == NameKind::kOrganisation;
  };
  if (same_office(a, b) && !not_person(a) && !not_person(b)) return Match::kConflict;
  return Match::kIncomparable;
}

namespace facts_internal {
void read_names(Scan& s, std::vector<NameMention>* out) { NameReader(s, out).run(); }
}  // namespace facts_internal

}  // namespace tri
