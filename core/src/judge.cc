// judge.cc — unit features, similarity, and the agree / conflict / related decision.
//
// A conflict needs a discrepancy in the same slot:
//   number   — two quantities counting the same noun (with the same "of ..." complement, when
//              both have one) whose intervals do not overlap;
//   date     — two times of the same event: their clauses share the predicate (at least two
//              content words besides names and the times themselves), and the fields both give
//              differ;
//   name     — the same role (title or the words before the name) held by different people, when
//              neither name appears in the other unit;
//   negation — near-identical statements where one negates the predicate the other asserts.
// Look-alike statements about different things (the same noun with a different complement,
// two people who only share a surname) are not linked as agreeing.
#include "judge.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "triangulate/stem.h"
#include "triangulate/text.h"

namespace tri {
namespace {

// x >= y as the judge decides it: both rounded to 1e-9 first. Sums of weights run in term-id
// order, and term ids follow the order the sources come in, so the same sum can differ in its last
// bit with the order; a decision at the boundary ("half the anchor's weight") must not.
bool at_least(double x, double y) { return std::llround(x * 1e9) >= std::llround(y * 1e9); }

bool clause_break(const Token& t) {
  if (t.type != TokenType::kPunct) return false;
  const std::string& n = t.norm;
  if (n == "," || n == ";" || n == ":" || n == "(" || n == ")" || n == "[" || n == "]") return true;
  if (n == "-" && t.space_before) return true;  // spaced dash; "-" inside words is a join
  return false;
}

double sum_weight(const std::vector<uint32_t>& v, const std::vector<double>& w) {
  double s = 0;
  for (uint32_t t : v) s += w[t];
  return s;
}

// Weight of terms in both sorted vectors, skipping `excluded` (sorted).
double overlap(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b,
               const std::vector<double>& w, const std::vector<uint32_t>& excluded = {}) {
  double s = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else {
      if (excluded.empty() || !std::binary_search(excluded.begin(), excluded.end(), a[i])) s += w[a[i]];
      ++i;
      ++j;
    }
  }
  return s;
}

std::vector<uint32_t> merged(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<uint32_t> out;
  out.reserve(a.size() + b.size());
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

std::string word_text(std::string_view text, const Token& t) {
  return std::string(text.substr(t.begin, t.end - t.begin));
}

// Index of the token starting at or after byte `pos`.
size_t token_at(const std::vector<Token>& toks, size_t pos) {
  size_t k = 0;
  while (k < toks.size() && toks[k].end <= pos) ++k;
  return k;
}

// Content terms of the "of ..." complement after byte `end` (up to 4, stopping at a clause break).
std::vector<uint32_t> complement(const UnitFeatures& f, const UnitData& u, size_t end) {
  std::vector<uint32_t> out;
  size_t k = token_at(u.tokens, end);
  if (k >= u.tokens.size() || u.tokens[k].norm != "of") return out;
  for (++k; k < u.tokens.size() && out.size() < 4; ++k) {
    const Token& t = u.tokens[k];
    if (clause_break(t)) break;
    if (t.norm == "and" || t.norm == "which" || t.norm == "who" || t.norm == "in") break;
    if (f.tok_term[k] != kNoTerm) out.push_back(f.tok_term[k]);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool is_approximator(const std::string& w) {
  return w == "almost" || w == "nearly" || w == "virtually" || w == "practically" || w == "next" ||
         w == "close" || w == "little" || w == "hardly" || w == "barely" || w == "scarcely";
}

bool disjoint(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else return false;
  }
  return true;
}

// The noun a quantity counts, as written (the last word of its phrase).
std::string noun_text(std::string_view text, const UnitData& u, const Quantity& q) {
  std::string noun;
  for (const Token& t : u.tokens)
    if (t.begin >= q.num_end && t.end <= q.end && t.type == TokenType::kWord) noun = word_text(text, t);
  return noun.empty() ? q.unit : noun;
}

// The term of the noun a quantity counts (its last word token), or kNoTerm.
uint32_t noun_term(const UnitFeatures& f, const UnitData& u, const Quantity& q) {
  uint32_t term = kNoTerm;
  for (size_t k = 0; k < u.tokens.size(); ++k)
    if (u.tokens[k].begin >= q.num_end && u.tokens[k].end <= q.end && f.tok_term[k] != kNoTerm &&
        u.tokens[k].type == TokenType::kWord)
      term = f.tok_term[k];
  return term;
}

// Terms of the clause around [begin, end) without names, numbers and the span itself.
std::vector<uint32_t> anchor(const UnitFeatures& f, const UnitData& u, size_t begin, size_t end) {
  std::vector<uint32_t> out;
  const size_t k0 = token_at(u.tokens, begin);
  if (k0 >= u.tokens.size()) return out;
  const int clause = f.tok_clause[k0];
  for (size_t k = 0; k < u.tokens.size(); ++k) {
    const Token& t = u.tokens[k];
    if (f.tok_clause[k] != clause || f.tok_term[k] == kNoTerm) continue;
    if (t.begin >= begin && t.end <= end) continue;
    if (f.tok_name[k] || t.type == TokenType::kNumber) continue;
    out.push_back(f.tok_term[k]);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// One name's parts all occur in the other ("Solvang" ~ "Ingrid Solvang"); parts are ids.
bool name_compatible(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  const auto& s = a.size() <= b.size() ? a : b;
  const auto& l = a.size() <= b.size() ? b : a;
  for (uint32_t p : s)
    if (std::find(l.begin(), l.end(), p) == l.end()) return false;
  return !s.empty();
}

bool share_part(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  for (uint32_t p : a)
    if (std::find(b.begin(), b.end(), p) != b.end()) return true;
  return false;
}

// A word that names a role: an agent noun ("master", "councillor", "spokesman", "chemist").
bool role_word(const std::string& w) {
  static constexpr std::string_view kNot[] = {"former", "latter", "other", "further", "outer",
                                              "inner", "upper", "lower", "later", "earlier",
                                              "rather", "together", "whether", "either", "current",
                                              "recent", "different", "present", "silent"};
  for (auto x : kNot)
    if (w == x) return false;
  static constexpr std::string_view kEndings[] = {"er", "or", "ist", "ian", "ant", "ent", "man",
                                                  "woman", "person", "chief", "head", "ary"};
  for (auto e : kEndings)
    if (w.size() > e.size() + 1 && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
  return false;
}

// The role a name holds: its title, or up to two lower-case content words right before it.
std::string role_of(const UnitData& u, const NameMention& n) {
  if (!n.title.empty()) return n.title;
  const size_t k = token_at(u.tokens, n.begin);
  std::string role;
  for (size_t back = 1; back <= 2 && back <= k; ++back) {
    const Token& t = u.tokens[k - back];
    if (t.type != TokenType::kWord || t.stop) break;
    if (t.cap && k - back != 0) break;  // another name, not a role
    if (back == 1 && !role_word(t.norm)) break;  // "authorities blame X": a verb, no role
    role = role.empty() ? t.norm : t.norm + " " + role;
  }
  return role;
}

std::string display_time(const TimeExpr& t, std::string_view text) {
  return t.display.empty() ? std::string(text.substr(t.begin, t.end - t.begin)) : t.display;
}

bool comparable(const TimeExpr& a, const TimeExpr& b) {
  return (a.weekday >= 0 && b.weekday >= 0) || (a.year >= 0 && b.year >= 0) ||
         (a.month >= 0 && b.month >= 0 && (a.year < 0 || b.year < 0 || a.year == b.year));
}

std::vector<Denial> denials(const UnitFeatures& f, const UnitData& u);  // below

}  // namespace

std::vector<std::vector<std::vector<std::vector<std::string>>>> resolve_aliases(
    const std::vector<SourceData>& data) {
  // Full names (two parts or more) and how often each is mentioned.
  std::map<std::vector<std::string>, int> full;
  for (const auto& sd : data)
    for (const auto& ud : sd)
      if (ud.linkable)
        for (const auto& n : ud.facts.names)
          if (n.parts.size() >= 2) ++full[n.parts];
  // Which full names hold each part. A mention is looked up through its rarest part, so the work
  // per mention is that part's list, not every full name; a part held by more than kMaxHolders
  // full names resolves nothing (no winner can stand out among so many).
  constexpr size_t kMaxHolders = 16;
  std::vector<std::map<std::vector<std::string>, int>::const_iterator> names;  // in the map's order
  NamePartIds part_index;                     // part -> its list in `holders`
  std::vector<std::vector<uint32_t>> holders;  // indexes into `names`
  for (auto it = full.cbegin(); it != full.cend(); ++it) {
    const uint32_t id = static_cast<uint32_t>(names.size());
    names.push_back(it);
    for (const auto& p : it->first) {
      const auto [at, fresh] = part_index.emplace(p, static_cast<uint32_t>(holders.size()));
      if (fresh) holders.emplace_back();
      auto& list = holders[at->second];
      if (list.size() <= kMaxHolders && (list.empty() || list.back() != id)) list.push_back(id);
    }
  }
  // Each mention: at most kMaxHolders candidates through its rarest part (no memo is needed).
  const std::vector<std::string> none;
  const auto resolve = [&](const std::vector<std::string>& parts) -> const std::vector<std::string>& {
    const std::vector<uint32_t>* rarest = nullptr;
    for (const auto& p : parts) {
      const auto it = part_index.find(p);
      if (it == part_index.end()) return none;  // no full name holds this part
      if (!rarest || holders[it->second].size() < rarest->size()) rarest = &holders[it->second];
    }
    if (!rarest || rarest->size() > kMaxHolders) return none;
    // Candidates in the map's order, as a scan of every full name would meet them.
    int best = 0, second = 0;
    const std::vector<std::string>* winner = nullptr;
    for (uint32_t id : *rarest) {
      const auto& [name, count] = *names[id];
      if (name.size() <= parts.size()) continue;
      bool all = true;
      for (const auto& p : parts) all = all && std::find(name.begin(), name.end(), p) != name.end();
      if (!all) continue;
      if (count > best) {
        second = best;
        best = count;
        winner = &name;
      } else {
        second = std::max(second, count);
      }
    }
    return winner && (second == 0 || best >= 2 * second) ? *winner : none;
  };
  std::vector<std::vector<std::vector<std::vector<std::string>>>> out(data.size());
  for (size_t s = 0; s < data.size(); ++s) {
    out[s].resize(data[s].size());
    for (size_t k = 0; k < data[s].size(); ++k) {
      const UnitData& ud = data[s][k];
      out[s][k].resize(ud.facts.names.size());
      if (!ud.linkable) continue;
      for (size_t m = 0; m < ud.facts.names.size(); ++m) {
        const auto& parts = ud.facts.names[m].parts;
        if (!parts.empty()) out[s][k][m] = resolve(parts);
      }
    }
  }
  return out;
}

NamePartIds name_part_ids(const std::vector<SourceData>& data) {
  std::vector<std::string> parts;
  for (const auto& sd : data)
    for (const auto& ud : sd)
      if (ud.linkable)
        for (const auto& n : ud.facts.names) parts.insert(parts.end(), n.parts.begin(), n.parts.end());
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  // Spelling variants ("Schoof" / "Schooff"): parts of 5 bytes or more with the same first byte
  // and one byte substituted, inserted or deleted. They are found through their one-byte
  // deletions, so the work is the parts' lengths, not pairs of parts: two parts of one length that
  // differ at byte i agree once byte i is deleted from both; a part one byte longer becomes the
  // shorter one when that byte is deleted. Deletions are compared by a polynomial hash (sorted
  // vectors, no string per deletion) and every match is confirmed byte by byte. Parts longer than
  // kMaxVariantBytes (no real name part) are matched exactly only.
  constexpr size_t kMaxVariantBytes = 64;
  constexpr uint64_t kBase = 1000003;
  std::vector<uint32_t> parent(parts.size());
  for (uint32_t i = 0; i < parent.size(); ++i) parent[i] = i;
  const auto find = [&](uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const auto join = [&](uint32_t x, uint32_t y) {
    x = find(x);
    y = find(y);
    if (x != y) parent[std::max(x, y)] = std::min(x, y);
  };
  const auto variant = [](const std::string& p) { return p.size() >= 5 && p.size() <= kMaxVariantBytes; };
  uint64_t power[kMaxVariantBytes + 1];
  power[0] = 1;
  for (size_t k = 1; k <= kMaxVariantBytes; ++k) power[k] = power[k - 1] * kBase;
  // hash of p without byte i (i == p.size(): the whole of p)
  uint64_t prefix[kMaxVariantBytes + 1];
  const auto fill_prefix = [&](const std::string& p) {
    prefix[0] = 0;
    for (size_t k = 0; k < p.size(); ++k) prefix[k + 1] = prefix[k] * kBase + static_cast<unsigned char>(p[k]);
  };
  const auto without = [&](const std::string& p, size_t i) {
    if (i >= p.size()) return prefix[p.size()];
    const uint64_t tail = prefix[p.size()] - prefix[i + 1] * power[p.size() - i - 1];
    return prefix[i] * power[p.size() - i - 1] + tail;
  };
  // same_without(x, y, i, j): parts[x] without byte i equals parts[y] without byte j
  const auto same_without = [&](uint32_t x, size_t i, uint32_t y, size_t j) {
    std::string_view a(parts[x]), b(parts[y]);
    const size_t la = i < a.size() ? a.size() - 1 : a.size(), lb = j < b.size() ? b.size() - 1 : b.size();
    if (la != lb) return false;
    for (size_t k = 0, ka = 0, kb = 0; k < la; ++k, ++ka, ++kb) {
      if (ka == i) ++ka;
      if (kb == j) ++kb;
      if (a[ka] != b[kb]) return false;
    }
    return true;
  };
  struct Key {
    uint64_t hash;
    uint32_t where;  // substitution: (length << 8) | i; whole part: length << 8
    uint32_t part;
  };
  const auto key_less = [](const Key& x, const Key& y) {
    return x.hash != y.hash ? x.hash < y.hash : x.where != y.where ? x.where < y.where : x.part < y.part;
  };
  std::vector<Key> subs, whole;
  for (uint32_t x = 0; x < parts.size(); ++x) {
    const std::string& p = parts[x];
    if (!variant(p)) continue;
    fill_prefix(p);
    const uint32_t len = static_cast<uint32_t>(p.size()) << 8;
    whole.push_back({without(p, p.size()), len, x});
    for (size_t i = 1; i < p.size(); ++i)  // byte 0 is the first letter: never substituted
      subs.push_back({without(p, i), len | static_cast<uint32_t>(i), x});
  }
  std::sort(subs.begin(), subs.end(), key_less);
  std::sort(whole.begin(), whole.end(), key_less);
  // Substitutions: parts with equal keys, confirmed against the first of their run.
  for (size_t k = 0; k < subs.size();) {
    size_t end = k + 1;
    while (end < subs.size() && subs[end].hash == subs[k].hash && subs[end].where == subs[k].where) ++end;
    const size_t i = subs[k].where & 0xFF;
    for (size_t m = k + 1; m < end; ++m)
      if (same_without(subs[k].part, i, subs[m].part, i)) join(subs[k].part, subs[m].part);
    k = end;
  }
  // Insertions: p without byte i is another part (the same first byte).
  for (uint32_t x = 0; x < parts.size(); ++x) {
    const std::string& p = parts[x];
    if (!variant(p) || p.size() < 6) continue;
    fill_prefix(p);
    const uint32_t len = static_cast<uint32_t>(p.size() - 1) << 8;
    for (size_t i = 0; i < p.size(); ++i) {
      const Key probe{without(p, i), len, 0};
      for (auto it = std::lower_bound(whole.begin(), whole.end(), probe, key_less);
           it != whole.end() && it->hash == probe.hash && it->where == len; ++it)
        if (parts[it->part][0] == p[0] && same_without(x, i, it->part, parts[it->part].size())) join(it->part, x);
    }
  }
  NamePartIds out;
  for (uint32_t i = 0; i < parts.size(); ++i) out.emplace(parts[i], find(i));
  return out;
}

UnitFeatures make_features(int source, int unit, const UnitData& ud,
                           const std::vector<std::vector<std::string>>& aliases, const NamePartIds& part_ids,
                           std::unordered_map<std::string, uint32_t>* vocab,
                           std::vector<uint32_t>* df) {
  UnitFeatures f;
  f.source = source;
  f.unit = unit;
  const auto& toks = ud.tokens;
  f.tok_term.assign(toks.size(), kNoTerm);
  f.tok_clause.assign(toks.size(), 0);
  f.tok_name.assign(toks.size(), false);
  int clause = 0;
  f.clauses.emplace_back();
  // Names: capitalised words that are not the first word (or are followed by another capital).
  for (size_t k = 0; k < toks.size(); ++k) {
    const Token& t = toks[k];
    if (t.type == TokenType::kWord && t.cap && !t.stop) {
      const bool first = k == 0 || (toks[k - 1].type == TokenType::kPunct && !clause_break(toks[k - 1]) &&
                                    toks[k - 1].norm != "\"" && toks[k - 1].norm != "'");
      const bool next_cap = k + 1 < toks.size() && toks[k + 1].cap && toks[k + 1].type == TokenType::kWord;
      f.tok_name[k] = !first || next_cap;
    }
  }
  // A list of three or more names ("Peru, Chile and Bolivia") is what the sentence
  // says, not who it is about: its words count as content.
  for (size_t k = 0; k < toks.size();) {
    if (!f.tok_name[k]) {
      ++k;
      continue;
    }
    size_t items = 0, end = k;
    size_t m = k;
    while (m < toks.size()) {
      if (!f.tok_name[m]) break;
      while (m < toks.size() && f.tok_name[m]) ++m;  // one item: a run of name words
      ++items;
      end = m;
      size_t sep = m;
      while (sep < toks.size() && (toks[sep].norm == "," || toks[sep].norm == "and" ||
                                   toks[sep].norm == "or" || toks[sep].norm == "."))
        ++sep;  // "." after an abbreviated name part ("Alta., Sask.")
      if (sep == m || sep >= toks.size() || !f.tok_name[sep]) break;
      m = sep;
    }
    if (items >= 3)
      for (size_t q = k; q < end; ++q) f.tok_name[q] = false;
    k = std::max(end, k + 1);
  }
  for (size_t k = 0; k < toks.size(); ++k) {
    const Token& t = toks[k];
    if (clause_break(t) && !f.clauses.back().empty()) {
      ++clause;
      f.clauses.emplace_back();
    }
    f.tok_clause[k] = clause;
    if (t.type == TokenType::kWord && t.stop) {
      auto [it, fresh] = vocab->emplace("~" + t.norm, static_cast<uint32_t>(vocab->size()));
      if (fresh) df->push_back(0);
      f.stop_terms.push_back(it->second);
      continue;
    }
    if (t.type == TokenType::kPunct || t.stop) continue;
    if (t.type == TokenType::kWord && t.norm.size() < 2 && !t.cap) continue;
    const std::string key = term_key(t);
    if (key.empty()) continue;
    auto [it, fresh] = vocab->emplace(key, static_cast<uint32_t>(vocab->size()));
    if (fresh) df->push_back(0);
    f.tok_term[k] = it->second;
    f.terms.push_back(it->second);
    // Who said it is not what was said: attribution words stay out of the clause windows.
    bool attribution = false;
    for (const Attribution& at : ud.facts.attributions)
      attribution = attribution || (t.begin >= at.begin && t.end <= at.end);
    if (!attribution) f.clauses.back().push_back(it->second);
  }
  // The parts a short mention leaves out of the full name it stands for count as its terms, in
  // the mention's clause.
  for (size_t m = 0; m < aliases.size() && m < ud.facts.names.size(); ++m) {
    const NameMention& n = ud.facts.names[m];
    const size_t at = token_at(toks, n.begin);
    const int c = at < toks.size() ? f.tok_clause[at] : 0;
    for (const std::string& part : aliases[m]) {
      if (std::find(n.parts.begin(), n.parts.end(), part) != n.parts.end()) continue;
      // Term keys as tokenize() would give them: hyphenated parts split.
      std::string piece;
      for (size_t i = 0; i <= part.size(); ++i) {
        if (i < part.size() && part[i] != '-' && part[i] != '\'') {
          piece += part[i];
          continue;
        }
        if (piece.size() >= 2 || (!piece.empty() && !is_stop_word(piece))) {
          Token t;
          t.type = TokenType::kWord;
          t.norm = piece;
          t.stem = stem_english(piece);
          auto [it, fresh] = vocab->emplace(term_key(t), static_cast<uint32_t>(vocab->size()));
          if (fresh) df->push_back(0);
          f.terms.push_back(it->second);
          if (c < static_cast<int>(f.clauses.size())) f.clauses[c].push_back(it->second);
          f.name_terms.push_back(it->second);
        }
        piece.clear();
      }
    }
  }
  // Names: their parts as cluster-wide ids, each part's term here, and the role held.
  for (const NameMention& n : ud.facts.names) {
    std::vector<uint32_t> ids, terms;
    for (const std::string& p : n.parts) {
      const auto it = part_ids.find(p);
      ids.push_back(it == part_ids.end() ? kNoTerm : it->second);
      uint32_t term = kNoTerm;
      for (size_t k = 0; k < toks.size() && term == kNoTerm; ++k)
        if (toks[k].begin >= n.begin && toks[k].end <= n.end && toks[k].norm == p) term = f.tok_term[k];
      terms.push_back(term);
    }
    f.name_parts.push_back(std::move(ids));
    f.name_part_terms.push_back(std::move(terms));
    f.roles.push_back(role_of(ud, n));
  }
  if (f.clauses.back().empty() && f.clauses.size() > 1) f.clauses.pop_back();
  f.denials = denials(f, ud);
  std::sort(f.terms.begin(), f.terms.end());
  f.terms.erase(std::unique(f.terms.begin(), f.terms.end()), f.terms.end());
  for (auto& c : f.clauses) {
    std::sort(c.begin(), c.end());
    c.erase(std::unique(c.begin(), c.end()), c.end());
  }
  std::sort(f.stop_terms.begin(), f.stop_terms.end());
  f.stop_terms.erase(std::unique(f.stop_terms.begin(), f.stop_terms.end()), f.stop_terms.end());
  for (uint32_t t : f.terms) ++(*df)[t];
  for (uint32_t t : f.stop_terms) ++(*df)[t];
  std::vector<uint32_t> plain;  // alias parts are already in name_terms
  for (size_t k = 0; k < toks.size(); ++k)
    if (f.tok_term[k] != kNoTerm) (f.tok_name[k] ? f.name_terms : plain).push_back(f.tok_term[k]);
  std::sort(f.name_terms.begin(), f.name_terms.end());
  std::sort(plain.begin(), plain.end());
  std::vector<uint32_t> only_names;
  std::set_difference(f.name_terms.begin(), f.name_terms.end(), plain.begin(), plain.end(),
                      std::back_inserter(only_names));
  only_names.erase(std::unique(only_names.begin(), only_names.end()), only_names.end());
  f.name_terms = std::move(only_names);
  return f;
}

void finish_features(UnitFeatures* f, const std::vector<double>& weight) {
  f->total = sum_weight(f->terms, weight);
  f->stop_total = kStopWeight * sum_weight(f->stop_terms, weight);
  f->clause_total.clear();
  for (const auto& c : f->clauses) f->clause_total.push_back(sum_weight(c, weight));
  f->windows.clear();
  f->window_total.clear();
  if (f->clauses.size() >= 2) {
    for (size_t i = 0; i < f->clauses.size(); ++i) {
      if (f->clauses[i].size() >= 3) f->windows.push_back(f->clauses[i]);
      if (i + 1 < f->clauses.size()) {
        auto m = merged(f->clauses[i], f->clauses[i + 1]);
        if (m.size() >= 3 && m.size() < f->terms.size()) f->windows.push_back(std::move(m));
      }
    }
  }
  if (f->windows.empty()) f->windows.push_back(f->terms);
  for (const auto& win : f->windows) f->window_total.push_back(sum_weight(win, weight));
}

namespace {

// Weighted Dice of the two units, or of their best clause windows (one or two adjacent clauses
// with at least three terms) when a sentence carries several claims.
// Weight of the terms of `a` and `b` that do not match exactly but are synonyms (share a group),
// each term used once, counted at kSynonym of the lighter weight.
double synonym_overlap(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b,
                       const std::vector<double>& w, const SynonymGroups* groups) {
  if (!groups) return 0.0;
  // Only terms with synonyms take part; most have none, so the lists stay short.
  thread_local std::vector<uint32_t> ua, ub;
  ua.clear();
  ub.clear();
  for (uint32_t t : a)
    if (!(*groups)[t].empty() && !std::binary_search(b.begin(), b.end(), t)) ua.push_back(t);
  if (ua.empty()) return 0.0;
  for (uint32_t t : b)
    if (!(*groups)[t].empty() && !std::binary_search(a.begin(), a.end(), t)) ub.push_back(t);
  if (ub.empty()) return 0.0;
  double s = 0;
  thread_local std::vector<bool> used;
  used.assign(ub.size(), false);
  for (uint32_t t : ua) {
    const auto& gt = (*groups)[t];
    if (gt.empty()) continue;
    for (size_t k = 0; k < ub.size(); ++k) {
      if (used[k]) continue;
      const auto& gu = (*groups)[ub[k]];
      if (gu.empty() || disjoint(gt, gu)) continue;
      s += kSynonym * std::min(w[t], w[ub[k]]);
      used[k] = true;
      break;
    }
  }
  return s;
}

double similarity(const UnitFeatures& a, const UnitFeatures& b, const std::vector<double>& w,
                  const std::vector<uint32_t>& excluded, const SynonymGroups* groups) {
  const double ov = overlap(a.terms, b.terms, w, excluded) + synonym_overlap(a.terms, b.terms, w, groups) +
                    kStopWeight * overlap(a.stop_terms, b.stop_terms, w);
  const double all = a.total + b.total + a.stop_total + b.stop_total;
  double best = all > 0 ? 2 * ov / all : 0.0;
  if (best < 0.1 || (a.clauses.size() < 2 && b.clauses.size() < 2)) return best;
  for (size_t x = 0; x < a.windows.size(); ++x) {
    const double tx = a.window_total[x];
    for (size_t y = 0; y < b.windows.size(); ++y) {
      const double ty = b.window_total[y];
      if (tx + ty <= 0) continue;
      // The overlap can be at most the lighter window: skip pairs that cannot win.
      if (kClauseDiscount * 2 * std::min(tx, ty) / (tx + ty) <= best) continue;
      const double d = kClauseDiscount * 2 * overlap(a.windows[x], b.windows[y], w, excluded) / (tx + ty);
      best = std::max(best, d);
    }
  }
  return best;
}

// The similarity once the names of both units are set aside.
double content_similarity(const UnitFeatures& a, const UnitFeatures& b, const std::vector<double>& w,
                          const std::vector<uint32_t>& excluded, const SynonymGroups* groups) {
  std::vector<uint32_t> names = merged(a.name_terms, b.name_terms);
  names = merged(names, excluded);
  auto strip = [&](const UnitFeatures& f) {
    UnitFeatures g;
    g.source = f.source;
    g.unit = f.unit;
    std::set_difference(f.terms.begin(), f.terms.end(), names.begin(), names.end(), std::back_inserter(g.terms));
    for (const auto& c : f.clauses) {
      std::vector<uint32_t> x;
      std::set_difference(c.begin(), c.end(), names.begin(), names.end(), std::back_inserter(x));
      if (!x.empty()) g.clauses.push_back(std::move(x));
    }
    finish_features(&g, w);
    return g;
  };
  const UnitFeatures ca = strip(a), cb = strip(b);
  // A statement that is almost all names (who holds which post, a list of places) has no
  // content of its own to disagree with: it passes.
  if (!at_least(ca.total, kContentShare * a.total) || !at_least(cb.total, kContentShare * b.total)) return 1.0;
  return similarity(ca, cb, w, {}, groups);
}

// What a unit denies: each negator (explicit, "unless", or a verb of not doing: "failed to",
// "refused to", "declined to") with the first content word after it. Not denials: "almost no"
// (an amount), "do-not-call" (a compound), "nor" after "neither" (one denial), a negator before
// a name ("no Freedonian leader": who, not what).
std::vector<Denial> denials(const UnitFeatures& f, const UnitData& u) {
  std::vector<Denial> out;
  const auto& t = u.tokens;
  const auto add = [&](size_t from, size_t begin) {
    size_t k = from;
    for (size_t step = 0; k < t.size() && step < 4; ++k, ++step)
      if (f.tok_term[k] != kNoTerm) break;
    if (k >= t.size() || f.tok_term[k] == kNoTerm) return;
    if (f.tok_name[k] || t[k].cap || t[k].type == TokenType::kNumber) return;
    out.push_back({begin, k, f.tok_term[k]});
  };
  bool neither = false;
  for (const auto& [nbeg, nend] : u.facts.negations) {
    const size_t at = token_at(t, nbeg);
    if (at >= t.size()) continue;
    if (at > 0 && is_approximator(t[at - 1].norm)) continue;
    if (t[at].joined || (at > 0 && t[at - 1].norm == "-" && !t[at].space_before)) continue;
    if (t[at].norm == "neither") neither = true;
    if (t[at].norm == "nor" && neither) continue;
    add(token_at(t, nend), nbeg);
  }
  for (size_t k = 0; k + 1 < t.size(); ++k) {
    const std::string& st = t[k].stem;
    if (t[k].norm == "unless") {
      add(k + 1, t[k].begin);
      continue;
    }
    if (st != "fail" && st != "failur" && st != "refus" && st != "declin" && st != "neglect") continue;
    // "failed to X", "declined, through a spokesman, to X" (the "to" within a short aside),
    // and "declined comment".
    size_t to = k + 1;
    while (to < t.size() && to < k + 7 && t[to].norm != "to" && t[to].norm != "." && t[to].norm != ";") ++to;
    if (to < t.size() && t[to].norm == "to") add(to + 1, t[k].begin);
    else if ((st == "declin" || st == "refus") && t[k + 1].type == TokenType::kWord && !t[k + 1].stop)
      add(k + 1, t[k].begin);
  }
  return out;
}

}  // namespace

Judgement judge(const UnitFeatures& fa, const UnitFeatures& fb, const UnitData& a,
                const UnitData& b, std::string_view ta, std::string_view tb,
                const std::vector<double>& w, const std::vector<uint32_t>& df, uint32_t rare_df,
                const SynonymGroups* groups) {
  Judgement j;
  bool distinct = false;

  // Two people who only share a surname ("Aoife Brennan", "Declan Brennan"): when a name of one
  // unit has no compatible mention in the other, the parts it shares with other names there do
  // not count as overlap.
  std::vector<uint32_t> excluded;
  const auto exclude_shared = [&](const UnitFeatures& fx, const UnitFeatures& fy) {
    for (size_t m = 0; m < fx.name_parts.size(); ++m) {
      const auto& nx = fx.name_parts[m];
      bool mentioned = false;
      for (const auto& ny : fy.name_parts) mentioned = mentioned || name_compatible(nx, ny);
      if (mentioned) continue;
      for (const auto& ny : fy.name_parts) {
        if (!share_part(nx, ny)) continue;
        for (size_t i = 0; i < nx.size(); ++i)
          if (std::find(ny.begin(), ny.end(), nx[i]) != ny.end() && fx.name_part_terms[m][i] != kNoTerm)
            excluded.push_back(fx.name_part_terms[m][i]);
      }
    }
  };
  exclude_shared(fa, fb);
  exclude_shared(fb, fa);
  std::sort(excluded.begin(), excluded.end());
  excluded.erase(std::unique(excluded.begin(), excluded.end()), excluded.end());
  j.score = std::min(1.0, similarity(fa, fb, w, excluded, groups));  // repeated terms can push the Dice past 1
  if (!at_least(j.score, kConflictRare)) return j;
  const bool topical = at_least(j.score, kConflict);
  bool rare_noun_conflict = false;

  // Numbers. A value with a compatible counterpart in the other unit is matched ("under $10 ...
  // over $100" against "less than $10 ... more than $100"); only unmatched values can conflict.
  const auto same_measure = [](const Quantity& x, const Quantity& y) {
    return x.kind == y.kind && x.unit == y.unit;
  };
  const auto has_match = [&](const Quantity& q, const std::vector<Quantity>& others) {
    for (const Quantity& o : others)
      if (same_measure(q, o) && compatible(q, o)) return true;
    return false;
  };
  for (const Quantity& qa : a.facts.quantities) {
    if (qa.unit.empty() || qa.kind == QuantityKind::kOther) continue;
    if (has_match(qa, b.facts.quantities)) continue;
    for (const Quantity& qb : b.facts.quantities) {
      if (!same_measure(qa, qb) || has_match(qb, a.facts.quantities)) continue;
      const auto ca = complement(fa, a, qa.end), cb = complement(fb, b, qb.end);
      const bool same_slot = ca.empty() || cb.empty() || !disjoint(ca, cb);
      if (compatible(qa, qb)) continue;
      if (!same_slot) {
        distinct = true;
        continue;
      }
      // "Which one" (an 80th anniversary, the third attempt) depends on whose it is: two
      // ordinals conflict only in sentences about the same thing.
      if (qa.kind == QuantityKind::kOrdinal && !at_least(j.score, kAgree)) {
        distinct = true;
        continue;
      }
      // Below the topical bar, only a noun that few units of the cluster count makes the slot.
      if (!topical) {
        if (qa.kind != QuantityKind::kCount) continue;  // hours, money, percent: too generic
        const uint32_t ta_term = noun_term(fa, a, qa), tb_term = noun_term(fb, b, qb);
        if (ta_term == kNoTerm || ta_term != tb_term || df[ta_term] > rare_df) continue;
        rare_noun_conflict = true;
      }
      Discrepancy d;
      d.type = "number";
      d.a = {qa.begin, qa.end};
      d.b = {qb.begin, qb.end};
      d.reason = noun_text(ta, a, qa) + ": " + qa.display + " vs " + qb.display;
      j.discrepancies.push_back(std::move(d));
    }
  }

  // Times of the same event.
  const auto time_match = [](const TimeExpr& x, const std::vector<TimeExpr>& others) {
    for (const TimeExpr& o : others)
      if (comparable(x, o) && compatible(x, o)) return true;
    return false;
  };
  for (const TimeExpr& xa : topical ? a.facts.times : std::vector<TimeExpr>{}) {
    if (time_match(xa, b.facts.times)) continue;
    for (const TimeExpr& xb : b.facts.times) {
      if (!comparable(xa, xb) || compatible(xa, xb) || time_match(xb, a.facts.times)) continue;
      const auto aa = anchor(fa, a, xa.begin, xa.end), ab = anchor(fb, b, xb.begin, xb.end);
      size_t shared = 0;
      for (uint32_t t : aa) shared += std::binary_search(ab.begin(), ab.end(), t);
      const double ov = overlap(aa, ab, w);
      const double lo = std::min(sum_weight(aa, w), sum_weight(ab, w));
      if (shared >= 2 && lo > 0 && at_least(ov, 0.5 * lo)) {
        Discrepancy d;
        d.type = "date";
        d.a = {xa.begin, xa.end};
        d.b = {xb.begin, xb.end};
        d.reason = "date: " + display_time(xa, ta) + " vs " + display_time(xb, tb);
        j.discrepancies.push_back(std::move(d));
      }
    }
  }

  // The same role held by different people.
  for (size_t ma = 0; topical && ma < fa.name_parts.size(); ++ma) {
    const std::string& ra = fa.roles[ma];
    if (ra.empty()) continue;
    const auto& na = fa.name_parts[ma];
    bool a_in_b = false;
    for (const auto& nb : fb.name_parts) a_in_b = a_in_b || share_part(na, nb);
    if (a_in_b) continue;
    for (size_t mb = 0; mb < fb.name_parts.size(); ++mb) {
      if (fb.roles[mb] != ra) continue;
      bool b_in_a = false;
      for (const auto& x : fa.name_parts) b_in_a = b_in_a || share_part(fb.name_parts[mb], x);
      if (b_in_a) continue;
      const NameMention& xa = a.facts.names[ma];
      const NameMention& xb = b.facts.names[mb];
      Discrepancy d;
      d.type = "name";
      d.a = {xa.begin, xa.end};
      d.b = {xb.begin, xb.end};
      d.reason = ra + ": " + xa.display + " vs " + xb.display;
      j.discrepancies.push_back(std::move(d));
    }
  }

  // Negation of the same predicate: a predicate one unit denies and the other states.
  if (at_least(j.score, kNegation)) {
    const auto& da = fa.denials;
    const auto& db = fb.denials;
    const auto deny = [&](const std::vector<Denial>& dx, const std::vector<Denial>& dy, const UnitData& nu,
                          const UnitFeatures& nf, const UnitData& pu, const UnitFeatures& pf, bool x_is_a) {
      for (const Denial& d : dx) {
        bool also_denied = false;
        for (const Denial& e : dy) also_denied = also_denied || e.pred == d.pred;
        if (also_denied) continue;
        size_t m = 0;
        while (m < pu.tokens.size() && pf.tok_term[m] != d.pred) ++m;
        if (m >= pu.tokens.size()) continue;
        // What is denied (the clause after the negator) must be stated by the other unit,
        // mostly: "no shares of X" in an aside does not deny "receive shares".
        const int clause = nf.tok_clause[d.pred_tok];
        std::vector<uint32_t> negated;
        for (size_t q = d.pred_tok; q < nu.tokens.size(); ++q)
          if (nf.tok_clause[q] == clause && nf.tok_term[q] != kNoTerm) negated.push_back(nf.tok_term[q]);
        std::sort(negated.begin(), negated.end());
        negated.erase(std::unique(negated.begin(), negated.end()), negated.end());
        const double nw = sum_weight(negated, w);
        if (nw <= 0 || !at_least(overlap(negated, pf.terms, w), kNegatedClauseCover * nw)) continue;
        const Span neg{d.begin, nu.tokens[d.pred_tok].end};
        const Span pos{pu.tokens[m].begin, pu.tokens[m].end};
        const std::string_view nt = x_is_a ? ta : tb, pt = x_is_a ? tb : ta;
        const std::string ns(nt.substr(neg.begin, neg.end - neg.begin));
        const std::string ps(pt.substr(pos.begin, pos.end - pos.begin));
        Discrepancy dis;
        dis.type = "negation";
        dis.a = x_is_a ? neg : pos;
        dis.b = x_is_a ? pos : neg;
        const std::string qa = x_is_a ? ns : ps, qb = x_is_a ? ps : ns;
        dis.reason = "negation: \xE2\x80\x9C" + qa + "\xE2\x80\x9D vs \xE2\x80\x9C" + qb + "\xE2\x80\x9D";
        j.discrepancies.push_back(std::move(dis));
        return true;
      }
      return false;
    };
    // Only a unit that denies nothing can be contradicted by a denial: when both deny something
    // ("no details" / "declined to give details"), their polarity agrees.
    if (db.empty()) deny(da, db, a, fa, b, fb, true);
    else if (da.empty()) deny(db, da, b, fb, a, fa, false);
  }

  // Like agreement, a conflict is about what is said, not only who and where: the units must
  // share content once names are set aside. A rare counted noun is itself that content.
  double content = -1;  // computed once, when needed
  const auto content_score = [&] {
    if (content < 0) content = content_similarity(fa, fb, w, excluded, groups);
    return content;
  };
  if (!j.discrepancies.empty() && !rare_noun_conflict && !at_least(content_score(), kConflictContent))
    j.discrepancies.clear();
  if (!j.discrepancies.empty()) {
    j.relation = Relation::kConflict;
  } else if (!distinct && at_least(j.score, kAgree) && at_least(content_score(), kContent)) {
    j.relation = Relation::kAgree;
  }
  return j;
}

}  // namespace tri
