// triangulate.h — compare several articles about one event, claim by claim.
//
// The one entry point is compare(): give it two or more sources (plain text or HTML) and it
// returns every source cut into units (claims, headlines, page furniture, repeats), the links
// between units of different sources (agree / conflict / related, with the differing values),
// groups of units that state the same fact, and per-pair source similarity (derived copies).
// Every offset is a [begin, end) byte range into SourceResult::text; json.h turns them into
// UTF-16 code units for JavaScript.
//
// Example:
//   tri::Input in;
//   in.sources = {{"wire", "", "The ferry carried 352 people."},
//                 {"post", "", "The ferry carried 200 to 250 people."}};
//   tri::Result r = tri::compare(in);
//   // r.ok(); r.links[0].relation == tri::Relation::kConflict
//   // r.links[0].discrepancies[0].reason == "people: 352 vs 200–250"
//
// Errors are data: compare() never throws; a result that could not be made has error() set.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tri {

/// Library version ("0.1.0").
const char* version();

/// Loads the engine's data: word relations, background word frequencies and the similarity model,
/// as one text bundle (the files of core/data/, each after a line "@@ <file name>"). Native builds
/// carry the bundle built in and need not call this; the WebAssembly build fetches it
/// (web/dist/triangulate-data.txt) and loads it once before the first compare(). Returns "" on
/// success, or why the bundle was refused (the data in use, if any, stays). Not to be called while
/// another thread runs compare().
std::string load_data(std::string_view bundle);

/// The identifiers of the similarity and clause models in use, "sim-…+clause-…" ("" when no data
/// is loaded): reported in every result as engine.model, so results can be pinned to a model
/// across retraining.
std::string data_id();

// ---------------------------------------------------------------------------------------------
// Input

enum class Format { kAuto, kText, kHtml };

/// One article as given. `text` may be any bytes: invalid UTF-8 is repaired (and warned about).
struct SourceInput {
  std::string id;     ///< unique, non-empty; names units ("id#k")
  std::string title;  ///< optional metadata
  std::string text;
  Format format = Format::kAuto;  ///< kAuto: HTML when the text looks like a page or fragment
};

/// Runs tasks on threads of the caller's own (the core starts none): run(n, task) calls task(0)
/// .. task(n - 1), each once, in any order, at once or not, and returns when all have returned.
using TaskRunner = std::function<void(size_t n, const std::function<void(size_t)>& task)>;

struct Options {
  /// Also report every cross-source unit pair scoring at least this (0..1) as `related` when it is
  /// neither agreeing nor conflicting. Negative: off (only what the engine itself links).
  double min_score = -1.0;
  size_t max_sources = 2000;               ///< more is an error
  size_t max_total_bytes = 64u << 20;      ///< sum of source sizes; more is an error
  /// When set, the sources are read one per task and the scoring of candidate pairs (most of a
  /// comparison's work) is split into `tasks` parts, all run through it, e.g. on a pool of
  /// threads. The result is the same bytes either way. Native builds only: the WebAssembly
  /// module runs on one thread and leaves it unread.
  TaskRunner run_tasks;
  size_t tasks = 1;
};

struct Input {
  std::vector<SourceInput> sources;
  Options options;
};

// ---------------------------------------------------------------------------------------------
// Result

enum class GroupStatus { kCorroborated, kContested, kSingle };
const char* to_string(GroupStatus status);  ///< "corroborated", "contested", "single"

enum class UnitKind { kClaim, kHeadline, kBoilerplate, kDuplicate };
const char* to_string(UnitKind kind);  ///< "claim", "headline", "boilerplate", "duplicate"

/// A stretch of one source: a sentence, a headline, a clause of furniture. Units of one source do
/// not overlap and appear in text order.
struct Unit {
  size_t begin = 0, end = 0;  ///< bytes into SourceResult::text
  UnitKind kind = UnitKind::kClaim;
  /// Why the unit has its kind, for explanations: "sentence", "line", "list-item", "headline",
  /// "dateline", and for furniture "advertisement", "byline", "caption", "credit", "promotion",
  /// "share-prompt", "feedback-prompt", "syndication", "navigation" (menus, breadcrumbs, cookie
  /// notices), "link-list" (a heading of links to other pages, "Most read", and the headlines
  /// listed under it), "timestamp", "separator", "fragment"; for duplicates "repeat"
  /// (same words) or "restates" (a summary item that restates the body).
  std::string role;
  int paragraph = 0;  ///< index of the paragraph (block of lines) the unit lies in
  int of = -1;        ///< for duplicates: index of the unit it repeats
  /// For claims and headlines, what this unit's own links say: kContested when it has a
  /// conflicting link, kCorroborated when it has agreeing ones, kSingle otherwise. (A group's
  /// status speaks for all its units; a sentence that carries two claims may be contested on one
  /// while another unit of its group only shares the other.)
  GroupStatus status = GroupStatus::kSingle;
  std::vector<int> groups;  ///< claims and headlines: the claim groups the unit belongs to
};

/// A span in one source's text (bytes).
struct Span {
  size_t begin = 0, end = 0;
};

struct UnitRef {
  int source = 0;  ///< index into Result::sources
  int unit = 0;    ///< index into that source's units
  bool operator==(const UnitRef& o) const { return source == o.source && unit == o.unit; }
  bool operator<(const UnitRef& o) const {
    return source != o.source ? source < o.source : unit < o.unit;
  }
};

enum class Relation { kAgree, kConflict, kRelated };
const char* to_string(Relation relation);  ///< "agree", "conflict", "related"

/// One value that differs between two linked units, with both spans and a one-line reason.
struct Discrepancy {
  std::string type;  ///< "number", "date", "name", "negation"
  Span a, b;         ///< in the sources of Link::a and Link::b
  std::string reason;  ///< e.g. "tonnes: about 20 vs 4–6"
};

struct Link {
  UnitRef a, b;  ///< a.source < b.source
  double score = 0;  ///< similarity 0..1
  Relation relation = Relation::kRelated;
  std::vector<Discrepancy> discrepancies;  ///< non-empty exactly when relation is kConflict
  /// An agreement in part: the two sentences as wholes do not state the same thing (score below
  /// the agree threshold), but a clause of one states what the other (or a clause of it) states.
  /// clause_a and clause_b are those two pieces (a whole unit's piece is the unit).
  bool in_part = false;
  Span clause_a, clause_b;
  /// Listed in the JSON result: false for a link a summarised group states (Group::summarised).
  bool listed = true;
};


/// Units that state one claim across sources. Every two units of different sources in a group are
/// linked (agree or conflict): groups never chain different claims. A unit may belong to more
/// than one group (a sentence that carries two claims); a group holds at most one unit per source.
struct Group {
  std::vector<UnitRef> units;  ///< sorted
  int sources = 0;      ///< distinct sources
  /// Independent origins: the group's sources after merging derived copies, then merging sources
  /// whose units attribute the claim to the same origin ("according to Harbour Wire").
  int independent = 0;
  GroupStatus status = GroupStatus::kSingle;
  UnitRef claim;                     ///< the unit that states the claim best (most linked)
  std::vector<std::string> origins;  ///< the origins the units cite, as written ("Harbour Wire"); may be empty
  /// More sources than the result lists every link of (listing.h): links among its units are
  /// listed only to its claim unit, and links into it only to each outside unit's best partner.
  bool summarised = false;
};

/// One disputed value: the units that state each version of it. Every two units on different
/// sides conflict.
struct ConflictSide {
  std::string value;  ///< the value as the first unit of the side writes it ("around 40 ferries")
  std::vector<std::pair<UnitRef, Span>> units;  ///< each unit, and its span that states the value
};

struct Conflict {
  std::string type;    ///< "number", "date", "name", "negation"
  std::string reason;  ///< e.g. "ferries: about 40 vs 10–15"
  int group = -1;      ///< the claim group it is about
  std::vector<ConflictSide> sides;
};

struct SourcePair {
  int a = 0, b = 0;        ///< source indices, a < b
  double similarity = 0;   ///< 0..1, share of the two sources' claims in a group with the other source
  int shared = 0;          ///< claims (claim groups) the two state in common
  double wording = 0;      ///< 0..1, share of the shorter text in runs of the same words
  bool derived = false;    ///< one is a copy or rewrite of the other (shared wording)
};

struct SourceStats {
  int claims = 0;        ///< claim and headline units
  int corroborated = 0;  ///< of those, with agreeing links only (Unit::status)
  int contested = 0;     ///< with a conflicting link
  int single = 0;        ///< stated by this source only
};

/// Omissions listed per source at most: the most-reported ones (a reader's list, and a result
/// that grows with the number of sources rather than sources times claims).
inline constexpr size_t kMaxOmissions = 100;

struct SourceResult {
  std::string id, title;
  std::string text;         ///< the text offsets refer to: repaired UTF-8, or the visible text of HTML
  bool from_html = false;   ///< text was converted from HTML (then JSON carries it)
  std::string language;     ///< "en", "zh", "ru", "es", ... or "und" (language.h)
  bool compared = true;     ///< false: not English; segmented, but no link, group or pair
  std::vector<Unit> units;
  SourceStats stats;
  /// Claim groups that other sources state and this one does not ("reported elsewhere, not
  /// here"), most-reported first, at most kMaxOmissions of them.
  std::vector<int> omissions;
};

struct Warning {
  std::string source;   ///< source id, empty for the whole input
  std::string code;     ///< "invalid-utf8", "nul", "empty-source", "html-converted",
                        ///< "unsupported-language", "another-event"
  std::string message;  ///< one line for people
  long long byte = -1;  ///< byte position in the input as given, -1 when not about a position
};

struct Result {
  std::vector<SourceResult> sources;
  std::vector<Link> links;  ///< sorted by (a, b)
  /// Made with Options::min_score set (every scored pair wanted): the JSON's links[] then lists the
  /// conflicting pairs too, with their score (their disputes stay in conflicts[]).
  bool every_pair = false;
  std::vector<Group> groups;
  std::vector<Conflict> conflicts;  ///< the conflict links, one object per disputed value
  /// Copy classes: units that repeat one text byte for byte in more than 16 sources (syndicated
  /// copy). The first unit of each list is compared with the cluster; each other is linked only to
  /// it (agree, score 1) and shares its groups, status and sides. Sorted by first unit; usually empty.
  std::vector<std::vector<UnitRef>> copies;
  std::vector<SourcePair> pairs;
  std::vector<Warning> warnings;
  std::string error;  ///< empty on success

  bool ok() const { return error.empty(); }
};

/// Compares the sources of `in`. Needs at least two sources with distinct, non-empty ids; on
/// fewer, duplicate ids, too many sources or too much text, returns a Result whose error() says why
/// (and nothing else). The same input always gives the same result, whatever the source order
/// (up to the order of the sources themselves).
Result compare(const Input& in);

}  // namespace tri
