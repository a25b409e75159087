// link.cc — the link stage (see link.h).
#include "link.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "conflicts.h"
#include "conflicts/kinds.h"
#include "copies.h"
#include "name_kinds.h"
#include "sorting.h"
#include "string_ids.h"
#include "words.h"

namespace tri {

namespace {

bool same_words(const SimUnit& a, const SimUnit& b) {
  const auto& ta = a.data->tokens;
  const auto& tb = b.data->tokens;
  if (ta.size() != tb.size()) return false;
  for (size_t k = 0; k < ta.size(); ++k)
    if (ta[k].norm != tb[k].norm) return false;
  return true;
}

// A unit whose first word points back to the sentence before ("That visit also saw her travel by
// ferry", "This comes as ..."): it names what it is about only by that reference.
bool points_back(const SimUnit& u) {
  for (const Token& t : u.data->tokens) {
    if (t.type == TokenType::kPunct) continue;
    return word_set(WordList::link_points_back).has(t.norm);  // this, that, these, those
  }
  return false;
}

// A line of nothing but a name or two ("Ellen DeGeneres.", "Police Const.", a caption, a
// sign-off: at most four words, all of names) states no claim to agree on. A headline, or any
// line in title case or capitals, capitalises every word: its capitals tell no names.
bool names_only(const SimUnit& u) {
  if (u.headline || conflicts_internal::title_case(u)) return false;
  int n = 0;
  for (const WordToken& w : u.words)
    if ((w.flags & kContent) && (++n > 4 || !(w.flags & kName))) return false;
  return true;
}

// Links by their pair of units: a sorted vector (24 bytes a link, not a tree node) for the agree
// and conflict links scored, and a map for the few that joining sides and count disputes add.
class PairIndex {
 public:
  using Key = std::pair<UnitRef, UnitRef>;
  static constexpr size_t kNone = static_cast<size_t>(-1);

  // entries[i] = (key, i); for a key given twice the later index counts.
  explicit PairIndex(std::vector<std::pair<Key, size_t>> entries) : sorted_(std::move(entries)) {
    sort_by(sorted_.begin(), sorted_.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    size_t n = 0;
    for (size_t k = 0; k < sorted_.size(); ++k) {
      if (n > 0 && sorted_[n - 1].first == sorted_[k].first) --n;  // a later one replaces it
      sorted_[n++] = sorted_[k];
    }
    sorted_.resize(n);
    sorted_.shrink_to_fit();
  }
  size_t find(const Key& k) const {
    const auto it = std::lower_bound(sorted_.begin(), sorted_.end(), k,
                                     [](const auto& e, const Key& key) { return e.first < key; });
    if (it != sorted_.end() && it->first == k) return it->second;
    const auto a = added_.find(k);
    return a == added_.end() ? kNone : a->second;
  }
  void add(const Key& k, size_t i) { added_[k] = i; }

 private:
  std::vector<std::pair<Key, size_t>> sorted_;
  std::map<Key, size_t> added_;
};

// The related pair of units x and y (x before y), or nullptr when there is none or it has become a
// link. `related` is in candidate order: by unit index, which is the order of (source, unit).
RelatedPair* find_related(const LinkInput& in, Scored* scored, const UnitRef& x, const UnitRef& y) {
  std::vector<RelatedPair>* related = &scored->related;
  const auto ref = [&](uint32_t u) { return UnitRef{in.units[u].source, in.units[u].unit}; };
  const auto key = std::make_pair(x, y);
  const auto it = std::lower_bound(related->begin(), related->end(), key, [&](const RelatedPair& p, const auto& k) {
    return std::make_pair(ref(p.a), ref(p.b)) < k;
  });
  if (it == related->end() || !(ref(it->a) == x) || !(ref(it->b) == y)) return nullptr;
  if (scored->taken[static_cast<size_t>(it - related->begin())]) return nullptr;
  return &*it;
}

// The index in in.units of unit u (units are in the order of (source, unit)).
uint32_t unit_index(const LinkInput& in, const UnitRef& u) {
  return static_cast<uint32_t>(std::lower_bound(in.units.begin(), in.units.end(), u,
                                                [](const SimUnit& x, const UnitRef& r) { return UnitRef{x.source, x.unit} < r; }) -
                               in.units.begin());
}

// "people: 14 vs 11" read from the other side: "people: 11 vs 14" (reasons are "what: X vs Y").
std::string flip_reason(const std::string& reason) {
  const ReasonParts p = reason_parts(reason);
  return p.values ? p.head + p.b + " vs " + p.a : reason;
}

// A conflict is between counterparts: two units that say the same thing but for the value in
// dispute. When each of the two units is closer to another unit of the other's source (agrees
// with it at least as well, or conflicts with it more strongly), each already has its counterpart
// there, and the conflict sets two different claims against each other ("a 59-year-old woman was
// killed" / "officers caught a 23-year-old"; the tenth copy of a paragraph against the eleventh):
// it becomes a plain relation. A headline shortens: when the closer one of each of two sentences
// is a headline, the two sentences stay each other's counterparts and keep their conflict
// ("Twelve hurt as tram derails" is the closer counterpart of "Fifteen people were hurt after a
// tram derailed ... on Tuesday evening" in the count, and says nothing of the date that it
// disputes with "Twelve people were injured when a tram left the rails ... on Monday evening";
// and "Commuters hurt as train derails", a headline that agrees with a sentence, gives no count:
// the sentence stands on its side of the count's dispute only through its own conflict). Between
// sentences whose closer ones are sentences, nothing is kept: those are their counterparts
// ("hosting the Oscars for the second time" is not the counterpart of "so nice as an Oscars host
// the first time" once each has its own).
void drop_conflicts_between_non_counterparts(std::vector<Link>* links, const std::vector<double>& strength,
                                             const Result& r) {
  // Per (source, unit, other source): the closest agreement, and the strongest conflict with its
  // partner unit (of equally strong conflicts, the one with the first partner: with many copies of
  // one sentence, a unit's counterpart is one of them, not all) and its link.
  struct Closest {
    double agree = -1, conflict = -1;
    int partner = 0;
    size_t link = 0, agree_link = 0;
  };
  std::map<std::tuple<int, int, int>, Closest> best;
  const auto beats = [](double s, int p, double s2, int p2) { return s > s2 || (s == s2 && p < p2); };
  const auto note = [&](const UnitRef& u, const UnitRef& v, size_t i, double close) {
    Closest& b = best[{u.source, u.unit, v.source}];
    if ((*links)[i].relation == Relation::kAgree) {
      if (close > b.agree) b.agree = close, b.agree_link = i;
    } else if (b.conflict < 0 || beats(close, v.unit, b.conflict, b.partner)) {
      b.conflict = close;
      b.partner = v.unit;
      b.link = i;
    }
  };
  for (size_t i = 0; i < links->size(); ++i) {
    const Link& l = (*links)[i];
    if (l.relation == Relation::kRelated) continue;
    const double close = l.relation == Relation::kAgree ? l.score : strength[i];
    note(l.a, l.b, i, close);
    note(l.b, l.a, i, close);
  }
  // Whether another unit of v's source is closer to u: 0 no, 1 by agreement, 2 by a conflict
  // (its link in *via either way).
  const auto closer = [&](const UnitRef& u, const UnitRef& v, double s, size_t* via) {
    const auto it = best.find({u.source, u.unit, v.source});
    if (it == best.end()) return 0;
    const Closest& b = it->second;
    if (b.agree >= s) {
      *via = b.agree_link;
      return 1;
    }
    if (b.conflict >= 0 && b.partner != v.unit && beats(b.conflict, b.partner, s, v.unit)) {
      *via = b.link;
      return 2;
    }
    return 0;
  };
  const auto headline = [&](const UnitRef& u) { return r.sources[u.source].units[u.unit].kind == UnitKind::kHeadline; };
  // The unit that link `via` joins to u.
  const auto partner = [&](size_t via, const UnitRef& u) { return (*links)[via].a == u ? (*links)[via].b : (*links)[via].a; };
  for (size_t i = 0; i < links->size(); ++i) {
    Link& l = (*links)[i];
    if (l.relation != Relation::kConflict) continue;
    size_t via_a = 0, via_b = 0;
    const int ca = closer(l.a, l.b, strength[i], &via_a), cb = closer(l.b, l.a, strength[i], &via_b);
    if (ca == 0 || cb == 0) continue;
    const bool shortened = !headline(l.a) && !headline(l.b) &&
                           headline(partner(via_a, l.a)) && headline(partner(via_b, l.b));
    if (shortened) continue;
    l.discrepancies.clear();
    l.relation = Relation::kRelated;
  }
}

// The text a piece of a unit covers (a clause window, or the whole unit): from its first to its
// last word that is not masked, in bytes of the source text.
Span piece_span(const SimUnit& piece) {
  const auto& t = piece.data->tokens;
  Span out;
  bool any = false;
  for (size_t k = 0; k < t.size(); ++k) {
    if (piece.words[k].term == kNoTerm || t[k].type == TokenType::kPunct) continue;
    if (!any) out.begin = t[k].begin, any = true;
    out.end = t[k].end;
  }
  return out;
}

// A change told two ways ("shares rose 4%" / "shares fell 2%"): number difference n follows an
// opposite's words in both units, directly or after "by". The opposite and the sizes are one
// difference, judged together (either alone, the other left in place, leaves two sentences that
// differ).
bool sizes_change(const Difference& n, const std::vector<Difference>& diff, std::string_view ta, std::string_view tb) {
  const auto after = [](std::string_view t, Span word, Span size) {
    const size_t gap = size.begin - word.end;
    return size.begin > word.end && (gap == 1 || (gap == 4 && t.substr(word.end, 4) == " by "));
  };
  if (n.discrepancy.type != "number") return false;
  for (const Difference& o : diff)
    if (o.discrepancy.type == "negation" && after(ta, o.discrepancy.a, n.discrepancy.a) &&
        after(tb, o.discrepancy.b, n.discrepancy.b))
      return true;
  return false;
}

// Whether a content word of a is aligned (by al) as itself, a synonym or a derived form.
bool shares_a_word(const SimUnit& a, const WordAlignment& al) {
  for (size_t i = 0; i < a.words.size(); ++i)
    if ((a.words[i].flags & kContent) && al.a_to_b[i] >= 0 && match_weight(al.a_match[i]) >= match_weight(WordMatch::kDerivation))
      return true;
  return false;
}

// A score of units a and b (aligned by al) held to kUnsharedScore when they share no word
// (shares_a_word()).
double bounded(double score, const SimUnit& a, const WordAlignment& al) {
  return shares_a_word(a, al) ? score : std::min(score, kUnsharedScore);
}

// The score of a related pair that was not scored (kUnscored): a pair that shares no word.
constexpr double kUnscored = -1.0;

// Candidate pair x, y (unit indices) in the orientation it is scored in, whatever the order of
// the sources: by source id, then by position (word alignment is greedy, so the two orientations
// can differ slightly).
std::pair<uint32_t, uint32_t> oriented(const LinkInput& in, const Result& r, uint32_t x, uint32_t y) {
  const SimUnit& first = in.units[x];
  const SimUnit& second = in.units[y];
  const std::string& id_first = r.sources[first.source].id;
  const std::string& id_second = r.sources[second.source].id;
  const bool swapped = id_second < id_first || (id_second == id_first && second.unit < first.unit);
  return swapped ? std::make_pair(y, x) : std::make_pair(x, y);
}

// The score of units x and y (indices into in.units) as score_run() gives it, for a pair that a
// dispute of values links: a related pair left unscored there, or a pair the candidate finder did
// not propose (its overlap: 0).
double pair_score(const LinkInput& in, const Result& r, const Resources& res, uint32_t x, uint32_t y) {
  if (y < x) std::swap(x, y);
  const auto c = std::lower_bound(in.candidates.begin(), in.candidates.end(), std::make_pair(x, y),
                                  [](const Candidate& p, const std::pair<uint32_t, uint32_t>& k) {
                                    return std::make_pair(p.a, p.b) < k;
                                  });
  const double overlap = c != in.candidates.end() && c->a == x && c->b == y ? c->overlap : 0.0;
  const auto [ia, ib] = oriented(in, r, x, y);
  const SimUnit& a = in.units[ia];
  const SimUnit& b = in.units[ib];
  std::vector<double> f;
  WordAlignment al;
  pair_features(a, b, PairContext{overlap}, in.cluster_weight, res.lexicon, &f, &al);
  return bounded(same_words(a, b) ? 1.0 : res.model.probability(f), a, al);
}

// The score of related pair p, made now if score_run() left it unscored.
double score_of(const LinkInput& in, const Result& r, const Resources& res, RelatedPair* p) {
  if (p->score == kUnscored) p->score = pair_score(in, r, res, p->a, p->b);
  return p->score;
}

// Word-for-word copies: syndicated copies of one story ask for the same pair of sentences again and
// again (40 copies of a wire story give 780 pairs of any two of its sentences, each pair the same
// two texts). The judgement of a pair depends only on its two units' words (their kinds, terms and
// facts, and the cluster's term weights, which are the same for every pair), so a pair of texts
// judged once is judged the same way again: its relation, score, strength and spans (kept relative
// to each unit's first byte) are reused. Only texts that occur more than once in the cluster are
// kept, so a cluster without copies keeps nothing.
class CopyMemo {
 public:
  struct Judged {
    Link link;  // its spans relative to the first byte of a and of b
    double held = 0, overlap = 0;
  };

  explicit CopyMemo(const LinkInput& in, const Result& r) : text_of_(text_ids(r, in.units)) {
    std::vector<uint32_t> count;
    for (uint32_t id : text_of_)
      if (id != kNoText) {
        if (count.size() <= id) count.resize(id + 1, 0);
        ++count[id];
      }
    for (uint32_t& id : text_of_)
      if (id != kNoText && count[id] < 2) id = kNoText;
  }

  /// The earlier judgement of units ia, ib (in this orientation), or null.
  const Judged* find(uint32_t ia, uint32_t ib, double overlap) const {
    const Judged* j = judged_.find(key_bytes(key(ia, ib)));
    return j && j->overlap == overlap ? j : nullptr;
  }
  bool keeps(uint32_t ia, uint32_t ib) const { return text_of_[ia] != kNoText && text_of_[ib] != kNoText; }
  void keep(uint32_t ia, uint32_t ib, Judged j) { judged_.add(key_bytes(key(ia, ib)), std::move(j)); }

 private:
  uint64_t key(uint32_t ia, uint32_t ib) const { return (uint64_t{text_of_[ia]} << 32) | text_of_[ib]; }
  std::vector<uint32_t> text_of_;  // per unit: its text's id when the text recurs, else kNoText
  StringMap<Judged> judged_;  // by the pair of text ids
};

Span shifted(Span s, size_t from, size_t to) { return {s.begin - from + to, s.end - from + to}; }

// The link with its spans moved from units that start at bytes (a_from, b_from) to units that
// start at (a_to, b_to).
Link moved(Link l, size_t a_from, size_t b_from, size_t a_to, size_t b_to) {
  for (Discrepancy& d : l.discrepancies) d.a = shifted(d.a, a_from, a_to), d.b = shifted(d.b, b_from, b_to);
  if (l.in_part) l.clause_a = shifted(l.clause_a, a_from, a_to), l.clause_b = shifted(l.clause_b, b_from, b_to);
  return l;
}

}  // namespace

LinkInput prepare_links(const std::vector<SourceData>& data, const Result& r, const Lexicon& lexicon) {
  LinkInput in;
  Vocabulary vocab;
  for (size_t s = 0; s < data.size(); ++s)
    for (size_t k = 0; k < data[s].size(); ++k)
      if (data[s][k].linkable)
        in.units.push_back(make_sim_unit(static_cast<int>(s), static_cast<int>(k),
                                         r.sources[s].units[k].kind == UnitKind::kHeadline, data[s][k], lexicon,
                                         &vocab));
  canonical_terms(&vocab, &in.units);
  learn_name_kinds(lexicon, &in.units);
  in.cluster_weight = cluster_weights(vocab, in.units.size());
  std::vector<std::vector<const SimUnit*>> by_source(data.size());
  for (const SimUnit& u : in.units) by_source[u.source].push_back(&u);
  in.profiles.reserve(data.size());
  for (const auto& v : by_source) in.profiles.push_back(make_profile(v));
  return in;
}

namespace {

// Judges candidates [from, to) of `in` into `out` (score_candidates()).
void score_run(const LinkInput& in, const Result& r, const Resources& res, const std::vector<UnitSets>& unit_sets,
               const WordSignatures& signatures, bool every_pair,
               size_t from, size_t to, Scored* scored) {
  Scored& out = *scored;
  const Model& model = res.model;
  const double agree = model.threshold("agree");
  const double conflict = model.threshold("conflict");
  const double clause_agree = res.clause.threshold("agree");
  out.related.reserve(to - from);  // most pairs are only related: no doubling of 16 bytes a pair
  std::vector<double> x, neutral;
  WordAlignment al, wal;
  SetCache sets;  // the units' sets (shared), and a candidate pair's windows' sets
  sets.share(in.units.data(), &unit_sets);
  RelationMemo memo(res.lexicon);  // the lexicon's relations of the words of pairs of units
  memo.narrow(&signatures);
  // Clause windows per unit, made when first needed.
  std::vector<std::vector<SimUnit>> windows(in.units.size());
  std::vector<uint8_t> made(in.units.size(), false);
  CopyMemo copies(in, r);
  const auto windows_of = [&](uint32_t u) -> const std::vector<SimUnit>& {
    if (!made[u]) windows[u] = clause_windows(in.units[u]), made[u] = true;
    return windows[u];
  };
  const auto within = [&](const SimUnit& w, Span s) {
    const auto& t = w.data->tokens;
    const SimUnit* whole = nullptr;  // w's unit, its words unmasked ("per cent": one word), when needed
    for (size_t k = 0; k < t.size(); ++k)
      if (t[k].begin < s.end && s.begin < t[k].end && w.words[k].term == kNoTerm) {
        if (!whole) whole = &in.units[unit_index(in, {w.source, w.unit})];
        if (whole->words[k].term != kNoTerm) return false;  // a word of the span is masked
      }
    return true;
  };
  for (size_t k = from; k < to; ++k) {
    const Candidate& c = in.candidates[k];
    // The pair is scored in one orientation whatever the order of the sources (oriented()). The
    // link keeps the earlier source as a; its discrepancies' spans follow it.
    const SimUnit& first = in.units[c.a];
    const SimUnit& second = in.units[c.b];
    const std::pair<uint32_t, uint32_t> order = oriented(in, r, c.a, c.b);
    const uint32_t ia = order.first, ib = order.second;
    const bool swapped = ia != c.a;
    const SimUnit& a = in.units[ia];
    const SimUnit& b = in.units[ib];
    // The link as judged in this orientation, then given the sources' order.
    const auto record = [&](Link l, double held) {
      if (swapped) {
        for (Discrepancy& d : l.discrepancies) {
          std::swap(d.a, d.b);
          d.reason = flip_reason(d.reason);
        }
        std::swap(l.clause_a, l.clause_b);
      }
      if (l.relation == Relation::kRelated) {
        out.related.push_back({c.a, c.b, l.score});
        return;
      }
      out.links.push_back(std::move(l));
      out.strength.push_back(held);  // how well the two units agree with their differences set aside
    };
    const size_t a0 = a.data->tokens.empty() ? 0 : a.data->tokens.front().begin;
    const size_t b0 = b.data->tokens.empty() ? 0 : b.data->tokens.front().begin;
    if (const CopyMemo::Judged* j = copies.keeps(ia, ib) ? copies.find(ia, ib, c.overlap) : nullptr) {
      Link l = moved(j->link, 0, 0, a0, b0);
      l.a = {first.source, first.unit};
      l.b = {second.source, second.unit};
      record(std::move(l), j->held);
      continue;
    }
    const PairContext ctx{c.overlap};
    // Sets of the pair's windows: those of a unit of the last pair that is in this one too are
    // kept (candidates come by their first unit, so it is often the same).
    sets.keep_only([&](const SimUnit* u) {
      for (uint32_t w : {ia, ib}) {
        const std::less<const SimUnit*> before;
        if (made[w] && !windows[w].empty() && !before(u, windows[w].data()) &&
            before(u, windows[w].data() + windows[w].size()))
          return true;
      }
      return false;
    });
    align_pair(a, b, res.lexicon, &al, &memo);
    Link l;
    l.a = {first.source, first.unit};
    l.b = {second.source, second.unit};
    const std::string_view text_a = r.sources[a.source].text, text_b = r.sources[b.source].text;
    // Units that share no word score under the window floor (bounded()): without a denial or an
    // opposite between them they are only related, whatever the model says, and the model is not
    // asked (a quarter of the candidates of real articles) unless every pair's score is reported;
    // a dispute of values that links such a pair scores it then (score_of()).
    const bool shares = shares_a_word(a, al);
    if (!every_pair && !shares && !denial_or_opposite(a, b, al, text_a, text_b, res.lexicon)) {
      l.score = kUnscored;
      if (copies.keeps(ia, ib)) copies.keep(ia, ib, {moved(l, a0, b0, 0, 0), 0.0, c.overlap});
      record(std::move(l), 0.0);
      continue;
    }
    aligned_features(a, b, ctx, in.cluster_weight, al, &x, &sets);
    l.score = model.probability(x);
    // Word for word the same sentence: the same claim, whatever a model trained on rewordings says.
    if (same_words(a, b)) l.score = 1.0;
    if (!shares) l.score = std::min(l.score, kUnsharedScore);  // bounded()
    // A sentence that carries several claims agrees with another through one of them: the best
    // pair of clause windows (or a window and the whole other unit), by the clause model, decides
    // whether they share a claim. The link's score stays the similarity of the two whole sentences.
    // The pieces are scored only when the decision below needs them (a pair found in conflict,
    // or agreeing as whole sentences, does not).
    double piece = 0;  // the best pair of pieces, by the clause model
    size_t best_piece = 0;
    std::vector<std::pair<const SimUnit*, const SimUnit*>> pairs = {{&a, &b}};
    if (l.score >= kWindowFloor) add_window_pairs(a, windows_of(ia), b, windows_of(ib), &pairs);
    bool pieces_scored = false;
    // Token i of w is part of its unit's attribution: the verb, who says it and their office
    // ("said Odile Fenwick, the union's branch secretary").
    const auto said = [](const SimUnit& w, size_t i) {
      const Token& tok = w.data->tokens[i];
      const auto inside = [&](size_t lo, size_t hi) { return tok.begin >= lo && tok.end <= hi; };
      for (const Attribution& at : w.data->facts.attributions) {
        if (inside(at.begin, at.end)) return true;
        for (const NameMention& n : w.data->facts.names)
          if (n.begin >= at.begin && n.end <= at.end && inside(n.role_begin, n.role_end)) return true;
      }
      return false;
    };
    // A piece of nothing but its unit's attribution states no claim to agree on.
    const auto said_only = [&](const SimUnit& w) {
      for (size_t i = 0; i < w.words.size(); ++i)
        if (w.words[i].term != kNoTerm && (w.words[i].flags & kContent) && !said(w, i)) return false;
      return true;
    };
    const auto score_pieces = [&] {
      if (pieces_scored) return;
      pieces_scored = true;
      for (size_t p = 1; p < pairs.size(); ++p) {
        if (said_only(*pairs[p].first) || said_only(*pairs[p].second)) continue;
        // A window of all a unit's clauses is the unit: the clause model may confirm two whole
        // units only where the sentence model finds them close enough to dispute.
        if (l.score < conflict && pairs[p].first->terms.size() == a.terms.size() &&
            pairs[p].second->terms.size() == b.terms.size())
          continue;
        // Two pieces that hardly share a word cannot share a claim: not scored (kPieceReach).
        const auto [cover_a, cover_b] = best_cover(pairs[p].first->words, pairs[p].second->words, al);
        if (std::max(cover_a, cover_b) < kPieceReach) continue;
        align_pair(*pairs[p].first, *pairs[p].second, res.lexicon, &wal, &memo, &al);
        // Pieces that share nothing but who says it ("Local 212 said it would meet" / "Local 212
        // said it was raining") share no claim.
        bool shared = false;
        for (size_t i = 0; i < wal.a_to_b.size(); ++i)
          shared = shared || (wal.a_to_b[i] >= 0 && (pairs[p].first->words[i].flags & kContent) &&
                              !said(*pairs[p].first, i) && !said(*pairs[p].second, static_cast<size_t>(wal.a_to_b[i])));
        if (!shared) continue;
        aligned_features(*pairs[p].first, *pairs[p].second, ctx, in.cluster_weight, wal, &x, &sets);
        const double s = res.clause.probability(x);
        if (s > piece) piece = s, best_piece = p;
      }
    };
    // Two pieces agree only with compatible values: a difference of value inside both that is not
    // a conflict ("the first parade since 1959" / "the first trip since 2023") says they state two
    // things alike, not one.
    const auto differ_within = [&](const std::vector<Difference>& d,
                                   const std::pair<const SimUnit*, const SimUnit*>& p) {
      for (const Difference& one : d)
        if (within(*p.first, one.discrepancy.a) && within(*p.second, one.discrepancy.b)) return true;
      // Times too, wherever they stand in the pieces: a time of one that only contradicts the
      // other's times ("since 1959" / "in 2023"). A conflict needs the same slot; an agreement needs
      // compatible values.
      const auto& ta = p.first->data->facts.times;
      const auto& tb = p.second->data->facts.times;
      for (const TimeExpr& ti : ta) {
        if (!within(*p.first, {ti.begin, ti.end})) continue;
        bool clash = false, fits = false;
        for (const TimeExpr& tj : tb) {
          if (!within(*p.second, {tj.begin, tj.end})) continue;
          const Match m = compare(ti, tj);
          clash = clash || m == Match::kConflict;
          fits = fits || m == Match::kSame || m == Match::kCompatible;
        }
        if (clash && !fits) return true;
      }
      // A denial of what the two share in one piece and not in the other: one denies what the
      // other states ("would open two new factories" / "had no plans to build new factories"; not
      // "There were no deaths, though nine people were taken to hospital" / "Nine people were
      // taken to hospital"). A denial that opens its clause ("no leader has attended ... since
      // 1959") tells that none did, which "the first time a leader has attended ... since 1959"
      // tells too.
      const auto denies = [&](const SimUnit& w, const std::vector<int>& into, const SimUnit& other) {
        const auto& t = w.data->tokens;
        for (const Negation& n : w.data->facts.negations) {
          size_t at = 0;  // the negator's first token
          while (at < t.size() && t[at].begin < n.begin) ++at;
          const bool opens = at == t.size() || t[at].begin != n.begin || at == 0 || t[at - 1].type == TokenType::kPunct;
          if (opens || !within(w, {n.begin, n.end})) continue;
          for (size_t i = 0; i < t.size(); ++i)
            if (t[i].begin >= n.scope_begin && t[i].end <= n.scope_end && into[i] >= 0 && (w.words[i].flags & kContent) &&
                other.words[static_cast<size_t>(into[i])].term != kNoTerm)
              return true;
        }
        return false;
      };
      return denies(*p.first, al.a_to_b, *p.second) != denies(*p.second, al.b_to_a, *p.first);
    };
    double held = 0;  // the conflict's strength
    // Units scored under kWindowFloor dispute only a denial or an opposite (below): without one,
    // the other finders are not run (their differences would be set aside anyway).
    const std::vector<Difference> diff = l.score >= kWindowFloor || denial_or_opposite(a, b, al, text_a, text_b, res.lexicon)
                                             ? find_differences(a, b, al, text_a, text_b, res.lexicon)
                                             : std::vector<Difference>();
    // Different names and different values together are two happenings told alike ("Duncan, 36,
    // fell 60 metres" / "Robert, 32, fell 600 metres"), not one told two ways.
    bool names = false, values = false;
    for (const Difference& d : diff) (d.discrepancy.type == "name" ? names : values) = true;
    // So are a different name in one slot and names apart in others.
    const bool apart = names && !values && names_apart(a, b, &diff);
    names = names || (values && names_apart(a, b));
    // The words of a disputed slot (an office) stay unaligned: the slot itself is no evidence.
    using Slots = std::vector<std::pair<Span, Span>>;
    const auto best_neutral = [&](const std::vector<Discrepancy>& set, const Slots& slots, bool use_windows) {
      double best = 0;
      for (size_t p = 0; p < (use_windows ? pairs.size() : 1); ++p) {
        const SimUnit& ua = *pairs[p].first;
        const SimUnit& ub = *pairs[p].second;
        bool holds = true;
        for (const Discrepancy& d : set) holds = holds && within(ua, d.a) && within(ub, d.b);
        if (!holds) continue;
        if (p == 0) {
          neutral_features(ua, ub, ctx, in.cluster_weight, al, set, &neutral, &sets, &slots);
        } else {
          align_within(ua.words, ub.words, al, &wal);
          neutral_features(ua, ub, ctx, in.cluster_weight, wal, set, &neutral, &sets, &slots);
        }
        best = std::max(best, model.probability(neutral));
      }
      return best;
    };
    // So are two members of a series ("The first victim was found on Monday" / "The second victim
    // was found on Wednesday").
    if (!diff.empty() && !(names && values) && !apart && !series_apart(a, b, &diff)) {
      // Each kind of difference is judged with the others left in place: a pair that differs in
      // its names and its numbers and its dates is two reports of two things, not a conflict.
      // The numbers found disputed are set aside while the dates are judged: a count and a day
      // that both differ ("600 evacuated on Wednesday" / "450 evacuated on Tuesday") are two
      // disputes of one claim, not a claim too far apart to dispute its day. (Names and denials
      // are judged with every other difference in place.) l.discrepancies holds those numbers then.
      for (const char* type : {"number", "date", "name", "negation"}) {
        // A number, a date or a name is disputed only between units related as they stand (scored
        // at least kWindowFloor): with their values set aside, two sentences about different
        // things can keep little but a shared frame ("Brandt passed for 318 yards and one
        // touchdown as the Lions held on" / "He finished the year with 72 receptions for 981 yards
        // and eight touchdowns"), which the model takes for one claim. A denial is judged however
        // low the pair scores: the model learnt a statement and its denial as unrelated (SICK's
        // contradictions are among its negatives).
        const bool denial = std::string_view(type) == "negation";
        if (!denial && l.score < kWindowFloor) continue;
        // A different name counts only in the same slot (same office, same family, or between
        // aligned words): two long sentences about one story name many things.
        const bool slot_only = std::string(type) == "name";
        const bool dates = std::string_view(type) == "date";
        // For the dates, the numbers found disputed come first, to be set aside with them; when no
        // number was (with the day in place the claim did not hold), every number that differs: the
        // claim may hold with both set aside, two disputes of one claim ("a three-day strike from 14
        // March" / "a five-day walkout from 16 March"), and the numbers are disputed with the day.
        std::vector<Discrepancy> all = dates ? l.discrepancies : std::vector<Discrepancy>();
        const size_t had = all.size();
        if (dates && !had)
          for (const Difference& d : diff)
            if (d.discrepancy.type == "number") all.push_back(d.discrepancy);
        std::vector<Discrepancy> anchored = all;
        const size_t aside = all.size();
        Slots all_slots, anchored_slots;
        bool changed = false;  // a change told two ways ("rose 4%" / "fell 2%") is in the set
        for (const Difference& d : diff) {
          const bool change = sizes_change(d, diff, text_a, text_b);  // judged with its opposite, as a denial
          if ((d.discrepancy.type != type || (slot_only && !d.anchored) || change) && !(denial && change)) continue;
          changed = changed || change;
          all.push_back(d.discrepancy);
          if (d.anchored) anchored.push_back(d.discrepancy);
          if (d.slot_a.end > d.slot_a.begin && d.slot_b.end > d.slot_b.begin) {
            all_slots.emplace_back(d.slot_a, d.slot_b);
            if (d.anchored) anchored_slots.emplace_back(d.slot_a, d.slot_b);
          }
        }
        if (all.size() == aside) continue;
        // Units that would agree but for this kind of difference differ in each; otherwise its
        // anchored differences, set aside, must leave one claim (the lower "conflict" threshold)
        // in the whole units, or in two clause windows holding them when nothing else differs
        // (a window may hide the other names or dates that tell two happenings apart).
        bool alone = true;
        for (const Difference& d : diff)
          alone = alone && (d.discrepancy.type == type || (dates && d.discrepancy.type == "number" && !l.discrepancies.empty()) || (denial && sizes_change(d, diff, text_a, text_b)));
        // A denial word for word is a dispute whatever the model makes of the rest (conflicts.h).
        if (denial && alone && denial_word_for_word(a, b, al)) {
          for (const Discrepancy& d : all) l.discrepancies.push_back(d);
          held = 1.0;  // set aside, the denial leaves the same words
          continue;
        }
        // Units scored as unrelated (a denial under kWindowFloor, too far apart to look at their
        // pieces) must agree outright once the difference is set aside: the lower bar would lift
        // two sentences about different things into a dispute; a change told two ways, the opposite
        // verbs with their sizes right after them, is enough of one claim for that bar.
        // A different name (its slot left unaligned) takes the lower bar only between units that
        // relate as they stand at that bar: two sentences that share an office and little else
        // name two holders of it ("Regional governor Marta Ilves said the bridge had been closed" /
        // "The move was criticised by regional governor Karin Pold").
        const double whole = best_neutral(all, all_slots, false);
        // A denial between units under the conflict bar needs half the content words of one of them
        // aligned (x: the pair's features), or a verb it denies that the other states as a verb
        // ("The bishop refused to resign" / "Facing an inquiry, the cleric resigned on Wednesday"):
        // set aside, a denial that shares one other word ("She refused to have her photograph
        // taken" / "This was her last public photograph") leaves the model too little to judge.
        bool thin = denial && l.score < conflict && content_covered(x) < 0.5;
        for (size_t m = aside; thin && m < all.size(); ++m) thin = !denies_an_act(a, all[m], b, res.lexicon);
        if (whole >= agree && !thin) {
          for (size_t m = had; m < all.size(); ++m) l.discrepancies.push_back(all[m]);
          held = std::max(held, whole);
        } else if (anchored.size() > aside && (l.score >= (slot_only ? conflict : kWindowFloor) || changed)) {
          const double part = best_neutral(anchored, anchored_slots, alone);
          if (part >= conflict) {
            for (size_t m = had; m < anchored.size(); ++m) l.discrepancies.push_back(anchored[m]);
            held = std::max(held, part);
          }
        }
      }
    }
    // Values of one measure that disagree without a dispute between them (another person's age,
    // another day) say the two units state two things alike: they agree, if at all, in a piece.
    const auto agrees = [&] {
      if (values_told_apart(a, b) || names_only(a) || names_only(b)) return false;
      if (l.score >= agree && !values_disagree(a, b)) {
        if (pairs.size() == 1 || !(points_back(a) || points_back(b))) return true;
        score_pieces();
        if (piece >= kPieceConfirms) return true;
      }
      score_pieces();
      return piece >= clause_agree && !differ_within(diff, pairs[best_piece]);
    };
    // An opposite stated the other way round ("will not reopen" / "will remain closed") says the
    // same: with each pair of such words set aside as one word, the units may agree outright.
    const auto restated = [&] {
      if (!diff.empty() || l.score < kWindowFloor) return false;
      const std::vector<Discrepancy> set = restated_opposites(a, b, al);
      return !set.empty() && best_neutral(set, {}, false) >= agree;
    };
    if (!l.discrepancies.empty()) {
      l.relation = Relation::kConflict;
    } else if (agrees()) {
      l.relation = Relation::kAgree;
      if (l.score < agree) {
        l.in_part = true;
        l.clause_a = piece_span(*pairs[best_piece].first);
        l.clause_b = piece_span(*pairs[best_piece].second);
      }
    } else if (restated()) {
      l.relation = Relation::kAgree;
    }
    if (copies.keeps(ia, ib)) copies.keep(ia, ib, {moved(l, a0, b0, 0, 0), held, c.overlap});
    record(std::move(l), held);
  }
}

}  // namespace

Scored score_candidates(const LinkInput& in, const Result& r, const Resources& res, const Options& options) {
  Scored out;
  const size_t n = in.candidates.size();
  std::vector<uint8_t> wanted(in.units.size(), false);
  for (const Candidate& c : in.candidates) wanted[c.a] = wanted[c.b] = true;
  const std::vector<UnitSets> unit_sets = make_unit_sets(in.units, wanted);
  // The signatures of the comparison's words (lexicon ids and verbs of two words), made once for
  // every run.
  std::vector<uint32_t> ids;
  for (const SimUnit& u : in.units)
    for (const WordToken& w : u.words) ids.push_back(w.lex), ids.push_back(w.phrase);
  const WordSignatures signatures(res.lexicon, std::move(ids));
  const bool every_pair = options.min_score >= 0;  // every pair's score reported
  size_t runs = 1;
  if constexpr (kTasks) {
    if (options.run_tasks) runs = std::max<size_t>(1, std::min(options.tasks, n / 64));
    if (runs > 1) {
      // Each judgement depends only on its pair (CopyMemo: a copy judged again is judged the
      // same), so runs of consecutive pairs, joined in order, give what one run gives.
      std::vector<Scored> parts(runs);
      options.run_tasks(runs, [&](size_t k) { score_run(in, r, res, unit_sets, signatures, every_pair, n * k / runs, n * (k + 1) / runs, &parts[k]); });
      for (Scored& p : parts) {
        out.links.insert(out.links.end(), std::make_move_iterator(p.links.begin()), std::make_move_iterator(p.links.end()));
        out.strength.insert(out.strength.end(), p.strength.begin(), p.strength.end());
        out.related.insert(out.related.end(), p.related.begin(), p.related.end());
        p = Scored();
      }
    }
  }
  if (runs == 1) score_run(in, r, res, unit_sets, signatures, every_pair, 0, n, &out);
  drop_conflicts_between_non_counterparts(&out.links, out.strength, r);
  out.taken.assign(out.related.size(), false);
  return out;
}

void join_sides(const LinkInput& in, const Result& r, const std::vector<int>& event, const Resources& res,
                Scored* scored) {
  std::vector<Link>* links = &scored->links;
  const std::vector<double>& strength = scored->strength;
  const auto key = [](const UnitRef& x, const UnitRef& y) { return x < y ? std::make_pair(x, y) : std::make_pair(y, x); };
  std::vector<std::vector<UnitRef>> agreeing(in.units.size()), linked(in.units.size());  // by unit index
  std::vector<std::pair<PairIndex::Key, size_t>> entries;
  entries.reserve(links->size());
  for (size_t i = 0; i < links->size(); ++i) {
    const Link& l = (*links)[i];
    entries.push_back({key(l.a, l.b), i});
    if (l.relation == Relation::kAgree) agreeing[unit_index(in, l.a)].push_back(l.b), agreeing[unit_index(in, l.b)].push_back(l.a);
    if (l.relation != Relation::kRelated) linked[unit_index(in, l.a)].push_back(l.b), linked[unit_index(in, l.b)].push_back(l.a);
  }
  PairIndex existing(std::move(entries));
  const auto sim = [&](const UnitRef& u) -> const SimUnit& { return in.units[unit_index(in, u)]; };
  const auto quantity_at = [&](const UnitRef& u, Span s) -> const Quantity* {
    for (const Quantity& q : sim(u).data->facts.quantities)
      if (q.begin == s.begin && q.end == s.end) return &q;
    return nullptr;
  };
  const auto same_event = [&](int x, int y) { return event[x] < 0 || event[y] < 0 || event[x] == event[y]; };
  const auto time_at = [&](const UnitRef& u, Span s) -> const TimeExpr* {
    for (const TimeExpr& t : sim(u).data->facts.times)
      if (t.begin == s.begin && t.end == s.end) return &t;
    return nullptr;
  };
  // A source that states the other side's value in a unit closer to that side (linked at a higher
  // score) confirms it there: its own different value here is of another thing ("ordered to repay
  // 800,000 pounds" against "taking 1.2 million pounds", beside its own "stealing 1.2 million
  // pounds"). A copy that changed the value keeps its dispute: it is the closer one.
  for (Link& l : *links) {
    std::vector<Discrepancy>& ds = l.discrepancies;
    for (size_t k = ds.size(); k-- > 0;)
      for (int side = 0; side < 2 && ds[k].type == "number"; ++side) {
        const UnitRef x = side ? l.b : l.a, y = side ? l.a : l.b;
        const Quantity* qy = quantity_at(y, side ? ds[k].a : ds[k].b);
        bool confirmed = false;
        for (const UnitRef& c : linked[unit_index(in, y)]) {
          if (!qy || c.source != x.source || (*links)[existing.find(key(c, y))].score <= l.score) continue;
          for (const Quantity& q : sim(c).data->facts.quantities)
            confirmed = confirmed || (q.unit == qy->unit && compare(q, *qy) == Match::kSame);
        }
        if (confirmed) {
          ds.erase(ds.begin() + static_cast<std::ptrdiff_t>(k));
          if (ds.empty()) l.relation = Relation::kRelated;
          break;
        }
      }
  }
  std::vector<Link> added;
  const size_t n = links->size();
  const auto at = [&](size_t i) -> Link& { return i < n ? (*links)[i] : added[i - n]; };
  // The pair (c, y) disputes c's value (span sc, told vc) with y's (sy, vy): their link becomes a
  // conflict, or their related pair a conflict link, or with `score` a pair never scored is
  // scored.
  const auto dispute = [&](const UnitRef& c, const UnitRef& y, const Discrepancy& d, Span sc, Span sy,
                           const std::string& vc, const std::string& vy, bool score) {
    const auto k = key(c, y);
    const size_t it = existing.find(k);
    Link* target;
    if (it != PairIndex::kNone) {
      target = &at(it);
    } else {
      RelatedPair* related = find_related(in, scored, k.first, k.second);
      if (!related && !score) return;
      added.emplace_back();
      target = &added.back();
      target->a = k.first;
      target->b = k.second;
      if (related) {
        target->score = score_of(in, r, res, related);
        scored->taken[static_cast<size_t>(related - scored->related.data())] = true;
      } else {
        target->score = pair_score(in, r, res, unit_index(in, k.first), unit_index(in, k.second));
      }
      existing.add(k, n + added.size() - 1);
    }
    const bool c_first = c < y;
    Discrepancy e;
    e.type = d.type;
    e.a = c_first ? sc : sy;
    e.b = c_first ? sy : sc;
    e.reason = d.reason.substr(0, d.reason.find(':')) + ": " + (c_first ? vc + " vs " + vy : vy + " vs " + vc);
    target->relation = Relation::kConflict;
    target->discrepancies.push_back(std::move(e));
  };
  // Only a dispute of units that would agree but for it reaches further, and only one they had
  // before any was joined here: a dispute joined here reaches no further, whatever the order of
  // the links (which follows the order of the sources).
  // (Link i itself is never a join's target: a target pairs another unit with one of its own.)
  std::vector<size_t> disputed(n, 0);
  const double agree = res.model.threshold("agree");
  for (size_t i = 0; i < n; ++i)
    if ((*links)[i].relation == Relation::kConflict && strength[i] >= agree) disputed[i] = (*links)[i].discrepancies.size();
  for (size_t i = 0; i < n; ++i) {
    if (!disputed[i]) continue;
    const Link& l = (*links)[i];
    for (size_t k = 0; k < disputed[i]; ++k) {
      const Discrepancy& d = l.discrepancies[k];
      for (int side = 0; side < 2; ++side) {
        const UnitRef x = side ? l.b : l.a, y = side ? l.a : l.b;
        const Span sx = side ? d.b : d.a, sy = side ? d.a : d.b;
        if (d.type == "date") {
          // A unit linked with one side's unit closely enough to agree with it, whose only time
          // fits that side's disputed time and clashes with the other's (times_differ), disputes
          // the other side's unit too ("killed when a bridge collapsed on Thursday evening" beside
          // "collapsed on Thursday night", against "fell on Wednesday evening, killing three");
          // not a line that gives nothing but a time ("Friday night."), and not between two clock
          // times, which one tells roughly as often as not ("3:30 a.m." / "3:33 a.m.").
          const TimeExpr* tx = time_at(x, sx);
          const TimeExpr* ty = time_at(y, sy);
          if (!tx || !ty || (conflicts_internal::clock_time(sim(x), *tx) && conflicts_internal::clock_time(sim(y), *ty)))
            continue;
          for (const UnitRef& c : linked[unit_index(in, x)]) {
            if (c.source == y.source || !same_event(c.source, y.source)) continue;
            const auto& tc = sim(c).data->facts.times;
            const size_t cx = existing.find(key(c, x)), it = existing.find(key(c, y));
            if (tc.size() != 1 || conflicts_internal::only_a_time(sim(c)) || cx >= n ||
                std::max((*links)[cx].score, strength[cx]) < agree ||
                (it != PairIndex::kNone && at(it).relation == Relation::kConflict) ||
                conflicts_internal::times_differ(sim(c), tc[0], sim(x), *tx) != 0 ||
                conflicts_internal::times_differ(sim(c), tc[0], sim(y), *ty) != 1)
              continue;
            const auto told = [&](const UnitRef& u, Span s) { return conflicts_internal::span_text(r.sources[u.source].text, s); };
            dispute(c, y, d, {tc[0].begin, tc[0].end}, sy, told(c, {tc[0].begin, tc[0].end}), told(y, sy), false);
          }
          continue;
        }
        if (d.type != "number") continue;
        const Quantity* qx = quantity_at(x, sx);
        const Quantity* qy = quantity_at(y, sy);
        if (!qx || !qy || qx->unit.empty()) continue;
        for (const UnitRef& c : agreeing[unit_index(in, x)]) {
          if (c.source == y.source || !same_event(c.source, y.source)) continue;
          const size_t it = existing.find(key(c, y));
          if (it != PairIndex::kNone && at(it).relation != Relation::kRelated) continue;
          // Units that each name someone or something the other does not, with different
          // values, tell two happenings alike (as between two units scored as a pair).
          if (names_apart(sim(c), sim(y))) continue;
          for (const Quantity& qc : sim(c).data->facts.quantities) {
            if (qc.kind != qx->kind || qc.unit != qx->unit) continue;
            const Match mx = compare(qc, *qx);
            if ((mx != Match::kSame && mx != Match::kCompatible) || compare(qc, *qy) != Match::kConflict) continue;
            dispute(c, y, d, {qc.begin, qc.end}, sy, qc.display, qy->display, true);
            break;
          }
        }
      }
    }
  }
  links->reserve(links->size() + added.size());  // exactly: a link per candidate is a lot to double
  links->insert(links->end(), std::make_move_iterator(added.begin()), std::make_move_iterator(added.end()));
}

void add_count_disputes(const LinkInput& in, const Result& r, const std::vector<int>& event, const Resources& res,
                        Scored* scored) {
  std::vector<Link>* links = &scored->links;
  const std::vector<CountDispute> found = count_disputes(in.units, event, res.lexicon);
  if (found.empty()) return;
  std::vector<std::vector<uint32_t>> partners(in.units.size());  // by unit index: its counterparts
  std::vector<std::pair<PairIndex::Key, size_t>> entries;
  entries.reserve(links->size());
  for (size_t i = 0; i < links->size(); ++i) {
    const Link& l = (*links)[i];
    entries.push_back({{l.a, l.b}, i});
    // A pair disputed first on its date (find_differences() gives numbers first) had no count
    // of the kind compared.
    if (l.relation == Relation::kRelated || (l.relation == Relation::kConflict && l.discrepancies[0].type == "date"))
      continue;
    const uint32_t ia = unit_index(in, l.a), ib = unit_index(in, l.b);
    partners[ia].push_back(ib);
    partners[ib].push_back(ia);
  }
  // A counterpart in the other source that states a count of the same thing: the unit's count was
  // compared with it there.
  // In unit order, so a source's counterparts stand together.
  for (std::vector<uint32_t>& v : partners) sort_unique(&v);
  const auto compared = [&](uint32_t u, int source, const std::string& key) {
    const std::vector<uint32_t>& v = partners[u];
    for (auto p = std::lower_bound(v.begin(), v.end(), source, [&](uint32_t x, int s) { return in.units[x].source < s; });
         p != v.end() && in.units[*p].source == source; ++p)
      if (states_count(in.units[*p], key)) return true;
    return false;
  };
  PairIndex existing(std::move(entries));
  for (const CountDispute& d : found) {
    const SimUnit& ua = in.units[d.a];
    const SimUnit& ub = in.units[d.b];
    const UnitRef a{ua.source, ua.unit}, b{ub.source, ub.unit};
    // Only units whose count has no counterpart in the other source: a unit that agrees or
    // conflicts with one there stating the same kind of count had its count compared with it.
    // A unit linked there for another of its claims ("Kestrel is buying the dairy group in a deal
    // worth 2.4 billion dollars" ~ "The dairy group is to be taken over by Kestrel") still has its
    // count to compare ("The deal values the group at $2.4bn").
    if (compared(d.a, b.source, d.key) || compared(d.b, a.source, d.key)) continue;
    size_t it = existing.find({a, b});
    // Who holds a post is disputed here between units the model left unlinked and units it found
    // to agree (the names compared in conflicts/names.cc, and the claim without them found too
    // little to dispute: "Election commission chair Ron Pettijohn called the process ..." /
    // "Election commission chair Dolores Kimbrell said the count had been ..." state one claim with
    // the post's holders told two ways, or the report lists a sentence as corroborated by one that
    // names another holder of the post). A pair in conflict had its names compared.
    if (it != PairIndex::kNone && d.key == "office" && (*links)[it].relation == Relation::kConflict) continue;
    if (it == PairIndex::kNone) {
      Link l;
      l.a = a;
      l.b = b;
      if (RelatedPair* related = find_related(in, scored, a, b)) {
        l.score = score_of(in, r, res, related);  // judged related: it keeps its score
        scored->taken[static_cast<size_t>(related - scored->related.data())] = true;
      } else {
        l.score = pair_score(in, r, res, d.a, d.b);
      }
      it = links->size();
      existing.add({a, b}, it);
      links->push_back(std::move(l));
    }
    // A pair the model judged was skipped above (compared()): this one is new, was only related,
    // or is a pair an earlier count made here, whose other counts still count ("Around 800
    // firefighters ..., supported by nine aircraft" / "Nearly 1,000 firefighters and eight
    // aircraft": two disputes; one count agreeing does not hide another disputed).
    Link& l = (*links)[it];
    if (d.agree && l.relation == Relation::kRelated) {
      // One count told alike does not make units whose times clash agree ("Three people were
      // killed when a bridge collapsed on Thursday evening" / "A bridge fell on Wednesday evening,
      // killing three people"): when each gives one time of the happening, not a clock time, the
      // count dates it two ways, and the two dispute its day. (Not days of telling: a count is
      // told again on later days, "352 dead, officials said Friday" / "... said Saturday".)
      // (With one time each, a clash is those two differing, of one kind.)
      if (!conflicts_internal::times_clash(ua, ub)) {
        l.relation = Relation::kAgree;
      } else if (ua.data->facts.times.size() == 1 && ub.data->facts.times.size() == 1 &&
                 !conflicts_internal::time_kind(ua, ua.data->facts.times[0]) &&
                 !conflicts_internal::clock_time(ua, ua.data->facts.times[0])) {
        const TimeExpr& x = ua.data->facts.times[0];
        const TimeExpr& y = ub.data->facts.times[0];
        const Span sx{x.begin, x.end}, sy{y.begin, y.end};
        l.relation = Relation::kConflict;
        l.discrepancies.push_back({"date", sx, sy,
                                   "date: " + conflicts_internal::span_text(r.sources[a.source].text, sx) + " vs " +
                                       conflicts_internal::span_text(r.sources[b.source].text, sy)});
      }
    } else if (!d.agree) {
      l.relation = Relation::kConflict;
      l.discrepancies.push_back(d.discrepancy);
    }
  }
}

std::vector<int> group_sources(LinkInput* in, const Result& r, const Resources& res) {
  const std::vector<int> event = group_events(in->profiles, res.event);
  in->copies = find_copy_classes(r, event, &in->units);
  in->candidates = find_candidates(in->units, res.lexicon, source_ranks(r.sources));
  const auto apart = [&](const Candidate& c) {
    const int ea = event[in->units[c.a].source], eb = event[in->units[c.b].source];
    return ea >= 0 && eb >= 0 && ea != eb;
  };
  in->candidates.erase(std::remove_if(in->candidates.begin(), in->candidates.end(), apart), in->candidates.end());
  return event;
}

// A source judged to report another event than most (event.h; when no event has the most sources,
// every one) has claims that cannot be found in the others: a warning says so.
static void warn_apart(const std::vector<int>& event, Result* r) {
  std::vector<int> size(event.size() + 1);
  for (int e : event)
    if (e >= 0) ++size[e];
  const int most = *std::max_element(size.begin(), size.end());
  const bool tie = std::count(size.begin(), size.end(), most) > 1;
  for (size_t s = 0; s < event.size(); ++s)
    if (event[s] >= 0 && (tie || size[event[s]] < most))
      r->warnings.push_back(
          {r->sources[s].id, "another-event", "seems to report another event: compared only with reports of it", -1});
}

void link_units(const Options& options, const std::vector<SourceData>& data, Result* r) {
  r->links.clear();
  const Resources* res = resources();
  if (!res) return;
  LinkInput in = prepare_links(data, *r, res->lexicon);
  const std::vector<int> event = group_sources(&in, *r, *res);
  warn_apart(event, r);
  Scored scored = score_candidates(in, *r, *res, options);
  join_sides(in, *r, event, *res, &scored);
  add_count_disputes(in, *r, event, *res, &scored);
  const bool report_related = options.min_score >= 0;
  for (Link& l : scored.links) {
    if (l.relation == Relation::kRelated && !(report_related && l.score >= options.min_score)) continue;
    r->links.push_back(std::move(l));
  }
  // Each copy of a syndicated text is linked to the first unit of its class only (copies.h).
  r->copies.clear();
  for (const std::vector<uint32_t>& c : in.copies) {
    std::vector<UnitRef>& refs = r->copies.emplace_back();
    for (uint32_t k : c) refs.push_back({in.units[k].source, in.units[k].unit});
    for (size_t i = 1; i < refs.size(); ++i) {  // the first is in the earliest source
      Link l;
      l.a = refs[0];
      l.b = refs[i];
      l.score = 1.0;
      l.relation = Relation::kAgree;
      r->links.push_back(std::move(l));
    }
  }
  if (report_related)
    for (size_t k = 0; k < scored.related.size(); ++k) {
      const RelatedPair& p = scored.related[k];
      if (scored.taken[k] || p.score < options.min_score) continue;
      Link l;
      l.a = {in.units[p.a].source, in.units[p.a].unit};
      l.b = {in.units[p.b].source, in.units[p.b].unit};
      l.score = p.score;
      r->links.push_back(std::move(l));
    }
  sort_by(r->links.begin(), r->links.end(), [](const Link& x, const Link& y) {
    return x.a == y.a ? x.b < y.b : x.a < y.a;
  });
}

}  // namespace tri
