// link.h — internal: the link stage, from analysed units to agree / conflict / related links.
//
//   units      each linkable unit as words with terms, lexicon ids and weights (similarity.h)
//   candidates the pairs worth scoring (candidates.h)
//   events     (see below)
//   scoring    word alignment, features, the model's probability (similarity.h, model.h), and the
//              discrepancies in aligned slots (conflicts.h): a pair with differences conflicts
//              when, those differences set aside, its units would agree (threshold "agree"), or
//              when its anchored differences set aside leave one claim (threshold "conflict"); a
//              pair without differences agrees from the threshold "agree"; otherwise related
//   events     sources grouped by the event they report, from what whole articles share (event.h);
//              units of two event groups are not compared
// The stages are separate functions so that tools/features can measure what the engine measures.
#pragma once

#include <vector>

#include "candidates.h"
#include "engine.h"
#include "event.h"
#include "resources.h"
#include "similarity.h"

namespace tri {

/// The analysed units of a cluster, with everything the stages share.
struct LinkInput {
  std::vector<SimUnit> units;
  std::vector<double> cluster_weight;
  std::vector<SourceProfile> profiles;  ///< per source
  std::vector<Candidate> candidates;
  std::vector<std::vector<uint32_t>> copies;  ///< copy classes (copies.h), indices into units
};

/// Builds the units, weights and source profiles of the sources in `data` (whose results, for
/// texts and unit kinds, are in r).
LinkInput prepare_links(const std::vector<SourceData>& data, const Result& r, const Lexicon& lexicon);

/// The event group of each source (event.h); with it, the copy classes within each group
/// (copies.h) and the candidates, none between two groups, of `in`.
std::vector<int> group_sources(LinkInput* in, const Result& r, const Resources& res);

/// A scored pair that neither agrees nor conflicts: only its units (indices into LinkInput::units,
/// a < b) and score are kept (16 bytes), since a cluster has one per candidate pair. Units that
/// share no word are not scored (score -1) unless every pair's score is reported (Options::min_score).
struct RelatedPair {
  uint32_t a = 0, b = 0;
  double score = 0;
};

/// What scoring the candidates gives: the agree and conflict links (`strength[i]`: how well the
/// units of links[i] agree with their differences set aside), and the other pairs, in candidate
/// order (by a, then b); `taken[k]`: related[k] has become a link since.
struct Scored {
  std::vector<Link> links;
  std::vector<double> strength;
  std::vector<RelatedPair> related;
  std::vector<uint8_t> taken;
};

/// Counts of one specific thing that cannot both hold (conflicts.h count_disputes) become conflict
/// links, or turn related pairs into them, between units that found no counterpart (no agree or
/// conflict link) in each other's source. A related pair left unscored (units that share no word)
/// is scored then.
void add_count_disputes(const LinkInput& in, const Result& r, const std::vector<int>& event, const Resources& res,
                        Scored* scored);

/// Sides of a numeric dispute reach further than the pairs scored: a unit that agrees with one
/// side's unit and states that side's value (a compatible amount of the same thing) disputes the
/// other side too ("around 40 ferries" ~ "nearly 40 ferries" / "10 to 15 ferries"), even when its
/// sentence shares too little with the other side's to be a candidate. Only disputes whose units
/// would agree but for them (`strength` as score_candidates() gives it, at least the agree
/// threshold) reach further. Dates' sides reach as far: a unit linked with one side's unit closely
/// enough to agree with it, whose only time fits that side's disputed time and clashes with the
/// other's (conflicts_internal::times_differ), disputes the other side's unit ("collapsed on
/// Thursday evening" beside "collapsed on Thursday night", against "fell on Wednesday evening"),
/// where the two were scored. Adds those conflict links (or turns related pairs and links into them);
/// `event` as group_sources() returns it.
void join_sides(const LinkInput& in, const Result& r, const std::vector<int>& event, const Resources& res,
                Scored* scored);

/// Clause windows are scored only for pairs whose whole units score at least this.
inline constexpr double kWindowFloor = 0.1;

/// Two units that share no content word, as itself, a synonym or a derived form, share no claim
/// whatever the model makes of their hypernyms and siblings ("Both are in stable condition" /
/// "They need shelter": stable ~ shelter and condition ~ need through the lexicon's nouns, 0.76):
/// their score is at most this, under kWindowFloor, so they are unrelated but for a denial or an
/// opposite. On the development data it moves STS-B by 0.0001 and one agree link of 1,071 in the
/// mixed ECB+ clusters; the agreements it removes from ECB+ clusters are of the kind "We'll see
/// what happens" ~ "We appreciate your respect to her and her family's privacy".
inline constexpr double kUnsharedScore = 0.09;

/// A unit that points back to the sentence before ("That visit also saw her travel by ferry") names
/// what it is about only by reference, so its words alone can match a sentence about something
/// else that uses the same noun. Where the pair has clause windows, such a unit agrees as a whole
/// only when some piece more likely than not shares a claim with it (or with one of its pieces),
/// by the clause model: "On the eve of her departure, the minister toured a new shipyard, state
/// television said, ahead of the visit" has no piece that tells of a ferry or of travelling.
inline constexpr double kPieceConfirms = 0.5;
/// A pair of pieces is scored by the clause model only when one of them has at least this share
/// of its content weight matched by words of the other (best_cover(), wordalign.h). Measured on
/// every pair of pieces that scripts/eval.py's development data makes (403,094), the 42% below it
/// scored at most 0.40, under kPieceConfirms and the clause model's threshold; skipping them
/// changes no result there.
inline constexpr double kPieceReach = 0.1;

/// A judgement (relation, score, discrepancies) per candidate of `in`: a link when the units agree
/// or conflict, else a related pair. A pair's score is the similarity of its whole units (the
/// similarity model); the clause model judges their clause windows (similarity.h), and a pair that
/// agrees only through two pieces agrees in part (Link::in_part). With `options.run_tasks`, the
/// candidates are scored in `options.tasks` runs of consecutive pairs, each with its own memos,
/// and their judgements joined in order: the same judgements as one run.
Scored score_candidates(const LinkInput& in, const Result& r, const Resources& res, const Options& options);


}  // namespace tri
