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
  constexpr uint32_t kMark = 0xFFFFFFFFu;  // stands for a whole introduction (no term has this id)
  // (kind << 32 | term) for each word of each introduced name, once per introduction, and
  // (kind << 32 | kMark) once per introduction.
  std::vector<uint64_t> said;
  uint32_t terms = 0;  // the terms' ids are below this
  for (const SimUnit& u : *units) {
    for (size_t k = 0; k < u.words.size();) {
      if (!(u.words[k].flags & kName) || (u.words[k].flags & kNumber)) {
        ++k;
        continue;
      }
      const size_t m = name_end(u, k);
      const size_t p = is_time(u, k, m) ? SIZE_MAX : introduction(u, k, m, lexicon);
      if (p != SIZE_MAX) {
        const uint64_t kind = uint64_t{u.words[p].lex} << 32;
        const size_t first = said.size();
        said.push_back(kind | kMark);
        for (size_t j = k; j < m; ++j) {
          const uint64_t e = kind | u.words[j].term;
          if (u.words[j].term != kNoTerm && std::find(said.begin() + first, said.end(), e) == said.end())
            said.push_back(e), terms = std::max(terms, u.words[j].term + 1);
        }
      }
      k = m;
    }
  }
  if (said.empty()) return;
  sort_by(said.begin(), said.end());
  // A kind names one thing only when one word is in every name it introduces ("boss Vincent
  // Gigante", "boss Gigante"): a cluster that says "boss Vincent Gigante" and "boss John Gotti"
  // does not say which one "the boss" is. Then each word of those names takes the kind, counted
  // by introductions: per term, the two kinds given most often (then the lower id).
  struct Best {
    uint32_t kind[2] = {Lexicon::kUnknown, Lexicon::kUnknown}, count[2] = {0, 0};
  };
  std::vector<Best> best(terms);
  for (size_t i = 0; i < said.size();) {
    const uint32_t kind = static_cast<uint32_t>(said[i] >> 32);
    size_t end = i;
    while (end < said.size() && static_cast<uint32_t>(said[end] >> 32) == kind) ++end;
    // The runs of one term within the kind; the marks come last (their id is the highest).
    const auto runs = [&](auto each) {
      for (size_t a = i; a < end;) {
        size_t b = a;
        while (b < end && said[b] == said[a]) ++b;
        each(static_cast<uint32_t>(said[a]), static_cast<uint32_t>(b - a));
        a = b;
      }
    };
    uint32_t intros = 0, most = 0;
    runs([&](uint32_t term, uint32_t n) {
      uint32_t& largest = term == kMark ? intros : most;
      largest = std::max(largest, n);
    });
    if (most == intros)
      runs([&](uint32_t term, uint32_t n) {
        if (term == kMark) return;
        Best& b = best[term];  // kinds come in increasing id: a later one wins only by count
        if (n > b.count[0]) b.kind[1] = b.kind[0], b.count[1] = b.count[0], b.kind[0] = kind, b.count[0] = n;
        else if (n > b.count[1]) b.kind[1] = kind, b.count[1] = n;
      });
    i = end;
  }
  for (SimUnit& u : *units)
    for (WordToken& w : u.words)
      if ((w.flags & kName) && w.term < terms) w.kinds[0] = best[w.term].kind[0], w.kinds[1] = best[w.term].kind[1];
}

bool same_kind(const WordToken& x, const WordToken& y, const Lexicon& lexicon) {
  const auto of = [&](const WordToken& name, const WordToken& noun) {
    if (!(name.flags & kName) || (noun.flags & (kName | kNumber))) return false;
    for (uint32_t k : name.kinds) {
      if (k == Lexicon::kUnknown) break;
      const WordRelation r = lexicon.relation(k, noun.lex);
      if (r == WordRelation::kSame || r == WordRelation::kSynonym || r == WordRelation::kHypernym) return true;
    }
    return false;
  };
  return of(x, y) || of(y, x);
}

}  // namespace tri
