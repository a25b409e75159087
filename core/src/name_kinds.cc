// name_kinds.cc — a name's kinds, from the nouns that introduce it.
#include "name_kinds.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "sorting.h"

namespace tri {
namespace {

bool article(const Token& t) { return t.norm == "the" || t.norm == "a" || t.norm == "an"; }

// Word p of u is a common noun that can give a name's kind: a lower-case content word that is not
// part of a name, a number or a negator, that the lexicon knows with a broader word, and that is
// not used mostly as a verb or an adjective unless an article or a possessive stands before it.
bool kind_noun(const SimUnit& u, size_t p, const Lexicon& lexicon) {
  const Token& t = u.data->tokens[p];
  const WordToken& w = u.words[p];
  if (t.type != TokenType::kWord || t.cap || !(w.flags & kContent) || (w.flags & (kName | kNumber | kNegator)))
    return false;
  if (!lexicon.has_broader(w.lex)) return false;
  const bool determined = p > 0 && (article(u.data->tokens[p - 1]) || u.data->tokens[p - 1].norm == "'s");
  return determined || !(lexicon.is_verb(w.lex) || lexicon.is_adjective(w.lex));
}

// The end of the name that starts at word k (its words flagged kName, not numbers).
size_t name_end(const SimUnit& u, size_t k) {
  size_t m = k;
  while (m < u.words.size() && (u.words[m].flags & kName) && !(u.words[m].flags & kNumber)) ++m;
  return m;
}

// A word of [k, m) lies in a time expression ("on Monday", "in March 2019").
bool is_time(const SimUnit& u, size_t k, size_t m) {
  const auto& t = u.data->tokens;
  for (const TimeExpr& x : u.data->facts.times)
    if (t[k].begin < x.end && x.begin < t[m - 1].end) return true;
  return false;
}

// The noun that introduces the name starting at word k of u, or SIZE_MAX: right before it ("the
// ferry Saltwren"), or in apposition ("the vessel, the Saltwren,").
size_t introduction(const SimUnit& u, size_t k, size_t m, const Lexicon& lexicon) {
  const auto& t = u.data->tokens;
  if (k >= 1 && kind_noun(u, k - 1, lexicon)) return k - 1;
  size_t q = k;  // "the N , [the] Name ,"
  if (q >= 1 && article(t[q - 1])) --q;
  if (q >= 3 && t[q - 1].norm == "," && article(t[q - 3]) && kind_noun(u, q - 2, lexicon) && m < t.size() &&
      t[m].norm == ",")
    return q - 2;
  return SIZE_MAX;
}

}  // namespace

void learn_name_kinds(const Lexicon& lexicon, std::vector<SimUnit>* units) {
  // Each introduction: its kind's lexicon id and the terms of its name.
  struct Intro {
    uint32_t kind;
    std::vector<uint32_t> terms;  // sorted, distinct
  };
  std::vector<Intro> intros;
  for (const SimUnit& u : *units) {
    for (size_t k = 0; k < u.words.size();) {
      if (!(u.words[k].flags & kName) || (u.words[k].flags & kNumber)) {
        ++k;
        continue;
      }
      const size_t m = name_end(u, k);
      const size_t p = is_time(u, k, m) ? SIZE_MAX : introduction(u, k, m, lexicon);
      if (p != SIZE_MAX) {
        Intro in{u.words[p].lex, {}};
        for (size_t j = k; j < m; ++j)
          if (u.words[j].term != kNoTerm) in.terms.push_back(u.words[j].term);
        sort_unique(&in.terms);
        if (!in.terms.empty()) intros.push_back(std::move(in));
      }
      k = m;
    }
  }
  if (intros.empty()) return;
  sort_by(intros.begin(), intros.end(), [](const Intro& x, const Intro& y) {
    return x.kind != y.kind ? x.kind < y.kind : x.terms < y.terms;
  });
  // A kind names one thing only when all the names it introduces share a word ("Vincent Gigante",
  // "Gigante"): a cluster that says "boss Vincent Gigante" and "boss John Gotti" does not say
  // which one "the boss" is.
  std::vector<uint64_t> given;  // (term << 32 | kind), once per introduction
  for (size_t i = 0; i < intros.size();) {
    size_t j = i;
    while (j < intros.size() && intros[j].kind == intros[i].kind) ++j;
    // One thing: every introduction shares a word with one of those before it, in an order
    // that grows the set of words (the first, then any that meets it, until none is left).
    std::vector<uint32_t> words = intros[i].terms;
    std::vector<uint8_t> joined(j - i, false);
    joined[0] = true;
    for (bool grew = true; grew;) {
      grew = false;
      for (size_t k = i + 1; k < j; ++k) {
        if (joined[k - i]) continue;
        bool meets = false;
        for (uint32_t t : intros[k].terms) meets = meets || std::binary_search(words.begin(), words.end(), t);
        if (!meets) continue;
        joined[k - i] = true, grew = true;
        words.insert(words.end(), intros[k].terms.begin(), intros[k].terms.end());
        sort_unique(&words);
      }
    }
    bool one = true;
    for (uint8_t x : joined) one = one && x;
    if (one)
      for (size_t k = i; k < j; ++k)
        for (uint32_t t : intros[k].terms) given.push_back(uint64_t{t} << 32 | intros[k].kind);
    i = j;
  }
  sort_by(given.begin(), given.end());
  // Per term: (count, kind), the most given first, then the lower id.
  struct Kind {
    uint32_t term, kind, count;
  };
  std::vector<Kind> kinds;
  for (size_t i = 0; i < given.size();) {
    size_t j = i;
    while (j < given.size() && given[j] == given[i]) ++j;
    kinds.push_back({static_cast<uint32_t>(given[i] >> 32), static_cast<uint32_t>(given[i]), static_cast<uint32_t>(j - i)});
    i = j;
  }
  sort_by(kinds.begin(), kinds.end(), [](const Kind& x, const Kind& y) {
    if (x.term != y.term) return x.term < y.term;
    return x.count != y.count ? x.count > y.count : x.kind < y.kind;
  });
  // The first two kinds of each term, by term.
  std::vector<std::pair<uint32_t, std::pair<uint32_t, uint32_t>>> best;
  for (const Kind& k : kinds) {
    if (best.empty() || best.back().first != k.term) best.push_back({k.term, {k.kind, Lexicon::kUnknown}});
    else if (best.back().second.second == Lexicon::kUnknown) best.back().second.second = k.kind;
  }
  for (SimUnit& u : *units)
    for (WordToken& w : u.words) {
      if (!(w.flags & kName) || w.term == kNoTerm) continue;
      const auto it = std::lower_bound(best.begin(), best.end(), w.term,
                                       [](const auto& e, uint32_t t) { return e.first < t; });
      if (it == best.end() || it->first != w.term) continue;
      w.kinds[0] = it->second.first;
      w.kinds[1] = it->second.second;
    }
}

}  // namespace tri
