// conflicts/counts.cc — counts of one specific thing across a cluster, however their sentences differ.
#include "conflicts/kinds.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "facts/scan.h"
#include "sorting.h"
#include "words.h"

namespace tri {
namespace conflicts_internal {
namespace {

// The compass direction right after a distance ("10 km north of the town", "15 kilometres
// south-west of"), folded ("north", "south-west"), or "".
std::string direction_after(const SimUnit& u, const Quantity& q) {
  const WordSet& kPoints = word_set(WordList::counts_direction_after_points);
  const auto& t = u.data->tokens;
  const Range r = tokens_in(u, q.begin, q.end);
  const size_t k = r.last;
  const auto point = [&](size_t i) {
    return i < t.size() && kPoints.has(t[i].norm);
  };
  if (!point(k)) return "";
  std::string out = t[k].norm;
  if (k + 2 < t.size() && t[k + 1].norm == "-" && point(k + 2)) out += "-" + t[k + 2].norm;
  return out;
}

}  // namespace

std::string_view count_part(const SimUnit& u, const Quantity& q) {
  const Range r = tokens_in(u, q.begin, q.end);
  for (size_t k = r.first; k < r.last + 4 && k < u.data->tokens.size(); ++k)
    if (const std::string_view v = word_set(WordList::counts_count_key_part).value(u.data->tokens[k].norm); !v.empty()) return v;
  return {};
}

namespace {

// The counted noun's lexicon id, or Lexicon::kUnknown.
uint32_t counted_noun(const SimUnit& u, const Quantity& q) {
  const size_t n = noun_token(u, q, tokens_in(u, q.begin, q.end));
  return n < u.words.size() ? u.words[n].lex : Lexicon::kUnknown;
}

// A number written into a name ("the 76ers", "AK - 47 rifles"), not a count.
bool glued(const SimUnit& u, const Quantity& q) {
  const Range r = tokens_in(u, q.num_begin, q.num_end);
  const auto& t = u.data->tokens;
  return (r.last < t.size() && !t[r.last].space_before && t[r.last].type == TokenType::kWord) ||
         (r.first > 0 && t[r.first - 1].norm == "-");
}

// A number joined to its noun describes another thing ("an 18-point lead" is no count of points).
bool joined(const SimUnit& u, const Quantity& q) {
  const Range r = tokens_in(u, q.num_begin, q.num_end);
  return r.last > r.first && u.data->tokens[r.last - 1].joined;
}

// Two counts of one noun are taken by one act: no two unrelated verbs govern them ("destroyed 12
// homes" / "saved 12 homes"; a state is one whatever the verb), nor opposite words. A verb before
// a word that opens a clause of its own takes no count after it ("urged to check records after 38
// cases were confirmed").
bool one_act(const SimUnit& x, const Quantity& qx, const SimUnit& y, const Quantity& qy, const Lexicon& lexicon) {
  static constexpr WordSet kOpens("after because before if since unless until when whereas while");
  const auto verb = [&](const SimUnit& u, Range r) {
    const size_t v = verb_before(u, r, lexicon);
    for (size_t k = v + 1; v < r.first && k < r.first; ++k)
      if (kOpens.has(u.data->tokens[k].norm)) return std::string::npos;
    return v;
  };
  const Range rx = tokens_in(x, qx.begin, qx.end), ry = tokens_in(y, qy.begin, qy.end);
  return !qx.state.empty() ||
         !(verbs_apart(x, verb(x, rx), y, verb(y, ry), lexicon) ||
           governed_apart(x, noun_token(x, qx, rx), rx, y, noun_token(y, qy, ry), ry, lexicon) ||
           opposites_take(x, qx, rx, y, qy, ry, lexicon));
}

// Two counted nouns name the same things: the same word, related words ("residents" / "inhabitants"),
// or people both ("people" / "passengers": a noun whose hypernyms include a person).
bool same_things(uint32_t x, uint32_t y, const Lexicon& lexicon) {
  if (x == Lexicon::kUnknown || y == Lexicon::kUnknown) return false;
  const WordRelation r = lexicon.relation(x, y);
  if (r != WordRelation::kNone && r != WordRelation::kAntonym) return true;
  const uint32_t person = lexicon.id("person"), people = lexicon.id("peopl");
  const auto human = [&](uint32_t t) {
    return t == person || t == people || lexicon.relation(t, person) == WordRelation::kHypernym;
  };
  return human(x) && human(y);
}

// A rate, not a count of one thing: the counted noun followed by "per" or "each" in its own
// phrase (past a bracket: "two rebounds (8.0) per contest"; not "45 lifeguards, per the rota").
// Two players' rebounds per game are not one count told two ways.
bool rate(const SimUnit& u, const Quantity& q) {
  const auto& t = u.data->tokens;
  bool bracket = false;
  for (size_t k = noun_token(u, q, tokens_in(u, q.begin, q.end)) + 1, seen = 0; k < t.size() && seen < 3; ++k) {
    if (t[k].norm == "(") bracket = true;
    if (bracket) {
      bracket = t[k].norm != ")";
      continue;
    }
    if (t[k].type == TokenType::kPunct) break;
    if (t[k].norm == "per" || t[k].norm == "each") return k + 1 >= t.size() || t[k + 1].norm != "the";
    ++seen;
  }
  return false;
}

// A dispute (or, with `agree`, an agreement) over the count `key` between units a and b (a < b),
// whose quantities are qa and qb.
CountDispute count_pair(std::string key, bool agree, uint32_t a, uint32_t b, const Quantity& qa, const Quantity& qb,
                        std::string reason) {
  CountDispute d;
  d.key = std::move(key);
  d.agree = agree;
  d.a = a;
  d.b = b;
  d.discrepancy.type = "number";
  d.discrepancy.a = {qa.begin, qa.end};
  d.discrepancy.b = {qb.begin, qb.end};
  d.discrepancy.reason = std::move(reason);
  return d;
}

// A value written with at least two significant digits (450, 38,500, 2.5), not a round one (5,
// 10, 3,000).
bool distinctive(double v) {
  if (!(v > 0) || v > 1e15) return false;
  if (v != static_cast<double>(static_cast<int64_t>(v))) return true;
  int64_t n = static_cast<int64_t>(v);
  while (n % 10 == 0) n /= 10;
  return n >= 10;
}

}  // namespace

// The surname of the person whose age q is, when q stands between commas right after a name
// ("Osric Tell, 61, denied", "said Ana Ruiz, 34.", "Tell, 61, denied"), folded; "" otherwise.
std::string apposed_name(const SimUnit& u, const Quantity& q) {
  if (q.range || !q.vague.empty() || q.num_lo != q.num_hi || q.num_lo < 1 || q.num_lo > 120 ||
      q.num_lo != static_cast<int>(q.num_lo))
    return "";
  const auto& t = u.data->tokens;
  const Range r = tokens_in(u, q.begin, q.end);
  if (r.first < 2 || r.last >= t.size() || t[r.first - 1].norm != ",") return "";
  const std::string& after = t[r.last].norm;
  if (after != "," && after != "." && after != ")") return "";
  for (const NameMention& n : u.data->facts.names)
    if (n.end == t[r.first - 2].end && !n.parts.empty()) return n.parts.back();
  // A surname that opens the sentence is no name to the name reader ("Veld, 24, signed ..."); its
  // age beside it says it is one.
  return r.first == 2 && t[0].cap ? t[0].norm : "";
}

}  // namespace conflicts_internal

std::string count_key(const SimUnit& u, const Quantity& q) {
  using namespace conflicts_internal;  // this file's helpers and the slots
  if (!q.vague.empty()) return "";
  if (q.kind == QuantityKind::kOther) {
    const std::string who = apposed_name(u, q);
    return who.empty() ? "" : "age " + who;
  }
  if (q.kind == QuantityKind::kMoney)
    return q.value < 1e6 ? "" : "money " + q.unit;  // a sum large enough to be one deal's, not a ticket's price
  // A distance in a compass direction places one thing: "about 10 kilometres north of the town"
  // and "roughly 10km north of Sarvik" state one position.
  if (q.kind == QuantityKind::kMeasure && q.unit == "metre") {
    const std::string dir = direction_after(u, q);
    return dir.empty() ? "" : "distance " + dir;
  }
  if (q.kind != QuantityKind::kCount || partitive(u, q) || glued(u, q)) return "";
  const Range r = tokens_in(u, q.begin, q.end);
  const std::string part = count_part(u, q) == "serious" ? " serious" : "";
  if (!q.state.empty()) return "state " + q.state + part;
  if (q.unit.empty() || q.unit == "age") return "";
  if (score_told(u, r)) return "";
  const size_t n = noun_token(u, q, r);
  if (n >= u.words.size() || u.words[n].idf < kSpecificNoun) return "";
  return "noun " + q.unit + part;
}

bool states_count(const SimUnit& u, const std::string& key) {
  using namespace conflicts_internal;  // this file's helpers and the slots
  for (const Quantity& q : u.data->facts.quantities)
    if (count_key(u, q) == key) return true;
  return false;
}

namespace {

// An ordinal that picks out one member of a series: "the first blast", "Apple's second quarter",
// opening the sentence or after a preposition ("in the first half"). Not a rank or a recurrence
// of one subject ("ranked 5th", "his 90th birthday", "It was the second time", "Brandt, the second
// suspect"), nor a word of a modifier ("a 12th-century abbey", "the second-largest lender").
bool series_member(const SimUnit& u, const Quantity& q) {
  const auto& t = u.data->tokens;
  size_t k = conflicts_internal::tokens_in(u, q.num_begin, q.num_end).first;
  if (q.kind != QuantityKind::kOrdinal || t[k].joined || k == 0) return false;
  if (t[k - 1].norm == "'s" && k > 2) --k;  // a possessive of a name or a year: its word stands for "the"
  else if (t[k - 1].norm != "the") return false;
  return k == 1 || word_set(WordList::numbers_same_measure_when).has(t[k - 2].norm);
}

}  // namespace

bool series_apart(const SimUnit& a, const SimUnit& b, const std::vector<Difference>* besides) {
  size_t in_b = 0, at = 0;  // series members in b (counted once for each of a's); differences at a's ordinals
  for (const Quantity& q : a.data->facts.quantities) {
    if (q.kind != QuantityKind::kOrdinal) continue;
    const bool member = series_member(a, q);
    for (const Quantity& r : b.data->facts.quantities) {
      if (r.kind != q.kind) continue;
      if (r.num_lo == q.num_lo) return false;
      in_b += member && series_member(b, r);
    }
    if (besides)
      for (const Difference& d : *besides) at += d.discrepancy.a.begin == q.begin;
  }
  return in_b && (!besides || at < besides->size());
}

std::vector<CountDispute> count_disputes(const std::vector<SimUnit>& units, const std::vector<int>& event_of_source,
                                         const Lexicon& lexicon) {
  using namespace conflicts_internal;  // this file's helpers and the slots
  struct Mention {
    uint32_t unit;
    const Quantity* q;
  };
  std::map<std::string, std::vector<Mention>> by_key;
  for (uint32_t u = 0; u < units.size(); ++u) {
    const SimUnit& su = units[u];
    if (su.copy) continue;  // its counts are its first copy's (copies.h)
    for (const Quantity& q : su.data->facts.quantities) {
      const std::string key = count_key(su, q);
      if (key.empty()) continue;
      by_key[key].push_back({u, &q});
    }
  }
  const auto same_event = [&](int x, int y) {
    const int ex = event_of_source[static_cast<size_t>(x)], ey = event_of_source[static_cast<size_t>(y)];
    return ex < 0 || ey < 0 || ex == ey;
  };
  std::vector<CountDispute> out;
  for (const auto& [key, ms] : by_key) {
    if (ms.size() > kMaxCountMentions) continue;
    for (size_t i = 0; i < ms.size(); ++i)
      for (size_t k = i + 1; k < ms.size(); ++k) {
        const SimUnit& x = units[ms[i].unit];
        const SimUnit& y = units[ms[k].unit];
        if (x.source == y.source || !same_event(x.source, y.source)) continue;
        const Range rx = tokens_in(x, ms[i].q->begin, ms[i].q->end), ry = tokens_in(y, ms[k].q->begin, ms[k].q->end);
        if (names_apart(x, y) || rate(x, *ms[i].q) || rate(y, *ms[k].q)) continue;
        // One count, or one told about ("about 3 million customers" / "3.2 million customers"). A
        // part and its whole ("31,000 postal ballots" / "310,000 ballots") are two counts: without
        // the two sentences to show one claim, a word of its own makes a part here.
        const Match how = compare(*ms[i].q, *ms[k].q);
        const bool agree = how == Match::kSame ||
                           (ms[i].q->num_lo == ms[k].q->num_lo && ms[i].q->num_hi == ms[k].q->num_hi && how != Match::kConflict) ||
                           (how == Match::kCompatible && (ms[i].q->hedge == "about" || ms[k].q->hedge == "about"));
        if (!agree && part_and_whole(x, *ms[i].q, rx, y, *ms[k].q, ry, true)) continue;
        // Those who remain are a part of all ("Seven patients remain unwell" / "About 40 patients
        // fell ill"); the same number of both may tell one claim ("8,000 homes lost power" /
        // "8,000 households are still without power").
        if (!agree && (count_part(x, *ms[i].q) == "remaining") != (count_part(y, *ms[k].q) == "remaining")) continue;
        if (!agree && (other_times(x, rx, y, ry) || stated_apart(x, rx, y, ry) || series_apart(x, y))) continue;  // "62 goals in his career"
        if (!agree && (values_agree(*ms[i].q, *ms[k].q) || orders_apart(*ms[i].q, *ms[k].q) || key.rfind("money", 0) == 0))
          continue;
        const bool age = key.rfind("age ", 0) == 0;
        if (agree && age) continue;  // one person's age, not one claim
        // "A man was injured" counts at least one: it disputes none and agrees with no count ("a
        // woman was injured" is another person as often as not).
        if (agree && (ms[i].q->hedge == "at least one" || ms[k].q->hedge == "at least one")) continue;
        // A unit that also states the other's value ("12 pence, up from 10 pence" / "12p"), as a
        // figure or as parts that add up to it (numbers.cc also_given), has its counterpart in
        // it: each value meets its own.
        bool restated = false;
        for (const Mention& m : ms)
          restated = restated || (m.unit == ms[i].unit && compare(*m.q, *ms[k].q) == Match::kSame) ||
                     (m.unit == ms[k].unit && compare(*m.q, *ms[i].q) == Match::kSame);
        if (!agree && (restated || also_given(x, *ms[k].q) || also_given(y, *ms[i].q))) continue;
        // Counts taken by opposite words are of two sets ("open 25 new stores" / "close 14 stores").
        if (!agree && opposites_take(x, *ms[i].q, rx, y, *ms[k].q, ry, lexicon)) continue;
        // Different counts of a noun that two unrelated verbs govern are of two happenings
        // ("sank 40 tankers in the spring" / "still hold at least 6 tankers"); a state is one
        // whatever the verb, and one count under two verbs is still one ("14 miners were trapped" /
        // "rescuers reached the 14 miners").
        // So are those of two verbs after the noun ("Seven climbers were caught" / "Six climbers
        // survived"), and those two holders have ("The depot has 80 drivers" / "The garage has 460").
        if (!agree && key.rfind("noun ", 0) == 0) {
          if (verbs_apart(x, verb_before(x, rx, lexicon), y, verb_before(y, ry, lexicon), lexicon) || holders_apart(x, rx, y, ry, lexicon) ||
              governed_apart(x, noun_token(x, *ms[i].q, rx), rx, y, noun_token(y, *ms[k].q, ry), ry, lexicon))
            continue;
        }
        // Mentions are listed in unit order: ms[i] is the pair's first unit.
        const Quantity& qa = *ms[i].q;
        const Quantity& qb = *ms[k].q;
        // The slot as the first unit writes it ("passengers", not the key's "passeng").
        std::string slot = age ? "age" : key.substr(key.find(' ') + 1);
        if (key.rfind("noun ", 0) == 0) slot = x.data->tokens[noun_token(x, qa, rx)].norm;
        out.push_back(count_pair(key, agree, ms[i].unit, ms[k].unit, qa, qb, slot + ": " + qa.display + " vs " + qb.display));
      }
  }
  // The same large count of the same things, however the sentences around it differ, is one
  // claim ("carrying 352 passengers and crew" / "there were 352 people on board"): a number of
  // at least kDistinctCount rarely stands for two different counts of one event. Only agreements
  // come from this: different numbers of things alike ("352 people", "120 people") count
  // different things as often as they dispute one. Names the two sentences do not share are no
  // sign of two happenings here (they are for a dispute, names_apart()): one report of a sinking
  // names the port the ship left, another the island it was bound for.
  // The same sum of money or measure, written with at least two significant digits ("$38,500" /
  // "38.5 thousand dollars", "450 hectares" / "about 450 ha", "speeds up to 120 mph" / "speeds
  // reached 120 mph"), is one claim too: such a value rarely stands for two things of one event (a
  // bound past it, "more than $38,500", is another claim).
  // Keyed by the value's bits, most significant first (positive values in their order; the map of
  // by_key's type, not another), after the unit for a sum or measure.
  std::map<std::string, std::vector<Mention>> by_value;
  for (uint32_t u = 0; u < units.size(); ++u) {
    if (units[u].copy) continue;
    for (const Quantity& q : units[u].data->facts.quantities) {
      // A smaller count with digits of its own ("19 stops", "38 cases"; not "20", not "5") is
      // one claim when it counts the same noun (below).
      const bool count = q.kind == QuantityKind::kCount && q.num_lo == q.num_hi &&
                         (q.num_lo >= kDistinctCount || (q.num_lo >= 10 && distinctive(q.num_lo))) && q.unit != "age" &&
                         !partitive(units[u], q);
      const bool amount = ((q.kind == QuantityKind::kMoney && q.value < 1e6) || q.kind == QuantityKind::kMeasure) &&
                          (q.hedge.empty() || q.hedge == "about" || q.hedge == "up to" || q.hedge == "as many as" ||
                           q.hedge == "at least") &&
                          distinctive(q.num_lo);
      // A share of one named thing ("Turnout was 41%" / "turnout stood at 41 percent").
      const bool share = q.kind == QuantityKind::kPercent && !q.owner.empty() && q.hedge.empty() && distinctive(q.num_lo);
      if (!(count || amount || share) || !q.vague.empty() || q.range || q.unit.empty()) continue;
      uint64_t bits;
      std::memcpy(&bits, count ? &q.num_lo : &q.value, sizeof bits);
      std::string value = count ? "" : (share ? q.owner : q.unit) + ' ';
      for (size_t b = 0; b < 8; ++b) value += static_cast<char>(bits >> (56 - 8 * b));
      by_value[value].push_back({u, &q});
    }
  }
  for (const auto& entry : by_value) {
    const std::vector<Mention>& ms = entry.second;
    if (ms.size() > kMaxCountMentions) continue;
    // A smaller count is one claim only when the cluster gives it one holder: "14 points" that
    // two sentences give to different names ("Carter scored 14 points" / "Will Artino had 14
    // points"), in one source or two, are no claim of their own (nor of a third sentence that
    // names no one).
    const auto small = [&](size_t i) { return ms[i].q->kind == QuantityKind::kCount && ms[i].q->num_lo < kDistinctCount; };
    const auto noun = [&](size_t i) { return counted_noun(units[ms[i].unit], *ms[i].q); };
    std::vector<uint32_t> two_holders;  // the nouns so counted
    for (size_t i = 0; i < ms.size(); ++i)
      for (size_t k = i + 1; k < ms.size(); ++k)
        if (small(i) && noun(i) != Lexicon::kUnknown && noun(i) == noun(k) &&
            held_apart(units[ms[i].unit], ms[i].q->begin, units[ms[k].unit], ms[k].q->begin))
          two_holders.push_back(noun(i));
    for (size_t i = 0; i < ms.size(); ++i)
      for (size_t k = i + 1; k < ms.size(); ++k) {
        const SimUnit& x = units[ms[i].unit];
        const SimUnit& y = units[ms[k].unit];
        const Quantity& qa = *ms[i].q;
        const Quantity& qb = *ms[k].q;
        if (x.source == y.source || !same_event(x.source, y.source)) continue;
        if (qa.state != qb.state || !compatible(qa, qb)) continue;
        if (qa.kind == QuantityKind::kCount) {
          const uint32_t na = noun(i), nb = noun(k);
          if (small(i) ? na == Lexicon::kUnknown || na != nb || glued(x, qa) || glued(y, qb) || joined(x, qa) || joined(y, qb) ||
                             std::find(two_holders.begin(), two_holders.end(), na) != two_holders.end() ||
                             !one_act(x, qa, y, qb, lexicon)
                       : !same_things(na, nb, lexicon))
            continue;
        }
        out.push_back(count_pair("value " + qa.display, true, ms[i].unit, ms[k].unit, qa, qb, ""));
      }
  }
  office_disputes(units, event_of_source, &out);
  sort_by(out.begin(), out.end(), [](const CountDispute& x, const CountDispute& y) {
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  return out;
}

}  // namespace tri
