// conflicts/substitutions.cc — runs of unaligned names or numbers standing in each other's place.
#include "conflicts/kinds.h"

#include <string>
#include <vector>

#include "facts/number.h"
#include "facts/scan.h"
#include "words.h"

namespace tri {
namespace conflicts_internal {
namespace {

// Some word of the run [i, e) of `s` occurs in the other unit (as a word of another name there).
bool mentioned_elsewhere(const Side& s, size_t i, size_t e, const Side& other) {
  for (size_t k = i; k < e; ++k) {
    if (!(s.u.words[k].flags & kContent)) continue;
    for (const WordToken& w : other.u.words)
      if (w.term == s.u.words[k].term) return true;
  }
  return false;
}

// The other unit names the run [i, e) of `s` word for word as a whole name of its own.
bool named_whole(const Side& s, size_t i, size_t e, const Side& other) {
  std::vector<uint32_t> run;
  for (size_t k = i; k < e; ++k)
    if (s.u.words[k].flags & kContent) run.push_back(s.u.words[k].term);
  for (const NameMention& n : other.u.data->facts.names) {
    const Range r = tokens_in(other.u, n.begin, n.end);
    std::vector<uint32_t> name;
    for (size_t k = r.first; k < r.last; ++k)
      if (other.u.words[k].flags & kContent) name.push_back(other.u.words[k].term);
    if (!run.empty() && name == run) return true;
  }
  return false;
}


const Quantity* quantity_in(const Side& s, Range r) { return fact_in(s.u.data->facts.quantities, s.u.data->tokens, r); }
const TimeExpr* time_in(const Side& s, Range r) { return fact_in(s.u.data->facts.times, s.u.data->tokens, r); }

// Every content word of the unit outside `r` is aligned.
bool all_aligned_but(const Side& s, Range r) {
  for (size_t k = 0; k < s.u.words.size(); ++k)
    if (!inside(k, r) && (s.u.words[k].flags & (kContent | kNumber)) && s.to[k] < 0) return false;
  return true;
}

}  // namespace

void substitutions(const Side& a, const Side& b, bool values, const Lexicon& lexicon, std::vector<Difference>* out) {
  const auto& ta = a.u.data->tokens;
  const auto& tb = b.u.data->tokens;
  const auto covered = [&](const Token& t, bool side_a) {
    for (const Difference& d : *out) {
      // A name told apart only loosely (no slot) leaves the run to the test of place below.
      if (!d.anchored && d.discrepancy.type == "name") continue;
      const Span s = side_a ? d.discrepancy.a : d.discrepancy.b;
      if (t.begin < s.end && s.begin < t.end) return true;
    }
    return false;
  };
  for (size_t i = 0; i < ta.size();) {
    if (a.to[i] >= 0 || ta[i].type == TokenType::kPunct) {
      ++i;
      continue;
    }
    size_t e = i;  // the run [i, e): unaligned words (and punctuation inside it)
    while (e < ta.size() && a.to[e] < 0 && !(ta[e].type == TokenType::kPunct && (ta[e].norm == "," || ta[e].norm == ".")))
      ++e;
    const Range rx{i, e};
    const size_t lx = neighbour(a.u, rx, -1), rxn = neighbour(a.u, rx, 1);
    i = e;
    while (e > rx.first + 1 && ta[e - 1].type == TokenType::kPunct) --e;  // "Tarrow..." is "Tarrow"
    // The corresponding run in b lies between the partners of the two neighbours.
    size_t jb = 0, je = tb.size();
    if (lx != std::string::npos) {
      if (a.to[lx] < 0) continue;
      jb = static_cast<size_t>(a.to[lx]) + 1;
    }
    if (rxn != std::string::npos) {
      if (a.to[rxn] < 0) continue;
      je = static_cast<size_t>(a.to[rxn]);
    }
    if (lx == std::string::npos && rxn == std::string::npos) continue;
    // A run that ends its clause here ends the other's at its clause's end ("level four." / "level
    // three, the second highest").
    for (size_t j = jb; rxn == std::string::npos && j < je; ++j)
      if (tb[j].type == TokenType::kPunct && (tb[j].norm == "," || tb[j].norm == ".")) je = j;
    while (jb < je && tb[jb].type == TokenType::kPunct) ++jb;
    while (je > jb && tb[je - 1].type == TokenType::kPunct) --je;
    if (jb >= je || je - jb > 6 || e - rx.first > 6) continue;
    // The other run, like this one, stays inside one clause and holds no aligned content word.
    bool unaligned = true;
    for (size_t j = jb; j < je; ++j)
      unaligned = unaligned && (b.to[j] < 0 || !(b.u.words[j].flags & (kContent | kNumber))) &&
                  !(tb[j].type == TokenType::kPunct && (tb[j].norm == "," || tb[j].norm == "."));
    if (!unaligned) continue;
    // The same function word at the edge of both runs belongs to the slot's surroundings
    // ("and Brackett, 52" / "and Sallowby, 52").
    size_t ib = rx.first;
    const auto plain = [](const Side& s, size_t k) { return !(s.u.words[k].flags & (kContent | kNumber)); };
    while (ib + 1 < e && jb + 1 < je && plain(a, ib) && plain(b, jb) && ta[ib].norm == tb[jb].norm) ++ib, ++jb;
    while (e - 1 > ib && je - 1 > jb && plain(a, e - 1) && plain(b, je - 1) && ta[e - 1].norm == tb[je - 1].norm) --e, --je;
    const Range run{ib, e};
    // One numeral in two notations is no difference ("War Two" / "War II").
    if (e - run.first == 1 && je - jb == 1) {
      const int va = facts_internal::numeral_value(ta[run.first].norm, true);
      const int vb = facts_internal::numeral_value(tb[jb].norm, true);
      if (va >= 0 && va == vb) continue;
    }
    // A name here: a word marked as part of a name, or a capitalised word that does not start the
    // sentence (outside headlines), or one that starts it but is no word WordNet relates to others
    // or has a capital inside ("Hallworth", "LeBlanc").
    // Runs of names hold only names (at most three words, after an article); runs of numbers hold
    // a number. A name run with other words in it ("Lyon was in" / "France since") stands
    // between different words, so it fills no common slot.
    const auto kinds = [&lexicon](const Side& s, size_t from, size_t to, bool* name, bool* number) {
      // Words that may stand beside a number in its run ("about 40", "more than 40").
      const WordSet& kHedges = word_set(WordList::substitutions_kinds_hedges);
      bool numeral = false;
      int names = 0, others = 0, function = 0, hedges = 0, unknown = 0;
      for (size_t k = from; k < to; ++k) {
        const WordToken& w = s.u.words[k];
        const Token& t = s.u.data->tokens[k];
        if ((w.flags & kNumber) || facts_internal::numeral_value(t.norm, false) >= 0) {
          numeral = true;
          continue;
        }
        if (!(w.flags & kContent)) {
          const bool article = k == from && (t.norm == "the" || t.norm == "a" || t.norm == "an");
          if (t.type != TokenType::kPunct && !article) ++function, hedges += kHedges.has(t.norm);
          continue;
        }
        // A common word opening the unit before a name the other side gives too ("Challenger
        // Okonjo" / "Priya Okonjo") is no given name of its own.
        const bool described = common_opening(s, k, lexicon) && k + 1 == to && to < s.to.size() && s.to[to] >= 0 &&
                               (s.u.words[to].flags & kName);
        if (((w.flags & kName) && !described) ||
            (t.cap && (!lexicon.related(w.lex) || capital_inside(s.text.substr(t.begin, t.end - t.begin)) ||
                                         (!first_word(s.u, k) && !s.u.headline))))
          ++names, unknown += !lexicon.related(w.lex);
        else
          ++others;
      }
      // In a line in title case capitals mark nothing: a run of words the lexicon knows is no name
      // ("Gary Ross Still In Negotiations" / "GARY ROSS REMAINS IN NEGOTIATIONS").
      *name = names > 0 && names <= 3 && others == 0 && function == 0 && !numeral && (unknown > 0 || !title_case(s.u));
      // A number and nothing else that says what it counts ("3 hours" / "60 cars" count two
      // different things; the facts compare counts of things).
      // Other function words ("There were four in" / "For the second") put the number in another
      // part of the sentence.
      *number = numeral && others == 0 && function == hedges;
    };
    bool na, nua, nb, nub;
    kinds(a, run.first, e, &na, &nua);
    kinds(b, jb, je, &nb, &nub);
    const char* type = (na && nb) ? "name" : (nua && nub && values) ? "number" : nullptr;
    if (!type) continue;
    // Capitalised words of a measure are its unit ("40 degrees Celsius"): numbers() compares them.
    const auto measure = [](const Quantity* q) { return q && q->kind == QuantityKind::kMeasure; };
    if (na && nb && (measure(quantity_in(a, run)) || measure(quantity_in(b, Range{jb, je})))) continue;
    // A title names the person the other run names, or another title of them ("France's
    // president" / "France's Ana Ruiz", "Inspector Gaskin" / "Mr Gaskin"): no difference of who.
    // A role of one side's name against words of no name on the other says two things of one
    // person ("Striker Jonas Merrit" / "Rovers' Jonas Merrit"); against another role or a word the
    // other reads as part of the name, it may be a different office ("CEO Ana Ruiz" / "COO Ana
    // Ruiz").
    if (na && nb && (titles_only(a, run.first, e) || titles_only(b, jb, je) || in_name(a, run) + in_name(b, Range{jb, je}) == 1))
      continue;
    if (na && nb && (description(a.u, run) || description(b.u, Range{jb, je}))) continue;
    // A day or a month is a time, not a name ("police said Wednesday" / "Police said Lo Presti").
    if (na && nb && (time_in(a, run) || time_in(b, Range{jb, je}))) continue;
    // Numbers the quantity reader understood keep their hedges and ranges ("more than 200" /
    // "about 230" are compatible); the same hedge on two different numbers states two different
    // bounds ("more than five times" / "more than eleven times").
    if (std::string(type) == "number") {
      // Numbers of two times are the dates' to dispute (dates.cc: "will open the museum in 2027" /
      // "opened the museum in 2019" are two happenings, so are "The mayor will be sworn in on 9
      // January" / "The council will be sworn in on 15 January"); those of two times that can be
      // one (a season "1998-99" and its year "1999") are no difference.
      const TimeExpr* xa = time_in(a, run);
      const TimeExpr* xb = time_in(b, Range{jb, je});
      if (xa && xb) continue;
      const Quantity* qa = quantity_in(a, run);
      const Quantity* qb = quantity_in(b, Range{jb, je});
      // A year against a number that is no time, a value against a number the quantity reader took
      // for part of a name ("a .08 level" / "Route 9"), a place in a series against a count: two
      // ways of telling which one ("the 2031 games" / "the 12th games"), not two values of one thing.
      const auto ordinal = [](const Quantity* q) { return q && q->kind == QuantityKind::kOrdinal; };
      if (!xa != !xb || !qa != !qb || ordinal(qa) != ordinal(qb)) continue;
      // Quantities of different measures (numbers() told them apart) are no substitution.
      if (qa && qb && !same_measure(a, *qa, tokens_in(a.u, qa->begin, qa->end), b, *qb, tokens_in(b.u, qb->begin, qb->end), lexicon))
        continue;
      if (qa && qb && (also_given(b.u, *qa) || also_given(a.u, *qb) || orders_apart(*qa, *qb))) continue;
      if (qa && qb) {
        // One value written two ways (".20" / "0.20"; "40C" / "104F", a measure in two units):
        // the runs are the two numbers themselves, or lie within the two measures.
        const auto number_of = [](const Side& s, Range r, const Quantity& q) {
          const auto& t = s.u.data->tokens;
          if (q.kind == QuantityKind::kMeasure && t[r.first].begin >= q.begin && t[r.last - 1].end <= q.end) return true;
          return t[r.first].begin >= q.num_begin && t[r.last - 1].end <= q.num_end;
        };
        const Match m = compare(*qa, *qb);
        if (m == Match::kSame && number_of(a, run, *qa) && number_of(b, Range{jb, je}, *qb)) continue;
        // A measure in two units agrees to the rounding of one of them ("12,000-square-foot" /
        // "1,115-square-metre").
        if (m == Match::kCompatible && qa->kind == QuantityKind::kMeasure && qa->unit_text != qb->unit_text) continue;
        if (!(qa->hedge == qb->hedge && qa->vague == qb->vague) && (m == Match::kSame || m == Match::kCompatible)) continue;
      }
    }
    bool seen = false;
    for (size_t k = run.first; k < e; ++k) seen = seen || covered(ta[k], true);
    for (size_t k = jb; k < je; ++k) seen = seen || covered(tb[k], false);
    if (seen) continue;
    // Two wordings of one name are no difference: one is part of a name elsewhere in the other's
    // unit ("Saddam Hussein" ... "Hussein"), the same letters ("VisualBasic"), or one country
    // ("Peru" / "Lima"). A whole name the other gives elsewhere, word for word, is still replaced
    // in this place ("released Tarrow ... signed Tarrow" / "released Ossian ... signed Tarrow").
    // Nor are two runs inside names written as one ("RB Pierre Thomas" / "Saints Pierre Thomas").
    // Nor are two people each named with an office, two offices ("Sheriff Dana Whitlock said" /
    // "Mayor Paul Ostrander said").
    const auto mention = [](const Side& s, size_t from, size_t to) -> const NameMention* {
      const auto& t = s.u.data->tokens;
      for (const NameMention& n : s.u.data->facts.names)
        if (n.begin < t[to - 1].end && t[from].begin < n.end) return &n;
      return nullptr;
    };
    const auto whole_name = [](const Side& s, const NameMention* n, size_t from, size_t to) {
      const auto& t = s.u.data->tokens;
      return n && n->begin <= t[from].begin && t[to - 1].end <= n->end ? tokens_in(s.u, n->begin, n->end) : Range{};
    };
    if (std::string(type) == "name") {
      const NameMention *ma = mention(a, run.first, e), *mb = mention(b, jb, je);
      const Range wa = whole_name(a, ma, run.first, e), wb = whole_name(b, mb, jb, je);
      if ((!wa.empty() && !wb.empty() && same_letters(a, wa.first, wa.last, b, wb.first, wb.last)) ||
          (ma && mb && other_offices(*ma, *mb)))
        continue;
    }
    if (std::string(type) == "name" && (same_letters(a, run.first, e, b, jb, je) ||
                                        same_country(a, run, b, Range{jb, je}, lexicon) ||
                                        country_named(a, run, b, lexicon) || country_named(b, Range{jb, je}, a, lexicon) ||
                                        (mentioned_elsewhere(a, run.first, e, b) && !named_whole(a, run.first, e, b)) ||
                                        mentioned_elsewhere(b, jb, je, a) || opening_word(a, run, lexicon) ||
                                        opening_word(b, Range{jb, je}, lexicon)))
      continue;
    const Span sa{ta[run.first].begin, ta[e - 1].end}, sb{tb[jb].begin, tb[je - 1].end};
    // The slot is anchored by the words around it, or by the whole sentence: every other content
    // word of both units aligned ("... prizes went to Feeney, 41, and Brackett, 52" / "... and
    // Sallowby, 52": a list of names leaves no other word near the one that changed).
    const bool anchored = same_slot(a, run, b, Range{jb, je}) || (all_aligned_but(a, run) && all_aligned_but(b, Range{jb, je}));
    out->push_back(make(type, sa, sb, std::string(type) + ": " + span_text(a.text, sa) + " vs " + span_text(b.text, sb), anchored));
  }
}

}  // namespace conflicts_internal

}  // namespace tri
