// independence.cc — derived copies by shared wording, origins by attribution.
#include "independence.h"

#include "facts/scan.h"
#include "sorting.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace tri {
namespace {

constexpr size_t kShingle = 5;  // words per shingle
constexpr size_t kWindow = 4;   // winnowing window (fingerprints kept: one per window of shingles)

uint64_t mix(uint64_t h, const std::string& s) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return (h ^ 0xff) * 1099511628211ull;
}

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int find(int x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void unite(int a, int b) {
    a = find(a);
    b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// The longest chain of (unit in a, unit in b) matches increasing in both (patience sorting).
size_t ordered_chain(std::vector<std::pair<int, int>> m) {
  sort_by(m.begin(), m.end(), [](auto x, auto y) { return x.first != y.first ? x.first < y.first : x.second > y.second; });
  std::vector<int> tails;
  for (const auto& p : m) {
    auto it = std::lower_bound(tails.begin(), tails.end(), p.second);
    if (it == tails.end()) tails.push_back(p.second);
    else *it = p.second;
  }
  return tails.size();
}

}  // namespace

std::vector<uint64_t> fingerprints(const SourceData& units) {
  // The words of the claims, in order (stems, so inflection changes of a rewrite still match),
  // but those between two quotation marks of a unit: independent reports quote the same words of
  // the same people ("'I made the decision because ...,' said Stefanski"), which tells of a shared
  // speaker, not of a copy.
  std::vector<const std::string*> words;
  for (const UnitData& u : units) {
    if (!u.linkable) continue;
    size_t marks = 0;
    for (const Token& t : u.tokens) marks += t.norm == "\"";
    size_t seen = 0;
    for (const Token& t : u.tokens) {
      if (t.norm == "\"") ++seen;
      else if (t.type != TokenType::kPunct && (seen % 2 == 0 || seen == marks)) words.push_back(&t.stem);
    }
  }
  if (words.size() < kShingle) return {};
  std::vector<uint64_t> shingles(words.size() - kShingle + 1);
  for (size_t i = 0; i < shingles.size(); ++i) {
    uint64_t h = 1469598103934665603ull;
    for (size_t k = 0; k < kShingle; ++k) h = mix(h, *words[i + k]);
    shingles[i] = h;
  }
  // Winnowing: the smallest hash of each window (rightmost on ties), each kept once.
  std::vector<uint64_t> out;
  if (shingles.size() <= kWindow) {
    out = shingles;
  } else {
    for (size_t i = 0; i + kWindow <= shingles.size(); ++i)
      out.push_back(*std::min_element(shingles.begin() + static_cast<long>(i),
                                      shingles.begin() + static_cast<long>(i + kWindow)));
  }
  sort_by(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t shared_fingerprints(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t both = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++both, ++i, ++j;
  }
  return both;
}

double wording_share(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0.0;
  return static_cast<double>(shared_fingerprints(a, b)) / std::min(a.size(), b.size());
}

void assess_independence(const std::vector<SourceData>& data, Result* r) {
  const size_t ns = r->sources.size();
  std::vector<std::vector<uint64_t>> fp(ns);
  for (size_t s = 0; s < ns; ++s)
    if (r->sources[s].compared) fp[s] = fingerprints(data[s]);
  // Per pair of sources (a < b; pair_at(a, b) in a triangle): the claims (groups) they share, and their
  // units in a group with the other. A unit in two groups (a sentence of two claims) counts once for
  // a pair, so the pair's share stays within 0..1. Dense: the pairs are listed anyway.
  const auto pair_at = [ns](size_t a, size_t b) {
    if (b < a) std::swap(a, b);
    return a * ns - a * (a + 1) / 2 + (b - a - 1);
  };
  std::vector<uint32_t> shared(ns * (ns - 1) / 2, 0), in_common(ns * (ns - 1) / 2, 0);
  std::vector<int> listed;
  for (const Group& g : r->groups) {
    listed.clear();
    for (const UnitRef& u : g.units) listed.push_back(u.source);
    sort_by(listed.begin(), listed.end());
    listed.erase(std::unique(listed.begin(), listed.end()), listed.end());
    for (size_t i = 0; i < listed.size(); ++i)
      for (size_t k = i + 1; k < listed.size(); ++k) ++shared[pair_at(static_cast<size_t>(listed[i]), static_cast<size_t>(listed[k]))];
  }
  for (size_t s = 0; s < ns; ++s)
    for (const Unit& u : r->sources[s].units) {
      if (u.groups.empty()) continue;
      listed.clear();
      for (int g : u.groups)
        for (const UnitRef& o : r->groups[g].units) listed.push_back(o.source);
      sort_by(listed.begin(), listed.end());
      listed.erase(std::unique(listed.begin(), listed.end()), listed.end());
      for (int b : listed)
        if (b != static_cast<int>(s)) ++in_common[pair_at(s, static_cast<size_t>(b))];
    }
  std::vector<int> claims(ns, 0);
  for (size_t s = 0; s < ns; ++s)
    for (const Unit& u : r->sources[s].units) claims[s] += !u.groups.empty();
  std::map<std::pair<int, int>, std::vector<std::pair<int, int>>> agreeing;
  for (const Link& l : r->links)
    if (l.relation == Relation::kAgree) agreeing[{l.a.source, l.b.source}].push_back({l.a.unit, l.b.unit});
  // Each pair measured once; derived pairs join their sources for the independent counts, and
  // each source keeps its kListedPairs closest pairs, closest first.
  const auto measure = [&](size_t a, size_t b, SourcePair* p) {
    p->a = static_cast<int>(a);
    p->b = static_cast<int>(b);
    p->shared = static_cast<int>(shared[pair_at(a, b)]);
    const size_t common = shared_fingerprints(fp[a], fp[b]), fewer = std::min(fp[a].size(), fp[b].size());
    p->wording = fewer > 0 ? static_cast<double>(common) / fewer : 0.0;  // wording_share()
    if (p->shared == 0 && p->wording == 0) return false;
    const size_t units_in_common = in_common[pair_at(a, b)];
    p->similarity =
        claims[a] + claims[b] > 0 ? static_cast<double>(units_in_common) / (claims[a] + claims[b]) : 0.0;
    const int shorter = std::min(claims[a], claims[b]);
    const auto chain = agreeing.find({p->a, p->b});
    const double order =
        shorter > 0 && chain != agreeing.end() ? static_cast<double>(ordered_chain(chain->second)) / shorter : 0.0;
    p->derived = common >= std::min(kMinSharedRuns, fewer) &&
                 (p->wording >= kCopyWording || (p->wording >= kRewriteWording && order >= kRewriteOrder));
    return true;
  };
  struct Near {
    SourcePair pair;
    int other;  // the source at the other end
  };
  const auto closer = [](const Near& x, const Near& y) {
    if (x.pair.derived != y.pair.derived) return x.pair.derived;
    if (x.pair.similarity != y.pair.similarity) return x.pair.similarity > y.pair.similarity;
    if (x.pair.wording != y.pair.wording) return x.pair.wording > y.pair.wording;
    return x.other < y.other;
  };
  std::vector<std::vector<Near>> nearest(ns);
  const auto offer = [&](size_t s, const Near& n) {
    std::vector<Near>& h = nearest[s];
    if (h.size() == kListedPairs && !closer(n, h.back())) return;
    if (h.size() < kListedPairs) h.push_back(n);
    size_t k = h.size() - 1;
    for (; k > 0 && closer(n, h[k - 1]); --k) h[k] = h[k - 1];
    h[k] = n;
  };
  UnionFind copies(ns);
  SourcePair p;
  for (size_t a = 0; a < ns; ++a)
    for (size_t b = a + 1; b < ns; ++b) {
      if (!r->sources[a].compared || !r->sources[b].compared || !measure(a, b, &p)) continue;
      if (p.derived) copies.unite(p.a, p.b);
      offer(a, {p, p.b});
      offer(b, {p, p.a});
    }
  // Listed in pair order: a pair either of its sources keeps, once (as its first source keeps it,
  // or else its second).
  std::vector<uint8_t> listing(shared.size(), false);
  for (size_t s = 0; s < ns; ++s)
    for (const Near& n : nearest[s]) listing[pair_at(s, static_cast<size_t>(n.other))] = true;
  const auto kept = [&](size_t s, size_t other) -> const SourcePair* {
    for (const Near& n : nearest[s])
      if (n.other == static_cast<int>(other)) return &n.pair;
    return nullptr;
  };
  r->pairs.clear();
  for (size_t a = 0; a < ns; ++a)
    for (size_t b = a + 1; b < ns; ++b)
      if (listing[pair_at(a, b)]) r->pairs.push_back(*(kept(a, b) ? kept(a, b) : kept(b, a)));
  // Origins and independent counts per group.
  for (Group& g : r->groups) {
    std::map<std::string, std::pair<std::string, int>> origins;  // key -> as written, first source citing it
    std::vector<std::pair<int, std::string>> cited;               // a source and a key its unit cites
    for (const UnitRef& u : g.units)
      for (const Attribution& at : data[u.source][u.unit].facts.attributions) {
        // "he said" names no origin: whoever "he" is, the source says so elsewhere, and two
        // sources' "he" need not be one person.
        if (at.key.empty() || facts_internal::is_pronoun(at.key)) continue;
        origins.emplace(at.key, std::make_pair(at.origin, u.source));
        cited.emplace_back(u.source, at.key);
      }
    std::vector<int> srcs;
    for (const UnitRef& u : g.units) srcs.push_back(u.source);
    sort_by(srcs.begin(), srcs.end());
    srcs.erase(std::unique(srcs.begin(), srcs.end()), srcs.end());
    // Sources join along derived pairs (through their copy root, which need not state the
    // claim) and through each origin they cite.
    UnionFind uf(ns);
    for (int s : srcs) uf.unite(s, copies.find(s));
    for (const auto& [s, k] : cited) uf.unite(s, origins[k].second);
    std::vector<int> roots;
    for (int s : srcs) roots.push_back(uf.find(s));
    sort_by(roots.begin(), roots.end());
    g.independent = static_cast<int>(std::unique(roots.begin(), roots.end()) - roots.begin());
    g.origins.clear();
    for (const auto& [key, written] : origins) g.origins.push_back(written.first);
  }
}

}  // namespace tri
