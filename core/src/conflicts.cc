// conflicts.cc — typed substitutions between aligned units.
#include "conflicts.h"

#include <algorithm>
#include <string>

namespace tri {
namespace {

// How far (in tokens) the surroundings of a value reach, and how many content words they hold.
constexpr int kReach = 6;
constexpr int kContextWords = 3;

struct Side {
  const SimUnit& u;
  const std::vector<int>& to;      // alignment to the other side
  const std::vector<Match>& match;
  std::string_view text;
};

struct Range {
  size_t first = 0, last = 0;  // tokens [first, last)
  bool empty() const { return first >= last; }
};

Range tokens_in(const SimUnit& u, size_t begin, size_t end) {
  const auto& t = u.data->tokens;
  Range r;
  r.first = t.size();
  for (size_t k = 0; k < t.size(); ++k)
    if (t[k].begin >= begin && t[k].end <= end) {
      r.first = std::min(r.first, k);
      r.last = k + 1;
    }
  if (r.last == 0) r.first = 0;
  return r;
}

bool hard_break(const Token& t) {
  return t.type == TokenType::kPunct && (t.norm == ";" || t.norm == ":" || t.norm == "(" || t.norm == ")");
}

// Content words around a range that say what happens (not names or numbers): up to kContextWords
// on each side within kReach tokens, not across a semicolon, colon or bracket.
std::vector<size_t> context(const SimUnit& u, Range r) {
  std::vector<size_t> out;
  const auto& t = u.data->tokens;
  int taken = 0;
  for (size_t k = r.first, steps = 0; k > 0 && steps < kReach && taken < kContextWords; ++steps) {
    --k;
    if (hard_break(t[k])) break;
    if ((u.words[k].flags & kContent) && !(u.words[k].flags & (kName | kNumber))) out.push_back(k), ++taken;
  }
  taken = 0;
  for (size_t k = r.last, steps = 0; k < t.size() && steps < kReach && taken < kContextWords; ++k, ++steps) {
    if (hard_break(t[k])) break;
    if ((u.words[k].flags & kContent) && !(u.words[k].flags & (kName | kNumber))) out.push_back(k), ++taken;
  }
  return out;
}

bool inside(size_t k, Range r) { return k >= r.first && k < r.last; }

// Aligned words tie the surroundings of x (in side a) to those of y (in side b): a content word
// near x is aligned to a word near or inside y, or the other way round.
int slot_evidence(const Side& a, Range x, const Side& b, Range y) {
  const auto cx = context(a.u, x), cy = context(b.u, y);
  int n = 0;
  for (size_t k : cx) {
    const int j = a.to[k];
    if (j < 0) continue;
    if (inside(static_cast<size_t>(j), y) || std::find(cy.begin(), cy.end(), static_cast<size_t>(j)) != cy.end()) ++n;
  }
  for (size_t k : cy) {
    const int i = b.to[k];
    if (i >= 0 && inside(static_cast<size_t>(i), x)) ++n;
  }
  return n;
}

std::string span_text(std::string_view text, Span s) { return std::string(text.substr(s.begin, s.end - s.begin)); }

Discrepancy make(const char* type, Span a, Span b, std::string reason) {
  Discrepancy d;
  d.type = type;
  d.a = a;
  d.b = b;
  d.reason = std::move(reason);
  return d;
}

// ---- numbers

// The last word of a quantity phrase: the noun it counts ("people" in "seven people").
size_t noun_token(const SimUnit& u, const Quantity& q, Range r) {
  const auto& t = u.data->tokens;
  size_t noun = t.size();
  for (size_t k = r.first; k < r.last; ++k)
    if (t[k].type == TokenType::kWord && t[k].begin >= q.num_end && (u.words[k].flags & kContent)) noun = k;
  return noun;
}

bool same_measure(const Side& a, const Quantity& qa, Range ra, const Side& b, const Quantity& qb, Range rb) {
  if (qa.kind != qb.kind || qa.kind == QuantityKind::kOther) return false;
  if (qa.unit == qb.unit) return true;
  if (qa.kind != QuantityKind::kCount) return false;
  // Two counts of differently worded nouns: the nouns align, or the counts sit in aligned
  // surroundings ("seven people died" / "12 dead").
  const size_t na = noun_token(a.u, qa, ra), nb = noun_token(b.u, qb, rb);
  if (na < a.to.size() && a.to[na] >= 0 && static_cast<size_t>(a.to[na]) == nb) return true;
  return slot_evidence(a, ra, b, rb) > 0;
}

void numbers(const Side& a, const Side& b, std::vector<Discrepancy>* out) {
  const auto& qa_all = a.u.data->facts.quantities;
  const auto& qb_all = b.u.data->facts.quantities;
  std::vector<Range> ra, rb;
  for (const Quantity& q : qa_all) ra.push_back(tokens_in(a.u, q.begin, q.end));
  for (const Quantity& q : qb_all) rb.push_back(tokens_in(b.u, q.begin, q.end));
  // A value with a compatible counterpart of the same measure is matched.
  std::vector<bool> matched_a(qa_all.size(), false), matched_b(qb_all.size(), false);
  for (size_t i = 0; i < qa_all.size(); ++i)
    for (size_t j = 0; j < qb_all.size(); ++j)
      if (same_measure(a, qa_all[i], ra[i], b, qb_all[j], rb[j]) && compatible(qa_all[i], qb_all[j]))
        matched_a[i] = matched_b[j] = true;
  for (size_t i = 0; i < qa_all.size(); ++i) {
    const Quantity& qa = qa_all[i];
    if (matched_a[i] || qa.unit.empty() || qa.kind == QuantityKind::kOther) continue;
    for (size_t j = 0; j < qb_all.size(); ++j) {
      const Quantity& qb = qb_all[j];
      if (matched_b[j] || !same_measure(a, qa, ra[i], b, qb, rb[j]) || compatible(qa, qb)) continue;
      // The slot itself: the surroundings align (the counted noun alone is not enough for two
      // numbers in unrelated parts of two long sentences).
      if (slot_evidence(a, ra[i], b, rb[j]) == 0) continue;
      std::string noun = qa.unit;
      const size_t nt = noun_token(a.u, qa, ra[i]);
      if (nt < a.u.data->tokens.size()) noun = span_text(a.text, {a.u.data->tokens[nt].begin, a.u.data->tokens[nt].end});
      out->push_back(make("number", {qa.begin, qa.end}, {qb.begin, qb.end}, noun + ": " + qa.display + " vs " + qb.display));
      matched_b[j] = true;
      break;
    }
  }
}

// ---- dates

bool comparable(const TimeExpr& a, const TimeExpr& b) {
  return (a.weekday >= 0 && b.weekday >= 0) || (a.year >= 0 && b.year >= 0) ||
         (a.month >= 0 && b.month >= 0 && (a.year < 0 || b.year < 0 || a.year == b.year));
}

std::string time_text(const TimeExpr& t, std::string_view text) {
  return t.display.empty() ? span_text(text, {t.begin, t.end}) : t.display;
}

void dates(const Side& a, const Side& b, std::vector<Discrepancy>* out) {
  const auto& ta = a.u.data->facts.times;
  const auto& tb = b.u.data->facts.times;
  std::vector<bool> matched_a(ta.size(), false), matched_b(tb.size(), false);
  for (size_t i = 0; i < ta.size(); ++i)
    for (size_t j = 0; j < tb.size(); ++j)
      if (comparable(ta[i], tb[j]) && compatible(ta[i], tb[j])) matched_a[i] = matched_b[j] = true;
  for (size_t i = 0; i < ta.size(); ++i) {
    if (matched_a[i]) continue;
    const Range ri = tokens_in(a.u, ta[i].begin, ta[i].end);
    for (size_t j = 0; j < tb.size(); ++j) {
      if (matched_b[j] || !comparable(ta[i], tb[j]) || compatible(ta[i], tb[j])) continue;
      const Range rj = tokens_in(b.u, tb[j].begin, tb[j].end);
      // The times date the same happening: their predicates align.
      if (slot_evidence(a, ri, b, rj) == 0) continue;
      out->push_back(make("date", {ta[i].begin, ta[i].end}, {tb[j].begin, tb[j].end},
                          "date: " + time_text(ta[i], a.text) + " vs " + time_text(tb[j], b.text)));
      matched_b[j] = true;
      break;
    }
  }
}

// ---- names

// One name's parts all occur in the other ("Holt" ~ "Ann Holt").
bool same_person(const NameMention& x, const NameMention& y) {
  const auto& s = x.parts.size() <= y.parts.size() ? x.parts : y.parts;
  const auto& l = x.parts.size() <= y.parts.size() ? y.parts : x.parts;
  if (s.empty()) return false;
  for (const auto& p : s)
    if (std::find(l.begin(), l.end(), p) == l.end()) return false;
  return true;
}

bool mentioned(const NameMention& x, const std::vector<NameMention>& others) {
  for (const NameMention& o : others)
    if (same_person(x, o)) return true;
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

void names(const Side& a, const Side& b, std::vector<Discrepancy>* out) {
  const auto& na = a.u.data->facts.names;
  const auto& nb = b.u.data->facts.names;
  std::vector<bool> used(nb.size(), false);
  for (const NameMention& x : na) {
    if (mentioned(x, nb)) continue;
    const Range rx = tokens_in(a.u, x.begin, x.end);
    for (size_t j = 0; j < nb.size(); ++j) {
      const NameMention& y = nb[j];
      if (used[j] || mentioned(y, na)) continue;
      const Range ry = tokens_in(b.u, y.begin, y.end);
      const bool same_role = !x.title.empty() && x.title == y.title;
      const bool sibling = same_surname_other_person(x, y) && (same_role || slot_evidence(a, rx, b, ry) > 0);
      const bool slot = !in_attribution(a.u, x) && !in_attribution(b.u, y) && both_sides_aligned(a, rx, ry);
      if (!same_role && !sibling && !slot) continue;
      const std::string role = !x.title.empty() ? x.title : "name";
      out->push_back(make("name", {x.begin, x.end}, {y.begin, y.end}, role + ": " + x.display + " vs " + y.display));
      used[j] = true;
      break;
    }
  }
}

// ---- negation

// The negators of a unit with the content word each governs (the first within four tokens).
struct Negated {
  size_t negator, pred;
};

std::vector<Negated> negated(const SimUnit& u) {
  std::vector<Negated> out;
  const auto& t = u.data->tokens;
  for (const auto& [nb, ne] : u.data->facts.negations) {
    size_t k = 0;
    while (k < t.size() && t[k].begin < nb) ++k;
    if (k >= t.size()) continue;
    size_t p = k + (t[k].end <= ne ? 1 : 0);
    for (size_t steps = 0; p < t.size() && steps < 4; ++p, ++steps) {
      if (t[p].type == TokenType::kPunct && t[p].norm != "-") break;
      if (u.words[p].flags & kContent) break;
    }
    if (p < t.size() && (u.words[p].flags & kContent) && !(u.words[p].flags & (kName | kNumber)))
      out.push_back({k, p});
  }
  return out;
}

bool governed(const std::vector<Negated>& neg, size_t pred) {
  for (const Negated& n : neg)
    if (n.pred == pred) return true;
  return false;
}

void negations(const Side& a, const Side& b, bool a_first, std::vector<Discrepancy>* out) {
  const auto na = negated(a.u), nb = negated(b.u);
  // A unit that denies something is contradicted only by a unit that denies nothing in that slot.
  for (const Negated& n : na) {
    const int j = a.to[n.pred];
    if (j < 0 || a.match[n.pred] == Match::kFunction) continue;
    if (governed(nb, static_cast<size_t>(j))) continue;
    const auto& ta = a.u.data->tokens;
    const auto& tb = b.u.data->tokens;
    const Span neg{ta[n.negator].begin, ta[n.pred].end};
    const Span pos{tb[static_cast<size_t>(j)].begin, tb[static_cast<size_t>(j)].end};
    const std::string ns = span_text(a.text, neg), ps = span_text(b.text, pos);
    if (a_first)
      out->push_back(make("negation", neg, pos, "negation: \xE2\x80\x9C" + ns + "\xE2\x80\x9D vs \xE2\x80\x9C" + ps + "\xE2\x80\x9D"));
    else
      out->push_back(make("negation", pos, neg, "negation: \xE2\x80\x9C" + ps + "\xE2\x80\x9D vs \xE2\x80\x9C" + ns + "\xE2\x80\x9D"));
    return;  // one denial is the discrepancy; more would repeat it
  }
}

// ---- antonyms

// An antonym's span, with the verb right before it when that verb is unaligned ("remained closed").
Span antonym_span(const Side& s, size_t k) {
  const auto& t = s.u.data->tokens;
  size_t first = k;
  if (k > 0 && (s.u.words[k - 1].flags & kContent) && s.to[k - 1] < 0) first = k - 1;
  return {t[first].begin, t[k].end};
}

void antonyms(const Side& a, const Side& b, const WordAlignment& al, std::vector<Discrepancy>* out) {
  for (const auto& [i, j] : al.antonyms) {
    const Range ri{static_cast<size_t>(i), static_cast<size_t>(i) + 1};
    const Range rj{static_cast<size_t>(j), static_cast<size_t>(j) + 1};
    if (slot_evidence(a, ri, b, rj) == 0) continue;
    const Span sa = antonym_span(a, static_cast<size_t>(i)), sb = antonym_span(b, static_cast<size_t>(j));
    out->push_back(make("negation", sa, sb,
                        "opposite: \xE2\x80\x9C" + span_text(a.text, sa) + "\xE2\x80\x9D vs \xE2\x80\x9C" +
                            span_text(b.text, sb) + "\xE2\x80\x9D"));
  }
}

}  // namespace

std::vector<Discrepancy> find_discrepancies(const SimUnit& a, const SimUnit& b, const WordAlignment& al,
                                            std::string_view text_a, std::string_view text_b) {
  const Side sa{a, al.a_to_b, al.a_match, text_a};
  const Side sb{b, al.b_to_a, al.b_match, text_b};
  std::vector<Discrepancy> out;
  numbers(sa, sb, &out);
  dates(sa, sb, &out);
  names(sa, sb, &out);
  std::vector<Discrepancy> neg;
  negations(sa, sb, true, &neg);
  if (neg.empty()) negations(sb, sa, false, &neg);
  out.insert(out.end(), neg.begin(), neg.end());
  antonyms(sa, sb, al, &out);
  return out;
}

}  // namespace tri
