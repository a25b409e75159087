// conflicts/kinds.h — internal to conflicts.cc and conflicts/: the kinds of difference between two
// aligned units, one file each (numbers, dates, names, negations and opposites, substitutions,
// counts across a cluster), and the slot helpers they share (slots.cc). conflicts.h says what
// each kind finds; find_differences() runs them in order.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "conflicts.h"

namespace tri {
namespace conflicts_internal {

// ---- slots (conflicts/slots.cc)
struct Side {
  const SimUnit& u;
  const std::vector<int>& to;      // alignment to the other side
  const std::vector<WordMatch>& match;
  std::string_view text;
  const WordAlignment* al = nullptr;  // the whole alignment (every match, aligned or not)
  bool first = true;                  // this side is the alignment's a
};

struct Range {
  size_t first = 0, last = 0;  // tokens [first, last)
  bool empty() const { return first >= last; }
};

// The tokens of u that lie within bytes [begin, end).
Range tokens_in(const SimUnit& u, size_t begin, size_t end);

bool inside(size_t k, Range r);

// Aligned words tie the surroundings of x (in side a) to those of y (in side b) enough to make one
// slot (words weighing kSlotEvidence, or two words; half that weight in short units).
bool same_slot(const Side& a, Range x, const Side& b, Range y);

std::string span_text(std::string_view text, Span s);

// The part of the things counted that a count is of, by a word right after it: "serious" (the
// seriously hurt of the hurt), "remaining" (those still ill of all who fell ill); "" for all of them.
std::string_view count_part(const SimUnit& u, const Quantity& q);

// Values told of two times, by their clauses, are two measures: a past year in the value's clause
// ("last year", "two years ago": "burned 3,100 acres last year"; or a year set apart right before
// its clause: "The last flood, in 2007, forced 800 people out"), or a period before this one near
// the value, in its clause or in the phrase opening the sentence ("A year earlier, ...", "the day
// before", "last winter", "the previous quarter"; not the base of a comparison, "fell 3% from a
// year earlier"), and the story's own ("Last year
// the region spent 95 million euros" / "will cost 240 million euros"; a year by its number alone
// names things too: "the note maturing in 2008 fell 22 basis points"), a whole career and a season
// ("62 goals in his career" / "14 goals this season"; a season's value and one without a time may
// be one: "15 points per game this season" / "averaged 18 points").
bool other_times(const SimUnit& a, Range ra, const SimUnit& b, Range rb);
// Two values stated two ways, so two measures: one aimed at or expected ("a target of 90,000 car
// sales", "expects to sell 90,000", "predicted 40 operations would be postponed") or in a
// condition, a threshold ("shut whenever gusts exceed 80 km/h", "if the river rises above 4
// metres"), by a word of aiming or of a condition (words.txt numbers_planned) up to six tokens
// before it in its clause, and one achieved ("fell to 41,000 cars"); or one stated as a limit
// ("The maximum sentence is ten years", "faces up to ten years", "can seat 210 passengers"), by a
// word of limits (words.txt numbers_limit) up to ten tokens before it in its clause (the subject
// of "is": "The maximum sentence for fraud is ten years"), and one within it ("was jailed for six
// years").
bool stated_apart(const SimUnit& a, Range ra, const SimUnit& b, Range rb);

// The value at tokens r belongs to another happening than the story's, so called up to six tokens
// before it in its clause (words.txt dates_another_happening: "a similar engine failure in 2019",
// "a previous crash on Friday").
bool another_happening(const SimUnit& u, Range r);

// The value at tokens r is a score ("beaten three goals to one"): it counts no one's goals.
inline bool score_told(const SimUnit& u, Range r) {
  return r.last + 1 < u.words.size() && u.data->tokens[r.last].norm == "to" && (u.words[r.last + 1].flags & kNumber);
}

// Two people each named with an office of another kind (their roles' heads differ: "Fire Chief
// Rowan Ellery" / "Commissioner Dana Whitlock", "Sheriff" / "Mayor"): two holders, whatever they
// say or do alike. Not "mafia boss" / "mob boss", one kind of office told two ways.
bool other_offices(const NameMention& x, const NameMention& y);

// The names nearest before byte pa of a and byte pb of b differ ("Richard Carter scored 14
// points" / "Will Artino had 14 points"): what stands there may be held by two. Any name counts
// (a place as well as a person), and so does one who says it before ("Ruiz said 14 ..."); a name
// after it ("..., Ruiz said") does not.
bool held_apart(const SimUnit& a, size_t pa, const SimUnit& b, size_t pb);

// Each unit opens with a word of no common use before a comma, and the two differ ("Oakley, who
// has led the company for nine years" / "Calder, who has worked for the company for ten years"):
// two people the sentences are about, whose values are no dispute (the name reader leaves a
// sentence's first word alone).
bool openers_apart(const Side& a, const Side& b, const Lexicon& lexicon);

// A capital letter after the first letter ("LeBlanc", "McCann").
bool capital_inside(std::string_view w);
// Token k is the unit's first word (only punctuation before it).
bool first_word(const SimUnit& u, size_t k);
// Token k opens its unit with a word of the common vocabulary, capitalised only for standing first
// ("Challenger Okonjo wins", "Veteran Lund retires"): a description, perhaps, not a given name.
bool common_opening(const Side& s, size_t k, const Lexicon& lexicon);
/// A "name" of one word that opens its unit, a common word or a prefix ("Veteran Lund retires",
/// "Ex-mayor guilty of corruption"), is that word capitalised: no name to dispute.
bool opening_word(const Side& s, Range r, const Lexicon& lexicon);

// A difference of `type` between spans a and b.
Difference make(const char* type, Span a, Span b, std::string reason, bool anchored);

// The nearest word before (dir -1) or after (dir +1) a range, skipping punctuation; npos at the end.
size_t neighbour(const SimUnit& u, Range r, int dir);

// The words right before (or right after) x and y are aligned to each other: x and y stand in the
// same place ("police say Moreno fired" / "police say Ortega fired").
bool adjacent(const Side& a, Range x, const Side& b, Range y);

// adjacent(), by a content word: "said Moreno" / "said Ortega" stand in one place; "to Paris" /
// "to Lyon" or "by 8,000" / "and 60" do not (a preposition or a conjunction places nothing).
bool adjacent_content(const Side& a, Range x, const Side& b, Range y);

// The same "at" or "of", or the same form of "be", right before x and y (aligned) hangs them on
// what comes before, in clauses that are one but for their numbers and sentences that do not each
// qualify them apart: x and y stand in one place ("died at 75" / "died at 79", "at the age of 75",
// "The vote was 7-2 in favour" / "was 6-3 in favour"; not the first of a list). Not "to": a value
// something rose or fell to is one moment's ("up 34 points to 9,107" / "up 17 points to 9,090" an
// hour apart).
bool hung_on_one_word(const Side& a, Range x, const Side& b, Range y);

// The token after the tokens r of u is `mark` and a number follows it ("2" of "2-1" with "-", "4"
// of "4, 12 and 19" with ",").
bool next_number(const SimUnit& u, Range r, const char* mark);

// The possibility side s states its word k as ("may", "might", "could", "can": "may have been
// arson", "can reopen"; a link between: "could have been"), or "" when it states it outright.
std::string_view possibility(const Side& s, size_t k);

// A clock time that says morning or evening ("7.48am", "20:15"), or one of either that the word
// before it tells as the time of something ("at 10:30", "until 9:15"; not a game clock: "with 7:41
// to go"): two of them are compared as times (dates.cc).
bool clock_time(const SimUnit& u, const TimeExpr& t);

// A comma, semicolon or colon: where a clause ends.
inline bool clause_mark(const Token& t) {
  return t.type == TokenType::kPunct && (t.norm == "," || t.norm == ";" || t.norm == ":");
}
// The tokens of the clause that holds `r`, between clause marks (slots.cc).
Range clause_of(const SimUnit& u, Range r);
// Token k is a verb: by the lexicon, or a past form (lower case, "-ed": the lexicon misses verbs
// that share their key with a noun used more often, "was jailed", "destroy" / "destroyer"; or an
// irregular one of words.txt scan_verb_like_irregular, "began", "struck"), or after "will" or a
// modal ("will end"); not after an article or a possessive ("the breach").
bool verb_at(const SimUnit& u, size_t k, const Lexicon& lexicon);
// Opposite words right before two counts of things: the counts are of two sets ("open 25 new
// stores" / "close 14 stores"), not two values of one; the sizes of a change told two ways are
// one ("rose 4%" / "fell 2%", a sum or a share).
bool opposites_take(const SimUnit& x, const Quantity& qx, Range rx, const SimUnit& y, const Quantity& qy, Range ry,
                    const Lexicon& lexicon);
// The verb nearest before a range in its clause (up to eight tokens back), or npos.
size_t verb_before(const SimUnit& u, Range r, const Lexicon& lexicon);
// The subject of word k when it opens the sentence: up to three content words, after an article
// at most (a possessive refers back: "Their findings"), with only auxiliaries or a linking verb
// before word k ("Humidity dropped", "The harbour master will be sworn in", "The road has
// remained closed"); {npos, npos} otherwise.
Range opening_subject(const Side& s, size_t k, const Lexicon& lexicon);
// Words i of a and j of b each have such a subject, the two neither aligned (the last word of
// neither into the other) nor related by the lexicon (their last words), both names or neither:
// they tell of two things.
bool subjects_apart(const Side& a, size_t i, const Side& b, size_t j, const Lexicon& lexicon);
// The verb that follows token n (a counted noun) in its clause past auxiliaries ("340 homes had
// been damaged"), or the number of tokens when the first word past them is no verb.
size_t verb_after(const SimUnit& u, size_t n, const Lexicon& lexicon);
// Counts of things (nouns at tokens nx and ny, counts at rx and ry) that two verbs govern apart
// (verbs_apart): verbs after both nouns ("Seven climbers were caught" / "One climber died"), or
// after one and right before the other, no auxiliary or verb of saying, when the first counts
// people (the lexicon's "person": "Some 200 rescue workers joined" / "The collapse trapped 31
// workers"; not "1,500 jobs will go" / "will cut 1,200 jobs", nor "supported by nine aircraft" /
// "eight aircraft have been deployed"). A verb right before a count governs it rather than a
// participle after its noun ("re-examined 51,040 ballots cast"); verbs right before both counts are
// not compared here.
bool governed_apart(const SimUnit& x, size_t nx, Range rx, const SimUnit& y, size_t ny, Range ry, const Lexicon& lexicon);
// Verbs vx of x and vy of y (either past its unit's words when there is none) are two different
// words the lexicon does not relate: what they govern are two sets ("sank 40 tankers" / "still
// hold 6 tankers").
bool verbs_apart(const SimUnit& x, size_t vx, const SimUnit& y, size_t vy, const Lexicon& lexicon);
// Whose things a count (tokens r) counts, when a verb of having takes it (words.txt
// counts_holder_have): the last word of the verb's subject, past auxiliaries and adverbs ("The
// warehouse has 80 workers", "the plant still employs 460 people"); npos otherwise.
size_t holder(const SimUnit& u, Range r);
// Counts of things two different holders have ("The warehouse has 80 workers" / "The plant has
// 460 workers"): each holder named, by words neither the same nor related. Or a count held and a
// count changed ("will have seven branches" / "will close two branches": a verb of words.txt
// numbers_count_changed takes it), or counts of two kinds of change ("will cut 1,200 jobs" / "will
// move 400 jobs"; not "cut" / "shed", one kind).
bool holders_apart(const SimUnit& x, Range rx, const SimUnit& y, Range ry, const Lexicon& lexicon);

// The fact (a quantity, a time) that holds a token of the run, or null.
template <class Fact>
const Fact* fact_in(const std::vector<Fact>& facts, const std::vector<Token>& t, Range r) {
  for (const Fact& f : facts)
    for (size_t k = r.first; k < r.last; ++k)
      if (t[k].begin >= f.begin && t[k].end <= f.end) return &f;
  return nullptr;
}

// ---- numbers (conflicts/numbers.cc)
// The last word of a quantity phrase: the noun it counts ("people" in "seven people").
size_t noun_token(const SimUnit& u, const Quantity& q, Range r);
// The surname of the person whose age q is, when q stands between commas right after a name
// ("Osric Tell, 61, denied", "said Ana Ruiz, 34."), folded; "" otherwise (counts.cc).
std::string apposed_name(const SimUnit& u, const Quantity& q);

// A count of part of a set: the number followed by "of" ("two of the trawlers", "one of them").
bool partitive(const SimUnit& u, const Quantity& q);

// A part and its whole: a count over all places ("employs 14,000 people worldwide": words.txt
// numbers_scope_all right after it) and one in a named place ("2,600 people in Oskarby"), a
// quantity of the rest or of more, or a total (not of a state: a toll is
// one measure however stated), or a count of those a name qualifies (with `any`, any word of its
// own between the number and the noun of the smaller count: counts compared across a cluster,
// "31,000 postal ballots" / "310,000 ballots"; not "nine water-bombing aircraft" / "eight
// aircraft"), where the other is not.
bool part_and_whole(const SimUnit& a, const Quantity& qa, Range x, const SimUnit& b, const Quantity& qb, Range y,
                    bool any = false);

// Two quantities measure one thing: the same kind, no part against its whole, the same owner (and
// series, for ordinals), and the same state, unit or aligned counted noun.
bool same_measure(const Side& a, const Quantity& qa, Range ra, const Side& b, const Quantity& qb, Range rb,
                  const Lexicon& lexicon);

// Two values agree when their intervals do, unless both state a bound with the same hedge on
// different numbers in one unit: "up to $6 million" and "up to $9m" give two different ceilings
// ("up to 120 mph" and "up to 193 km/h" give one).
bool values_agree(const Quantity& x, const Quantity& y);

// Values more than tenfold apart (the closer ends of their intervals): reports of one count
// seldom differ so much, while counts of two things often do (a game's 20 points and a career's
// 2,282; a ship's 16 crew and the 300 crew pirates hold). Durations in two units: more than
// twice apart.
bool orders_apart(const Quantity& x, const Quantity& y);

// Quantities of one measure in one place whose values cannot both hold.
void numbers(const Side& a, const Side& b, const Lexicon& lexicon, std::vector<Difference>* out);

// ---- dates (conflicts/dates.cc)
// Comparable times in one place (or dating one happening: the verbs before them aligned, or the
// only time of each unit right after words naming related happenings, "will close on 3 March" /
// "completion expected on 10 March", or one unit's verb of occurring dating the other's claim told
// as its subject, "A fire that gutted the warehouse started on Monday night") that differ in a
// field both give; a bound ("since 2019") only against the same kind of bound.
void dates(const Side& a, const Side& b, const Lexicon& lexicon, std::vector<Difference>* out);

// A line that gives nothing but a date and time ("Apr 12, 2007", "Updated: May 24, 2005, 3:23 PM
// ET") tells when a page was published, not when something happened: two of them differ without
// contradicting each other.
bool only_a_time(const SimUnit& u);

// The two units tell of one time: neither gives a time, or a time of one fits one of the other's
// ("on Monday" / "early on Monday", "this year" / "this year"; not "on Monday" / "on Thursday",
// nor "on Saturday" / "this season", nor a time on one side only).
bool same_time(const SimUnit& a, const SimUnit& b);

// The two units give times that differ in a field both give, and none that fit ("on Thursday
// evening" / "on Wednesday evening"; not "on Monday" / "on Nov. 30", nor "last year" / "in 2025"),
// each against a time of its kind: a time of telling against a time of telling ("said on Tuesday"
// / "announced on Wednesday"; not "set Friday night" / "authorities said Saturday"), a bound
// against a bound (not "detained on Friday" / "told to stay on board until Monday").
bool times_clash(const SimUnit& a, const SimUnit& b);

// Time x of unit a against time y of unit b, as times_clash() compares them: 1 they differ in a
// field both give, 0 they fit, -1 not comparable (no field in common, or of two kinds).
int times_differ(const SimUnit& a, const TimeExpr& x, const SimUnit& b, const TimeExpr& y);

// The kind of time t of unit u: 0 of a happening ("collapsed on Thursday"), 1 of a telling
// ("police said Saturday"), 2 a bound ("until Monday"), 3 a telling's bound.
int time_kind(const SimUnit& u, const TimeExpr& t);

// Unit u also gives q's value, as a figure ("organisers said 5,000, while police put the figure at
// 2,000") or as a part of its whole ("twelve people were injured, two of them seriously"): it
// reports both figures and contradicts neither. A figure: counted as one ("a toll of 12"), a bare
// number after "at" or after an opening "Of the 40 passengers,", or a part without its noun ("two
// of them", "three of whom").
bool also_given(const SimUnit& u, const Quantity& q);
// Unit u states counts of two or more kinds joined by "and" or commas that add up to q's value
// ("27 miners and four engineers were trapped" gives the 31 trapped).
bool sum_of_joined(const SimUnit& u, const Quantity& q);
// A line in title case ("President Avery Names New Harbour Chief"): every longer word is
// capitalised, so where a name begins and ends cannot be read from it (names.cc).
bool title_case(const SimUnit& u);

// ---- names (conflicts/names.cc)
// The token runs [ai, ae) of a and [bi, be) of b write one name two ways: the same letters, an
// acronym, an ending, an abbreviation, a spelling, or word by word.
bool same_letters(const Side& a, size_t ai, size_t ae, const Side& b, size_t bi, size_t be);

// The two runs name one country: the country, its people or its capital ("the United States",
// "American", "Washington"; "Peru", "Lima").
bool same_country(const Side& a, Range x, const Side& b, Range y, const Lexicon& lexicon);

// The run names a country that the other unit names too, in any of its names ("the U.S. market" /
// "the PC market in the United States"): the country is no difference between them.
bool country_named(const Side& s, Range r, const Side& other, const Lexicon& lexicon);

// The run describes someone by place and party ("the Connecticut Democrat", "the Texas
// Republican"): it names nobody, so it disputes no name.
bool description(const SimUnit& u, Range r);
// The run holds nothing but titles before a name ("Mr", "Inspector", "Lt.").
bool titles_only(const Side& s, size_t i, size_t e);
// Where the run lies among the names the fact reader read: 2 within a name, 1 within a name's
// role ("Striker" in "Striker Jonas Merrit"), 0 neither.
int in_name(const Side& s, Range r);

// Different names in one office, family or place between aligned words; a country, its people
// and its capital are one place.
void names(const Side& a, const Side& b, const Lexicon& lexicon, std::vector<Difference>* out);

// Disputes over who holds a post that one person holds at a time, named in more than one word
// ("transport councillor"), between sources of one event (event_of_source as count_disputes()
// takes it), appended to `out` (key "office", type "name").
void office_disputes(const std::vector<SimUnit>& units, const std::vector<int>& event_of_source,
                     std::vector<CountDispute>* out);

// ---- roles (conflicts/roles.cc)
// One act, an aligned verb, with its two named parties the other way round ("Perrault defeated
// Halvorsen" / "Perrault was defeated by Halvorsen", "Halvorsen beat Perrault"): type "name",
// the two who act; one at most.
void roles(const Side& a, const Side& b, const Lexicon& lexicon, std::vector<Difference>* out);

// ---- negations (conflicts/negations.cc)
// The negators of a unit with the content word each governs (the first within four tokens): what
// it denies.
struct Negated {
  size_t negator, pred;            // tokens
  std::pair<size_t, size_t> span;  // what the discrepancy shows: negator (or modal) to predicate
  size_t scope_end;                // bytes: the end of the negation's clause
  bool anyone;                     // "nobody" or "no one": denies it of anyone
};
std::vector<Negated> negated(const SimUnit& u);
// A predicate a denies (na: negated(a.u)) that b states (a_first: a is the link's first unit); one
// at most.
void negations(const Side& a, const std::vector<Negated>& na, const Side& b, const std::vector<Negated>& nb, bool a_first,
               const Lexicon& lexicon, std::vector<Difference>* out);

// ---- opposites (conflicts/opposites.cc)
// Aligned opposite words (WordNet antonyms) of what happened or what something is like ("reopened"
// / "remained closed", "was large" / "was small", "a large fire" / "a small fire").
void antonyms(const Side& a, const Side& b, const WordAlignment& al, const Lexicon& lexicon, std::vector<Difference>* out);

// ---- substitutions (conflicts/substitutions.cc)
// A run of unaligned content words of one unit standing where a run of unaligned words of the other
// stands: the words right before both runs are aligned to each other, and so are the words right
// after (the start or end of the unit counts as aligned). When the runs hold names on both sides
// ("Hallworth wouldn't comment" / "Orlova wouldn't comment") or numbers on both sides ("Two managed to
// escape" / "Seven managed to escape"), it is a difference the facts did not name; numbers only
// when `values` (the sentences are about one subject: openers_apart). Tokens inside spans already
// reported are skipped.
void substitutions(const Side& a, const Side& b, bool values, const Lexicon& lexicon, std::vector<Difference>* out);

}  // namespace conflicts_internal
}  // namespace tri
