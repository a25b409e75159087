// wordalign.cc — greedy, context-aware word alignment.
#include "wordalign.h"
#include "sorting.h"

#include <algorithm>
#include <cstdlib>

namespace tri {

double match_weight(WordMatch m) {
  switch (m) {
    case WordMatch::kExact: return 1.0;
    case WordMatch::kSynonym: return 0.9;
    case WordMatch::kDerivation: return 0.85;
    case WordMatch::kHypernym: return 0.7;
    case WordMatch::kSibling: return 0.5;
    case WordMatch::kFunction: return 1.0;
    case WordMatch::kNone: return 0.0;
  }
  return 0.0;
}

namespace {

// Tokens around i and j (two on each side) with equal terms: evidence that i and j play the same
// part in their sentences.
int context(const std::vector<WordToken>& a, const std::vector<WordToken>& b, size_t i, size_t j) {
  int n = 0;
  for (int d = -2; d <= 2; ++d) {
    if (d == 0) continue;
    const long x = static_cast<long>(i) + d, y = static_cast<long>(j) + d;
    if (x < 0 || y < 0 || x >= static_cast<long>(a.size()) || y >= static_cast<long>(b.size())) continue;
    if (a[x].term != kNoTerm && a[x].term == b[y].term) ++n;
  }
  return n;
}

WordMatch lexical_match(WordRelation r) {
  switch (r) {
    case WordRelation::kSame: return WordMatch::kExact;
    case WordRelation::kSynonym: return WordMatch::kSynonym;
    case WordRelation::kDerivation: return WordMatch::kDerivation;
    case WordRelation::kHypernym:
    case WordRelation::kHyponym: return WordMatch::kHypernym;
    case WordRelation::kSibling: return WordMatch::kSibling;
    default: return WordMatch::kNone;
  }
}

struct Cand {
  int i, j;
  WordMatch m;
  int ctx;
  long dist;  // distance of relative positions, in thousandths
};

// Room the aligner and best_cover() work in, kept from call to call (one per thread).
struct Scratch {
  std::vector<Cand> cands;
  std::vector<std::pair<int, int>> opposites;
  std::vector<Lexicon::Signature> a_is, a_reaches, b_is, b_reaches;
  std::vector<size_t> b_content;
  std::vector<double> best_a, best_b;  // best_cover(): each word's best match
};

Scratch& scratch() {
  static thread_local Scratch s;
  return s;
}

}  // namespace

WordAlignment align_words(const std::vector<WordToken>& a, const std::vector<WordToken>& b,
                          const Lexicon& lexicon, RelationMemo* memo) {
  WordAlignment out;
  align_words(a, b, lexicon, memo, &out);
  return out;
}

namespace {

// Distance of the relative positions of word i of a and word j of b, in thousandths.
long distance(size_t na, size_t nb, int i, int j) {
  return std::labs(static_cast<long>(i) * 1000 / static_cast<long>(std::max<size_t>(na, 1)) -
                   static_cast<long>(j) * 1000 / static_cast<long>(std::max<size_t>(nb, 1)));
}

// The alignment from the candidate matches (cands) and the antonyms among them (out->opposites):
// the strongest matches first, each word once, then function words beside aligned words.
void settle(const std::vector<WordToken>& a, const std::vector<WordToken>& b, std::vector<Cand>* candidates,
            WordAlignment* alignment) {
  WordAlignment& out = *alignment;
  std::vector<Cand>& cands = *candidates;
  out.a_to_b.assign(a.size(), -1);
  out.b_to_a.assign(b.size(), -1);
  out.a_match.assign(a.size(), WordMatch::kNone);
  out.b_match.assign(b.size(), WordMatch::kNone);
  out.antonyms.clear();
  out.matches.clear();
  sort_by(cands.begin(), cands.end(), [](const Cand& x, const Cand& y) {
    const double wx = match_weight(x.m), wy = match_weight(y.m);
    if (wx != wy) return wx > wy;
    if (x.ctx != y.ctx) return x.ctx > y.ctx;
    if (x.dist != y.dist) return x.dist < y.dist;
    return x.i != y.i ? x.i < y.i : x.j < y.j;
  });
  for (const Cand& c : cands) {
    out.matches.push_back({c.i, c.j, c.m});
    if (out.a_to_b[c.i] >= 0 || out.b_to_a[c.j] >= 0) continue;
    out.a_to_b[c.i] = c.j;
    out.b_to_a[c.j] = c.i;
    out.a_match[c.i] = out.b_match[c.j] = c.m;
  }
  // Function words: the same word right beside an aligned pair, repeated until nothing changes
  // (so "the head of the" aligns along a run).
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (out.a_to_b[i] >= 0 || !(a[i].flags & kFunction)) continue;
      for (int d : {-1, 1}) {
        const long ni = static_cast<long>(i) + d;
        if (ni < 0 || ni >= static_cast<long>(a.size()) || out.a_to_b[ni] < 0) continue;
        const long j = out.a_to_b[ni] - d;
        if (j < 0 || j >= static_cast<long>(b.size()) || out.b_to_a[j] >= 0) continue;
        if (b[j].term != a[i].term) continue;
        out.a_to_b[i] = static_cast<int>(j);
        out.b_to_a[j] = static_cast<int>(i);
        out.a_match[i] = out.b_match[j] = WordMatch::kFunction;
        changed = true;
        break;
      }
    }
  }
  for (const auto& [i, j] : out.opposites)
    if (out.a_to_b[i] < 0 && out.b_to_a[j] < 0) out.antonyms.emplace_back(i, j);
}

}  // namespace

void align_words(const std::vector<WordToken>& a, const std::vector<WordToken>& b, const Lexicon& lexicon,
                 RelationMemo* memo, WordAlignment* alignment) {
  Scratch& room = scratch();
  std::vector<Cand>& cands = room.cands;
  std::vector<std::pair<int, int>>& opposites = alignment->opposites;
  cands.clear();
  opposites.clear();
  // b's content words (a clause window masks most of its unit's words), in order, and the
  // signatures of each word, read once: most pairs of words are unrelated, and told so by their
  // signatures alone.
  std::vector<Lexicon::Signature>& a_is = room.a_is;
  std::vector<Lexicon::Signature>& a_reaches = room.a_reaches;
  std::vector<Lexicon::Signature>& b_is = room.b_is;
  std::vector<Lexicon::Signature>& b_reaches = room.b_reaches;
  std::vector<size_t>& b_content = room.b_content;
  b_content.clear();
  for (size_t j = 0; j < b.size(); ++j)
    if (b[j].flags & kContent) b_content.push_back(j);
  a_is.resize(a.size());
  a_reaches.resize(a.size());
  b_is.resize(b.size());
  b_reaches.resize(b.size());
  // The comparison's own signatures (WordSignatures, through the memo) when they cover every word
  // here, else the lexicon's.
  const WordSignatures* own = memo ? memo->narrowed() : nullptr;
  for (size_t i = 0; i < a.size(); ++i)
    if (own && (a[i].flags & kContent) && !own->knows(a[i].lex)) own = nullptr;
  for (size_t j : b_content)
    if (own && !own->knows(b[j].lex)) own = nullptr;
  const auto sign = [&](const WordToken& w, Lexicon::Signature* is, Lexicon::Signature* reaches) {
    if (own) {
      own->get(w.lex, is, reaches);
    } else {
      *is = lexicon.is(w.lex), *reaches = lexicon.reaches(w.lex);
    }
  };
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].flags & kContent) sign(a[i], &a_is[i], &a_reaches[i]);
  for (size_t j : b_content) sign(b[j], &b_is[j], &b_reaches[j]);
  for (size_t i = 0; i < a.size(); ++i) {
    if (!(a[i].flags & kContent)) continue;
    for (size_t j : b_content) {
      WordMatch m = WordMatch::kNone;
      if (a[i].term == b[j].term) {
        m = WordMatch::kExact;
      } else if (!((a[i].flags | b[j].flags) & kNumber) &&
                 (a[i].lex == b[j].lex || a_is[i].meets(b_reaches[j]) || a_reaches[i].meets(b_is[j]) ||
                  a[i].phrase != Lexicon::kUnknown || b[j].phrase != Lexicon::kUnknown)) {
        const WordRelation r =
            memo ? memo->get(a[i], b[j])
                 : word_relation(a[i], b[j], [&](uint32_t x, uint32_t y) { return lexicon.relation(x, y); });
        if (r == WordRelation::kAntonym) opposites.emplace_back(static_cast<int>(i), static_cast<int>(j));
        m = lexical_match(r);
      }
      if (m == WordMatch::kNone) continue;
      cands.push_back({static_cast<int>(i), static_cast<int>(j), m, context(a, b, i, j), distance(a.size(), b.size(), static_cast<int>(i), static_cast<int>(j))});
    }
  }
  settle(a, b, &cands, alignment);
}

WordSignatures::WordSignatures(const Lexicon& lexicon, std::vector<uint32_t> ids) {
  ids.erase(std::remove_if(ids.begin(), ids.end(), [&](uint32_t x) { return x >= lexicon.size(); }), ids.end());
  sort_unique(&ids);
  // Every key of every word, as key << 30 | the word's place << 1 | 1 for what the word is, 0
  // for what it reaches (keys take 34 bits, places fewer than 29: the lexicon's ids), in order.
  std::vector<uint64_t> entries, is, reaches;
  for (uint64_t k = 0; k < ids.size(); ++k) {
    is.clear();
    reaches.clear();
    lexicon.signature_keys(ids[k], &is, &reaches);
    for (uint64_t key : is) entries.push_back(key << 30 | k << 1 | 1);
    for (uint64_t key : reaches) entries.push_back(key << 30 | k << 1);
  }
  sort_unique(&entries);
  is_.assign(ids.size(), Lexicon::Signature{});
  reaches_.assign(ids.size(), Lexicon::Signature{});
  // A key two different words share, one as what it is and one as what it reaches, gets the next
  // bit (of 128, in turn); the others none.
  uint32_t bit = 0;
  for (size_t from = 0, to = 0; from < entries.size(); from = to) {
    bool has_is = false, has_reach = false, two = false;
    for (to = from; to < entries.size() && entries[to] >> 30 == entries[from] >> 30; ++to) {
      (entries[to] & 1 ? has_is : has_reach) = true;
      two = two || (entries[to] ^ entries[from]) >> 1 != 0;
    }
    if (!(has_is && has_reach && two)) continue;
    for (size_t e = from; e < to; ++e)
      (entries[e] & 1 ? is_ : reaches_)[(entries[e] >> 1) & ((1u << 29) - 1)].bits[(bit >> 6) & 1] |= uint64_t{1} << (bit & 63);
    ++bit;
  }
  index_.assign(lexicon.size(), kNone);
  for (uint32_t k = 0; k < ids.size(); ++k) index_[ids[k]] = k;
}

void align_within(const std::vector<WordToken>& a, const std::vector<WordToken>& b, const WordAlignment& whole,
                  WordAlignment* alignment) {
  std::vector<Cand>& cands = scratch().cands;
  cands.clear();
  const auto kept = [&](int i, int j) { return (a[i].flags & kContent) && (b[j].flags & kContent); };
  for (const WordAlignment::Pair& p : whole.matches)
    if (kept(p.i, p.j)) cands.push_back({p.i, p.j, p.m, context(a, b, p.i, p.j), distance(a.size(), b.size(), p.i, p.j)});
  alignment->opposites.clear();
  for (const auto& [i, j] : whole.opposites)
    if (kept(i, j)) alignment->opposites.emplace_back(i, j);
  settle(a, b, &cands, alignment);
}

std::pair<double, double> best_cover(const std::vector<WordToken>& wa, const std::vector<WordToken>& wb,
                                     const WordAlignment& whole) {
  std::vector<double>& best_a = scratch().best_a;
  std::vector<double>& best_b = scratch().best_b;
  best_a.assign(wa.size(), 0.0);
  best_b.assign(wb.size(), 0.0);
  for (const WordAlignment::Pair& p : whole.matches) {
    if (!(wa[p.i].flags & kContent) || !(wb[p.j].flags & kContent)) continue;  // masked in a piece
    const double w = match_weight(p.m);
    best_a[p.i] = std::max(best_a[p.i], w);
    best_b[p.j] = std::max(best_b[p.j], w);
  }
  const auto share = [](const std::vector<WordToken>& words, const std::vector<double>& best) {
    double all = 0, got = 0;
    for (size_t k = 0; k < words.size(); ++k)
      if (words[k].flags & kContent) all += words[k].idf, got += words[k].idf * best[k];
    return all > 0 ? got / all : 0.0;
  };
  return {share(wa, best_a), share(wb, best_b)};
}

}  // namespace tri
