// conflicts_test.cc — how two linked units come to conflict (core/src/conflicts.cc, link.cc):
// a value substituted in the same slot conflicts; values of different things, or of two
// happenings told alike, do not. Every sentence here is our own.
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "triangulate/triangulate.h"

namespace tri {
namespace {

// The comparison of the texts as sources "a", "b", ...
Result compared(const std::vector<std::string>& texts) {
  Input in;
  for (size_t k = 0; k < texts.size(); ++k) in.sources.push_back({std::string(1, static_cast<char>('a' + k)), "", texts[k]});
  return compare(in);
}

// The values of every side of every conflict, each followed by "|".
std::string side_values(const Result& r) {
  std::string values;
  for (const Conflict& c : r.conflicts)
    for (const ConflictSide& s : c.sides) values += s.value + "|";
  return values;
}

// Whether one conflict (of `type`, when given) puts a unit of source x and one of source y (their
// unit `unit` when it is not -1) on two different sides.
bool on_two_sides(const Result& r, int x, int y, int unit = -1, const std::string& type = "") {
  for (const Conflict& c : r.conflicts) {
    if (!type.empty() && c.type != type) continue;
    int side_x = -1, side_y = -1;
    for (size_t k = 0; k < c.sides.size(); ++k)
      for (const auto& u : c.sides[k].units) {
        if (unit >= 0 && u.first.unit != unit) continue;
        if (u.first.source == x) side_x = static_cast<int>(k);
        if (u.first.source == y) side_y = static_cast<int>(k);
      }
    if (side_x >= 0 && side_y >= 0 && side_x != side_y) return true;
  }
  return false;
}

// Whether the second units of two sources (each a lead sentence, then the sentence tested) agree.
bool second_units_agree(const std::string& a, const std::string& b) {
  const Result r = compared({a, b});
  EXPECT_TRUE(r.ok()) << r.error;
  for (const Link& l : r.links)
    if (l.a.unit == 1 && l.b.unit == 1 && l.relation == Relation::kAgree) return true;
  return false;
}

// The conflicts of a comparison, as "type reason" lines.
std::vector<std::string> conflicts_of(const std::vector<std::string>& texts) {
  const Result r = compared(texts);
  EXPECT_TRUE(r.ok()) << r.error;
  std::vector<std::string> out;
  for (const Conflict& c : r.conflicts) out.push_back(c.type + " " + c.reason);
  return out;
}

// True when one conflict has this type and its reason contains `what`.
bool has(const std::vector<std::string>& cs, const std::string& type, const std::string& what) {
  for (const std::string& c : cs)
    if (c.rfind(type + " ", 0) == 0 && c.find(what) != std::string::npos) return true;
  return false;
}

std::string all(const std::vector<std::string>& cs) {
  std::string s;
  for (const std::string& c : cs) s += c + "\n";
  return s;
}

using TextPairs = std::vector<std::pair<const char*, const char*>>;

// Each pair of texts, compared alone, gives no conflict at all.
void expect_no_conflict(const TextPairs& pairs) {
  for (const auto& [x, y] : pairs) EXPECT_TRUE(conflicts_of({x, y}).empty()) << x << " / " << y << ": " << all(conflicts_of({x, y}));
}

// Each pair of texts, compared alone, gives a negation conflict.
void expect_negation(const TextPairs& pairs) {
  for (const auto& [x, y] : pairs) EXPECT_TRUE(has(conflicts_of({x, y}), "negation", "")) << x << " / " << y;
}

// Each two texts, compared alone, dispute a number whose reason holds the third string.
void expect_number(const std::vector<std::array<const char*, 3>>& cases) {
  for (const auto& [x, y, what] : cases) EXPECT_TRUE(has(conflicts_of({x, y}), "number", what)) << x << " / " << y << ": " << all(conflicts_of({x, y}));
}

// An age by decade ("a man in his 70s") is a range, the person before "in his": it disputes an
// age outside it and agrees with one inside.
TEST(Conflicts, AnAgeByDecade) {
  const auto d = conflicts_of({"A man in his 70s died after his car was swept away near Astley.",
                               "An 82-year-old man died after his car was swept away near Astley."});
  EXPECT_TRUE(has(d, "number", "age: 70\xE2\x80\x93" "79 vs 82")) << all(d);
  expect_no_conflict({{"A man in his 70s died after his car was swept away near Astley.",
                       "A 75-year-old man died after his car was swept away near Astley."},
                      {"A woman in her early 40s was hurt when the roof fell in.",
                       "A 42-year-old woman was hurt when the roof fell in."}});
}

// A count and a day that both differ are two disputes of one claim: the day is judged with the
// disputed count set aside. Alone, either is a dispute too.
TEST(Conflicts, ACountAndADayThatBothDiffer) {
  const char* wednesday = "More than 600 people were evacuated from their homes in Brackwater on Wednesday after the River Sefton burst its banks following two days of heavy rain.";
  const char* tuesday = "Firefighters evacuated 450 people from Brackwater on Tuesday after the River Sefton burst its banks.";
  const auto d = conflicts_of({wednesday, tuesday});
  EXPECT_TRUE(has(d, "number", "more than 600 vs 450")) << all(d);
  EXPECT_TRUE(has(d, "date", "Wednesday vs Tuesday")) << all(d);
  EXPECT_EQ(d.size(), 2u) << all(d);
  const auto day = conflicts_of({wednesday, "Firefighters evacuated 620 people from Brackwater on Tuesday after the River Sefton burst its banks."});
  EXPECT_TRUE(has(day, "date", "Wednesday vs Tuesday")) << all(day);
  EXPECT_EQ(day.size(), 1u) << all(day);
}

// A count and a day that both differ where the claim holds only with both set aside: two
// disputes of one claim. A broader or narrower word for what is measured ("strike" / "walkout")
// names the same thing.
TEST(Conflicts, ACountAndADayThatHoldOnlyTogether) {
  const auto both = conflicts_of({"Bus drivers in Corlen will hold a two-day strike from 3 June in a dispute over rosters, their union said.",
                                  "Corlen's bus drivers are to stage a four-day walkout from 5 June in a row over rosters."});
  EXPECT_TRUE(has(both, "number", "2 days vs 4 days")) << all(both);
  EXPECT_TRUE(has(both, "date", "3 June vs 5 June")) << all(both);
  const auto count = conflicts_of({"Teachers in Orvale will stage a two-day strike in a dispute over pay.",
                                   "Teachers in Orvale will stage a four-day walkout in a dispute over pay."});
  EXPECT_TRUE(has(count, "number", "2 days vs 4 days")) << all(count);
}

// People counted in one state, with or without their noun, are one count: "nine were killed" is
// read as nine dead, as "seven people died" is.
TEST(Conflicts, CountsOfPeopleWithoutTheirNoun) {
  EXPECT_TRUE(has(conflicts_of({"Five people died when the bus left the road.",
                                "At least 9 were killed when the bus left the road."}), "number", "at least 9"));
  EXPECT_TRUE(has(conflicts_of({"Three were arrested at the port on Monday.",
                                "Police arrested five men at the port on Monday."}), "number", "3 vs 5"));
  // Harmed is hurt: none harmed disputes two injured.
  EXPECT_TRUE(has(conflicts_of({"No one was harmed when the crane fell.", "Two workers were injured when the crane fell."}),
                  "number", "none vs 2"));
  // The same count said both ways is no conflict.
  expect_no_conflict({{"Nine were killed when the bus left the road.", "The bus left the road, killing nine people."}});
}

// The dead and the injured are two counts, whatever noun both use.
TEST(Conflicts, CountsInTwoStatesAreTwoMeasures) {
  expect_no_conflict({{"Seven people died in the blast at the depot.", "Twelve people were injured in the blast at the depot."},
                      {"Two passengers were killed in the crash.", "Five passengers were injured in the crash."}});
  EXPECT_TRUE(has(conflicts_of({"Two passengers were killed in the crash.", "Five passengers were killed in the crash."}),
                  "number", "2 vs 5"));
}

TEST(Conflicts, NameInTheSameSlot) {
  const auto cs = conflicts_of({"Police said Moreau fired first at the checkpoint near the depot.",
                                "Police said Ostrander fired first at the checkpoint near the depot."});
  EXPECT_TRUE(has(cs, "name", "Moreau")) << all(cs);
  // Two people each named with an office hold two offices: both may say the same thing.
  expect_no_conflict({{"Sheriff Dana Whitlock said the coast road would stay closed until Friday.",
                       "Mayor Paul Ostrander said the coast road would stay closed until Friday."},
                      {"Fire Chief Rowan Ellery urged Tarn residents to obey the evacuation orders.",
                       "Commissioner Dana Whitlock urged Tarn residents to obey the evacuation orders."}});
  const auto office = conflicts_of({"Sheriff Dana Whitlock said the coast road would stay closed until Friday.",
                                    "Sheriff Paul Ostrander said the coast road would stay closed until Friday."});
  EXPECT_TRUE(has(office, "name", "Dana Whitlock vs Paul Ostrander")) << all(office);
}

// In a list of names no other word stands near the one that changed; the rest of the sentence,
// all aligned, is the slot.
TEST(Conflicts, NameInAListWhenEverythingElseAligns) {
  const auto cs = conflicts_of({"Prizes went to Feeney, 41, of Tullow, and Brackett, 52, of Dunmore.",
                                "Prizes went to Feeney, 41, of Tullow, and Sallowby, 52, of Dunmore."});
  EXPECT_TRUE(has(cs, "name", "Brackett")) << all(cs);
}

// A whole name the other unit gives elsewhere, word for word, is still replaced in this place; a
// name that only shares a word with one elsewhere in the other (a relative's) is not told apart.
TEST(Conflicts, ANameTheOtherGivesElsewhere) {
  const auto cs = conflicts_of({"The Hawks released Tarrow... and within a week the Gulls had signed Tarrow.",
                                "The Hawks released Ossian... and within a week the Gulls had signed Tarrow."});
  EXPECT_TRUE(has(cs, "name", "Tarrow vs Ossian")) << all(cs);
  expect_no_conflict({{"Rhys Arlo, the son of Pell Arlo who won here twice, shot a 71 on Friday.",
                       "Rhys Arlo, the son of the Iron Duke who won here twice, shot a 71 on Friday."}});
}

// One office held, by two reports, by two people: the office after the name with its owner ("the
// trust's director") or its complement ("the director of nursing") is the office before the other
// name.
TEST(Conflicts, AnOfficeWithItsOwnerAfterTheName) {
  const auto cs = conflicts_of({"Mirren Tove, the festival's director, said the stage would be rebuilt.",
                                "The festival's director, Alun Brisk, said the stage would be rebuilt."});
  EXPECT_TRUE(has(cs, "name", "Mirren Tove vs Alun Brisk")) << all(cs);
  // And with what it is the office of ("director of nursing").
  const auto of = conflicts_of({"The director of catering, Mirren Tove, said the stalls would stay open.",
                                "The stalls would stay open, said Alun Brisk, the director of catering."});
  EXPECT_TRUE(has(of, "name", "Mirren Tove vs Alun Brisk")) << all(of);
}

// An office of an organisation named in full ("president of Harbour Porters Union Local 7") is
// one post: the organisation's name is shared evidence of it, though the two holders' statements
// are told in different words.
TEST(Conflicts, AnOfficeOfANamedOrganisation) {
  const auto cs = conflicts_of(
      {"Mira Dovel, president of Harbour Porters Union Local 7, said the union would fight the closure.",
       "Ansel Greave, president of Harbour Porters Union Local 7, said the union would fight to keep the depot open."});
  EXPECT_TRUE(has(cs, "name", "Mira Dovel vs Ansel Greave")) << all(cs);
  // After "the", and against the office written before the other name.
  const auto the = conflicts_of({"Mira Dovel, chief of the Harbour Fire Authority, spoke to reporters.",
                                 "Harbour Fire Authority chief Ansel Greave spoke to reporters."});
  EXPECT_TRUE(has(the, "name", "Mira Dovel vs Ansel Greave")) << all(the);
}

// A surname that starts the sentence is a name, though a film-subtitle word list may know it.
TEST(Conflicts, SurnameStartingTheSentence) {
  const auto cs = conflicts_of({"Hallworth has experience running the harvest festival in the valley.",
                                "Orlova has experience running the harvest festival in the valley."});
  EXPECT_TRUE(has(cs, "name", "Hallworth")) << all(cs);
}

// Names that fill no common slot are no conflict: a nationality beside another group of people.
TEST(Conflicts, NamesOutsideACommonSlot) {
  const auto cs = conflicts_of({"Most Nordic delegates are not expected to attend the summit in Varna.",
                                "The Iberian delegate rarely travels abroad and will attend the summit in Varna."});
  EXPECT_FALSE(has(cs, "name", "")) << all(cs);
}

// An acronym for the other name's leading words (the whole acronym or its end) names the same
// thing; another name in its place does not.
TEST(Conflicts, AnAcronymForTheLeadingWords) {
  expect_no_conflict({{"The patrol vessel KNS Tavel stopped the trawler off the cape on Monday.",
                       "Naval Ship Tavel stopped the trawler off the cape on Monday."},
                      {"Orla Fenn won the league's MVP Award in her first full year at Kelby.",
                       "Orla Fenn won the league's Most Valuable Player Award in her first full year at Kelby."}});
  EXPECT_TRUE(has(conflicts_of({"The patrol vessel KNS Tavel stopped the trawler off the cape on Monday.",
                                "Naval Ship Marran stopped the trawler off the cape on Monday."}),
                  "name", "Marran"));
  // Written as letters apart.
  expect_no_conflict({{"Ines Moray said both Kell Marine and Fenwick & Tarrant had made excellent offers.",
                       "Ines Moray said Kell Marine and F&T had made excellent offers."}});
  EXPECT_TRUE(has(conflicts_of({"Ines Moray said both Kell Marine and Fenwick & Tarrant had made excellent offers.",
                                "Ines Moray said Kell Marine and G&T had made excellent offers."}),
                  "name", "G&T"));
}

// In a title-case headline every longer word is capitalised: its names cannot be read apart from
// the words around them, and are not compared.
TEST(Conflicts, TitleCaseHeadlinesCompareNoNames) {
  expect_no_conflict({{"Governor Avery Names Harbour Chief For Port Elsen",
                       "Governor Lena Avery named a new harbour chief for Port Elsen on Monday."}});
}

TEST(Conflicts, NumberWords) {
  const auto cs = conflicts_of({"The club then lost the next four matches in a row, and the coach was dismissed.",
                                "The club then lost the next nine matches in a row, and the coach was dismissed."});
  EXPECT_TRUE(has(cs, "number", "4 vs 9")) << all(cs);
}

// Hedges and ranges keep their interval logic ("between $4 and $8" holds $5); the same hedge on two
// numbers states two bounds.
TEST(Conflicts, HedgedNumbers) {
  EXPECT_TRUE(conflicts_of({"More than 200 people were treated for smoke in the district hospital.",
                            "About 230 people were treated for smoke in the district hospital."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"A single fare on the Kessford buses costs between $4 and $8.",
                            "A single fare on the Kessford buses costs $5."})
                  .empty());
  const auto cs = conflicts_of({"The reading at the outflow was more than five times the permitted level.",
                                "The reading at the outflow was more than eleven times the permitted level."});
  EXPECT_TRUE(has(cs, "number", "")) << all(cs);
}

// Two sums of millions, each exact to its last digit, that differ by more than either's rounding
// are two values ("310 million pounds" / "301 million pounds"); one written with fewer digits may
// be the other rounded ("£310m" / "£310.4m").
TEST(Conflicts, LargeValuesExactToTheirLastDigit) {
  const auto cs = conflicts_of({"The grocer reported a 12% drop in annual profit on Thursday, to 310 million pounds.",
                                "The grocer reported lower annual profits of 301 million pounds on Thursday."});
  EXPECT_TRUE(has(cs, "number", "")) << all(cs);
  EXPECT_TRUE(conflicts_of({"The grocer reported an annual profit of 310 million pounds on Thursday.",
                            "The grocer reported an annual profit of 310.4 million pounds on Thursday."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"The grocer reported an annual profit of about 310 million pounds on Thursday.",
                            "The grocer reported an annual profit of 301 million pounds on Thursday."})
                  .empty());
}

// A sum's slot is its currency and a share's is "percent", however written ("52 per cent", not
// "cent").
TEST(Conflicts, APercentageIsNamedAsOne) {
  const auto cs = conflicts_of({"Rosa Harlan won the mayoral race in Dunmere on Sunday with 52 per cent of the vote.",
                                "Rosa Harlan won the mayoral race in Dunmere on Sunday with 54% of the vote."});
  EXPECT_TRUE(has(cs, "number", "percent: 52% vs 54%")) << all(cs);
}

// A value a change started from ("risen from 1.4 billion euros to ...") is no longer the value:
// it disputes only another start, not what the other side says the value is now.
TEST(Conflicts, WhereAChangeStartedIsNotTheValueNow) {
  const auto cs = conflicts_of({"The price of the Hollin bridge has risen from 1.4 billion euros to 2.1 billion.",
                                "The Hollin bridge will cost 2.4 billion euros, according to the memo."});
  EXPECT_FALSE(has(cs, "number", "1.4")) << all(cs);
  const auto starts = conflicts_of({"The price of the Hollin bridge has risen from 1.4 billion euros to 2.1 billion.",
                                    "The price of the Hollin bridge has risen from 1.6 billion euros to 2.1 billion."});
  EXPECT_TRUE(has(starts, "number", "1.4")) << all(starts);
}

// A vague amount holds what its words allow: "thousands" of homes may be 30,000 of them (the
// next scale a writer names is a thousand times larger; number_test: "hundreds" stays under a
// thousand).
TEST(Conflicts, VagueAmounts) {
  const auto cs = conflicts_of({"Gale leaves 30,000 homes without power", "Gale: thousands without power"});
  EXPECT_TRUE(cs.empty()) << all(cs);
}

// A count whose own noun is another thing ("two of the trawlers") is not the count of the crew
// named later in the clause; and a part ("two of the trawlers") is not the whole ("the three
// trawlers").
TEST(Conflicts, CountsOfDifferentNouns) {
  const auto cs = conflicts_of({"The three trawlers had a total of 31 crew on board when they were stopped.",
                                "Two of the trawlers and their crew escaped, while the patrol boat stopped the rest."});
  EXPECT_FALSE(has(cs, "number", "")) << all(cs);
  // Different parts of two wholes are two counts; one part of two wholes disputes the whole.
  expect_no_conflict({{"The Civic League won 34 of the 61 seats in the provincial assembly.",
                       "The Civic League won 12 of the 15 seats in the capital district."}});
  expect_number({{"The Civic League won 12 of the 61 seats in the Marl assembly.",
                  "The Civic League won 12 of the 65 seats in the Marl assembly.", "61 vs 65"}});
}

// A year that opens the sentence after "In", without a comma, dates the count in its later
// clause: an earlier outbreak's count, not this one's.
TEST(Conflicts, AnOpeningYearDatesTheWholeSentence) {
  expect_no_conflict({{"Eleven patients on the Brook ward at Kelby Infirmary have caught the infection since March.",
                       "In 2019 the Kelby Infirmary saw a smaller outbreak on a surgical ward, when four patients caught the infection."}});
  // The same sentence without the year disputes the count.
  EXPECT_TRUE(has(conflicts_of({"Eleven patients on the Brook ward at Kelby Infirmary have caught the infection since March.",
                                "The Kelby Infirmary saw an outbreak on the Brook ward, when four patients caught the infection."}),
                  "number", "11 vs 4"));
}

// A count beside the other's counted noun but with a noun of its own counts that noun: "smugglers
// in two launches" counts launches, not the smugglers "the 14 smugglers" counts. A count of people
// beside the other's noun still is that count ("nine dead" / "six people died").
TEST(Conflicts, ACountBesideTheOthersNounCountsItsOwn) {
  expect_no_conflict({{"Coastguard officers said the smugglers in two launches fled towards the cape before dawn.",
                       "Coastguard officers said the 14 smugglers were taken to the harbour at Port Elsen before dawn."}});
  EXPECT_TRUE(has(conflicts_of({"Nine dead after the ferry capsized off Port Elsen on Sunday.",
                                "Six people died after the ferry capsized off Port Elsen on Sunday."}),
                  "number", ""));
}

// Counts of one specific thing compared across a cluster (conflicts/counts.cc): under two
// unrelated verbs they count two happenings; under one verb they dispute one count, named as
// written.
TEST(Conflicts, CountsOfAThingUnderTwoVerbs) {
  const char* sank = "Navy gunboats off Port Elsen sank 40 tankers of smuggled diesel in the spring.";
  const auto apart = conflicts_of({sank, "The smugglers still hold at least 6 tankers, the harbour master told reporters."});
  EXPECT_FALSE(has(apart, "number", "tanker")) << all(apart);
  const auto one = conflicts_of({sank, "By the harbour master's account, the gunboats sank 25 tankers, most of them old."});
  EXPECT_TRUE(has(one, "number", "tankers: 40 vs 25")) << all(one);
  // The verbs may follow the noun: "were caught" and "survived" count two sets of the climbers.
  const auto after = conflicts_of({"Seven climbers were caught by the slide above the Tarn hut.", "Six climbers survived."});
  EXPECT_FALSE(has(after, "number", "climbers")) << all(after);
  const auto one_after = conflicts_of({"Seven climbers were caught by the slide above the Tarn hut.", "Nine climbers were caught."});
  EXPECT_TRUE(has(one_after, "number", "climbers: 7 vs 9")) << all(one_after);
  // Or one follow the noun and the other come right before the count, its object: "joined" and
  // "trapped" count two sets of workers; the agent of a passive ("supported by nine aircraft") is
  // no object.
  const auto mixed = conflicts_of({"Some 200 rescue workers joined the effort at the Tarn quarry.",
                                   "The rockfall at the Tarn quarry trapped 31 workers."});
  EXPECT_FALSE(has(mixed, "number", "workers")) << all(mixed);
  const auto one_mixed = conflicts_of({"Some 200 rescue workers were trapped at the Tarn quarry.",
                                       "The rockfall at the Tarn quarry trapped 31 workers."});
  EXPECT_TRUE(has(one_mixed, "number", "workers: about 200 vs 31")) << all(one_mixed);
  // Things a verb after them befalls may be what the other's verb did: one set.
  const auto jobs = conflicts_of({"The Tarn mill will cut 1,200 jobs.", "1,500 jobs will go at the Tarn mill."});
  EXPECT_TRUE(has(jobs, "number", "jobs: 1,200 vs 1,500")) << all(jobs);
  const auto homes = conflicts_of({"52 homes in Tarn have been lost.", "The Tarn blaze has destroyed 37 homes."});
  EXPECT_TRUE(has(homes, "number", "homes: 52 vs 37")) << all(homes);
  // The verb before the count governs it, not a participle after the noun.
  const auto cast = conflicts_of({"Counters in Tarn re-examined 53,180 ballots.", "Counters in Tarn re-examined 51,040 ballots cast."});
  EXPECT_TRUE(has(cast, "number", "ballots: 53,180 vs 51,040")) << all(cast);
  // An adverb before the verb is passed over ("were finally allowed").
  expect_no_conflict({{"The Tarn quarry fire forced 1,800 residents to leave.", "600 residents were finally allowed to return to Tarn."}});
}

// Counts of things two holders have are two counts: the subjects of the verbs of having are
// different words the lexicon does not relate ("The depot has 80 drivers" / "The garage has 460
// drivers"); one holder named two ways still disputes its count, and "has" as an auxiliary
// holds nothing.
TEST(Conflicts, CountsOfTwoHolders) {
  const auto two = conflicts_of({"The Varley depot has 80 drivers.", "The Varley garage has 460 drivers."});
  EXPECT_FALSE(has(two, "number", "drivers")) << all(two);
  const auto one = conflicts_of({"The Varley depot has 80 drivers.", "The Varley depot now has 95 drivers."});
  EXPECT_TRUE(has(one, "number", "drivers: 80 vs 95")) << all(one);
  const auto aux = conflicts_of({"The fever has killed 296 people in the Varley district.",
                                 "The disease has killed 340 people in the Varley district."});
  EXPECT_TRUE(has(aux, "number", "296 vs 340")) << all(aux);
  // A count held and a count changed are two counts too; two changed still dispute theirs.
  const auto changed =
      conflicts_of({"The Varley council will have seven libraries.", "The Varley council will close two libraries."});
  EXPECT_FALSE(has(changed, "number", "libraries")) << all(changed);
  const auto shutting = conflicts_of({"The Varley council will have seven libraries.",
                                      "Shutting the two libraries will save the Varley council money."});
  EXPECT_FALSE(has(shutting, "number", "libraries")) << all(shutting);
  const auto both =
      conflicts_of({"The Varley council will close seven libraries.", "The Varley council will close two libraries."});
  EXPECT_TRUE(has(both, "number", "libraries: 7 vs 2")) << all(both);
  // Counts of two kinds of change are two counts; one kind told by two verbs, one.
  expect_no_conflict({{"The Varley mill will cut 1,200 jobs.", "The Varley mill will move 400 jobs to Larkfield."},
                      {"The Varley mill will cut 1,200 jobs.", "The Varley mill will create 300 jobs."}});
  const auto shed = conflicts_of({"The Varley mill will cut 1,200 jobs.", "The Varley mill will shed 1,500 jobs."});
  EXPECT_TRUE(has(shed, "number", "jobs: 1,200 vs 1,500")) << all(shed);
}

// The verbs before two times tell whether they date one happening.
TEST(Conflicts, DatesOfOneHappening) {
  const auto cs = conflicts_of({"The Kestrel ferry ran aground off Dunmore Head on Thursday evening with 120 people on board.",
                                "The ferry Kestrel ran aground on Friday evening on the Skerry reef off Dunmore Head."});
  EXPECT_TRUE(has(cs, "date", "Thursday")) << all(cs);
  // A preposition told with one time only ("early on Monday" / "on Sunday night"): the words
  // before the prepositions place the two.
  const auto early = conflicts_of({"The freighter Halcyon sank off Marrow Point early on Monday after its engine failed.",
                                   "The freighter Halcyon went down off Marrow Point on Sunday night, the navy said."});
  EXPECT_TRUE(has(early, "date", "early Monday vs Sunday night")) << all(early);
  // A time that opens the sentence dates the verb after it.
  const auto fronted = conflicts_of({"On Wednesday the Tolvey council approved the new budget by nine votes to four.",
                                     "The Tolvey council approved the new budget on Tuesday by nine votes to four."});
  EXPECT_TRUE(has(fronted, "date", "Wednesday vs Tuesday")) << all(fronted);
  const auto comma = conflicts_of({"Late on Tuesday, crews reopened the coast road at Kelby.",
                                   "Crews reopened the coast road at Kelby on Wednesday morning."});
  EXPECT_TRUE(has(comma, "date", "late Tuesday vs Wednesday morning")) << all(comma);
  expect_no_conflict({{"On Monday the Tolvey council voted to close the pool.", "The Tolvey council closed the pool on Friday."},
                      {"On Monday, the Tolvey council said it had closed the pool.", "The Tolvey council closed the pool on Friday."}});
}

// Clock times of one happening are compared as times, a rough one ("about", "around") within a
// quarter of an hour of a time to the minute or half an hour of a whole hour; other happenings at
// other times of one day are no dispute.
TEST(Conflicts, ClockTimesOfOneHappening) {
  const auto cs = conflicts_of({"The ferry Kestrel ran aground at 7.48am on Thursday, the coastguard said.",
                                "The ferry Kestrel ran aground at about 8:15 a.m. on Thursday, the coastguard said."});
  EXPECT_TRUE(has(cs, "date", "time: 07:48 vs 08:15")) << all(cs);
  const auto hour = conflicts_of({"The ferry Kestrel ran aground at 7 a.m. on Thursday.",
                                  "The ferry Kestrel ran aground at around 8am on Thursday."});
  EXPECT_TRUE(has(hour, "date", "time: 07:00 vs 08:00")) << all(hour);
  // An irregular past form is the verb the time dates ("began", "struck").
  const auto began = conflicts_of({"The strike at the Tolvey depot began at 6am.", "The strike at the Tolvey depot began at 3am."});
  EXPECT_TRUE(has(began, "date", "time: 06:00 vs 03:00")) << all(began);
  expect_no_conflict({{"The ferry Kestrel ran aground at 8.49pm on Thursday, the coastguard said.",
                       "The ferry Kestrel ran aground at around 9pm on Thursday, the coastguard said."},
                      {"The ferry Kestrel ran aground at 7.55am on Thursday.",
                       "The ferry Kestrel ran aground at about 8 a.m. on Thursday."},
                      {"The ferry Kestrel ran aground at 2:10am on Thursday.",
                       "The ferry Kestrel ran aground shortly after 2am on Thursday."},
                      {"The skipper radioed for help at 4 p.m. local time, the coastguard said.",
                       "Passengers were told at 5:30 p.m. local time to put on life jackets, the coastguard said."}});
}

// Two steps of a prosecution fall on different days ("convicted on Tuesday" / "sentenced on
// Wednesday"), though the lexicon relates them; one step on two days is a dispute.
TEST(Conflicts, TwoStepsOfAProsecution) {
  expect_no_conflict({{"Ada Renn was convicted of fraud at Tolvey Crown Court on Tuesday.",
                       "Ada Renn was sentenced for fraud at Tolvey Crown Court on Wednesday."}});
  const auto cs = conflicts_of({"Ada Renn was sentenced for fraud at Tolvey Crown Court on Tuesday.",
                                "Ada Renn was sentenced for fraud at Tolvey Crown Court on Wednesday."});
  EXPECT_TRUE(has(cs, "date", "Tuesday vs Wednesday")) << all(cs);
}

// A bound told as near ("shortly after 2:30 p.m.", "just before noon") holds for an hour: a time
// of the same happening beyond it disputes it; a bound alone ("after 2:30 p.m.") does not.
TEST(Conflicts, ANearBoundHoldsForAnHour) {
  const auto cs = conflicts_of({"The grass fire near Tolvey started shortly after 2:30 p.m.",
                                "The grass fire near Tolvey started at 5 p.m."});
  EXPECT_TRUE(has(cs, "date", "time: 14:30 vs 17:00")) << all(cs);
  expect_no_conflict({{"The grass fire near Tolvey started shortly after 2:30 p.m.",
                       "The grass fire near Tolvey started at 2:50 p.m."},
                      {"The grass fire near Tolvey started after 2:30 p.m.",
                       "The grass fire near Tolvey started at 5 p.m."}});
  // Across midnight, the nearer way round.
  expect_no_conflict({{"The barn roof near Tolvey fell in shortly before midnight on Friday.",
                       "The barn roof near Tolvey fell in at about 11:40 p.m. on Friday."}});
  const auto late = conflicts_of({"The barn roof near Tolvey fell in shortly before midnight.",
                                  "The barn roof near Tolvey fell in at 10:15 p.m."});
  EXPECT_TRUE(has(late, "date", "time: 00:00 vs 22:15")) << all(late);
}

// A sentence that tells the other's claim as its subject dates it with a verb of occurring; a time
// of another happening of the same thing (its end) is no such date.
TEST(Conflicts, AVerbOfOccurringDatesTheClaimItsSubjectTells) {
  const auto cs = conflicts_of({"A blaze ruined the old bakery on Elm Road in Harwick on Saturday evening.",
                                "The fire that ruined the old bakery on Elm Road in Harwick broke out on Sunday evening, police said."});
  EXPECT_TRUE(has(cs, "date", "Saturday evening vs Sunday evening")) << all(cs);
  expect_no_conflict({{"The blaze at the Harwick bakery started on Sunday evening.",
                       "The blaze at the Harwick bakery was put out on Monday morning."},
                      {"The fire at the Harwick bakery was brought under control on Monday morning.",
                       "The fire at the Harwick bakery began on Sunday evening."}});
}

// "Nobody" or "no one" as the subject denies the predicate of anyone: the other side's subject is
// part of what differs, and a denial that opens with "There is no one" counts too.
TEST(Conflicts, NobodyDeniesItOfAnyone) {
  const auto cs = conflicts_of({"Nobody was hurt when the crane toppled onto the quay.",
                                "A dock worker was hurt when the crane toppled onto the quay."});
  EXPECT_TRUE(has(cs, "negation", "A dock worker was hurt")) << all(cs);
  expect_negation({{"A chef is slicing an onion", "There is no one slicing an onion"}});
  // "No-one", as British spelling writes it, is the same word: no count of one.
  const auto hyphen = conflicts_of({"No-one was hurt when the crane toppled onto the quay.",
                                    "A dock worker was hurt when the crane toppled onto the quay."});
  EXPECT_TRUE(has(hyphen, "negation", "A dock worker was hurt")) << all(hyphen);
  expect_no_conflict({{"A spokesman for the bakery said no-one has been hurt in the fire at the Harwick shop.",
                       "A spokeswoman for the bakery said no one was hurt in the fire at the Harwick shop."}});
  // "No homes" against a count of them shows the count.
  const auto homes = conflicts_of({"No homes have been destroyed by the fire near Harwick, officials said.",
                                   "Three homes have been destroyed by the fire near Harwick, officials said."});
  EXPECT_TRUE(has(homes, "negation", "Three homes have been destroyed")) << all(homes);
  // In sentences that say more, what the denial names ("homes") aligned just before the stated
  // predicate places the two in one slot.
  const auto more = conflicts_of({"No homes have been destroyed, although a boathouse and two sheds were lost at the edge of Kelby.",
                                  "Three houses were destroyed overnight at the edge of Kelby, she added."});
  EXPECT_TRUE(has(more, "negation", "Three houses were destroyed")) << all(more);
}

// A denied intention denies the act it announces; a past one ("did not intend to") does not.
TEST(Conflicts, ADeniedIntentionDeniesTheAct) {
  const auto plans = conflicts_of({"The Orvel council has no plans to introduce a congestion charge in the old town.",
                                   "The Orvel council will introduce a congestion charge in the old town."});
  EXPECT_TRUE(has(plans, "negation", "will introduce")) << all(plans);
  const auto intent = conflicts_of({"Dunmore Foods has no intention of closing its bakery in Pellan.",
                                    "Dunmore Foods is closing its bakery in Pellan."});
  EXPECT_TRUE(has(intent, "negation", "is closing")) << all(intent);
  const auto present = conflicts_of({"The Orvel council does not plan to introduce a congestion charge in the old town.",
                                     "The Orvel council will introduce a congestion charge in the old town."});
  EXPECT_TRUE(has(present, "negation", "will introduce")) << all(present);
  // The plan itself stays the predicate where the other states the plan.
  const auto plan = conflicts_of({"The Orvel council has no plans to introduce a congestion charge in the old town.",
                                  "The Orvel council plans to introduce a congestion charge in the old town."});
  EXPECT_TRUE(has(plan, "negation", "plans")) << all(plan);
  expect_no_conflict({{"The Orvel council did not intend to close the bus depot on Marsh Lane.",
                       "The Orvel council closed the bus depot on Marsh Lane in May."}});
}

// Opposite adjectives before one noun describe it two ways; opposite nouns name two things.
TEST(Conflicts, OppositeAdjectivesBeforeOneNoun) {
  const auto cs = conflicts_of({"A large crowd gathered outside Harwick town hall to cheer the mayor.",
                                "A small crowd gathered outside Harwick town hall to cheer the mayor."});
  EXPECT_TRUE(has(cs, "negation", "large")) << all(cs);
  expect_no_conflict({{"A man walks his dog along the Harwick ring road every morning.",
                       "A woman walks her dog along the Harwick ring road every morning."}});
}

// A denial narrowed by a phrase the other side does not have leaves the stated claim open.
TEST(Conflicts, ANarrowedDenialLeavesTheClaimOpen) {
  expect_no_conflict({{"The harbour board declined to make an offer for the ferry company during the talks in May.",
                       "The harbour board made an offer for the ferry company."},
                      {"There is no dog chewing a bone in the garden", "A dog is chewing a bone"},
                      {"The mayor was not at the town hall during the vote.", "The mayor was at the town hall."}});
  expect_negation({{"The harbour board did not make an offer for the ferry company.",
                    "The harbour board made an offer for the ferry company."}});
}

// Values are disputed only between units related as they stand: two players' figures in two
// sentences about different things share a frame ("for N yards"), not a claim.
TEST(Conflicts, ValuesOfUnrelatedUnitsAreNoDispute) {
  const auto cs = conflicts_of({"Brandt passed for 318 yards and one touchdown as the Lions held on for a narrow win over the Bears on Sunday night.",
                                "He finished the year with 72 receptions for 981 yards and eight touchdowns."});
  EXPECT_FALSE(has(cs, "number", "318 yd vs 981 yd")) << all(cs);
  // The same values in units that tell one claim are still a dispute.
  const auto same = conflicts_of({"Brandt passed for 318 yards as the Lions held on to beat the Bears on Sunday night.",
                                  "Brandt passed for 381 yards as the Lions held on to beat the Bears on Sunday night."});
  EXPECT_TRUE(has(same, "number", "318 yd vs 381 yd")) << all(same);
}

// "The Maine Democrat" describes someone by place and party: it names nobody, so it disputes no name.
TEST(Conflicts, ADescriptionByPartyIsNoName) {
  expect_no_conflict({{"Senator Ruth Alder said the harbour bill would pass before the summer recess.",
                       "The Maine Democrat said the harbour bill would pass before the summer recess."}});
  EXPECT_TRUE(has(conflicts_of({"Senator Ruth Alder said the harbour bill would pass before the summer recess.",
                                "Senator Paul Osei said the harbour bill would pass before the summer recess."}),
                  "name", "Ruth Alder vs Paul Osei"));
}

// "until Friday" bounds a period; "on Wednesday" places a happening.
TEST(Conflicts, ABoundIsNotAPointInTime) {
  const auto cs = conflicts_of({"All libraries in the district will stay closed until Friday, the council said.",
                                "The main bridge into the district remained closed on Wednesday while engineers worked."});
  EXPECT_FALSE(has(cs, "date", "")) << all(cs);
  // A count by a bounded day is a running total, not the count of a day; against a count of no
  // time, or another total by a day, it is one measure.
  const char* total = "By Thursday, 18 men had been brought up from the Tarn pit.";
  expect_no_conflict({{"Seven men were brought up from the Tarn pit on Wednesday.", total}});
  expect_no_conflict({{total, "By Saturday, 26 men had been brought up from the Tarn pit."}});
  const auto cs2 = conflicts_of({total, "Twenty men have been brought up from the Tarn pit."});
  EXPECT_TRUE(has(cs2, "number", "men: 18 vs 20")) << all(cs2);
  const auto cs3 = conflicts_of({"On Wednesday, seven men were brought up from the Tarn pit.",
                                 "Nine men were brought up from the Tarn pit on Wednesday."});
  EXPECT_TRUE(has(cs3, "number", "men: 7 vs 9")) << all(cs3);
}

// A denial and a statement in two tenses speak of two times (the denial's auxiliary may stand
// before its predicate: "No ferries will run"; a present form, as headlines tell what happened,
// is not what a denial of the future speaks of); in one tense, or against a perfect ("has not
// approved" / "approved on Monday"), they contradict each other.
TEST(Conflicts, DenialAndStatementInTwoTenses) {
  expect_no_conflict({{"Mara Oduya doesn't live on Kelby Road, neighbours said.",
                       "Mara Oduya, who lived on Kelby Road, neighbours said, was taken to hospital."},
                      {"The Kelby ferry ran aground near the harbour on Sunday.",
                       "No ferries will run to Kelby harbour before Friday, the operator said."},
                      {"Kelby ferry runs aground near the harbour, passengers taken off",
                       "No ferries will run to Kelby harbour before Friday, the operator said."}});
  expect_negation({{"Mara Oduya did not live on Kelby Road, neighbours said.", "Mara Oduya lived on Kelby Road, neighbours said."},
                   {"No ferries ran to Kelby harbour on Sunday.", "The ferry ran to Kelby harbour on Sunday."},
                   {"Mara Oduya does not live on Kelby Road, neighbours said.", "Mara Oduya lives on Kelby Road, neighbours said."},
                   {"The Kelby ferry did not run aground near the harbour, the operator said.",
                    "Kelby ferry runs aground near the harbour, passengers taken off"},
                   {"The council has not approved the plan.", "The council approved the plan on Monday."}});
}

// What one side denies something of ("Alcohol hand gels do not kill") is not stated there, so the
// other side's denial of it ("Soap and water, not alcohol gel, is needed") contradicts nothing;
// against a statement of it, the denial stands.
TEST(Conflicts, ADenialOfWhatTheOtherSideDeniesSomethingOf) {
  expect_no_conflict({{"Alcohol hand gels do not kill the virus, so visitors at Tarnby hospital should wash with soap and water.",
                       "Soap and water, not alcohol gel, is needed to get rid of the virus, the Tarnby hospital said."}});
  expect_negation({{"Alcohol gel is needed to get rid of the virus, the Tarnby hospital said.",
                    "Soap and water, not alcohol gel, is needed to get rid of the virus, the Tarnby hospital said."},
                   {"The Tarnby ferry did not sink, the coastguard said.", "The Tarnby ferry sank, but no one was hurt, the coastguard said."}});
}

// A limit ("The maximum sentence is ten years") and a value within it ("was jailed for six years")
// are two measures; two values given still dispute each other.
TEST(Conflicts, ALimitAndAValueWithinIt) {
  expect_no_conflict({{"The maximum sentence for the Tolvey fraud is ten years.",
                       "Ada Renn was sentenced to six years for the Tolvey fraud."},
                      // A capacity is a limit too.
                      {"The Tolvey ferry can seat 210 passengers.", "The Tolvey ferry was carrying 186 passengers."}});
  const auto cs = conflicts_of({"Ada Renn was sentenced to eight years for the Tolvey fraud.",
                                "Ada Renn was sentenced to six years for the Tolvey fraud."});
  EXPECT_TRUE(has(cs, "number", "8 years vs 6 years")) << all(cs);
}

// A year between an article and a noun names a happening of its own ("The 2019 fire burned 12,000
// hectares"): its figures are not this one's.
TEST(Conflicts, AYearThatNamesAnotherHappening) {
  // So does a word before a time ("a similar failure in 2019"): its date is not this one's.
  expect_no_conflict({{"The Kelby ferry suffered a similar engine failure in 2019.",
                       "The Kelby ferry suffered an engine failure in 2024."}});
  EXPECT_TRUE(has(conflicts_of({"The Kelby ferry suffered an engine failure in 2019.",
                                "The Kelby ferry suffered an engine failure in 2024."}),
                  "date", "2019"));
  expect_no_conflict({{"The Tolvey fire has burned 4,200 hectares.", "The 2019 Tolvey fire burned 12,000 hectares."}});
  const auto cs = conflicts_of({"The Tolvey fire has burned 4,200 hectares.", "The Tolvey fire has burned 5,100 hectares."});
  EXPECT_TRUE(has(cs, "number", "4,200")) << all(cs);
  // Counts of two years are two counts; of one year, one.
  const auto years = conflicts_of({"The Tolvey mill cut 1,200 jobs in 2024.", "The Tolvey mill cut 500 jobs in 2022."});
  EXPECT_FALSE(has(years, "number", "jobs")) << all(years);
  const auto year = conflicts_of({"The Tolvey mill cut 1,200 jobs in 2024.", "The Tolvey mill cut 500 jobs in 2024."});
  EXPECT_TRUE(has(year, "number", "jobs: 1,200 vs 500")) << all(year);
}

// Opposite happenings at two times are two happenings, not one told two ways; at one time they
// contradict each other.
// Two members of a series told by their places in it ("first", "last") happen at two times.
TEST(Conflicts, PlacesInASeriesAtTwoTimes) {
  expect_no_conflict({{"The first miners were lifted out of the Tarn pit on Wednesday.",
                       "The last miners were lifted out of the Tarn pit on Friday."},
                      {"The first miners were lifted out of the Tarn pit at 4 p.m.",
                       "The last miners were lifted out of the Tarn pit at 6:15 a.m."}});
  const auto cs = conflicts_of({"The last miners were lifted out of the Tarn pit on Thursday.",
                                "The last miners were lifted out of the Tarn pit on Friday."});
  EXPECT_TRUE(has(cs, "date", "Thursday vs Friday")) << all(cs);
  const auto time = conflicts_of({"The first miners were lifted out of the Tarn pit last Friday.",
                                  "The first miners were lifted out of the Tarn pit on Thursday."});
  EXPECT_TRUE(has(time, "date", "Friday vs Thursday")) << all(time);
}

TEST(Conflicts, OppositesAtTwoTimesAreTwoHappenings) {
  expect_no_conflict({{"The dock workers' strike at Fallowmere began on Monday, union leaders said.",
                       "The dock workers' strike at Fallowmere ended on Thursday, union leaders said."},
                      {"The coast road at Kelby closed on Tuesday after the landslip.",
                       "The coast road at Kelby reopened on Friday after the landslip."}});
  expect_negation({{"The coast road at Kelby reopened on Tuesday after the landslip.",
                    "The coast road at Kelby stayed closed on Tuesday after the landslip."},
                   // A time of the figure compared with dates no happening of its own.
                   {"Turnout in the Kelby harbour ballot rose to 58.3 percent, up from 54.9 percent four years ago.",
                    "Turnout in the Kelby harbour ballot fell to 58.3 percent."}});
  // A state held until a time, and its opposite at that time: one change seen from either side.
  expect_no_conflict({{"The Kelby market will stay closed until Monday, the mayor said.",
                       "The Kelby market will reopen on Monday, the mayor said."},
                      {"The coast road at Kelby will remain shut till Friday, the council said.",
                       "The coast road at Kelby will open on Friday, the council said."}});
  expect_negation({{"The Kelby market will stay closed until Monday, the mayor said.",
                    "The Kelby market will stay open until Monday, the mayor said."}});
  // One dated and one not may be two happenings, and so may times that do not meet; neither
  // dated, or dated alike, one.
  expect_no_conflict({{"The harbour board fired its chief engineer, Wes Arlo, on Friday.",
                       "The harbour board has hired Wes Arlo as its chief engineer."},
                      {"The harbour board fired its chief engineer, Wes Arlo, on Friday.",
                       "The harbour board hired Wes Arlo as its chief engineer in 2019."}});
  // A state said to last now, undated, and its opposite dated: the one denies the other.
  expect_negation({{"The coast road at Kelby remains closed after the landslip.",
                    "The coast road at Kelby was reopened on Tuesday after the landslip."},
                   {"The Kelby ferry terminal is still shut, the council said.",
                    "The Kelby ferry terminal opened again on Monday, the council said."}});
  // Not its opposite still to come.
  expect_no_conflict({{"The coast road at Kelby remains closed after the landslip.",
                       "The coast road at Kelby is expected to reopen later today after the landslip."},
                      {"The coast road at Kelby remains closed after the landslip.",
                       "The coast road at Kelby will be reopened on Tuesday after the landslip."}});
  expect_negation({{"Fuel prices at Kelby's pumps have increased this year, the council said.",
                    "Fuel prices at Kelby's pumps have decreased this year, the council said."}});
  expect_negation({{"The harbour board fired its chief engineer, Wes Arlo.",
                    "The harbour board has hired Wes Arlo as its chief engineer."}});
}

// Ordinals after "its" belong to the subject: two series, not one.
TEST(Conflicts, OrdinalsOfDifferentOwners) {
  const auto cs = conflicts_of({"Next year the folk festival marks its 40th anniversary.",
                                "The rowing club celebrated its 75th anniversary in May."});
  EXPECT_TRUE(cs.empty()) << all(cs);
}

// Opposite outcomes that WordNet does not list as antonyms (scripts/make-lexicon.py,
// EXTRA_ANTONYMS): surviving and dying, supporting and opposing, allowing and banning.
// "Not yet" against what has happened is a conflict, though "not yet" against what is still under
// way is none (engine_units_test.cc: NotYetDiffersFromNeitherPolarity).
TEST(Conflicts, NotYetAgainstDoneIsANegation) {
  expect_negation({{"Engineers have found why the pump failed.", "Engineers haven't yet found why the pump failed."},
                   {"The council has approved the new bus depot.", "The council has not yet approved the new bus depot."}});
  expect_no_conflict({{"Engineers are still testing why the pump failed.", "Engineers have not yet found why the pump failed."}});
}

TEST(Conflicts, OppositeOutcomesBeyondWordNet) {
  expect_negation({{"The pilot survived the crash, the airline said.", "The pilot died in the crash, the airline said."},
                   {"Both divers survived after their boat capsized off the cape.",
                    "Both divers perished after their boat capsized off the cape."},
                   {"Most of the union's members support the new pay offer.",
                    "Most of the union's members oppose the new pay offer."},
                   {"The council voted to allow street vendors in the old market on Sundays.",
                    "The council voted to ban street vendors in the old market on Sundays."},
                   // The other words of "acquit" in its sense: cleared of a charge, exonerated.
                   {"The former treasurer was cleared of a second charge of fraud.",
                    "The former treasurer was also convicted of fraud."},
                   {"Both officers were exonerated of misconduct by the tribunal.",
                    "Both officers were convicted of misconduct by the tribunal."},
                   // Opposite decisions.
                   {"The planning committee approved the new stadium on Tuesday.",
                    "The planning committee rejected the new stadium on Tuesday."},
                   {"The union accepted the pay offer.", "The union declined the pay offer."},
                   {"The appeals court upheld his conviction.", "The appeals court overturned his conviction."},
                   {"The ferry arrived at Harwick at nine o'clock.",
                    "The ferry departed from Harwick at nine o'clock."},
                   {"The council will increase parking charges next year.",
                    "The council will reduce parking charges next year."},
                   {"The government imposed a curfew on the capital.",
                    "The government lifted the curfew on the capital."},
                   {"The motion to close the library passed by six votes.",
                    "The motion to close the library failed by six votes."},
                   {"Both pilots survived the crash near Tolsby.",
                    "Both pilots were killed in the crash near Tolsby."},
                   {"The company plans to expand its workforce in Lenham.",
                    "The company plans to shrink its workforce in Lenham."},
                   // A value kept as it was and the same value changed.
                   {"The bank left interest rates unchanged on Thursday.", "The bank cut interest rates on Thursday."},
                   {"Ticket prices will remain unchanged next season.", "Ticket prices will increase next season."}});
  // Two causes of one fire are no corroboration.
  for (const Link& l : compared({"Investigators believe the warehouse fire was arson.",
                                 "Investigators believe the warehouse fire was an accident."}).links)
    EXPECT_NE(l.relation, Relation::kAgree) << l.score;
  // What stayed unchanged is no other value's change.
  EXPECT_TRUE(conflicts_of({"The route was unchanged, but the council cut the number of buses.",
                            "The council cut the number of buses on the route."}).empty());
  // Cleared of other things is no verdict against a conviction.
  expect_no_conflict({{"Crews cleared the road after the crash on Friday.", "The driver was convicted after the crash on Friday."}});
}

// An ordinal counts in the series its phrase and qualifier name: "the third mayor to resign this
// year" and "the 14th mayor of Fenwick" are two series; "the 14th mayor of Fenwick" and "the
// 15th mayor of Fenwick" are one.
TEST(Conflicts, OrdinalsOfDifferentSeries) {
  EXPECT_FALSE(has(conflicts_of({"Dana Pruitt is the third mayor to resign this year, officials said.",
                                 "Dana Pruitt was sworn in as the 14th mayor of Fenwick in 2019, officials said."}),
                   "number", ""));
  EXPECT_FALSE(has(conflicts_of({"Dana Pruitt was the first harbour master of Fenwick, officials said.",
                                 "Dana Pruitt was the 14th harbour board member of Fenwick, officials said."}),
                   "number", ""));
  EXPECT_FALSE(has(conflicts_of({"Orla Fenn is the fourth Premier Division manager to be sacked this year.",
                                 "Orla Fenn is the second Northern League manager to be sacked this year."}),
                   "number", ""));
  const auto same = conflicts_of({"Dana Pruitt was sworn in as the 14th mayor of Fenwick on Monday.",
                                  "Dana Pruitt was sworn in as the 15th mayor of Fenwick on Monday."});
  EXPECT_TRUE(has(same, "number", "14th")) << all(same);
}

// A season ("1998-99") holds both its years: no conflict with either, but one with another year.
TEST(Conflicts, ASeasonHoldsItsYears) {
  EXPECT_TRUE(conflicts_of({"Ines Moray captained the 1998-99 championship side, the club said.",
                            "Ines Moray captained the 1999 championship side, the club said."})
                  .empty());
  const auto other = conflicts_of({"Ines Moray captained the 1998-99 championship side, the club said.",
                                   "Ines Moray captained the 1997 championship side, the club said."});
  EXPECT_TRUE(has(other, "date", "1997")) << all(other);
}

// A rate counts what stands before "per": "15 points per game" is set against "18 points",
// not against "40 games".
TEST(Conflicts, ARateCountsWhatComesBeforePer) {
  const auto cs = conflicts_of({"Ada Quist averaged 15 points per game this season, the club said.",
                                "In 40 games this season, Ada Quist averaged 18 points, the club said."});
  EXPECT_TRUE(has(cs, "number", "15 vs 18")) << all(cs);
  EXPECT_FALSE(has(cs, "number", "vs 40")) << all(cs);
}

// A different holder of one office is a conflict, unless each sentence also names someone the
// other does not: then two announcements of two happenings are told alike.
TEST(Conflicts, ADifferentNameWithOthersApartIsTwoHappenings) {
  EXPECT_FALSE(has(conflicts_of({"Club president Ana Ruiz announced on Friday that Tom Vey has been relieved of his duties as head coach.",
                                 "Club president Luis Ortiz announced that the club has relieved Dan Ek of his head coaching duties."}),
                   "name", ""));
  const auto one = conflicts_of({"Club president Ana Ruiz announced on Friday that Tom Vey has been relieved of his duties as head coach.",
                                 "Club president Luis Ortiz announced on Friday that Tom Vey has been relieved of his duties as head coach."});
  EXPECT_TRUE(has(one, "name", "Luis Ortiz")) << all(one);
}

// One post named in more than one word, held by different people in two sources of one story:
// a dispute over who holds it, however little else the sentences share (conflicts/names.cc
// office_disputes). Not for posts that many hold at once, not when a source names two holders,
// and not between the outgoing holder and the post. A post of one word, only between two surnames
// of one given name.
TEST(Conflicts, OnePostTwoHolders) {
  const auto cs = conflicts_of({"Transport councillor Edda Lorne said the new tram line would open in spring.",
                                "Disruption will be short, transport councillor Piet Avery told reporters."});
  EXPECT_TRUE(has(cs, "name", "transport councillor: Edda Lorne vs Piet Avery")) << all(cs);
  const auto owner = conflicts_of({"\"We will not back down,\" said the union's general secretary, Mirela Sand.",
                                   "Union general secretary Agnes Holt said the vote showed how angry members were."});
  EXPECT_TRUE(has(owner, "name", "Mirela Sand vs Agnes Holt")) << all(owner);
  // Two sentences that agree in part, on the post alone: the holders are still disputed.
  const auto in_part = conflicts_of({"The port's chief harbour engineer, Wenna Tull, said the crane had been checked.",
                                     "Repairs will take a month, the port's chief harbour engineer, Osric Penhale, said."});
  EXPECT_TRUE(has(in_part, "name", "chief harbour engineer: Wenna Tull vs Osric Penhale")) << all(in_part);
  // Two sentences the model finds to agree, but too little alike without the holders to dispute
  // them there: the holders are still disputed, not corroborated.
  const auto agreeing = conflicts_of({"Water authority director Ilsa Brandt called the repair work \"slow, costly and necessary.\"",
                                      "Water authority director Tomas Quill said the job had been \"slow, costly and necessary.\""});
  EXPECT_TRUE(has(agreeing, "name", "water authority director: Ilsa Brandt vs Tomas Quill")) << all(agreeing);
  // A post of a kind many hold ("police officer") is told by the word before its head: a duty
  // officer is one.
  const auto duty = conflicts_of({"Coastguard duty officer Ilse Marr said the crew had been lifted off.",
                                  "\"The sea was calm,\" said coastguard duty officer Anton Vale."});
  EXPECT_TRUE(has(duty, "name", "coastguard duty officer: Ilse Marr vs Anton Vale")) << all(duty);
  // A post of an organisation named in it, told after the holder's name (at the sentence's end
  // too): the organisation is no one else the sentences name; one name transliterated two ways is
  // left to the comparison of the two sentences.
  const auto board = conflicts_of({"\"The river rose faster than ever,\" said Hana Stroud, director of the Valdren Water Board.",
                                   "Milo Kettle, director of the Valdren Water Board, said crews pulled 57 people from rooftops."});
  EXPECT_TRUE(has(board, "name", "Hana Stroud vs Milo Kettle")) << all(board);
  expect_no_conflict({{"\"The river rose faster than ever,\" said Heydar Rostami, director of the Valdren Water Board.",
                       "Heidar Rostamy, director of the Valdren Water Board, said crews pulled 57 people from rooftops."}});
  expect_no_conflict({{"Wide receiver Ali Green caught the winning pass in the last minute.",
                       "Wide receiver Ben Cole said the team deserved the win."},
                      {"Police officer Tom Reed said the road was closed overnight.",
                       "Police officer Ann Lee told reporters that the driver had fled."},
                      {"Outgoing harbour master Tom Reed said the port would shut.",
                       "Harbour master Ann Lee said the new rules start in May."}});
  // A post of one word: one given name with two surnames is one person named two ways; two given
  // names (or one surname spelt two ways) are not disputed.
  const auto inspector = conflicts_of({"\"The raid was planned,\" said Inspector Maren Dollish of Kelby Police.",
                                       "Inspector Maren Hollis told reporters the men fled towards the bypass."});
  EXPECT_TRUE(has(inspector, "name", "inspector: Maren Dollish vs Maren Hollis")) << all(inspector);
  expect_no_conflict({{"\"The raid was planned,\" said Inspector Maren Dollish of Kelby Police.",
                       "Inspector Tomas Hollis told reporters the men fled towards the bypass."},
                      {"\"The raid was planned,\" said Inspector Maren Hollis of Kelby Police.",
                       "Inspector Maren Holliss told reporters the men fled towards the bypass."}});
  EXPECT_FALSE(has(conflicts_of({"Ward councillor Tom Reed opened the new library. Ward councillor Ann Lee cut the ribbon at the school.",
                                 "Ward councillor Una Price said the road would shut for a week."}),
                   "name", ""));
}

// A name the other sentence gives as part of someone's role is named there too: "Velmar's mayor"
// and "Velmar mayor Ines Korda" are one person, and one denies what the other states.
TEST(Conflicts, ANameInTheOthersRoleIsNamedThere) {
  const auto cs = conflicts_of({"Velmar's mayor attended the opening of the new bridge on Friday.",
                                "Velmar mayor Ines Korda did not attend the opening of the new bridge on Friday."});
  EXPECT_TRUE(has(cs, "negation", "")) << all(cs);
}

// Not saying is no claim, "no one else" denies others, and words of place and of persons told
// apart ("outside" / "inside", "former employers" / "former employee") describe different things.
TEST(Conflicts, DenialsAndOppositesThatStateNoContrary) {
  EXPECT_TRUE(conflicts_of({"Harbour police could not say how many shots were fired at the depot on Monday.",
                            "Harbour police said several shots were fired at the depot on Monday."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"One deckhand was injured in the blast at the depot on Monday, officials said.",
                            "Officials said no one else was injured in the blast at the depot on Monday."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"Several workers gathered outside the depot on Monday after the blast.",
                            "Several workers sheltered inside the depot on Monday after the blast."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"His former employers at the depot said on Monday that the blast was an accident.",
                            "A former employee of the depot said on Monday that the blast was an accident."})
                  .empty());
  // What a negation denies is not stated: "could not afford to pay" and "did not pay" agree.
  EXPECT_TRUE(conflicts_of({"Many patients at the Arden clinic could not afford to pay the fees, the doctor said.",
                            "Many patients at the Arden clinic did not pay the fees, the doctor said."})
                  .empty());
  // "None of which": a denial too, so two denials agree.
  EXPECT_TRUE(conflicts_of({"The depot had two small fires on Monday, none of which caused injuries, the owner said.",
                            "The depot had two small fires on Monday, the owner said, though no one has been hurt."})
                  .empty());
  // A negation both sides share leaves the rest to compare.
  const auto inner = conflicts_of({"Staff did not feel the clinic was treating patients well on Monday.",
                                   "Staff did not feel the clinic was not treating patients well on Monday."});
  EXPECT_TRUE(has(inner, "negation", "")) << all(inner);
  // The denial of the stated thing itself still conflicts.
  const auto cs = conflicts_of({"One deckhand was injured in the blast at the depot on Monday, officials said.",
                                "Officials said no one was injured in the blast at the depot on Monday."});
  EXPECT_TRUE(has(cs, "negation", "")) << all(cs);
}

// Converses ("sold" / "bought") tell one deal from either side when one is in the passive; said
// of one buyer in the active, they conflict.
TEST(Conflicts, ConversesInThePassiveTellOneDeal) {
  EXPECT_TRUE(conflicts_of({"The Tollhaven kettles were sold in supermarkets from March to October.",
                            "People who bought the Tollhaven kettles in supermarkets from March to October should return them."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"The Tollhaven kettles were sold in supermarkets from March to October.",
                            "The Tollhaven kettles were bought in supermarkets from March to October."})
                  .empty());
  // A participle with nothing after it, or a buyer or seller after it, is the passive without its
  // auxiliary (a headline's, a reduced clause's): "Quay site sold" is what the council bought.
  EXPECT_TRUE(conflicts_of({"Quay site sold\n\nThe old quay site has a new owner after talks ended on Friday.",
                            "Town council buys quay site\n\nThe council will pay 3 million euros for it."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"The Ferrow mill, sold to a hotel group in May, will close.",
                            "A hotel group bought the Ferrow mill in May and will close it."})
                  .empty());
  const auto deal = conflicts_of({"Almark bought the Tollhaven port on Monday for 40 million euros.",
                                  "Almark sold the Tollhaven port on Monday for 40 million euros."});
  EXPECT_TRUE(has(deal, "negation", "opposite")) << all(deal);
}

// Both sides deny, in other words: a negator aligned to the other side's own ("no evidence exists
// to show" / "no evidence shows", "denied that" / "denied that it was"), a verb of nothing ("gave
// no details" / "declined to give details"); and what one side only tried to do is not contradicted
// by a failure to do it, nor what one side was kept from doing. The statement of the thing itself
// still conflicts with each.
TEST(Conflicts, DenialsBothSidesMakeAndAttemptsAreNoContrary) {
  expect_no_conflict({
      {"\"No evidence exists to show that the bridge is unsafe,\" the engineer said on Monday.",
       "The engineer said on Monday that no evidence shows that the bridge is unsafe."},
      {"The mayor denied that pressure from the council had forced the decision on Monday.",
       "The mayor denied that it was pressure from the council which had forced the decision on Monday."},
      {"The shipping company gave no details about the buyer of the ferry on Monday.",
       "The shipping company declined to give details about the buyer of the ferry on Monday."},
      {"The ferry tried to reach the harbour before the storm on Monday.",
       "The ferry failed to reach the harbour before the storm on Monday."},
      {"The harbour master said on Monday that he was not going to release the report.",
       "The harbour master is barred by the council from releasing the report, officials said on Monday."},
  });
  expect_negation({
      {"The engineer said on Monday that evidence shows that the bridge is unsafe.",
       "The engineer said on Monday that no evidence shows that the bridge is unsafe."},
      {"The mayor said that pressure from the council had forced the decision on Monday.",
       "The mayor denied that pressure from the council had forced the decision on Monday."},
      {"The shipping company gave details about the buyer of the ferry on Monday.",
       "The shipping company declined to give details about the buyer of the ferry on Monday."},
      {"The ferry reached the harbour before the storm on Monday.",
       "The ferry failed to reach the harbour before the storm on Monday."},
  });
}

// What one side states as lost, lacking, removed, blocked or hardly ever done, the other's denial
// says too ("removed from the final bill" / "not in the final bill", "rarely keep" / "do not keep",
// "blocked the road" / "without a road"). A
// denial of the loss itself still conflicts with the loss ("No homes were lost" / "lost their
// homes"), and so does the plain statement with the denial.
TEST(Conflicts, WhatIsStatedAbsentTheDenialSaysToo) {
  expect_no_conflict({
      {"Senator Ana Ruiz said she would work to get the harbour levy removed from the final bill.",
       "Senator Ana Ruiz said she would work to see that the harbour levy was not in the final bill."},
      {"Ferry operators rarely keep full passenger lists, the harbour master said on Monday.",
       "Ferry operators do not keep full passenger lists, the harbour master said on Monday."},
      {"The gulls flew towards the lighthouse because they had lost their sense of direction in the fog.",
       "The gulls flew towards the lighthouse because they no longer had any sense of direction in the fog."},
      {"A rockfall blocked the only road to Upper Kessford.", "A rockfall left Upper Kessford without a road."},
      {"Mud buried the road to Upper Kessford.", "Mud left Upper Kessford without a road."},
  });
  expect_negation({
      {"Mud buried two houses in Upper Kessford.", "Mud buried no houses in Upper Kessford."},
      {"A rockfall blocked the only road to Upper Kessford.", "A rockfall did not block the only road to Upper Kessford."},
      {"Ferry operators always keep full passenger lists, the harbour master said on Monday.",
       "Ferry operators do not keep full passenger lists, the harbour master said on Monday."},
      {"No homes were lost in the harbour fire on Monday, officials said.",
       "Three families lost their homes in the harbour fire on Monday, officials said."},
  });
}

// What one side states as stopped or forbidden ("Visiting has been suspended", "banned swimming",
// "Visits to the ward have been halted"), the other's denial of doing it says too ("may not
// visit", "told not to swim"); a denial of the stopping itself still conflicts with it, and a
// permission with the denial.
TEST(Conflicts, WhatIsStatedStoppedTheDenialSaysToo) {
  expect_no_conflict({
      {"Visiting has been suspended on the children's ward at Carrow Hospital.",
       "Relatives may not visit the children's ward at Carrow Hospital."},
      {"The hospital suspended visiting on the children's ward at Carrow Hospital.",
       "Relatives may not visit the children's ward at Carrow Hospital."},
      {"Swimming was banned at Lantern Bay after the fuel spill on Monday.",
       "Bathers were told not to swim at Lantern Bay after the fuel spill on Monday."},
      {"Visits to the children's ward at Carrow Hospital have been halted.",
       "Relatives may not visit the children's ward at Carrow Hospital."},
  });
  expect_negation({
      {"Visiting was not suspended on the children's ward at Carrow Hospital.",
       "Visiting was suspended on the children's ward at Carrow Hospital."},
      {"Visiting is allowed on the children's ward at Carrow Hospital.",
       "Relatives may not visit the children's ward at Carrow Hospital."},
  });
}

// A verb denied of one thing and stated of another (what each takes, unaligned on both sides, or a
// pronoun on one and a noun of its owner's on the other) is no dispute; a denied thing named after
// an article is still the same thing.
TEST(Conflicts, AVerbDeniedOfOneThingAndStatedOfAnother) {
  expect_no_conflict({
      {"\"The harbour master never returned any of my calls,\" the skipper said.",
       "The harbour master returned to Kelby College in May to finish his degree, the skipper said."},
      {"Councillor Brede said she would work for those who did not vote for her.",
       "Councillor Brede said she would work for those who voted for her rival."},
      {"The union did not back him at the hearing in March.",
       "The union backed his appeal at the hearing in March."},
  });
  expect_negation({
      {"The union did not back him at the hearing in March.",
       "The union backed him at the hearing in March."},
  });
  expect_negation({
      {"The harbour master never returned the keys to the skipper, she said.",
       "The harbour master returned the keys to the skipper on Monday, she said."},
      {"The boy did not have a knife in his hand when the officers arrived, a witness said.",
       "The boy had a knife in his pocket when the officers arrived, police said."},
  });
}

// "Not ... until" or "before" against "after" or the same time says when, not whether; "not A but
// B" states it of B; a negation lent to the clause after "think", "feel" ("I didn't feel we were
// ...") is the other side's negation in that clause; different people as subjects deny and state
// different things. The plain denial still conflicts.
TEST(Conflicts, NotUntilRaisedNegationsAndOtherSubjects) {
  expect_no_conflict({
      {"Police said the name of the driver would be released after he is formally charged.",
       "Police said the identity of the driver will not be released until charges are formally laid."},
      {"The harbour school will not reopen before September, the council said.",
       "The harbour school will reopen in September, the council said."},
      {"\"I feel on the pitch we weren't playing the way we want,\" the harbour club's coach said.",
       "\"I didn't feel on the pitch we were playing the way we want,\" the harbour club's coach said."},
      {"\"We didn't seem to have a plan for the harbour,\" the coach said.",
       "The coach said he seemed to have a plan for the harbour."},
  });
  // "Not A but B" states the predicate of B, the "but" right after A or further on.
  EXPECT_TRUE(conflicts_of({"The plane did not crash into the harbour but into a field, officials said on Monday.",
                            "The plane crashed into a field, officials said on Monday."})
                  .empty());
  expect_no_conflict({{"Ms Arlo is being charged not because of who she is, but because of what she did, the prosecutor said.",
                       "Ms Arlo is not being charged for who she is but for what she did, the prosecutor said."}});
  // A condition asserts nothing, whichever way it is put.
  expect_no_conflict({{"If the harbour fees are not cut, the ferry firms are threatening to leave Kelby.",
                       "The ferry firms are threatening to leave Kelby unless the harbour fees are cut."}});
  // A clause after ", but" is no contrast of what was denied.
  expect_negation({{"Ms Arlo is being charged, the prosecutor said.",
                    "Ms Arlo is not being charged, but the prosecutor said more charges could come."}});
  expect_negation({
      {"The plane did not crash into the harbour, officials said on Monday.",
       "The plane crashed into the harbour, officials said on Monday."},
      {"Police said the name of the driver would be released on Monday.",
       "Police said the name of the driver would not be released on Monday."},
      {"Police said the name of the driver would be released until relatives are told.",
       "Police said the name of the driver would not be released until relatives are told."},
      {"\"I feel we were playing the way we want,\" the harbour club's coach said.",
       "\"I didn't feel we were playing the way we want,\" the harbour club's coach said."},
      {"\"We didn't have a plan for the harbour,\" the coach said.", "\"We had a plan for the harbour,\" the coach said."},
      // "It" and "they" may stand for one body: the union, told either way.
      {"The dockers' union said they had not been consulted about the harbour cuts.",
       "The dockers' union said it had been consulted about the harbour cuts."},
  });
  expect_no_conflict({{"The harbour master said he had not been consulted about the cuts.",
                       "The harbour master said she had been consulted about the cuts."}});
}

// An opposite stated the other way round (denied, or barely so) says what the other says; the
// opposite itself still conflicts.
TEST(Conflicts, AnOppositeDeniedIsNoContrary) {
  expect_no_conflict({
      {"The minister said on Monday that the harbour plan was not unreasonable.",
       "The minister said on Monday that the harbour plan was reasonable."},
      {"The harbour bridge will remain closed until further notice, the council said.",
       "The harbour bridge will not reopen until further notice, the council said."},
      {"Harbour shares were little changed at 654 pence on Monday.", "Harbour shares were unchanged at 654 pence on Monday."},
      // What may happen against what is.
      {"The harbour bridge can reopen once divers have checked it, the council said on Friday.",
       "The harbour bridge was closed, the council said on Friday."},
      // The adverb qualifies both words joined by "and".
      {"Rangers said the hiking party was poorly equipped and inexperienced for the ridge.",
       "Rangers said the hiking party was insufficiently equipped and experienced for the ridge."},
  });
  expect_negation({
      {"Rangers said the hiking party was poorly equipped and inexperienced for the ridge.",
       "Rangers said the hiking party was well equipped and experienced for the ridge."},
      // The opposite by a prefix says itself, whatever qualifies the word before it.
      {"Rangers said the hiking party was insufficiently equipped and inexperienced for the ridge.",
       "Rangers said the hiking party was experienced for the ridge."},
      {"The minister said on Monday that the harbour plan was unreasonable.",
       "The minister said on Monday that the harbour plan was reasonable."},
      {"The harbour bridge will remain closed on Friday, the council said.",
       "The harbour bridge will reopen on Friday, the council said."},
  });
}

// A source that gives both figures ("organisers said 5,000, police put the figure at 2,000"), or a
// whole and the part the other states, contradicts neither; one that gives only another figure does.
TEST(Conflicts, BothFiguresGivenContradictNeither) {
  EXPECT_TRUE(conflicts_of({"Around 2,000 people attended the harbour rally on Saturday.",
                            "Organisers said 5,000 people attended the harbour rally on Saturday, while police put the figure at 2,000."})
                  .empty());
  EXPECT_FALSE(conflicts_of({"Around 2,000 people attended the harbour rally on Saturday.",
                             "Organisers said 5,000 people attended the harbour rally on Saturday."})
                   .empty());
  // A figure to compare with is given too.
  EXPECT_TRUE(conflicts_of({"About 3 million people watched the final, compared with 4.2 million last year.",
                            "A total of 4.2 million people watched the final."})
                  .empty());
  // A sum and its parts ("a combined £6m" / "£4m and ... £2m"); parts of another sum still dispute it.
  EXPECT_TRUE(conflicts_of({"The two harbour firms, Tarrow Marine and Osk Towage, were fined a combined £6m.",
                            "Tarrow Marine was fined £4m and Osk Towage £2m for their part in the harbour scheme."})
                  .empty());
  EXPECT_FALSE(conflicts_of({"The two harbour firms, Tarrow Marine and Osk Towage, were fined a combined £7m.",
                             "Tarrow Marine was fined £4m and Osk Towage £2m for their part in the harbour scheme."})
                   .empty());
  // A figure raised to the other's value: both reported, the later one agrees.
  EXPECT_TRUE(conflicts_of({"The coastguard first said 12 fishermen were missing, but later raised the figure to 19.",
                            "19 fishermen were missing."})
                  .empty());
  EXPECT_FALSE(conflicts_of({"The coastguard first said 12 fishermen were missing, but later raised the figure to 19.",
                             "15 fishermen were missing."})
                   .empty());
  // Counts of two kinds joined by "and" add up to the other's count of all ("Nineteen crew members"
  // / "17 crew members and two cooks"); another count still disputes it.
  EXPECT_TRUE(conflicts_of({"Nineteen crew members were rescued from the trawler on Sunday.",
                            "Seventeen crew members and two cooks were rescued from the trawler on Sunday."})
                  .empty());
  EXPECT_FALSE(conflicts_of({"Twenty-two crew members were rescued from the trawler on Sunday.",
                             "Seventeen crew members and two cooks were rescued from the trawler on Sunday."})
                   .empty());
  // A part given with its whole.
  EXPECT_TRUE(conflicts_of({"Of the 40 ferry passengers, 12 were taken to hospital on Monday.",
                            "Twelve ferry passengers were taken to hospital on Monday."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"Twelve people were injured in the harbour blast, two of them seriously, police said.",
                            "Two people were seriously injured in the harbour blast, police said."})
                  .empty());
  EXPECT_FALSE(conflicts_of({"Twelve people were injured in the harbour blast, three of them seriously, police said.",
                             "Two people were seriously injured in the harbour blast, police said."})
                   .empty());
}

// The ages of two different people are two values; two ages of one person conflict.
TEST(Conflicts, AgesOfTwoPeople) {
  expect_no_conflict({{"The driver allegedly hit a 66-year-old woman near the harbour car park on Monday.",
                       "Police stopped the 36-year-old driver near the harbour car park on Monday."}});
  const auto one = conflicts_of({"Police stopped the 36-year-old driver near the harbour car park on Monday.",
                                 "Police stopped the 38-year-old driver near the harbour car park on Monday."});
  EXPECT_FALSE(one.empty());
}

// One measure in two units (a temperature in Celsius and in Fahrenheit, written against the number
// or in words; an area in square feet and square metres) is one value; two values still conflict.
TEST(Conflicts, OneMeasureInTwoUnits) {
  expect_no_conflict({{"Temperatures in the harbour town reached 40C on Friday, forecasters said.",
                       "Temperatures in the harbour town reached 104F on Friday, forecasters said."}});
  expect_no_conflict({{"Temperatures in the harbour town reached 40 degrees Celsius on Friday, forecasters said.",
                       "Temperatures in the harbour town reached 104 degrees Fahrenheit on Friday, forecasters said."}});
  const auto two = conflicts_of({"Temperatures in the harbour town reached 40 degrees Celsius on Friday, forecasters said.",
                                 "Temperatures in the harbour town reached 110 degrees Fahrenheit on Friday, forecasters said."});
  EXPECT_FALSE(two.empty());
  EXPECT_FALSE(has(two, "name", "")) << all(two);
  // An area written as a modifier, in square feet and in square metres, to the rounding of either.
  expect_no_conflict({{"The 12,000-square-foot depot on Mill Road holds three workshops and a canteen.",
                       "The 1,115-square-metre depot on Mill Road holds three workshops and a canteen."}});
  EXPECT_TRUE(has(conflicts_of({"The 12,000-square-foot depot on Mill Road holds three workshops and a canteen.",
                                "The 1,900-square-metre depot on Mill Road holds three workshops and a canteen."}),
                  "number", "1,900"));
}

// A denial of something narrower than what the other side states leaves the statement open: no
// one carrying a rifle does not say that no one carried a gun. The same denial of the broader
// word, or of the same word, contradicts it.
TEST(Conflicts, DenyingTheNarrowerThingLeavesTheBroaderOpen) {
  const auto narrower = conflicts_of({"Guards said a passenger on the night ferry was carrying a gun at the port.",
                                      "Guards said no passenger on the night ferry was carrying a rifle at the port."});
  EXPECT_FALSE(has(narrower, "negation", "")) << all(narrower);
  const auto same = conflicts_of({"Guards said a passenger on the night ferry was carrying a gun at the port.",
                                  "Guards said no passenger on the night ferry was carrying a gun at the port."});
  EXPECT_TRUE(has(same, "negation", "")) << all(same);
}

// Denying the broader word denies the narrower one the other states ("not cutting" / "slicing");
// denying the narrower word leaves the broader one standing.
TEST(Conflicts, DenyingTheBroaderWord) {
  expect_negation({{"The chef is slicing a melon for the guests.", "The chef is not cutting a melon for the guests."}});
  expect_no_conflict({{"The chef is cutting a melon for the guests.", "The chef is not slicing a melon for the guests."}});
}

// Two times beside the same words of another time ("in April last year" / "in March last year")
// share no happening: an arrest and a robbery. The same happening told with two months is a
// dispute.
TEST(Conflicts, ANeighbouringTimeIsNoSlot) {
  EXPECT_TRUE(conflicts_of({"The porter was arrested in April last year and the driver a week later.",
                            "The robbery, in March last year, netted cash worth 40,000 pounds."})
                  .empty());
  const auto one = conflicts_of({"The depot robbery took place in April last year, police said.",
                                 "The depot robbery took place in March last year, police said."});
  EXPECT_TRUE(has(one, "date", "April")) << all(one);
}

// What will not happen again, or will not happen, leaves what happened standing ("would not raise
// fares again this year" / "raised fares in March"); the same time denied is a dispute.
TEST(Conflicts, ADenialOfAnotherTimeLeavesWhatHappened) {
  EXPECT_TRUE(conflicts_of({"The ferry company raised its fares in March, the harbour board said.",
                            "The ferry company said it would not raise its fares again this year."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"The ferry company raised its fares in March, the harbour board said.",
                            "The ferry company said it would not raise its fares this year."})
                  .empty());
  const auto same = conflicts_of({"The ferry company raised its fares again in March, the harbour board said.",
                                  "The ferry company did not raise its fares again in March, the harbour board said."});
  EXPECT_TRUE(has(same, "negation", "")) << all(same);
}

// A line of nothing but a date says when the page was published: two of them differ without
// contradicting each other.
TEST(Conflicts, PublicationDatesDoNotConflict) {
  const auto cs = conflicts_of({"Ferry strands 40 at Kelso\n\nApr 12, 2007\n\nA ferry ran aground near Kelso on Monday, stranding 40 passengers.",
                                "Ferry runs aground off Kelso\n\nApr 9, 2007\n\nA ferry ran aground near Kelso on Monday, leaving 40 passengers stranded."});
  EXPECT_TRUE(cs.empty()) << all(cs);
  const auto days = conflicts_of({"A ferry ran aground near Kelso on 12 April, stranding 40 passengers.",
                                  "A ferry ran aground near Kelso on 9 April, stranding 40 passengers."});
  EXPECT_TRUE(has(days, "date", "")) << all(days);
}

// A part and the whole are two counts: "two other victims" / "three victims", "11 Yemeni
// sailors" / "23 sailors". The same part counted two ways still conflicts. A bound given in two
// units is one bound ("up to 120 mph" / "up to 193 km/h").
TEST(Conflicts, APartAndTheWholeAreTwoCounts) {
  EXPECT_TRUE(conflicts_of({"The three victims were taken to Kelso General Hospital on Monday, a spokeswoman said.",
                            "The two other victims were taken to Kelso General Hospital on Monday, a spokeswoman said."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"Marines detained 11 Yemeni sailors aboard the trawler on Monday, the navy said.",
                            "Marines detained 23 sailors aboard the trawler on Monday, the navy said."})
                  .empty());
  const auto same = conflicts_of({"Marines detained 11 Yemeni sailors aboard the trawler on Monday, the navy said.",
                                  "Marines detained 14 Yemeni sailors aboard the trawler on Monday, the navy said."});
  EXPECT_TRUE(has(same, "number", "11 vs 14")) << all(same);
  // A word of its own between the number and the noun makes a part ("31,000 postal ballots"),
  // also among counts compared across a cluster.
  const std::string vote = "Ada Marsh won the mayoral race in Kelso by 900 votes. ";
  EXPECT_TRUE(conflicts_of({vote + "More than 310,000 ballots were cast.",
                            vote + "Officials counted 31,000 postal ballots by hand at the town hall on Sunday evening."})
                  .empty());
  const auto postal = conflicts_of({vote + "Officials counted 13,000 postal ballots.",
                                    vote + "Officials counted 31,000 postal ballots by hand at the town hall on Sunday evening."});
  EXPECT_TRUE(has(postal, "number", "13,000 vs 31,000")) << all(postal);
  // A whole stated with its part ("11 of the 24 wagons") is no count to dispute with a count of
  // what happened ("nine wagons left the rails").
  EXPECT_FALSE(has(conflicts_of({"Eleven of the train's 24 wagons left the rails near Oldmoor on Thursday, Network Rail said.",
                                 "Nine wagons left the rails near Oldmoor on Thursday, Network Rail said."}),
                   "number", "24"));
  // What a sum could rise to is its most, not another sum.
  EXPECT_TRUE(conflicts_of({"The fee for the Kelso striker is understood to be 18 million pounds, a club record.",
                            "The fee for the Kelso striker could rise to 22 million pounds with add-ons."})
                  .empty());
  // "More than" is a bound, not a count of more: "more than 200" is the whole.
  const auto bound = conflicts_of({"The clinic called off more than 200 appointments after the flood, its manager said.",
                                   "The clinic called off around 150 appointments after the flood, its manager said."});
  EXPECT_TRUE(has(bound, "number", "more than 200 vs about 150")) << all(bound);
  EXPECT_TRUE(conflicts_of({"Deputies chased the van for 30 miles at speeds of up to 120 mph before it stopped.",
                            "Deputies chased the van for 48km at speeds of up to 193 km/h before it stopped."})
                  .empty());
  // A unit written with a slash names the dispute whole ("km/h", not "h").
  const auto speed = conflicts_of({"Winds of up to 110 km/h hit the Brackwater coast on Thursday night.",
                                   "Winds of 130 km/h hit the Brackwater coast on Thursday night."});
  EXPECT_TRUE(has(speed, "number", "km/h: up to 110 km/h vs 130 km/h")) << all(speed);
  // So does a unit of more words ("km/h", not "hour").
  const auto words = conflicts_of({"Winds of 110 kilometres per hour hit the Brackwater coast on Thursday night.",
                                   "Winds of 130 km/h hit the Brackwater coast on Thursday night."});
  EXPECT_TRUE(has(words, "number", "km/h: 110 km/h vs 130 km/h")) << all(words);
}

// A total ("a total of 11 years" for two people) is not one of its parts; the total of a state is
// the toll itself, and disputes another toll.
TEST(Conflicts, ATotalIsNotOneOfItsParts) {
  const auto parts = conflicts_of({"Ada Voss and Tom Lind were jailed for a total of 11 years at Kelso on Monday.",
                                   "Ada Voss was jailed for seven years at Kelso on Monday."});
  EXPECT_FALSE(has(parts, "number", "")) << all(parts);
  const auto toll = conflicts_of({"A total of 12 people were killed in the floods at Kelso, officials said.",
                                  "Nine people were killed in the floods at Kelso, officials said."});
  EXPECT_TRUE(has(toll, "number", "12 vs 9")) << all(toll);
}

// A sum of millions stated again without its currency is stated: "18 million pounds, rising to 22
// million" gives the 22 million pounds the other states.
TEST(Conflicts, ASumRestatedWithoutItsCurrencyIsStated) {
  const auto cs = conflicts_of({"Kelso Rovers sold the winger to Dunmore for 18 million pounds, rising to 22 million with bonuses.",
                                "The fee Kelso Rovers agreed with Dunmore could rise to 22 million pounds with bonuses."});
  EXPECT_FALSE(has(cs, "number", "")) << all(cs);
}

// Values more than tenfold apart count two things (a game's points and a career's; a ship's crew
// and all the crews held), however alike their sentences; values within tenfold dispute one.
TEST(Conflicts, ValuesTenfoldApartCountTwoThings) {
  EXPECT_TRUE(conflicts_of({"Rowan Tate scored 24 points in the cup final on Sunday, the league said.",
                            "Rowan Tate has scored 2,410 points in the league since 2019, the league said."})
                  .empty());
  const auto near = conflicts_of({"The storm damaged 20 boats in the marina on Sunday, the harbour master said.",
                                  "The storm damaged 150 boats in the marina on Sunday, the harbour master said."});
  EXPECT_TRUE(has(near, "number", "20 vs 150")) << all(near);
}

// People in hospital are counted however they got there ("taken to hospital", "treated in
// hospital", "hospitalised"), and apart from the injured: six in hospital and seven hurt can both
// be true.
TEST(Conflicts, CountsOfPeopleInHospital) {
  const auto d = conflicts_of({"Six people were taken to hospital, two of them with serious injuries, the ambulance service said.",
                               "Seven people were treated in hospital, a hospital spokesman said."});
  EXPECT_TRUE(has(d, "number", "6 vs 7")) << all(d);
  expect_no_conflict({{"Six people were taken to hospital after the crash on the ring road, police said.",
                       "Seven people were injured in the crash on the ring road, police said."}});
}

// People treated for injuries are injured: "Four were treated for minor injuries" disputes "No one
// was injured"; people treated in hospital are counted in hospital.
TEST(Conflicts, PeopleTreatedForInjuriesAreInjured) {
  const auto d = conflicts_of({"Four people were treated for minor injuries after the landing.",
                               "No one was injured in the landing, the airport said."});
  EXPECT_TRUE(has(d, "number", "4 vs none")) << all(d);
  expect_no_conflict({{"Four people were treated for minor injuries after the landing.",
                       "Three people were taken to hospital after the landing, the airport said."}});
  // The seriously hurt are a part of the hurt.
  expect_no_conflict({{"Four people were treated for minor injuries after the landing.",
                       "No one was seriously hurt in the landing, the airport said."}});
}

// A source that states the other's value where it tells the same claim is not disputing it with
// another value it gives elsewhere: the repayment is not the sum taken.
TEST(Conflicts, AValueTheSourceConfirmsElsewhereIsAnotherMeasure) {
  const auto d = conflicts_of({"A former treasurer of Ostby council was jailed for six years on Friday for stealing 1.2 "
                               "million pounds of public money. Wiese was also ordered to repay 800,000 pounds.",
                               "Karl Wiese, the former Ostby council treasurer, was sentenced to seven years in prison "
                               "on Friday after taking 1.2 million pounds from the council."});
  EXPECT_TRUE(has(d, "number", "6 years vs 7 years")) << all(d);
  EXPECT_FALSE(has(d, "number", "800,000")) << all(d);
}

// A value that ends one sentence stands against the other's value before a comma ("level four." /
// "level three, the second highest").
TEST(Conflicts, AValueAtTheEndOfOneClause) {
  EXPECT_TRUE(has(conflicts_of({"The agency raised the alert level to its highest, level four.",
                                "The alert level was raised to level three, the second highest."}),
                  "number", "four vs three"));
  // A day is a time, not a name standing against one.
  expect_no_conflict({{"The harbour master resigned, officials said Wednesday.",
                       "Officials said Ada Brill, the harbour master, resigned on Tuesday."}});
}

// An opposite dated by its own year and one that is not are two happenings: a plant's opening in
// 1989 is not its closing next year. Of one year they dispute.
TEST(Conflicts, AnOppositeOfAnotherYear) {
  expect_no_conflict({{"Corvane announced on Wednesday that it will shut its car factory in Redmill by the end of next year.",
                       "The factory, which opened in 1989, will stop production in December next year."}});
  expect_negation({{"The Harbour Rovers won the league title in 2002, the club said.",
                    "The Harbour Rovers lost the league title in 2002, the club said."}});
}

// A guard and two guards: "a single" and "a lone" count one.
TEST(Conflicts, ASingleOneIsOne) {
  EXPECT_TRUE(has(conflicts_of({"Two security guards were on duty in the gallery at the time.",
                                "A single guard was on duty in the gallery that night."}),
                  "number", "2 vs 1"));
}

// One name written two ways is no conflict: an abbreviation ("Mt Arden" / "Mount Arden"), a
// title ("Inspector" / "Mr"), a spelling ("Wolfe" / "Wolff"). Two names are ("Carter" / "Carver").
TEST(Conflicts, OneNameWrittenTwoWays) {
  EXPECT_TRUE(conflicts_of({"Two walkers were rescued from Mt Arden on Sunday after a fall, police said.",
                            "Two walkers were rescued from Mount Arden on Sunday after a fall, police said."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"Inspector Dana Quist said the walkers were lucky to survive the fall.",
                            "Mr Dana Quist said the walkers were lucky to survive the fall."})
                  .empty());
  // A role before the name (what the person does) and a team's or firm's possessive (whose they
  // are) say two things of one person; neither is another name.
  EXPECT_TRUE(conflicts_of({"Striker Jonas Merrit scored twice in the second half of the semi-final.",
                            "Rovers' Jonas Merrit scored twice in the second half of the semi-final."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"Hospital spokeswoman Ilse Wolfe said both walkers were in a stable condition.",
                            "Hospital spokeswoman Ilse Wolff said both walkers were in a stable condition."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"Colorado ferry operator fined for the harbour spill",
                            "Colo. ferry operator fined for the harbour spill"})
                  .empty());
  EXPECT_TRUE(conflicts_of({"\"The ferry will sail on time,\" Douglas J. Feith, the harbour master, said in an interview.",
                            "\"The ferry will sail on time,\" Doug Feith, the harbour master, said in an interview."})
                  .empty());
  // A title names the person the other names.
  EXPECT_TRUE(conflicts_of({"Harbour strike is over, says Aldane's Ana Ruiz", "Harbour strike is over, says Aldane's Mayor"})
                  .empty());
  EXPECT_TRUE(conflicts_of({"Ana Ruiz has taken a hard line, arguing nothing should ease the pressure on the harbour board.",
                            "The Prime Minister has taken a hard line, arguing nothing should ease the pressure on the harbour board."})
                  .empty());
  // A given name and its familiar form.
  EXPECT_TRUE(conflicts_of({"Harbour board chairman Bill Osk said the crane was unsafe.",
                            "Harbour board chairman William Osk said the crane was unsafe."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"Harbour board chairman Chris Osk said the crane was unsafe.",
                            "Harbour board chairman Christopher Osk said the crane was unsafe."})
                  .empty());
  // A generation's mark and a middle initial ("Harold W. Brandt Jr." / "Hal Brandt").
  EXPECT_TRUE(conflicts_of({"\"The pier is not as strong as it should be,\" said harbour master Harold W. Brandt Jr., who led the survey.",
                            "\"The pier is not as strong as it should be,\" harbour master Hal Brandt, who led the survey, said."})
                  .empty());
  const auto two = conflicts_of({"Hospital spokeswoman Ilse Carter said both walkers were in a stable condition.",
                                 "Hospital spokeswoman Ilse Carver said both walkers were in a stable condition."});
  EXPECT_TRUE(has(two, "name", "Carver")) << all(two);
}

// A country, the adjective of its people and its capital (standing for its government) name one
// country; two countries or two capitals are two.
TEST(Conflicts, ACountryItsPeopleAndItsCapitalAreOnePlace) {
  for (const auto& [x, y] : {std::pair{"the United States", "Washington"}, {"U.S.", "American"}, {"Peru", "Lima"},
                             {"Peru", "Peruvian"}, {"the UK", "Britain"}, {"India", "New Delhi"}, {"the UK", "British"},
                             {"Ireland", "Irish"}, {"Cyprus", "Cypriot"}})
    EXPECT_TRUE(conflicts_of({std::string("The ministers said ") + x + " had moved closer to the trade pact on Monday.",
                              std::string("The ministers said ") + y + " had moved closer to the trade pact on Monday."})
                    .empty())
        << x << " / " << y;
  for (const auto& [x, y] : {std::pair{"Chile", "Peru"}, {"Lima", "Tokyo"}, {"Washington", "Lima"}, {"New Delhi", "Lima"}}) {
    const auto two = conflicts_of({std::string("The ministers said ") + x + " had moved closer to the trade pact on Monday.",
                                   std::string("The ministers said ") + y + " had moved closer to the trade pact on Monday."});
    EXPECT_TRUE(has(two, "name", y)) << x << " / " << y << ": " << all(two);
  }
}

// A country the other unit names elsewhere is named by both: what stands in its place there is
// no rival of it ("the U.S. market" / "the router market in the United States").
TEST(Conflicts, ACountryTheOtherNamesElsewhere) {
  EXPECT_TRUE(conflicts_of({"Veltrix sells about 30 percent of the routers in the U.S. market, far more than elsewhere.",
                            "Veltrix sells 30 percent of the routers in the NetGear market in the United States, far more than elsewhere."})
                  .empty());
  const auto two = conflicts_of({"Veltrix sells about 30 percent of the routers in the U.S. market, far more than elsewhere.",
                                 "Veltrix sells 30 percent of the routers in the Canadian market, far more than elsewhere."});
  EXPECT_TRUE(has(two, "name", "Canadian")) << all(two);
}

// A shorter name within a longer one, a word of it abbreviated, is the same name; so are initials
// with and without their dots.
TEST(Conflicts, ANameWithinALongerOneShortened) {
  EXPECT_TRUE(conflicts_of({"A walker was hurt on Sunday after a fall of about 40 metres on Ridgeback Mount Arden, rescuers said.",
                            "A walker was hurt on Sunday after a fall of about 40 metres on Mt Arden, rescuers said."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"\"We know about the matter,\" club manager T.J. Rusk said in a statement on Friday.",
                            "\"We know about the matter,\" club manager TJ Rusk said in a statement on Friday."})
                  .empty());
}

// A vowel written another way or two letters swapped, in a long name, is one name spelt two ways
// ("Carter" / "Carver" still differ); a company's legal form is no part of its acronym.
TEST(Conflicts, SpellingsAndAcronymsOfOneName) {
  EXPECT_TRUE(conflicts_of({"Harbour official Selim Hadrani said the ferry would sail on Friday.",
                            "Harbour official Selim Hadreni said the ferry would sail on Friday."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"Harbour official Bjorn Halvdan said the ferry would sail on Friday.",
                            "Harbour official Bjorn Halvadn said the ferry would sail on Friday."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"Shares of Norvell Shipping Co rose 3 percent after the harbour deal was announced on Monday.",
                            "Shares of NS rose 3 percent after the harbour deal was announced on Monday."})
                  .empty());
  // A country named in two ways the lexicon relates.
  EXPECT_TRUE(conflicts_of({"A US Coast Guard cutter rescued the crew of the trawler on Monday, officials said.",
                            "A United States Coast Guard cutter rescued the crew of the trawler on Monday, officials said."})
                  .empty());
  const auto cs = conflicts_of({"Harbour official Ilse Carter said the ferry would sail on Friday.",
                                "Harbour official Ilse Carver said the ferry would sail on Friday."});
  EXPECT_TRUE(has(cs, "name", "Carver")) << all(cs);
}

// A year and a place in a series tell which one in two ways; two places in one series conflict.
TEST(Conflicts, AYearAgainstAPlaceInASeries) {
  EXPECT_TRUE(conflicts_of({"Carla Senn will host the 2031 Harbour Awards, organisers said on Friday.",
                            "Carla Senn will host the 12th Harbour Awards, organisers said on Friday."})
                  .empty());
  const auto cs = conflicts_of({"Carla Senn will host the 12th Harbour Awards, organisers said on Friday.",
                                "Carla Senn will host the 14th Harbour Awards, organisers said on Friday."});
  EXPECT_TRUE(has(cs, "number", "12th vs 14th")) << all(cs);
}

// A denial contradicts the statement of the same predicate, not of a noun derived from it.
TEST(Conflicts, ADenialOfTheVerbNotOfItsNoun) {
  EXPECT_TRUE(conflicts_of({"Residents who don't agree with the harbour plan spoke at the meeting.",
                            "The agreement on the harbour plan was signed at the meeting."})
                  .empty());
  const auto cs = conflicts_of({"The ferry did not sail on Monday, the operator said.", "The ferry sailed on Monday, the operator said."});
  EXPECT_TRUE(has(cs, "negation", "sail")) << all(cs);
}

// Lacking something is having none of it: no contradiction of "had no".
TEST(Conflicts, LackingIsHavingNone) {
  EXPECT_TRUE(conflicts_of({"A judge ruled on Monday that the harbour board lacked the authority to close the quay.",
                            "A judge ruled on Monday that the harbour board had no authority to close the quay."})
                  .empty());
}

// One value written two ways is no difference.
TEST(Conflicts, OneValueWithAndWithoutItsLeadingZero) {
  EXPECT_TRUE(conflicts_of({"An alert is raised when the ozone over the bay reaches .20 parts per million of air.",
                            "A first-stage alert is raised when ozone levels over the bay reach 0.20 parts per million."})
                  .empty());
}

// An opposite's span takes the unaligned verb right before it ("remained closed"), not a noun
// ("lamb standing" / "calf sitting" are two animals, not the opposite's words).
TEST(Conflicts, AnOppositeSpanTakesAVerbBeforeItNotANoun) {
  const auto cs = conflicts_of({"A lamb standing in the barn.", "A calf sitting in the barn."});
  EXPECT_TRUE(has(cs, "negation", "\xE2\x80\x9Cstanding\xE2\x80\x9D vs \xE2\x80\x9Csitting\xE2\x80\x9D")) << all(cs);
}

// A word that opens a headline or sentence is capitalised for standing first: a prefix
// ("Ex-mayor") or a common word ("Fairies") is no name, and nothing disputes it as one.
TEST(Conflicts, AnOpeningWordIsNoName) {
  EXPECT_TRUE(conflicts_of({"Former Brenmoor mayor found guilty of taking bribes", "Ex-mayor guilty of corruption"}).empty());
  EXPECT_TRUE(conflicts_of({"\"Goblins don't exist\" - agreed.", "\"Trolls don't exist\" - agreed."}).empty());
}

// A number with other words around it in an unaligned run stands in another part of the sentence;
// a value against a number that is part of a name ("Channel 4") is no substitution either.
TEST(Conflicts, ANumberAmongOtherWordsIsNoSubstitution) {
  EXPECT_TRUE(conflicts_of({"A man died Sunday night after being struck by a hit-and-run driver outside a shop in Marrick, "
                            "according to a report from KTRL-TV Channel 4.",
                            "Marrick Foodway hit-run driver's alcohol level: .41"})
                  .empty());
  EXPECT_TRUE(conflicts_of({"There were four in the climbing party when the ridge gave way, police said.",
                            "One Dutch and one Belgian climber were in the party when the ridge gave way, police said."})
                  .empty());
}

// What a number counts is the noun after its modifiers ("23 heavily armed ... smugglers"), also
// after modifiers joined by "and": 23 of both kinds against 12 of one is no dispute.
TEST(Conflicts, TheCountedNounAfterAnAdverb) {
  EXPECT_TRUE(conflicts_of({"The coastguard detained 23 heavily armed Tarnish and Vellic smugglers on Saturday.",
                            "The coastguard detained 12 Tarnish and 11 Vellic smugglers on Saturday."})
                  .empty());
  const auto cs = conflicts_of({"The coastguard detained 23 heavily armed smugglers on Saturday.",
                                "The coastguard detained 31 heavily armed smugglers on Saturday."});
  EXPECT_TRUE(has(cs, "number", "smugglers: 23 vs 31")) << all(cs);
}

// The people who live in a place are its population, not the people an event touched there
// ("About 1,400 people live on the island" / "352 people were on board the ship to the island").
TEST(Conflicts, APopulationIsNotACountOfAnEvent) {
  const auto cs = conflicts_of({"About 1,400 people live on Farra, the island the ferry was bound for.",
                                "There were 352 people on board the ferry, which was bound for Farra."});
  EXPECT_FALSE(has(cs, "number", "")) << all(cs);
  const auto pop = conflicts_of({"About 1,400 people live on Farra, the island the ferry was bound for.",
                                 "About 2,600 people live on Farra, the island the ferry was bound for."});
  EXPECT_TRUE(has(pop, "number", "")) << all(pop);
}

// Opposite verbs of different counts tell of two sets of things ("open 25 new stores" / "close 14
// stores": a chain may do both); neither the verbs nor the counts are in dispute. The same count
// under opposite verbs is.
TEST(Conflicts, OppositeVerbsOfDifferentCountsAreTwoSets) {
  EXPECT_TRUE(conflicts_of({"The grocer said it would open 25 new stores this year.",
                            "The grocer said it would close 14 stores this year."})
                  .empty());
  const auto cs = conflicts_of({"The grocer said it would open 14 stores this year.",
                                "The grocer said it would close 14 stores this year."});
  EXPECT_TRUE(has(cs, "negation", "open")) << all(cs);
  // So are opposite states of counts before them ("340 birds were found alive" / "62 birds were
  // found dead").
  EXPECT_TRUE(conflicts_of({"Along the Kessford shore, volunteers said 340 seabirds were found alive.",
                            "Along the Kessford shore, 62 seabirds were found dead."})
                  .empty());
  const auto same = conflicts_of({"Along the Kessford shore, 62 seabirds were found alive.",
                                  "Along the Kessford shore, 62 seabirds were found dead."});
  EXPECT_TRUE(has(same, "negation", "alive")) << all(same);
}

// Opposite nouns name two people ("employer" / "employee"), whichever side has the determiner; a
// prefix is opposite only before the same word. Opposite states of one thing still conflict.
TEST(Conflicts, OppositeNounsAndPrefixesNameTwoThings) {
  EXPECT_TRUE(conflicts_of({"A 58-year-old man opened fire at his former employers' warehouse party in Dunmore on Friday, police said.",
                            "Police said a recently dismissed employee opened fire at the warehouse party in Dunmore on Friday."})
                  .empty());
  EXPECT_TRUE(conflicts_of({"The council's recent pro-active approach to flooding reflects concern among residents of the valley.",
                            "The council's ongoing anti-flooding approach reflects concern among residents of the valley."})
                  .empty());
  const auto cs = conflicts_of({"The road reopened on Monday, the council said.", "The road remained closed on Monday, the council said."});
  EXPECT_TRUE(has(cs, "negation", "reopened")) << all(cs);
}

// "since the 2004-05 season" and "through the 2009-10 season" bound two different spans; two
// different starts of one span conflict.
TEST(Conflicts, BoundsAfterAnArticle) {
  EXPECT_TRUE(conflicts_of({"The club reached the final for the first time since the 2004-05 season, the coach said.",
                            "The coach signed a contract that runs through the 2009-10 season, the club said."})
                  .empty());
  const auto cs = conflicts_of({"The club reached the final for the first time since the 2004-05 season, the coach said.",
                                "The club reached the final for the first time since the 2006-07 season, the coach said."});
  EXPECT_TRUE(has(cs, "date", "2006-07")) << all(cs);
}

// A different value between sentences that each name a place the other does not: two happenings.
TEST(Conflicts, DifferentValuesOfTwoNamedThings) {
  const auto cs = conflicts_of({"The Kelso lifeboat crew rescued 12 walkers from the cliffs on Sunday.",
                                "The Arden lifeboat crew rescued 7 walkers from the cliffs on Sunday."});
  EXPECT_FALSE(has(cs, "number", "")) << all(cs);
}

// Each unit of a conflict is the other's counterpart: when both have a closer partner in the
// other source, two different claims are not set against each other.
TEST(Conflicts, OnlyBetweenCounterparts) {
  const auto cs = conflicts_of(
      {"A 67-year-old cyclist was injured in the collision on Friday. Officers later arrested a 24-year-old "
       "driver in Carrow.",
       "A 67-year-old cyclist was injured in the collision on Saturday. Officers later arrested a 24-year-old "
       "driver in Carrow."});
  EXPECT_TRUE(has(cs, "date", "Friday")) << all(cs);
  EXPECT_FALSE(has(cs, "number", "")) << all(cs);
}

// The stated side of a negation shows the words the negator changed.
TEST(Conflicts, NegationSpansHoldTheChangedWords) {
  const Result r = compared({"The mayor said the town doesn't have the money for a new bridge this year.",
                             "The mayor said the town does have the money for a new bridge this year."});
  ASSERT_TRUE(r.ok()) << r.error;
  ASSERT_EQ(r.conflicts.size(), 1u);
  const std::string values = side_values(r);
  EXPECT_NE(values.find("does have"), std::string::npos) << values;
  EXPECT_NE(values.find("doesn't have"), std::string::npos) << values;
}

// A modal negated; "before the vote" is a preposition, not the "never before" of a record.
TEST(Conflicts, ModalNegatedBeforeAPreposition) {
  const auto cs = conflicts_of({"The harbour board will hold a public meeting before the vote on the new quay.",
                                "The harbour board will not hold a public meeting before the vote on the new quay."});
  EXPECT_TRUE(has(cs, "negation", "hold")) << all(cs);
}

// A value is compared with the one standing in its place, whatever other amounts the sentence
// holds; money in two notations is one kind of value.
TEST(Conflicts, MoneyInItsPlace) {
  const auto cs = conflicts_of(
      {"The club signed the striker to a $41 million contract and kept two others for $40 million and $12 million.",
       "The club signed the striker to a $63m contract and kept two others for $40 million and $12 million."});
  EXPECT_TRUE(has(cs, "number", "$41 million vs $63 million")) << all(cs);
  // Amounts of two things are two values, whichever opens its sentence.
  expect_no_conflict({{"The harbour board's budget was $398 million last year.", "Debt was $1.1 billion last year."}});
}

// The same hedge on two numbers states two different bounds.
TEST(Conflicts, TwoCeilings) {
  const auto cs = conflicts_of({"The insurer is seeking up to $6 million from the shipyard in damages.",
                                "The insurer is seeking up to $9m from the shipyard in damages."});
  EXPECT_TRUE(has(cs, "number", "")) << all(cs);
}

// A negating verb ("denied") in the place of another verb: the other side shows that verb.
TEST(Conflicts, NegatingVerbShowsTheVerbItReplaces) {
  const Result r = compared({"The gear found on board all confirmed their smuggling intent, the officer said.",
                             "The gear found on board all denied their smuggling intent, the officer said."});
  ASSERT_TRUE(r.ok()) << r.error;
  const std::string values = side_values(r);
  EXPECT_NE(values.find("confirmed"), std::string::npos) << values;
  EXPECT_NE(values.find("denied"), std::string::npos) << values;
}

// Counts of one specific thing conflict even between sentences that share too little to be
// compared as statements; a common noun ("people") is no such thing.
TEST(Conflicts, CountsOfOneSpecificThing) {
  const auto cs = conflicts_of({"About 80 lifeguards were posted along the shore for the race on Sunday.",
                                "The council said 45 lifeguards, with six boats, watched over the swimmers."});
  EXPECT_TRUE(has(cs, "number", "about 80 vs 45")) << all(cs);
  const auto common = conflicts_of({"About 80 people were posted along the shore for the race on Sunday.",
                                    "The council said 45 people, with six boats, watched over the swimmers."});
  EXPECT_FALSE(has(common, "number", "")) << all(common);
}

// A share of a whole ("8% of its workforce") and a change ("shares fell 2%") are two measures;
// two shares of one whole, or two changes of one thing, still dispute.
TEST(Conflicts, ASharePercentageIsNoChange) {
  const auto two = conflicts_of({"The Kelby snack maker said it would cut 1,200 jobs, about 8% of its workforce, after sales fell.",
                                 "The snack maker's shares fell 2% after the announcement."});
  EXPECT_FALSE(has(two, "number", "")) << all(two);
  EXPECT_TRUE(has(conflicts_of({"The Kelby snack maker will cut about 8% of its workforce.",
                                "The Kelby snack maker will cut 12% of its workforce."}),
                  "number", "about 8% vs 12%"));
  EXPECT_TRUE(has(conflicts_of({"The snack maker's shares rose 4% on Monday.", "The snack maker's shares rose 2% on Monday."}),
                  "number", "4% vs 2%"));
}

// Durations in two units compare in one ("two hours" / "90 minutes" dispute; "three weeks" /
// "21 days" agree), and the reason says both units.
TEST(Conflicts, DurationsInTwoUnits) {
  const auto d = conflicts_of({"The talks in Corvel lasted two hours, officials said.",
                               "The talks in Corvel lasted 90 minutes, officials said."});
  EXPECT_TRUE(has(d, "number", "2 hours vs 90 minutes")) << all(d);
  expect_no_conflict({{"The Corvel road will be closed for three weeks for repairs.",
                       "The Corvel road will be closed for 21 days for repairs."}});
  // "and a half" is a half more ("two and a half hours" / "four hours" dispute).
  EXPECT_TRUE(has(conflicts_of({"The talks in Corvel lasted two and a half hours, officials said.",
                                "The talks in Corvel lasted four hours, officials said."}),
                  "number", "2.5 hours vs 4 hours"));
  // One duration told in two units at once is one value ("1 hour 20 minutes" is 80 minutes).
  expect_no_conflict({{"The talks in Corvel lasted 1 hour 20 minutes, officials said.",
                       "The talks in Corvel lasted 80 minutes, officials said."},
                      {"The Corvel final lasted two hours and 41 minutes.", "The Corvel final lasted 161 minutes."}});
  expect_number({{"The Corvel final lasted 2 hours 41 minutes.", "The Corvel final lasted two hours and fourteen minutes.",
                  "161 minutes vs 134 minutes"}});
}

// A verb the lexicon knows mostly as a noun still dates its claim in a past form ("was jailed on
// Friday" / "was jailed on Thursday").
TEST(Conflicts, APastFormDatesItsClaim) {
  const auto d = conflicts_of({"A former fund manager was jailed for six years on Friday for a fraud that cost savers 3 million pounds.",
                               "Dana Brook was jailed on Thursday for six years over a 3 million pound fraud."});
  EXPECT_TRUE(has(d, "date", "Friday vs Thursday")) << all(d);
}

// An ordinal after a preposition says when: two date one happening only where the words they hang
// on, the words before the prepositions, align.
TEST(Conflicts, OrdinalsThatSayWhen) {
  expect_no_conflict({{"The visitors led at the end of the first half.", "The visitors scored three times in the second half."},
                      {"Orrin Vale scored twice in the first half before the hosts pulled one back after the break.",
                       "The hosts scored from the penalty spot early in the second half."}});
  const auto half = conflicts_of({"Orrin Vale scored twice in the first half.", "Orrin Vale scored twice in the second half."});
  EXPECT_TRUE(has(half, "number", "1st vs 2nd")) << all(half);
  const auto term = conflicts_of({"The mayor won the election for the third time.", "The mayor won the election for the second time."});
  EXPECT_TRUE(has(term, "number", "3rd vs 2nd")) << all(term);
}

// A percentage is a change of what changes: a profit that fell 12% and shares that fell 8% are two
// measures; the same profit falling 12% and 8% is a dispute.
TEST(Conflicts, PercentagesOfTwoThingsThatChange) {
  const char* profit = "Marlow Foods said its annual profit fell 12% as sales slowed.";
  expect_no_conflict({{profit, "Marlow Foods shares fell 8% after the results."}});
  const auto d = conflicts_of({profit, "Marlow Foods said its annual profit dropped by 8% as sales slowed."});
  EXPECT_TRUE(has(d, "number", "12% vs 8%")) << all(d);
  // Of no owner, a percentage is of the noun right before it.
  const char* rate = "The Varnia central bank kept its main interest rate at 4.5% on Thursday, saying inflation was too high.";
  expect_no_conflict({{rate, "The Varnia central bank governor said on Thursday that inflation, now 3.1%, was too high."}});
  const auto r = conflicts_of({rate, "The Varnia central bank kept its main interest rate at 4.25% on Thursday, saying inflation was too high."});
  EXPECT_TRUE(has(r, "number", "4.5% vs 4.25%")) << all(r);
  // Or of the subject that opens the sentence, when a verb stands before it.
  expect_no_conflict({{"Moisture in the forest fell to 9 percent.", "Containment of the blaze rose to 35 percent."},
                      {"Humidity fell to 9 percent on Monday.", "Containment rose to 35 percent on Monday."}});
  const auto c = conflicts_of({"Containment rose to 30 percent on Monday.", "Containment rose to 35 percent on Monday."});
  EXPECT_TRUE(has(c, "number", "30% vs 35%")) << all(c);
}

// A share in words ("half of", "a third of") and one in figures are one measure when they are
// shares of one whole, and two when the wholes differ ("of those polled" / "of its voters").
TEST(Conflicts, SharesOfOneWholeAndOfTwo) {
  EXPECT_TRUE(has(conflicts_of({"Half of the staff at the Kelby plant will lose their jobs, the company said.",
                                "The company said 30% of the staff at the Kelby plant will lose their jobs."}),
                  "number", "half vs 30%"));
  expect_no_conflict({{"A third of the staff at the Kelby plant will lose their jobs, the company said.",
                       "The company said 33% of the staff at the Kelby plant will lose their jobs."}});
  const auto two = conflicts_of({"In the Harlow poll, 60% of those polled backed the new bridge.",
                                 "In the Harlow poll, half of the council's voters backed the new bridge."});
  EXPECT_FALSE(has(two, "number", "")) << all(two);
  // A share of the members is no rise ("a rise of nine per cent", "a 9% pay rise"); two rises are
  // one measure.
  expect_no_conflict({{"Nearly 90 percent of the union's members voted for a strike at the Arden clinic.",
                       "The union's members at the Arden clinic want a rise of nine per cent."},
                      {"Nearly 90 percent of the union's members voted for a strike at the Arden clinic.",
                       "The union's members at the Arden clinic want a 9% pay rise."}});
  EXPECT_TRUE(has(conflicts_of({"The union's members at the Arden clinic want a rise of nine per cent.",
                                "The union's members at the Arden clinic want a 12% pay rise."}),
                  "number", "9% vs 12%"));
}

// Opposites done by two different people are one outcome told from either side; done by one,
// a dispute. Opposite verbs of two things that open their sentences are two changes.
TEST(Conflicts, OppositesOfTwoPeople) {
  expect_no_conflict({{"Ilse Varga won the Corvel election on Sunday, beating Piet Osk.",
                       "Piet Osk lost the Corvel election on Sunday to Ilse Varga."},
                      {"Varga wins Corvel mayoral race", "Osk loses Corvel mayor's seat"},
                      {"Humidity fell sharply on Monday afternoon.", "Containment rose sharply on Monday afternoon."}});
  expect_negation({{"Varga won the Corvel election on Sunday.", "Varga lost the Corvel election on Sunday."},
                   {"Containment fell sharply on Monday afternoon.", "Containment rose sharply on Monday afternoon."}});
}

// A change told two ways: the opposite verbs and the sizes right after them are one difference
// ("shares rose 4%" / "shares fell 2%"), though the sentences share little else; of two things
// ("shares" / "profit") they are none.
TEST(Conflicts, AChangeToldTwoWays) {
  const auto cs = conflicts_of({"Shares rose 4% in early trading.", "Orrin's shares fell 2% after the announcement."});
  EXPECT_TRUE(has(cs, "negation", "opposite")) << all(cs);
  EXPECT_TRUE(has(cs, "number", "4% vs 2%")) << all(cs);
  expect_no_conflict({{"Shares rose 4% in early trading.", "The snack maker's profit fell 2% last year."}});
}

// Each value of a sentence that states two (what one side wants, what the other offers) meets
// its own counterpart: the one the other sentence states too, or the one in the same place. A
// change noun ("increase", "rise") names the kind of measure, not whose it is.
TEST(Conflicts, EachValueMeetsItsOwnCounterpart) {
  const char* two = "Drivers want a 7% increase, while Velbus is offering 5%.";
  expect_no_conflict({{two, "The union wants a rise of 7 percent."},
                      {"Drivers want a 7% rise, while Velbus is offering 5%.", "The union wants a 7% increase."}});
  const auto offer = conflicts_of({two, "Velbus has offered 4 percent."});
  EXPECT_TRUE(has(offer, "number", "5% vs 4%")) << all(offer);
  EXPECT_FALSE(has(offer, "number", "7%")) << all(offer);
}

// A denial of part ("most routes will not run") is contradicted by the same part or by all of
// it, not by another part.
TEST(Conflicts, ADenialOfPart) {
  expect_no_conflict({{"Most bus routes in Velby will not run on Monday.", "Eight main bus routes in Velby will run on Monday."},
                      {"Some bus routes in Velby will not run on Monday.", "Eight main bus routes in Velby will run on Monday."}});
  expect_negation({{"Most bus routes in Velby will not run on Monday.", "Most bus routes in Velby will run on Monday."},
                   {"Most bus routes in Velby will not run on Monday.", "All bus routes in Velby will run on Monday."}});
}

// An intention ("plans to appeal") is contradicted by a denial of what is to come ("would not
// appeal", "won't appeal"), not by a denial that it happened ("did not appeal").
TEST(Conflicts, AnIntentionAndADenialOfWhatIsToCome) {
  expect_negation({{"Orrin Vale plans to appeal the ruling, his lawyer said.", "His lawyer said Orrin Vale would not appeal the ruling."},
                   {"Orrin Vale intends to appeal the ruling.", "Orrin Vale won't appeal the ruling."}});
  expect_no_conflict({{"Orrin Vale planned to appeal the ruling.", "Orrin Vale did not appeal the ruling."}});
}

// Two sentences that share a claim only in a piece agree through it unless one piece denies
// what the two share ("would open two new factories" / "had no plans to build new factories");
// a denial of something else beside it ("There were no deaths, though ...") is no obstacle, nor is
// one that opens its clause ("no Velmar mayor has attended ... since 1998").
TEST(Conflicts, APieceThatDeniesWhatTheOtherStatesIsNoAgreement) {
  const auto agree_links = [](const Result& r) {
    int n = 0;
    for (const Link& l : r.links) n += l.relation == Relation::kAgree;
    return n;
  };
  const Result denied = compared({"Chief executive Mira Talbot said the firm would open two new factories in 2026 and hire 400 staff.",
                                  "Mira Talbot, the chief executive, said Harlow had no plans to build new factories.",
                                  "The group plans to open two factories in 2026, creating about 400 jobs, chief executive Mira Talbot said."});
  ASSERT_TRUE(denied.ok()) << denied.error;
  for (const Link& l : denied.links)
    EXPECT_FALSE(l.relation == Relation::kAgree && (l.a.source == 1 || l.b.source == 1)) << l.a.source << " ~ " << l.b.source;
  const Result beside = compared({"There were no deaths, though nine people were taken to Orrel General Hospital.",
                                  "Nine people were taken to Orrel General Hospital, most of them with hypothermia."});
  ASSERT_TRUE(beside.ok()) << beside.error;
  EXPECT_EQ(agree_links(beside), 1);
  // A denial that opens its clause tells that none did: so does "the first time ... since".
  const Result none = compared({"Her visit marks the first time a Velmar mayor has attended the Orrel harbour festival since 1998. "
                                "She will be among 12 other guests.",
                                "This is a first for the town: no Velmar mayor has attended the Orrel harbour festival since 1998. "
                                "She will join 12 other guests."});
  ASSERT_TRUE(none.ok()) << none.error;
  EXPECT_EQ(agree_links(none), 2);
}

// A clause window of all a unit's clauses is the unit: the clause model does not make two whole
// sentences agree that the sentence model holds apart ("Vey received 41,200 votes and Ruiz
// 30,100, the electoral office said" / "Ruiz said she accepted the result and congratulated Vey").
TEST(Conflicts, TheClauseModelDoesNotOverruleTheWholeSentences) {
  const Result r = compared({"Vey received 41,200 votes and Ruiz 30,100, the electoral office said.",
                             "Ruiz said she accepted the result and congratulated Vey."});
  ASSERT_TRUE(r.ok()) << r.error;
  for (const Link& l : r.links) EXPECT_NE(l.relation, Relation::kAgree) << l.score;
}

// A count compared between units without a counterpart meets its own value in a unit that states
// two ("12 pence, up from 10 pence" / "12p"); "12p" is pence.
TEST(Conflicts, ACountRestatedBesideAnotherIsNoDispute) {
  const auto two = conflicts_of({"The company will pay a dividend of 12 pence per share, up from 10 pence last year.",
                                 "Harlow raised its dividend to 12p a share."});
  EXPECT_FALSE(has(two, "number", "")) << all(two);
  const auto other = conflicts_of({"Harlow Foods said on Tuesday it will pay a dividend of 12 pence per share.",
                                   "Harlow Foods raised its dividend to 14p a share on Tuesday."});
  EXPECT_TRUE(has(other, "number", "12 vs 14")) << all(other);
}

// A person's age set beside the name ("Osric Tell, 61,") is disputed across claims that share
// nothing else; the same age in two claims links nothing, and an age not beside a name (or a
// number that is no age) is no such fact.
TEST(Conflicts, AgesOfOneNamedPerson) {
  const auto cs = conflicts_of({"Osric Tell, 61, pleaded not guilty to every charge.",
                                "The court in Halvery jailed Osric Tell, 62, for six years."});
  EXPECT_TRUE(has(cs, "number", "age: 61 vs 62")) << all(cs);
  // A surname that opens its sentence is named by the age beside it.
  const auto opens = conflicts_of({"Tell, 61, signed the lease on Wednesday.",
                                   "Tell, 62, moved to Halvery in 2016 and opened two bakeries in the town."});
  EXPECT_TRUE(has(opens, "number", "age: 61 vs 62")) << all(opens);
  const Result same = compared({"Osric Tell, 61, pleaded not guilty to every charge.",
                                "The court in Halvery jailed Osric Tell, 61, for six years."});
  ASSERT_TRUE(same.ok()) << same.error;
  for (const Link& l : same.links) EXPECT_NE(l.relation, Relation::kAgree);
  EXPECT_TRUE(same.conflicts.empty());
  const auto apart = conflicts_of({"Osric Tell, who is 61, pleaded not guilty to every charge.",
                                   "The court in Halvery jailed Osric Tell, 62, for six years."});
  EXPECT_FALSE(has(apart, "number", "")) << all(apart);
  const auto other = conflicts_of({"Osric Tell, 61, pleaded not guilty to every charge.",
                                   "The court in Halvery jailed Ana Ruiz, 62, for six years."});
  EXPECT_FALSE(has(other, "number", "")) << all(other);
}

// A rate is not a count of one thing: a player's rebounds per game against another's career
// total are no dispute when nothing else ties the sentences together.
TEST(Conflicts, RatesAreNotCountsOfOneThing) {
  const auto per = conflicts_of({"Tolan is down almost four points per game and just over two rebounds (6.1) per contest.",
                                 "In 88 career playoff games, Arvo Lind scored 903 points and made 301 rebounds."});
  EXPECT_FALSE(has(per, "number", "rebounds")) << all(per);
  // Counts of one specific thing still meet.
  const auto counts = conflicts_of({"About 80 lifeguards were posted along the shore for the race on Sunday.",
                                    "The council said 45 lifeguards, per the rota, watched over the swimmers."});
  EXPECT_TRUE(has(counts, "number", "about 80 vs 45")) << all(counts);
}

// The same amount of one specific thing, or the same large sum, is one claim told twice.
TEST(Conflicts, TheSameCountOfOneSpecificThingAgrees) {
  const Result r = compared({"About 80 lifeguards were posted along the shore for the race on Sunday.",
                             "Around 80 lifeguards, with six boats, watched over the swimmers."});
  ASSERT_TRUE(r.ok()) << r.error;
  ASSERT_EQ(r.links.size(), 1u);
  EXPECT_EQ(r.links[0].relation, Relation::kAgree);
  EXPECT_TRUE(r.conflicts.empty());
}

// One sum in two notations is one side of a dispute: "$1.2bn" and "1.2 billion dollars" against
// "$1.5 billion" make one conflict of two sides, not two conflicts.
TEST(Conflicts, OneValueInTwoNotationsIsOneSide) {
  const Result r = compared(
      {"Kestrel Foods said on Friday it will buy the Marren dairy group, valuing it at $1.2bn including debt.",
       "Kestrel Foods is buying rival dairy firm Marren in a deal worth 1.2 billion dollars, the companies announced.",
       "Kestrel Foods agreed on Friday to buy the Marren dairy group for $1.5 billion including debt."});
  ASSERT_TRUE(r.ok()) << r.error;
  ASSERT_EQ(r.conflicts.size(), 1u) << side_values(r);
  const Conflict& c = r.conflicts[0];
  EXPECT_EQ(c.type, "number");
  ASSERT_EQ(c.sides.size(), 2u) << side_values(r);
  ASSERT_EQ(c.sides[0].units.size(), 2u) << side_values(r);
  EXPECT_EQ(c.sides[0].units[0].first.source, 0);
  EXPECT_EQ(c.sides[0].units[1].first.source, 1);
  EXPECT_EQ(c.sides[1].value, "$1.5 billion");
}

// A sentence that carries two claims is linked for each: agreeing with one sentence of the other
// source on the sale leaves its price to be compared with another sentence there.
TEST(Conflicts, TheSameSumAgreesBesideAnotherCounterpart) {
  const Result r = compared(
      {"Shipping group Kestrel is buying the Marren port operator in a deal worth 2.4 billion dollars, the firms "
       "announced on Monday.",
       "The company that runs Marren's port is to be taken over by shipping group Kestrel, the firms announced on "
       "Monday. The all-cash deal values Marren at $2.4bn, including debt."});
  ASSERT_TRUE(r.ok()) << r.error;
  bool sale = false, price = false;
  for (const Link& l : r.links) {
    if (l.relation != Relation::kAgree || l.a.source != 0 || l.b.source != 1) continue;
    sale = sale || l.b.unit == 0;
    price = price || l.b.unit == 1;
  }
  EXPECT_TRUE(sale);
  EXPECT_TRUE(price);
  EXPECT_TRUE(r.conflicts.empty());
}

// "No one was killed", "there were no deaths" and "nobody died" state one count, none, in their
// own words: they agree, and a report of two deaths disputes all three.
TEST(Conflicts, CountsOfNoneAgreeAndDispute) {
  const Result r = compared(
      {"A fire destroyed a furniture store in Holbrook on Sunday. No one was killed, the fire service said.",
       "Flames gutted a furniture shop in Holbrook on Sunday evening. There were no deaths, according to the county.",
       "A furniture store in Holbrook burned down on Sunday. Nobody died.",
       "A blaze tore through a furniture store in Holbrook on Sunday. Two people died in the fire, the fire service "
       "said."});
  ASSERT_TRUE(r.ok()) << r.error;
  int none_agree = 0;
  for (const Link& l : r.links)
    if (l.relation == Relation::kAgree && l.a.unit == 1 && l.b.unit == 1 && l.a.source < 3 && l.b.source < 3)
      ++none_agree;
  EXPECT_EQ(none_agree, 3);
  ASSERT_EQ(r.conflicts.size(), 1u) << side_values(r);
  const Conflict& c = r.conflicts[0];
  EXPECT_EQ(c.type, "number");
  ASSERT_EQ(c.sides.size(), 2u);
  EXPECT_EQ(c.sides[0].units.size(), 3u);
  ASSERT_EQ(c.sides[1].units.size(), 1u);
  EXPECT_EQ(c.sides[1].units[0].first.source, 3);
}

// "There were no casualties" states none injured in other words than "nobody was hurt": they agree
// (they share no word for the model to go by), and a report of two injured disputes both.
TEST(Conflicts, NoCasualtiesIsNoneInjured) {
  const Result r = compared(
      {"A gas main burst under Carrow Lane on Tuesday. There were no casualties.",
       "A gas main ruptured beneath Carrow Lane on Tuesday. Nobody was harmed, the water board said.",
       "A gas main broke under Carrow Lane on Tuesday. Two workers were injured."});
  ASSERT_TRUE(r.ok()) << r.error;
  bool none_agree = false;
  for (const Link& l : r.links)
    none_agree = none_agree || (l.relation == Relation::kAgree && l.a.source == 0 && l.a.unit == 1 &&
                                l.b.source == 1 && l.b.unit == 1);
  EXPECT_TRUE(none_agree);
  ASSERT_EQ(r.conflicts.size(), 1u) << side_values(r);
  EXPECT_EQ(r.conflicts[0].type, "number");
  ASSERT_EQ(r.conflicts[0].sides.size(), 2u);
  EXPECT_EQ(r.conflicts[0].sides[0].units.size(), 2u);
}

// "A man was injured" disputes "No injuries were reported" (at least one against none), not "Three
// people were injured" (he may be one of them), and agrees by its count with nothing: "a woman
// was injured" may be another person.
TEST(Conflicts, SomeoneInAStateDisputesNone) {
  const auto number_dispute = [](const std::string& a, const std::string& b) {
    const Result r = compared({"A storm brought down trees across Orrin on Thursday night. " + a,
                               "Trees fell across Orrin as a storm hit on Thursday night. " + b});
    EXPECT_TRUE(r.ok()) << r.error;
    for (const Conflict& c : r.conflicts)
      if (c.type == "number") return true;
    return false;
  };
  EXPECT_TRUE(number_dispute("No injuries were reported, police said.",
                             "A man was injured when a tree fell on his car, police said."));
  EXPECT_FALSE(number_dispute("Three people were injured by falling trees, police said.",
                              "A man was injured when a tree fell on his car, police said."));
  const Result r = compared({"A man was injured when a tree fell on his car in Orrin.",
                             "A woman was injured on Friday when a wall collapsed in Tarrow."});
  ASSERT_TRUE(r.ok()) << r.error;
  for (const Link& l : r.links) EXPECT_NE(l.relation, Relation::kAgree);
}

// Candidate pairs whose units share no word as itself, a synonym or a derived form are left
// unscored unless a count links them, and then scored as every pair is when all scores are asked
// for: the link of "No one was injured" and "Nobody was hurt in the blaze" (a candidate: they
// share a related word) has the same score either way, and no pair is reported without one.
TEST(Conflicts, UnitsThatShareNoWordAreScoredWhenACountLinksThem) {
  Input in;
  const char* texts[] = {"Fire swept through a paint shop on Marl Street on Sunday. No one was injured.",
                         "A paint shop on Marl Street burned on Sunday. Nobody was hurt in the blaze, firemen said.",
                         "A paint shop on Marl Street caught fire on Sunday. Two workers were injured."};
  for (size_t k = 0; k < 3; ++k) in.sources.push_back({std::string(1, static_cast<char>('a' + k)), "", texts[k]});
  const Result some = compare(in);
  in.options.min_score = 0;
  const Result every = compare(in);
  ASSERT_TRUE(some.ok() && every.ok()) << some.error << every.error;
  const auto score_of = [](const Result& r, int sa, int sb) {
    for (const Link& l : r.links)
      if (l.a.source == sa && l.a.unit == 1 && l.b.source == sb && l.b.unit == 1) return l.score;
    return -2.0;
  };
  EXPECT_GE(score_of(some, 0, 1), 0.0);
  EXPECT_EQ(score_of(some, 0, 1), score_of(every, 0, 1));
  for (const Link& l : every.links) EXPECT_GE(l.score, 0.0);
}

// The same large count of people, in sentences that share little else, is one claim; a small
// count, or a count of other things, is not.
TEST(Conflicts, TheSameLargeCountOfPeopleAgrees) {
  const auto agree = [](const std::string& a, const std::string& b) {
    const Result r = compared({a, b});
    EXPECT_TRUE(r.ok()) << r.error;
    for (const Link& l : r.links)
      if (l.relation == Relation::kAgree) return true;
    return false;
  };
  EXPECT_TRUE(agree("A cargo ship with 214 passengers aboard was detained at Orrin harbour on Friday.",
                    "Its crew of 214 people were told to remain on board until Monday."));
  EXPECT_FALSE(agree("A cargo ship with 14 passengers aboard was detained at Orrin harbour on Friday.",
                     "Its crew of 14 people were told to remain on board until Monday."));
  EXPECT_FALSE(agree("A cargo ship with 214 containers aboard was detained at Orrin harbour on Friday.",
                     "Its crew of 214 people were told to remain on board until Monday."));
}

// The same sum of money or measure, written with two significant digits or more and however each
// sentence words the rest, is one claim; a round value ("$5,000", "2 km") may stand for two things
// and agrees through nothing but its sentence, and so do values of another currency, or a bound
// past the value ("more than"; "up to" a value reaches it).
TEST(Conflicts, TheSameExactSumOrMeasureAgrees) {
  const auto agree = [](const std::string& a, const std::string& b) {
    return second_units_agree("Thieves raided the Brannock jewellers in Velsey early on Thursday. " + a,
                              "A jewellery shop in Velsey was robbed before dawn on Thursday. " + b);
  };
  EXPECT_TRUE(agree("The owner said the gang escaped with $38,500 in cash and watches.",
                    "Police confirmed that 38.5 thousand dollars was missing from the safe."));
  EXPECT_TRUE(agree("Officers followed the getaway van for 145 kilometres on the motorway.",
                    "The chase ended near Tarrow after some 145 km, when the van ran out of fuel."));
  EXPECT_TRUE(agree("Police said the getaway car drove at speeds of up to 165 km/h.",
                    "Officers chased the car out of town at 165 kilometres per hour."));
  EXPECT_FALSE(agree("The owner said the gang escaped with $5,000 in cash and watches.",
                     "Police confirmed that 5,000 dollars was missing from the safe."));
  EXPECT_FALSE(agree("The owner said the gang escaped with $38,500 in cash and watches.",
                     "Police confirmed that 38,500 euros was missing from the safe."));
  EXPECT_FALSE(agree("The owner said the gang escaped with $38,500 in cash and watches.",
                     "Police confirmed that more than $38,500 was missing from the safe."));
  // So is the same exact share of one named thing; not of two things, nor a share told roughly.
  const auto vote = [](const std::string& a, const std::string& b) {
    return second_units_agree("Dana Ilves was elected mayor of Corby Vale on Sunday. " + a,
                              "Corby Vale has a new mayor, Dana Ilves, after Sunday's vote. " + b);
  };
  EXPECT_TRUE(vote("Turnout was 41%, the election office said, down from 47% four years ago.",
                   "Fewer than half of registered voters took part: turnout stood at 41 percent."));
  EXPECT_FALSE(vote("Turnout was 41%, the election office said, down from 47% four years ago.",
                    "Fewer than half of registered voters took part: her share stood at 41 percent."));
  EXPECT_FALSE(vote("Turnout was 41%, the election office said, down from 47% four years ago.",
                    "Fewer than half of registered voters took part: turnout stood at about 41 percent."));
  EXPECT_FALSE(vote("The Green Alliance won 41% of the vote, its best result yet.",
                    "In 2017 the Liberal Union won 41% of the vote, a record at the time."));
}

// An opposite stated the other way round says the same ("will not reopen" / "will remain closed",
// "unable" / "not able"): the units agree. Opposites stated the same way do not.
TEST(Conflicts, AnOppositeStatedTheOtherWayRoundAgrees) {
  const auto relation = [](const std::string& a, const std::string& b) {
    const Result r = compared({a, b});
    EXPECT_TRUE(r.ok()) << r.error;
    for (const Link& l : r.links)
      if (l.relation != Relation::kRelated) return std::string(l.relation == Relation::kAgree ? "agree" : "conflict");
    return std::string("none");
  };
  EXPECT_EQ(relation("The ferry terminal will remain closed for the rest of the week, the operator said.",
                     "The operator said the ferry terminal will not reopen for the rest of the week."),
            "agree");
  EXPECT_EQ(relation("Investigators said the warehouse was uninsured at the time of the fire.",
                     "Investigators said the warehouse was not insured at the time of the fire."),
            "agree");
  EXPECT_EQ(relation("Rescue teams were unable to reach the stranded climbers because of the storm.",
                     "Because of the storm, rescue teams were not able to reach the stranded climbers."),
            "agree");
  EXPECT_NE(relation("The ferry terminal will remain closed for the rest of the week, the operator said.",
                     "The operator said the ferry terminal will not close for the rest of the week."),
            "agree");
  // A state held until a time and its opposite at that time: one change told from either side.
  EXPECT_EQ(relation("The bridge will stay closed until Monday.", "The bridge will reopen on Monday."), "agree");
  EXPECT_NE(relation("The bridge will stay closed until Monday.", "The bridge will reopen on Friday."), "agree");
}

// A distance in a compass direction places one thing: the same position in other words agrees,
// another distance in that direction disputes it, another direction is something else.
TEST(Conflicts, DistancesInOneDirection) {
  const auto relation_of = [](const std::string& a, const std::string& b) {
    const Result r = compared({"A strong earthquake shook the valley town of Orrin early on Tuesday. " + a,
                               "Orrin was hit by a powerful quake before dawn on Tuesday. " + b});
    EXPECT_TRUE(r.ok()) << r.error;
    for (const Link& l : r.links)
      if (l.a.unit == 1 && l.b.unit == 1 && l.relation != Relation::kRelated)
        return std::string(l.relation == Relation::kAgree ? "agree" : "conflict");
    for (const Conflict& c : r.conflicts)
      if (c.type == "number") return std::string("conflict");
    return std::string("none");
  };
  EXPECT_EQ(relation_of("The epicentre was about 10 kilometres north of the town, the institute said.",
                        "It was centred roughly 10km north of Orrin, according to seismologists."),
            "agree");
  EXPECT_EQ(relation_of("The epicentre was about 10 kilometres north of the town, the institute said.",
                        "It was centred roughly 40km north of Orrin, according to seismologists."),
            "conflict");
  EXPECT_EQ(relation_of("The epicentre was about 10 kilometres north of the town, the institute said.",
                        "A dam stands 40km south-west of Orrin, according to the council."),
            "none");
}

// A unit that agrees with one side of a dispute and states that side's value stands on that side,
// even when its sentence shares too little with the other side's to be compared with it.
// A headline shortens its article: when each of two sentences conflicts more strongly with the
// other's headline (in the count both headlines give), the two sentences still dispute what the
// headlines leave out (the day), and one count disputed in headlines and sentences is one conflict.
TEST(Conflicts, HeadlinesDoNotHideWhatTheyLeaveOut) {
  const std::vector<std::string> cs = conflicts_of(
      {"Twelve hurt as tram derails in Corvale\n\nTwelve people were injured when a tram left the rails in central "
       "Corvale on Monday evening, the city's transport authority said.\n\nThe driver was taken to hospital.",
       "Corvale tram derailment leaves 15 injured\n\nFifteen people were hurt after a tram derailed in the centre of "
       "Corvale on Tuesday evening, officials said.\n\nRoughly 80 passengers were on board."});
  EXPECT_TRUE(has(cs, "date", "Monday evening vs Tuesday evening")) << all(cs);
  int counts = 0;
  for (const std::string& c : cs) counts += c.rfind("number ", 0) == 0;
  EXPECT_EQ(counts, 1) << all(cs);
}

TEST(Conflicts, SidesReachUnitsThatAgreeWithThem) {
  const Result r = compared(
      {"According to one trade paper, the ferry line runs around 40 ferries, including hospital ships and tugs.",
       "According to local radio, the ferry line runs around 40 ferries, including hospital ships and tugs.",
       "Ferry lines of that size often run 10 to 15 ferries, with escort boats and pilots on call.",
       "The line, long a family business, reportedly runs hospital ships and tugs among nearly 40 ferries."});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_TRUE(on_two_sides(r, 3, 2));
}

// ... but not a unit that names someone the other side's unit does not, while that unit names
// someone else: two climbers' falls told alike, not one fall told two ways. (The heights are
// within tenfold: further apart, no unit would dispute them, ValuesTenfoldApartCountTwoThings.)
TEST(Conflicts, SidesDoNotReachUnitsAboutSomeoneElse) {
  const Result r = compared({"A climber fell about 60 metres from a ridge on the glacier, rescuers said.",
                             "A climber fell about 60 metres from a ridge on the glacier, rescuers said.",
                             "Lee Ormond fell about 300 metres from a ridge on the glacier, rescuers said.",
                             "Rescuers said Tom Rane fell about 60 metres from a glacier ridge before his rope held."});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_TRUE(on_two_sides(r, 0, 2));   // nobody named on one side: one fall, two heights
  EXPECT_FALSE(on_two_sides(r, 3, 2));  // Tom Rane's fall of 60 metres is not Lee Ormond's of 700
  bool d_agrees_with_a = false;
  for (const Link& l : r.links)
    d_agrees_with_a = d_agrees_with_a || (l.a.source == 0 && l.b.source == 3 && l.relation == Relation::kAgree);
  EXPECT_TRUE(d_agrees_with_a);  // what would have set it on A's side
}

// Two counts of one pair of sentences are two disputes: the first count found does not hide the
// second, and one count agreeing does not hide another disputed.
TEST(Conflicts, EveryCountOfAPairIsCompared) {
  const auto d = conflicts_of({"Around 800 firefighters are battling the flames, supported by nine water-bombing aircraft.",
                               "Nearly 1,000 firefighters and eight aircraft have been deployed."});
  EXPECT_TRUE(has(d, "number", "9 vs 8")) << all(d);
  EXPECT_TRUE(has(d, "number", "about 800 vs nearly 1,000")) << all(d);
  EXPECT_TRUE(has(conflicts_of({"Around 800 firefighters and nine aircraft are battling the flames.",
                                "About 800 firefighters and eight aircraft have been deployed."}),
                  "number", "9 vs 8"));
}

// A value between a verb and its day takes no step of the reach that looks for the verb: "raised
// its main interest rate to 4.5% on Thursday" dates the raising.
TEST(Conflicts, AValueBetweenAVerbAndItsDay) {
  EXPECT_TRUE(has(conflicts_of({"The bank raised its benchmark rate to 4.5% on Wednesday.",
                                "The bank raised its main interest rate to 4.5% on Thursday."}),
                  "date", "Wednesday vs Thursday"));
}

// A word after "will" or a modal is the verb of its clause ("The strike will end on Thursday"):
// the end of a strike is not dated as its start ("went on strike on Tuesday").
TEST(Conflicts, AVerbAfterAModal) {
  expect_no_conflict({{"Thousands of nurses went on strike on Tuesday morning, the first such action in two decades.",
                       "The strike will end on Thursday morning."}});
}

// A word after an article or a possessive is no verb: "The company found the breach on 12 May"
// dates the finding, as "The breach was discovered on 14 May" does.
TEST(Conflicts, ANounAfterAnArticleIsNoVerb) {
  EXPECT_TRUE(has(conflicts_of({"The breach was discovered on 14 May, more than two weeks after the attackers first gained access.",
                                "The company found the breach on 12 May."}),
                  "date", "14 May vs 12 May"));
}

// Two things that open their sentences, each the subject of the verb a time dates, had two
// happenings; one thing told with two times is a dispute, and so is the subject of a passive
// against the object of an active verb (above).
TEST(Conflicts, DatesOfTwoSubjects) {
  expect_no_conflict({{"The harbour master will be sworn in on 9 March.", "The port board will be sworn in on 16 March."},
                      {"The ferry left Kelby on Monday evening.", "The tug left Kelby on Tuesday evening."}});
  const auto cs = conflicts_of({"The harbour master will be sworn in on 9 March.", "The harbour master will be sworn in on 16 March."});
  EXPECT_TRUE(has(cs, "date", "9 March vs 16 March")) << all(cs);
}

// What had happened by one time had happened by a later one: two such bounds are two looks, not
// a dispute; a deadline ("must be paid by") and a bound of another kind ("after Sunday's game") are
// disputed.
TEST(Conflicts, TwoByBoundsOfThePast) {
  expect_no_conflict({{"By Friday the flood had reached 40 homes in Carrow.", "By Monday the flood had reached 95 homes in Carrow."},
                      {"The blaze at the Kelby depot was out by 6 a.m.", "The blaze at the Kelby depot was out by 7:30 a.m."}});
  const auto cs = conflicts_of({"The Kelby fine must be paid by Friday.", "The Kelby fine must be paid by Monday."});
  EXPECT_TRUE(has(cs, "date", "")) << all(cs);
}

// Opposites told of the two sides of one contest are one outcome: the subject of a clause acts
// in its verbs ("Harlow Rangers beat Denton City 3-2 after extra time to win the cup").
TEST(Conflicts, OneOutcomeFromEitherSide) {
  expect_no_conflict({{"Denton City lost the cup final 3-2 to Harlow Rangers on Saturday after leading for most of the game.",
                       "Harlow Rangers beat Denton City 3-2 after extra time to win the cup on Saturday."}});
  expect_negation({{"Harlow Rangers beat Denton City 3-2 after extra time to win the cup on Saturday.",
                    "Harlow Rangers lost the cup final 3-2 to Denton City on Saturday."}});
}

// A pronoun may stand for the subject the other sentence names with a noun: "his client would not
// appeal" denies "he would appeal". A name is someone in particular.
TEST(Conflicts, APronounForTheSubject) {
  expect_negation({{"His lawyer said he would appeal.", "Vesk's lawyer said his client would not appeal the sentence."}});
}

// An aside between commas stands between a denial and its subject: the subject before it is the
// one compared ("Vesk, a former minister of the province, did not attend" is Vesk's denial, not
// one of the province's staff).
TEST(Conflicts, ADenialsSubjectBeforeAnAside) {
  expect_no_conflict({{"Vesk, a former minister of the province, did not attend the vote count on Monday.",
                       "Election staff of the province attended the vote count on Monday."}});
  expect_negation({{"Vesk, the mayor of Kelso since 2019, did not attend the ceremony on Monday.",
                    "Vesk attended the ceremony on Monday."},
                   {"Vesk, however, did not attend the ceremony on Monday.", "Vesk attended the ceremony on Monday."}});
}

// A number between commas after a name is the person's age, and the dispute says so.
TEST(Conflicts, AnAgeAfterANameIsNamedAge) {
  EXPECT_TRUE(has(conflicts_of({"A jury convicted Vesk, 61, on four counts of bribery last month.",
                                "Vesk, 62, was convicted in October on four bribery charges."}),
                  "number", "age: 61 vs 62"));
}

// A count told "about" and a count within it are one count: the two units agree, however little
// else they share ("about 3 million customers" / "3.2 million customers").
TEST(Conflicts, ACountToldAboutAgrees) {
  const Result r = compared({"Pellam has admitted that the data of about 3 million customers was stolen in a cyber attack.",
                             "Hackers had stolen the personal details of 3.2 million customers."});
  bool agree = false;
  for (const Link& l : r.links) agree = agree || l.relation == Relation::kAgree;
  EXPECT_TRUE(agree);
  EXPECT_TRUE(r.conflicts.empty());
}

// A verb and the noun made from it date one happening ("resigned on Monday" / "the resignation of
// Foreign Minister Helga Marr on Tuesday"; a name and its title take no step of the reach).
TEST(Conflicts, AVerbAndItsNounDateOneHappening) {
  EXPECT_TRUE(has(conflicts_of({"Foreign Minister Helga Marr resigned on Monday, two days after the recordings were published.",
                                "The resignation of Foreign Minister Helga Marr on Tuesday has thrown the coalition into crisis."}),
                  "date", "Monday vs Tuesday"));
}

// Years of a happening to come ("will", "to" and a verb) and of one past are two happenings,
// for the dates and for the numbers in them; two past years of one happening still dispute.
TEST(Conflicts, AYearToComeAndAYearPast) {
  expect_no_conflict({{"Lena Vos will host the awards in 2027, the academy said.",
                       "Vos first hosted the awards in 2019 and won praise for it."},
                      {"Vos will open the museum in 2027.", "Vos opened the museum in 2019."},
                      {"Ada Lind to host awards in 2027", "Lind first hosted the awards in 2019."}});
  EXPECT_TRUE(has(conflicts_of({"Vos opened the museum in 2017.", "Vos opened the museum in 2019."}), "date", "2017 vs 2019"));
}

// One name in two transliterations (a sound written with "c" or "k", "b" or "v": "Kostas" /
// "Costas", "Rezvani" / "Rezbani") is one name; another consonant makes another name.
TEST(Conflicts, ANameTransliteratedTwoWays) {
  expect_no_conflict({{"Mayor Kostas Andrianou called for calm.", "Mayor Costas Andrianou called for calm on Sunday."},
                      {"Governor Davoud Rezvani said the flood killed 12.", "Governor Davoud Rezbani said the flood killed 12 people."}});
  EXPECT_TRUE(has(conflicts_of({"The striker, Carter, scored twice.", "The striker, Carver, scored twice."}), "name", "Carter vs Carver"));
}

// A rank or a playing position before a surname is a title, not a given name ("Trooper Hakim" /
// "Bill Hakim", "RB Bush" / "running back Reggie Bush").
TEST(Conflicts, ARankOrPositionIsATitle) {
  expect_no_conflict({{"Bomb technician Trooper Lund was hurt in the blast.", "Bomb technician Mara Lund was hurt in the blast."},
                      {"Running back Tavon Reece will miss the final.", "RB Reece will miss the final."}});
}

// "Did not leave until 11:15" says when it left, not that it did not: against a statement without
// "until" it is no denial, and its time is the time of leaving, disputed against another.
TEST(Conflicts, NotUntilATimeIsWhenItHappened) {
  const auto cs = conflicts_of({"The ferry did not leave Carrow harbour until 11:15, the operator said.",
                                "The ferry left Carrow harbour at 9:15 on Sunday, the operator said."});
  EXPECT_FALSE(has(cs, "negation", "")) << all(cs);
  EXPECT_TRUE(has(cs, "date", "11:15 vs 09:15")) << all(cs);
  expect_no_conflict({{"The ferry did not leave Carrow harbour until 11:15, the operator said.",
                       "The ferry left Carrow harbour at 11:15 on Sunday, the operator said."},
                      {"The night train did not reach Dunmere until Friday.", "The night train reached Dunmere late on Friday."}});
  EXPECT_FALSE(has(conflicts_of({"The night train did not reach Dunmere until Friday.",
                                 "The night train reached Dunmere on Wednesday evening."}),
                   "negation", ""));
}

// A name between a time and its verb takes no step of the time's surroundings: "lifted off from
// Kestrel Point at 16:32" dates the lifting off as "lifted off at 16:32" does.
TEST(Conflicts, ANameInsideTheSlotOfATime) {
  EXPECT_TRUE(has(conflicts_of({"The rocket lifted off from Kestrel Point at 16:32.", "The rocket lifted off from Kestrel Point at 14:32."}),
                  "date", "16:32 vs 14:32"));
}

// A time between two happenings ("two hours before Sorel spoke") is no length of one ("spoke for 95
// minutes"); two such times are one measure.
TEST(Conflicts, ATimeBetweenTwoHappeningsIsNoLength) {
  expect_no_conflict({{"The march in Kelby began two hours before the minister spoke.", "The minister spoke for 95 minutes."}});
  expect_number({{"The march in Kelby began two hours before the minister spoke.",
                  "The march in Kelby began three hours before the minister spoke.", "2 hours vs 3 hours"}});
}

// Sums paid as two things ("fined 150,000 pounds" / "25,000 pounds in costs") are two measures;
// the same thing told two ways ("a fine of 180,000 pounds" / "fined 150,000 pounds") is one.
TEST(Conflicts, SumsPaidAsTwoThings) {
  expect_no_conflict({{"The quarry firm was also ordered to pay 25,000 pounds in costs.", "The quarry firm was fined 150,000 pounds."},
                      {"The council must pay 40,000 euros in compensation to the family.", "The council was fined 90,000 euros."},
                      {"The state has released 3 million crowns in emergency aid for Tarnby.",
                       "The district council estimates the damage at 14 million crowns."}});
  expect_number({{"The quarry firm was ordered to pay a fine of 180,000 pounds.", "The quarry firm was fined 150,000 pounds.", "180,000 vs"},
                 {"The state has released 3 million crowns in emergency aid for Tarnby.",
                  "The state has released 5 million crowns in emergency aid for Tarnby.", "3 million crowns vs 5 million crowns"},
                 {"The quarry firm was ordered to pay 25,000 pounds in costs.", "The quarry firm was ordered to pay 35,000 pounds in costs.",
                  "25,000 vs"}});
  // A sum by the period and one sum are two measures; two sums by the period are one.
  expect_no_conflict({{"The sacked manager, Ian Morrow, had been earning 1.3 million pounds a year.",
                       "Ian Morrow will receive 2.4 million pounds."}});
  expect_number({{"The sacked manager, Ian Morrow, had been earning 1.3 million pounds a year.",
                  "Ian Morrow had been earning 1.5 million pounds a year.", "1.3 million vs"}});
}

// What a sum is may stand further back in its clause ("Revenue fell 8% to 412 million euros", "The
// firm lost 52 million euros"): a revenue, a loss and a profit are three measures; two losses told
// two ways are one.
TEST(Conflicts, RevenueLossAndProfitAreThreeMeasures) {
  expect_no_conflict({{"Revenue at Corvel Tools fell 8% to 412 million euros in the third quarter.",
                       "Corvel Tools lost 52 million euros in the third quarter."},
                      {"Corvel Tools lost 52 million euros in the third quarter.",
                       "A year earlier Corvel Tools made a net profit of 12 million euros in the third quarter."},
                      {"Quarterly sales at Corvel Tools declined to 412 million euros.",
                       "Corvel Tools posted a net loss of 37 million euros for the quarter."}});
  expect_number({{"Corvel Tools posted a net loss of 37 million euros for the third quarter.",
                  "Corvel Tools lost 52 million euros in the third quarter.", "37 million"}});
}

// A day of what is planned or hoped for and a day of what happened, under verbs that do not
// align, are two happenings; one happening planned for one day and done on another is a dispute.
TEST(Conflicts, ADayPlannedAndADayPastAreTwoHappenings) {
  expect_no_conflict({{"Storm Dara forced Tarn Ferries to cancel all sailings between Marl and Oskay Island on Monday.",
                       "Tarn Ferries hopes to resume crossings to Oskay Island on Wednesday."}});
  const auto day = conflicts_of({"The Kelby bridge will reopen to traffic on Friday.", "The Kelby bridge reopened to traffic on Saturday."});
  EXPECT_TRUE(has(day, "date", "Friday vs Saturday")) << all(day);
}

// A value in a condition is a threshold, not a value measured.
TEST(Conflicts, AThresholdIsNoMeasuredValue) {
  expect_no_conflict({{"The Marl bridge is closed to high-sided vehicles whenever gusts exceed 80 kilometres per hour.",
                       "Gusts reached 110 kilometres per hour on the Marl bridge."}});
  expect_number({{"Gusts of up to 90 kilometres per hour were recorded on the Marl bridge.",
                  "Gusts of up to 110 kilometres per hour were recorded on the Marl bridge.", "90"}});
}

// Values told of two times are two measures: another year and the story's own, a whole career and
// a season, a year alone and a weekday. A year after the value dates something else.
// "No further" and "no more" deny what follows them ("No further talks have been scheduled"
// denies "Further talks have been scheduled"); a denial of more still says nothing of what was
// stated before.
TEST(Conflicts, NoFurtherDenies) {
  const auto cs = conflicts_of({"Further talks between the ferry crews and Tarn Lines have been scheduled.",
                                "No further talks between the ferry crews and Tarn Lines have been scheduled."});
  EXPECT_TRUE(has(cs, "negation", "No further talks")) << all(cs);
  expect_no_conflict({{"No further job cuts are planned at the Marl works.", "Tarn Lines plans to cut 600 jobs at the Marl works."}});
}

TEST(Conflicts, ValuesOfTwoTimesAreTwoMeasures) {
  expect_no_conflict({{"Last year the Orvel region spent 95 million euros on insulation grants.",
                       "The Orvel insulation grant scheme will cost 240 million euros over four years."},
                      {"Dell has scored 62 goals in his career for Orvel Rovers.", "Dell now has 14 goals this season for Orvel Rovers."},
                      {"The last major flood in Kessford, in 2007, forced about 800 people out of their homes.",
                       "About 1,200 people were forced from their homes in Kessford on Sunday."},
                      {"The Sorrel Hill fire has burned 8,200 acres.", "A fire near Sorrel Hill burned 3,100 acres last year."},
                      {"Tarn Air has had three emergency landings this year.", "Tarn Air had seven emergency landings last year."},
                      {"About 40 homes in Kessford flooded on Tuesday.", "In Kessford, 12 homes flooded in 2019."}});
  expect_number({{"Tarn Air has had three emergency landings this year.", "Tarn Air had seven emergency landings this year.", "3 vs 7"}});
  expect_number({{"About 40 homes in Kessford flooded on Tuesday.", "In Kessford, 12 homes flooded.", "40 vs 12"}});
  expect_number({{"A 60-year-old woman was charged on Friday with two killings at a Marl ice cream stand in 1967.",
                  "A 61-year-old woman was charged on Friday with two killings at a Marl ice cream stand.", "60 vs 61"}});
}

// A period before this one near the value, in its clause or in the phrase that opens the sentence
// ("a year earlier", "the day before", "last winter", "the previous quarter", "over the past year",
// "previously" before the value; far from the value when it opens the clause), and a part named as
// such ("alone", or one of several by a superlative: "her largest gift"), make two measures; the
// base of a comparison ("from a year earlier") does not, nor a superlative on both sides.
// Two such values are two claims: the sentences agree in no piece either.
TEST(Conflicts, PeriodsBeforeThisOneAndPartsAreTwoMeasures) {
  expect_no_conflict({{"A year earlier, the Marl club's debt stood at 40 million euros.",
                       "The Marl club's debt stood at 55 million euros."},
                      {"Last winter a storm cut power to 900 homes in Kessford.", "The storm cut power to 4,000 homes in Kessford."},
                      {"The day before, 35 families had been moved out of Upper Kessford.",
                       "Some 120 families were moved out of Upper Kessford."},
                      {"In the Orvel depot alone, 14 buses were damaged.", "Some 60 buses were damaged in the fire."},
                      {"Her largest gift, 25,000 euros, went to the Kessford choir.",
                       "She gave 140,000 euros to local causes."},
                      {"The biggest of the fines was 3,000 euros.", "Tarn Lines was fined 12,000 euros."},
                      {"The storm cut power to 4,000 homes in Kessford and the valley towns.",
                       "The previous winter a smaller storm in Kessford and the valley towns cut power to 900 homes."},
                      {"Revenue at Tarn Lines was 80 million euros in the previous quarter.", "Revenue at Tarn Lines was 95 million euros."},
                      {"Tarn Lines will cut 300 jobs at its Kessford depot.", "Tarn Lines previously cut 120 jobs at its Kessford depot."},
                      {"Tarn Lines shares fell 4% on Thursday.", "Tarn Lines shares have fallen 25% over the past year."},
                      {"In 2019, storms cut power to 900 homes in Kessford.", "Storms cut power to 4,000 homes in Kessford."},
                      {"In the spring of 2019, Tarn Lines lost 12 million euros, or 3 cents a share, on sales of 80 million euros.",
                       "Tarn Lines lost 15 million euros, or 4 cents a share, on sales of 95 million euros."}});
  // A part named by "alone" that the other sentence names too is the same part, counted twice.
  expect_number({{"Crews cleared 40 fallen trees from the Marl road on Saturday alone.",
                  "Crews cleared 25 fallen trees from the Marl road on Saturday.", "40 vs 25"},
                 {"In the Orvel depot alone, 14 buses were damaged.", "Some 60 buses were damaged in the Orvel depot.",
                  "14 vs about 60"}});
  // A year that opens the sentence against the same year in the clause is one time; a running
  // total since a year is not another time.
  expect_number({{"In 2019, storms cut power to 900 homes in Kessford.", "Storms cut power to 1,400 homes in Kessford in 2019.",
                  "900 vs 1,400"}});
  expect_number({{"Since it opened in 1994, the Kessford bridge has closed 45 times.", "The Kessford bridge has closed 52 times.",
                  "45 vs 52"}});
  expect_number({{"A year earlier, the Marl club's debt stood at 40 million euros.",
                  "A year earlier, the Marl club's debt stood at 35 million euros.", "40 million vs \xE2\x82\xAC" "35 million"}});
  expect_number({{"Sales at Tarn Lines fell 3% to 80 million euros from a year earlier.",
                  "Sales at Tarn Lines fell 3% to 95 million euros.", "80 million vs \xE2\x82\xAC" "95 million"}});
  expect_number({{"Last summer the hottest day on record in Kessford and the valley towns reached 33.9C.",
                  "Last summer the hottest day on record in Kessford and the valley towns reached 35.1C.", "33.9"}});
  expect_number({{"Her largest gift was 25,000 euros.", "Her largest gift was 40,000 euros.", "25,000 vs"}});
  expect_number({{"Last week a storm cut power to 900 homes in Kessford.", "The storm cut power to 4,000 homes in Kessford.", "900 vs 4,000"}});
  const Result r = compared({"A year earlier, net profit at Veltrane was 205 million crowns.", "Net profit at Veltrane was 142 million crowns."});
  ASSERT_TRUE(r.ok()) << r.error;
  for (const Link& l : r.links) EXPECT_NE(l.relation, Relation::kAgree) << l.score;
}

// A count expected and one counted are two counts, whichever finder meets them (the counts of one
// thing by their key, counts.cc, as well as aligned values).
TEST(Conflicts, ACountExpectedAndOneCounted) {
  expect_no_conflict({{"Some 140 flights were cancelled at Orvel airport.",
                       "The airport predicted 40 flights would be cancelled."}});
  expect_number({{"Some 140 flights were cancelled at Orvel airport.", "Some 40 flights were cancelled at Orvel airport.", "140 vs"}});
}

// Both ends of a span are bounds ("between 2016 and 2022", "from Monday to Wednesday"): a time
// inside it is no dispute; two spans that start at different times are.
TEST(Conflicts, TheEndsOfASpanAreBounds) {
  expect_no_conflict({{"Renn took money from the Marl trust between 2016 and 2022.", "Renn took money from the Marl trust in 2019."},
                      {"The Orvel road was closed from Monday to Wednesday.", "The Orvel road was closed on Tuesday."}});
  const auto cs = conflicts_of({"Renn took money from the Marl trust between 2016 and 2022.",
                                "Renn took money from the Marl trust between 2015 and 2022."});
  EXPECT_TRUE(has(cs, "date", "2016 vs 2015")) << all(cs);
}

// A count over all places ("worldwide", "nationwide") and one in a named place are a whole and a
// part; two counts over all, or in one place, that differ are a dispute.
TEST(Conflicts, ACountOverAllPlacesAndOneInAPlace) {
  expect_no_conflict({{"Tarn Lines employs 14,000 people worldwide.", "Tarn Lines employs 2,600 people in Marl."},
                      {"Tarn Lines employs about 2,600 people in Marl itself.", "Tarn Lines employs 14,000 people across nine countries."}});
  expect_number({{"Tarn Lines employs 14,000 people worldwide.", "Tarn Lines employs 12,000 people worldwide.", "14,000 vs 12,000"}});
  expect_number({{"Tarn Lines employs 2,900 people in Marl.", "Tarn Lines employs 2,600 people in Marl.", "2,900 vs 2,600"}});
}

// A denial that an opposite tells in the same words is one conflict, named by the opposite
// ("admitted forging" / "denied forging"); a denial without an opposite stays a denial.
TEST(Conflicts, ADenialToldByAnOppositeIsOneConflict) {
  const auto one = conflicts_of({"Renn admitted forging the signature of the trust's chair.",
                                 "Renn denied forging the chair's signature."});
  ASSERT_EQ(one.size(), 1u) << all(one);
  EXPECT_TRUE(has(one, "negation", "admitted")) << all(one);
  const auto denial = conflicts_of({"Renn forged the signature of the trust's chair.", "Renn did not forge the chair's signature."});
  EXPECT_TRUE(has(denial, "negation", "not forge")) << all(denial);
}

// Two maximums however told ("up to 40 percent" / "as much as 45%") are one value: different, a
// dispute; two minimums told differently can both hold.
TEST(Conflicts, TwoMaximumsThatDiffer) {
  expect_number({{"Grants will cover up to 40 percent of insulation costs in Orvel.",
                  "Grants will cover as much as 45% of insulation costs in Orvel.", "40"}});
  expect_no_conflict({{"More than 50 people were arrested in Orvel on Friday.", "At least 46 people were arrested in Orvel on Friday."}});
}

// One act with its two named parties the other way round is a dispute over who did it; the same
// act told in the passive is none.
TEST(Conflicts, OneActWithItsPartiesTheOtherWayRound) {
  const auto d = conflicts_of({"Perrault defeated Halvorsen in the Orvel final.", "Perrault was defeated by Halvorsen in the Orvel final."});
  EXPECT_TRUE(has(d, "name", "who defeated: Perrault vs Halvorsen")) << all(d);
  expect_no_conflict({{"Perrault defeated Halvorsen in the Orvel final.", "Halvorsen was defeated by Perrault in the Orvel final."},
                      {"Almark Shipping bought Tollhaven Port Holdings on Monday.",
                       "Tollhaven Port Holdings was bought by Almark Shipping on Monday."}});
}

// Values offered, demanded, accepted or rejected are each of their own stance: an offer and a
// demand are two measures; two offers, or two demands told in other words, dispute.
TEST(Conflicts, AnOfferAndADemandAreTwoMeasures) {
  expect_no_conflict({{"Vellmark offered a 4.5 percent rise to its drivers.", "The drivers' union wants a 7 percent rise."},
                      {"The drivers' union is seeking 7 percent.", "The drivers' union would accept 6 percent."}});
  expect_number({{"Vellmark offered a 4.5 percent rise to its drivers.", "Vellmark has proposed a 3.5 percent rise to its drivers.", "4.5% vs 3.5%"},
                 {"The drivers' union is demanding a 7 percent rise.", "The drivers' union wants an 8 percent rise.", "7% vs 8%"}});
}

// A total told as such ("in total", "Of its 40 crossings, ...") and a count without it are two measures (the total and one of
// its parts); two totals still dispute.
TEST(Conflicts, ATotalToldAsSuchAndAPart) {
  expect_no_conflict({{"Two guards were on duty at the Marrowick museum.", "The Marrowick museum employs six security guards in total."},
                      {"Of Tarnby's 40 ferry crossings, 31 were cancelled on Monday.",
                       "Only nine crossings ran on Monday, most of them to the islands."}});
  expect_number({{"The Marrowick museum employs eight security guards in total.",
                  "The Marrowick museum employs six security guards in total.", "8 vs 6"},
                 {"Of Tarnby's 40 ferry crossings, 31 were cancelled on Monday.",
                  "Of Tarnby's 45 ferry crossings, 36 were cancelled on Monday.", "40 vs 45"}});
}

// A share's whole told two ways ("of the cost of insulation work" / "of insulation costs") is one
// whole when the heads of the two phrases align; wholes whose heads differ stay apart.
TEST(Conflicts, AShareOfOneWholeToldTwoWays) {
  expect_number({{"Grants will cover up to 40 percent of the cost of insulation work in Orvel.",
                  "Grants will cover as much as 45% of insulation costs in Orvel.", "40"}});
  expect_no_conflict({{"Grants will cover up to 40 percent of the cost of insulation work in Orvel.",
                       "Grants will cover as much as 45% of insulation grants in Orvel."}});
}

// A score ("three goals to one") counts no one's goals: no count dispute across the cluster.
TEST(Conflicts, AScoreIsNoCount) {
  expect_no_conflict({{"Dell now has 14 goals this season for Orvel Rovers.",
                       "Marl Town were beaten three goals to one by Orvel Rovers on Saturday afternoon."}});
}

// Things counted under two verbs that neither align nor relate are two sets; the same verb makes
// one.
TEST(Conflicts, ThingsDamagedAndThingsDestroyedAreTwoSets) {
  expect_no_conflict({{"Emergency director Lorna Castell said 340 homes had been damaged in Kessford.",
                       "At least 25 houses were destroyed in Kessford, emergency director Lorna Castell said."}});
  expect_number({{"Emergency director Lorna Castell said 340 homes had been damaged in Kessford.",
                  "Emergency director Lorna Castell said 300 homes were damaged in Kessford.", "340 vs 300"}});
}

// Those who remain ill are a part of all who fell ill: a count of them is a count of its own,
// across the cluster too; two counts of the remaining are one.
TEST(Conflicts, TheRemainingAreACountOfTheirOwn) {
  expect_no_conflict({{"Forty patients at the Kestow infirmary have fallen ill with norovirus.",
                       "Seven patients remain unwell on the wards of the Kestow infirmary."}});
  EXPECT_FALSE(conflicts_of({"Twelve patients remain unwell on the wards of the Kestow infirmary.",
                             "Seven patients remain unwell on the wards of the Kestow infirmary."})
                   .empty());
}

// A denial of more ("denied that further job cuts were planned") is disputed by a statement of
// more, not by what was announced before.
TEST(Conflicts, ADenialOfMoreLeavesWhatWasStated) {
  expect_no_conflict({{"Corvel Tools denied that further job cuts were being planned at its Pellan works.",
                       "Corvel Tools plans to cut 300 jobs at its Pellan works."}});
  const auto more = conflicts_of({"Corvel Tools denied that further job cuts were being planned at its Pellan works.",
                                  "A spokeswoman confirmed that more job cuts are being planned at the Pellan works."});
  EXPECT_TRUE(has(more, "negation", "are being planned")) << all(more);
}

// A common word that opens a headline before a surname ("Challenger Okonjo") describes the person
// the other names in full ("Priya Okonjo"); two given names are two people.
TEST(Conflicts, ACommonWordOpeningAHeadlineIsNoGivenName) {
  expect_no_conflict({{"Challenger Okonjo wins Wrenfield mayoral race",
                       "Priya Okonjo won the Wrenfield mayoral race on Thursday."}});
  const auto two = conflicts_of({"Dana Okonjo won the Wrenfield mayoral race on Thursday.",
                                 "Priya Okonjo won the Wrenfield mayoral race on Thursday."});
  EXPECT_TRUE(has(two, "name", "Priya")) << all(two);
}

// A value aimed at or expected ("a target of 90,000 car sales", "expects to sell 90,000 cars") and
// one achieved ("fell to 41,000 cars") are two measures; two targets, or two results, are one.
TEST(Conflicts, ATargetAndAResultAreTwoMeasures) {
  expect_no_conflict({{"Sales of the Pico fell 8% in the first half of the year, to 41,000 cars.",
                       "The carmaker is sticking to its target of 90,000 electric car sales for the year."},
                      {"The carmaker sold 41,000 cars in the first half of the year.", "The carmaker expects to sell 90,000 cars this year."}});
  expect_number({{"The carmaker expects to sell 90,000 cars this year.", "The carmaker expects to sell 95,000 cars this year.", "90,000 vs 95,000"},
                 {"The carmaker sold 41,000 cars in the first half of the year.", "The carmaker sold 45,000 cars in the first half of the year.",
                  "41,000 vs 45,000"}});
}

// A value rounded stands for half its last digit below it up to just under half above: "a pay
// offer of 4%" / "4.5%" differ; "5%" / "4.5%" and "3%" / "2.8%" agree.
TEST(Conflicts, AHalfRoundsUp) {
  expect_number({{"The drivers rejected a pay offer of 4%.", "The drivers rejected a pay offer of 4.5%.", "4% vs 4.5%"}});
  expect_no_conflict({{"The drivers rejected a pay offer of 5%.", "The drivers rejected a pay offer of 4.5%."},
                      {"Shares in the carmaker rose 3% on Tuesday.", "Shares in the carmaker rose 2.8% on Tuesday."},
                      {"The drivers rejected a pay offer of about 4%.", "The drivers rejected a pay offer of 4.1%."}});
}

// "Ruled out a hosepipe ban" says there will be none: against "announced a hosepipe ban", a
// denial; "has not ruled out" denies nothing.
TEST(Conflicts, RuledOutIsADenial) {
  expect_negation({{"Kelby Water announced a hosepipe ban for its customers.", "Kelby Water has ruled out a hosepipe ban for its customers."}});
  expect_no_conflict({{"Kelby Water announced a hosepipe ban for its customers.",
                       "Kelby Water has not ruled out a hosepipe ban for its customers."}});
}

// Jobs lost are one count however they are told: jobs cut, workers who lose their jobs, people
// put out of work (the quantity's state, "jobs lost"), within a pair and across a cluster.
TEST(Conflicts, JobsLostToldTwoWays) {
  expect_number({{"Haldane Ceramics will close its tile factory in Brackwater, cutting 340 jobs.",
                  "Around 430 workers at Haldane Ceramics in Brackwater will lose their jobs.", "340 vs about 430"}});
  const Result r = compared({"Corvath will close its Dunholm bakery in March, with the loss of 180 jobs.\n"
                             "Chief executive Helen Marsh said costs would ease.",
                             "Marsh said costs would ease.\nThe closure of the Dunholm bakery puts 210 people out of work."});
  EXPECT_NE(side_values(r).find("180 jobs|210 people|"), std::string::npos) << side_values(r);
  // Workers counted who do something else are no jobs lost.
  expect_no_conflict({{"The bakery will close with the loss of 180 jobs.",
                       "Some 300 workers protested against plans to close the bakery."}});
}

// A clause in the present dates a plan as often as a happening ("face ... on 31 May" / "will play
// ... on 24 May"): the two dates of one fixture dispute; a past form still tells what happened
// from what is hoped for.
TEST(Conflicts, APresentTenseDatesAPlanToo) {
  EXPECT_TRUE(has(conflicts_of({"Harlow will play Carrow United in the final on 24 May.",
                                "Rangers face Carrow United in the final on 31 May."}),
                  "date", "24 May vs 31 May"));
  EXPECT_TRUE(conflicts_of({"Greyline was forced to cancel all sailings on Monday.",
                            "Greyline hopes to resume crossings on Wednesday."}).empty());
}

// Two days that end one state, however the state is worded ("will run until 20 February" / "will
// stay open until 27 February"), dispute when the units share a word outside their times; clock
// times and states of different things do not.
TEST(Conflicts, TwoEndsOfOneState) {
  EXPECT_TRUE(has(conflicts_of({"The agency has opened a walk-in vaccination clinic at Brenton library, which will run until 20 February.",
                                "A drop-in clinic offering vaccinations has opened at the town library and will stay open until 27 February."}),
                  "date", "20 February vs 27 February"));
  expect_no_conflict({{"Roads were closed until 4 p.m. on Saturday.", "The curfew lasts until midnight on Saturday."},
                      {"The exhibition runs until 12 May at the city museum.", "The city museum will stay open until 30 June."}});
}

// A day told with "again" dates another time the thing happens ("will strike again on Thursday"),
// not a second date of the first.
TEST(Conflicts, AgainDatesAnotherHappening) {
  expect_no_conflict({{"Workers struck on Monday over pay.", "Workers will strike again on Thursday."}});
  EXPECT_TRUE(has(conflicts_of({"Workers struck on Monday over pay.", "Workers struck on Tuesday over pay."}), "date", ""));
}

// A smaller count with digits of its own ("17 stops", "38 phones"; not "20") is one claim when
// both sentences count the same noun, taken by one act, and the cluster gives it one holder:
// "14 points" that two people score are two claims, so are "destroyed 12 homes" and "saved 12
// homes". A round count, one of another noun, or a number written into a name ("the 76ers")
// agrees through nothing but its sentence.
TEST(Conflicts, TheSameSmallCountWithOneHolderAgrees) {
  const auto tram = [](const std::string& a, const std::string& b) {
    return second_units_agree("Kelmore council approved a new tram line on Thursday. " + a,
                              "Councillors in Kelmore backed the tram scheme on Thursday. " + b);
  };
  EXPECT_TRUE(tram("The route will have 17 stops and should open in 2030.",
                   "The line will run from the station to the harbour, with seventeen stops along the way."));
  EXPECT_FALSE(tram("The route will have 20 stops and should open in 2030.",
                    "The line will run from the station to the harbour, with twenty stops along the way."));
  EXPECT_FALSE(tram("The route will have 17 stops and should open in 2030.",
                    "The line will run from the station to the harbour, with seventeen bridges along the way."));
  const auto raid = [](const std::string& a, const std::string& b) {
    return second_units_agree("Police arrested two men after a raid in Velsey on Thursday. " + a,
                              "Two men were detained in Velsey on Thursday after a police raid. " + b);
  };
  EXPECT_TRUE(raid("Officers seized 38 phones from the flat.", "During a search of the flat, officers confiscated 38 phones and a laptop."));
  EXPECT_FALSE(raid("The 76ers fired their coach on Saturday.", "The 76ers have won nine games this season."));
  // A verb before a clause of its own ("check ... after") takes no count.
  EXPECT_TRUE(second_units_agree("Measles has spread at two schools in Orrin. Health officials have confirmed 37 cases of measles.",
                                 "Orrin schools report a measles outbreak. Parents are urged to check vaccination records after 37 measles cases were confirmed."));
  EXPECT_FALSE(second_units_agree("A wildfire swept through hills near Velsey on Monday. The fire destroyed 12 homes, officials said.",
                                  "A wildfire burned through the hills outside Velsey on Monday. Firefighters managed to save 12 homes on the ridge."));
  const auto game = [](const std::string& a, const std::string& b) {
    return second_units_agree("Creighton beat Drake 65-53 on Friday. " + a, "Drake lost to Creighton on Friday night. " + b);
  };
  EXPECT_TRUE(game("Will Artino scored 14 points for Creighton.", "Artino, a reserve, scored 14 points off the bench."));
  EXPECT_FALSE(game("Richard Carter scored 14 points for Drake.", "Will Artino, a reserve, scored 14 points off the bench."));
}

// A headline that agrees with a sentence carries none of its differences: two sentences whose
// closer units in each other's source are such headlines ("Minister steps down" / "Culture
// minister ... resigns over museum deal") still dispute the day and the sum they state.
TEST(Conflicts, AnAgreeingHeadlineCarriesNoDifference) {
  const Result r = compared({"Culture minister Edda Lorne resigns over museum contract row\n\n"
                             "Culture minister Edda Lorne resigned on Wednesday after a report found her department had awarded a 14 million euro museum contract without a tender.",
                             "Lorne quits as culture minister\n\n"
                             "Edda Lorne has quit as culture minister following revelations that a 41 million euro museum contract was handed out without competitive bidding.",
                             "Minister steps down\n\n"
                             "Culture minister Edda Lorne stepped down on Tuesday over the award of a museum contract worth 14 million euros."});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_NE(side_values(r).find("Wednesday|Tuesday|"), std::string::npos) << side_values(r);
  size_t stating_14 = 0;  // the units on the side of 14 million: the first source's and the third's
  for (const Conflict& c : r.conflicts)
    if (c.type == "number" && !c.sides.empty()) stating_14 = c.sides[0].units.size();
  EXPECT_EQ(stating_14, 2u) << side_values(r);
}

// An intention denied in reported speech takes the report's past ("The company said it had no
// plans to move"): it still denies the act another report says will happen. Told as a past of its
// own, it does not ("The driver did not intend to ...").
TEST(Conflicts, ReportedSpeechKeepsAnIntention) {
  expect_negation({{"Calvert Foods said it had no plans to move its headquarters from Leeds.",
                    "Calvert Foods said it will move its headquarters from Leeds."}});
  expect_no_conflict({{"The company did not plan to move its headquarters from Leeds.",
                       "The company will move its headquarters from Leeds."},
                      {"Police said the driver did not intend to hit the cyclist.", "The driver hit the cyclist."}});
}

// A count after "of" completes the noun before it ("a study of 2,400 adults has found"): the verb
// after it is the study's, so the count still disputes one another sentence gives ("followed
// 4,200 adults"), however differently the two sentences go on; not after a noun that only
// gathers what it counts ("a group of 14 climbers survived").
TEST(Conflicts, ACountAfterOfIsTheNounsOwn) {
  const Result r = compared({"Researchers at the University of Tallmoor followed 4,200 adults aged 40 to 65 for ten years.",
                             "A large study of 2,400 adults has found that those who sleep less than six hours a night face a 20 per cent higher risk of heart disease."});
  EXPECT_NE(side_values(r).find("4,200 adults|2,400 adults|"), std::string::npos) << side_values(r);
  // A noun that only gathers what it counts leaves the count to the verb after it.
  EXPECT_TRUE(conflicts_of({"An avalanche hit the Vell pass on Sunday. A group of 14 climbers survived the avalanche.",
                            "An avalanche hit the Vell pass on Sunday. Seven climbers were caught in the avalanche."}).empty());
}

// Two sentences that open with two different surnames set off by a comma are about two people
// (the name reader leaves a sentence's first word alone): their values are no dispute. One
// person's values still are.
TEST(Conflicts, TwoOpeningSurnamesAreTwoPeople) {
  expect_no_conflict({{"Oakley, who has led the company for nine years, announced in October that he would retire.",
                       "Calder, who has worked for the company for ten years, currently leads its European division."}});
  expect_number({{"Oakley, who has led the company for nine years, announced in October that he would retire.",
                  "Oakley, who has led the company for eleven years, announced in October that he would retire.", ""}});
}

// A sentence whose closer counterparts are headlines keeps its own conflict: a headline that
// agrees with it gives no count, so the sentence stands on its side of the count's dispute only
// through that conflict ("injuring 14 passengers" beside "Coach overturns near Tarrow, 14 hurt",
// against "Seventeen people were injured").
TEST(Conflicts, ASentenceBesideItsHeadlineKeepsItsSide) {
  const Result r = compared(
      {"Coach overturns near Tarrow, 14 hurt\n\nA coach came off the road near Tarrow on Sunday afternoon, injuring "
       "14 passengers, three of them seriously, the operator said.\n\nThe road will stay closed until Tuesday.",
       "Coach crash: three in serious condition\n\nThree people remain in a serious condition in hospital after a "
       "Bellam coach overturned near Tarrow on Sunday.\n\nIn all 14 passengers were hurt when the coach rolled onto "
       "its side on a bend.",
       "Afternoon passengers hurt as coach comes off the road\n\nSeventeen people were injured when a coach from "
       "Bellam overturned close to Tarrow.\n\nThe road will reopen on Tuesday."});
  ASSERT_TRUE(r.ok()) << r.error;
  // The first source's sentence (its unit 1) against the third's (unit 1), on two sides of one
  // count's dispute.
  EXPECT_TRUE(on_two_sides(r, 0, 2, 1, "number")) << side_values(r);
}

// A sentence that tells the day of one side of a date dispute, and is linked with that side's
// sentence closely enough to agree with it, stands on that side even where its own pair with the
// other side was left unanchored (another verb: "sentenced" / "jailed").
TEST(Conflicts, ASentenceTellingOneSidesDayJoinsThatSide) {
  const Result r = compared(
      {"Former mayor jailed for six years over bribes\n\nA court in Harwick on Monday sentenced former mayor Piet "
       "Lorrin to six years in prison for taking bribes worth 420,000 euros from building firms.\n\nLorrin, 58, was "
       "found guilty last month on four counts of corruption.",
       "Ex-mayor Lorrin gets five years in prison\n\nPiet Lorrin, who led Harwick city council for a decade, was "
       "sentenced to five years in jail on Monday for accepting 420,000 euros in bribes.\n\nThe "
       "58-year-old was convicted in October of three counts of corruption.",
       "Harwick ex-mayor sentenced\n\nFormer Harwick mayor Piet Lorrin was jailed on Tuesday for six years for "
       "corruption.\n\nHe had pleaded not guilty."});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_TRUE(on_two_sides(r, 1, 2, 1, "date")) << side_values(r);
  EXPECT_TRUE(on_two_sides(r, 0, 2, 1, "date")) << side_values(r);
  // Only a time of the disputed kind: a day joins no dispute over a year ("records began in 1881"
  // / "a record set in 1947").
  const Result years = compared(
      {"Heatwave: Dalmora records hottest day\n\nTemperatures in Dalmora reached 41.2C on Saturday, the highest since "
       "records began in 1881, the national weather service said.\n\nTwo elderly people died.",
       "Dalmora swelters as thermometer hits 41C\n\nDalmora sweltered on Saturday as the temperature climbed to 41.2 "
       "degrees, a record for the city, according to the weather service.\n\nThree people have died from the heat.",
       "Record heat in Dalmora\n\nThe weather service said Dalmora hit 41.2 degrees on Sunday, breaking a record set "
       "in 1947.\n\nTwo people died of heatstroke."});
  ASSERT_TRUE(years.ok()) << years.error;
  for (const Conflict& c : years.conflicts)
    for (const ConflictSide& side : c.sides)
      for (const auto& u : side.units)
        EXPECT_FALSE(c.type == "date" && u.first.source == 1 && u.first.unit == 1) << side_values(years);
}

// A bare number hung by "at", "of" or "was" on the same word of two clauses that are one but for
// their numbers stands in one place: the ages of one death, where a rate was last, a vote's
// count. The value is shown with as many decimals as it has. Clauses that differ in anything else
// (whose score, for whom the tickets, which season, which moment of a match), or whose sentences
// each qualify them apart ("For adults," / "For children,"), a noun phrase set off by commas, the
// first number of a list and a range place nothing.
TEST(Conflicts, BareValuesHungOnOneWord) {
  expect_number({{"The actor died at the age of 75 on Monday, his agent said.",
                  "The actor died at the age of 79 on Monday, his agent said.", "75 vs 79"},
                 {"Ferran Oskay, the veteran broadcaster, dies at 88", "Ferran Oskay, the veteran broadcaster, dies at 86",
                  "88 vs 86"},
                 {"The Swiss franc rose against the dollar and was last at 1.2998.",
                  "The Swiss franc rose against the dollar and was last at 1.2980.", "1.2998 vs 1.298"},
                 {"The committee's vote was 7-2 in favour of the plan.", "The committee's vote was 6-3 in favour of the plan.",
                  "7 vs 6"}});
  expect_no_conflict({{"The actor died at 75 in a hospital in Lisbon.", "The actor was born in 1949 and retired at 70."},
                      {"The victim, a mother of two, died at the scene.", "The victim's sister, a mother of four, was also hurt."},
                      {"Her score was 92 in the maths test.", "His score was 85 in the maths test."},
                      {"Tickets are 20 for adults at the door.", "Tickets are 10 for children at the door."},
                      {"The plant makes an average of 300 a day in summer.", "The plant makes an average of 120 a day in winter."},
                      {"The score was 1-0 at half-time.", "The score was 2-2 at full time."},
                      {"The winning numbers were 4, 12 and 19.", "The winning numbers were 12, 4 and 19."},
                      {"The estimate was 10-12 million.", "The estimate was 11 million."},
                      {"For adults, tickets are 20.", "For children, tickets are 10."},
                      {"The rate was 5, before the cut.", "The rate was 4, after the cut."}});
}

// Bare numbers are no parts of a sum: a score of 2-1 gives no 3 that another score's 3 would be
// "also given" as ("ended 2-1" / "ended 3-1" dispute the home side's goals). Sums of money are.
TEST(Conflicts, AScoreIsNoSum) {
  expect_number({{"The cup final ended 2-1 to the visitors after extra time.",
                  "The cup final ended 3-1 to the visitors after extra time.", "2 vs 3"}});
  expect_no_conflict({{"The bank was fined a combined 6 million pounds on Tuesday.",
                       "The bank was fined 4 million pounds by one regulator and 2 million pounds by another on Tuesday."}});
}

// Two members of a series ("the first blast", "the second blast") whose other values differ are
// two happenings told alike, not one claim disputed twice; a place in a series that alone differs
// is still disputed, and so are a rank, a recurrence of one subject and an ordinal inside a
// modifier, with another value beside them.
TEST(Conflicts, MembersOfASeriesAreNoDispute) {
  expect_no_conflict({{"Eleven workers were hurt in the first explosion at the refinery.",
                       "Three workers were hurt in the second explosion at the refinery."},
                      {"The first body was recovered from the lake on Monday.",
                       "The second body was recovered from the lake on Thursday."},
                      {"Harwood scored 2 goals in the first half.", "Harwood scored 1 goal in the second half."}});
  expect_number({{"It was the club's third league title.", "It was the club's fourth league title.", "3rd vs 4th"}});
  const TextPairs disputed = {
      {"The college was ranked 4th nationally with a score of 82 points.",
       "The college was ranked 6th nationally with a score of 77 points."},
      {"Ostrova marked her 80th birthday with 120 guests.", "Ostrova marked her 81st birthday with 90 guests."},
      {"Fire badly damaged the 14th-century chapel on Monday.", "Fire badly damaged the 15th-century chapel on Tuesday."},
      {"It was the second time in three years that the canal froze over.",
       "It was the third time in four years that the canal froze over."}};
  for (const auto& [x, y] : disputed) EXPECT_FALSE(conflicts_of({x, y}).empty()) << x << " / " << y;
}

// A denial between two units that share little besides its word is no dispute: "refused to have
// his portrait painted" says nothing against "his last official portrait". A denial of what the
// other states is one, however low the two score as they stand, and so is a denied act the other
// states as an act, whoever each names ("The archdeacon refused to resign" / "the cleric
// resigned").
TEST(Conflicts, ADenialSharingOneWordIsNoDispute) {
  expect_no_conflict({{"He refused to have his portrait painted.", "This was his last official portrait."}});
  expect_negation({{"The mayor did not attend the meeting.", "The mayor attended the meeting."},
                   {"The archdeacon refused to resign.", "Facing a diocesan inquiry, the cleric resigned on Friday."},
                   {"Officials have not released the names of the victims.",
                    "Officials released the names of the victims on Tuesday."}});
}

// In a line in title case capitals do not mark names: a run of words the lexicon knows is no name
// there, so a common word in capitals is no name disputed; a name replaced still is.
TEST(Conflicts, TitleCaseCapitalsAreNoNames) {
  expect_no_conflict({{"Harbour Director Ivo Marsh Still In Talks Over New Berth",
                       "HARBOUR DIRECTOR IVO MARSH REMAINS IN TALKS OVER NEW BERTH"}});
  EXPECT_TRUE(has(conflicts_of({"Port Names Ivo Marsh New Director", "Port Names Pell Dunmore New Director"}), "name",
                  "Ivo Marsh vs Pell Dunmore"));
}

}  // namespace
}  // namespace tri
