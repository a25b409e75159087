// quantity_test.cc — tests for facts/quantity.h: what is read as a quantity (counts, money,
// percentages, measures, durations, ordinals), what it is about (noun, state, owner), describe()
// and compare().

#include "triangulate/facts/quantity.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>

#include "triangulate/facts.h"
#include "triangulate/tokens.h"
#include "triangulate/text.h"

namespace {

using tri::Match;
using tri::Quantity;
using tri::QuantityKind;

tri::Facts Extract(std::string_view s) {
  return tri::extract_facts(s, tri::tokenize(s, 0, s.size()));
}

std::string Span(std::string_view s, size_t b, size_t e) {
  return b <= e && e <= s.size() ? std::string(s.substr(b, e - b)) : std::string("<bad span>");
}

const Quantity* FindQuantity(const tri::Facts& f, std::string_view s, std::string_view span) {
  for (const Quantity& q : f.quantities)
    if (Span(s, q.begin, q.end) == span) return &q;
  return nullptr;
}

std::string AllQuantities(const tri::Facts& f, std::string_view s) {
  std::string out;
  for (const Quantity& q : f.quantities) out += "[" + Span(s, q.begin, q.end) + "] ";
  return out;
}

// ---------------------------------------------------------------------------------------------
// What is read, and its value.

struct QuantityCase {
  const char* text;
  const char* span;  // the whole phrase
  const char* num;   // the number part
  QuantityKind kind;
  double lo, hi;
  bool approx, range;
  const char* unit;
  const char* display;
};

const QuantityCase kQuantityCases[] = {
    // Plain counts and the counted noun.
    {"The convoy had 90 trucks when it left the depot.", "90 trucks", "90", QuantityKind::kCount,
     90, 90, false, false, "truck", "90"},
    {"She will join 14 other heads of department at the meeting.", "14 other heads", "14",
     QuantityKind::kCount, 14, 14, false, false, "head", "14"},
    {"The ministry said 1,200 jobs would go.", "1,200 jobs", "1,200", QuantityKind::kCount, 1200,
     1200, false, false, "job", "1,200"},
    {"The company employs 10 000 people in the region.", "10 000 people", "10 000",
     QuantityKind::kCount, 10000, 10000, false, false, "peopl", "10,000"},
    // A part of a stated whole counts the whole's noun, and is read with the whole (no second
    // count of wagons).
    {"Eleven of the train's 24 wagons left the rails.", "Eleven of the train's 24 wagons", "Eleven",
     QuantityKind::kCount, 11, 11, false, false, "wagon", "11"},
    {"Police said 3 of the 12 suspects were released.", "3 of the 12 suspects", "3",
     QuantityKind::kCount, 3, 3, false, false, "suspect", "3"},
    // A decimal point spaced out by a tokenizer.
    {"He averaged 14. 4 points a game last season.", "14. 4 points", "14. 4", QuantityKind::kCount,
     14.4, 14.4, false, false, "point", "14.4"},
    // A decimal without its leading zero.
    {"An alert is raised when ozone reaches .20 parts per million.", ".20 parts", ".20", QuantityKind::kCount,
     0.2, 0.2, false, false, "part", "0.2"},
    // A thousands comma spaced out by a tokenizer.
    {"The hall seats 2, 400 people on match days.", "2, 400 people", "2, 400", QuantityKind::kCount,
     2400, 2400, false, false, "peopl", "2,400"},
    {"Just one EU commissioner will attend.", "one EU commissioner", "one", QuantityKind::kCount,
     1, 1, false, false, "commission", "1"},
    {"The plane carried 150 passengers and six crew.", "six crew", "six", QuantityKind::kCount, 6,
     6, false, false, "crew", "6"},
    {"A 26-member delegation arrived in the capital.", "26-member", "26", QuantityKind::kCount,
     26, 26, false, false, "member", "26"},
    {"The boy, a 9-year-old, was rescued.", "9-year-old", "9", QuantityKind::kCount, 9, 9, false,
     false, "age", "9"},
    // Hyphens spaced out by a tokenizer.
    {"The driver, a 59 - year - old man, was arrested.", "59 - year - old", "59", QuantityKind::kCount, 59, 59,
     false, false, "age", "59"},
    // Plurals of words in -man.
    {"Police arrested two gunmen near the port.", "two gunmen", "two", QuantityKind::kCount, 2, 2, false, false,
     "gunmen", "2"},
    {"Three fishermen were rescued.", "Three fishermen", "Three", QuantityKind::kCount, 3, 3, false, false,
     "fishermen", "3"},
    // Pence written with the number.
    {"Harlow raised its dividend to 12p a share.", "12p", "12", QuantityKind::kCount, 12, 12, false, false, "penc",
     "12"},
    // Hedges read as intervals.
    {"The ferry was carrying around 90 vehicles.", "around 90 vehicles", "90",
     QuantityKind::kCount, 85.5, 94.5, true, false, "vehicl", "about 90"},
    {"The fleet is spread across nearly 90 vessels.", "nearly 90 vessels", "90",
     QuantityKind::kCount, 81, 90, true, false, "vessel", "nearly 90"},
    {"Some 300 residents were moved to shelters.", "Some 300 residents", "300",
     QuantityKind::kCount, 285, 315, true, false, "resid", "about 300"},
    {"More than 40 people died in the floods.", "More than 40 people", "40", QuantityKind::kCount,
     40, 80, true, false, "peopl", "more than 40"},
    {"Fewer than 20 delegates attended the meeting.", "Fewer than 20 delegates", "20",
     QuantityKind::kCount, 0, 20, true, false, "deleg", "less than 20"},
    {"At least 12 people were injured in the blast.", "At least 12 people", "12",
     QuantityKind::kCount, 12, 24, true, false, "peopl", "at least 12"},
    {"As many as 5,000 people may have fled.", "As many as 5,000 people", "5,000",
     QuantityKind::kCount, 2500, 5000, true, false, "peopl", "as many as 5,000"},
    {"Nearly a dozen ministers resigned.", "Nearly a dozen ministers", "a dozen",
     QuantityKind::kCount, 10.8, 12, true, false, "minist", "nearly 12"},
    {"The quake left at least 9 dead.", "at least 9 dead", "9", QuantityKind::kCount, 9, 18, true,
     false, "dead", "at least 9"},
    // Ranges.
    {"Such convoys often stretch 8 to 12 wagons.", "8 to 12 wagons", "8 to 12",
     QuantityKind::kCount, 8, 12, false, true, "wagon", "8\xE2\x80\x93" "12"},
    {"The storm left 10\xE2\x80\x93" "15 villages without power.",
     "10\xE2\x80\x93" "15 villages", "10\xE2\x80\x93" "15", QuantityKind::kCount, 10, 15, false,
     true, "villag", "10\xE2\x80\x93" "15"},
    {"Between 10 and 15 people were hurt, police said.", "Between 10 and 15 people", "10 and 15",
     QuantityKind::kCount, 10, 15, false, true, "peopl", "10\xE2\x80\x93" "15"},
    {"From 20 to 25 homes were destroyed.", "From 20 to 25 homes", "20 to 25",
     QuantityKind::kCount, 20, 25, false, true, "home", "20\xE2\x80\x93" "25"},
    {"Fares cost between $4 and $8 a trip.", "between $4 and $8", "4 and $8", QuantityKind::kMoney, 4, 8,
     false, true, "usd", "$4\xE2\x80\x93" "8"},
    {"The work will take two or three weeks.", "two or three weeks", "two or three",
     QuantityKind::kDuration, 2, 3, false, true, "week", "2\xE2\x80\x93" "3 weeks"},
    // Number words anywhere.
    {"Prosecutors filed two charges against the driver.", "two charges", "two",
     QuantityKind::kCount, 2, 2, false, false, "charg", "2"},
    {"Prosecutors later filed seven charges.", "seven charges", "seven", QuantityKind::kCount, 7,
     7, false, false, "charg", "7"},
    {"Twenty-one people were treated in hospital.", "Twenty-one people", "Twenty-one",
     QuantityKind::kCount, 21, 21, false, false, "peopl", "21"},
    {"A dozen protesters were arrested.", "A dozen protesters", "A dozen", QuantityKind::kCount,
     12, 12, false, false, "protest", "12"},
    {"Two dozen homes were flooded.", "Two dozen homes", "Two dozen", QuantityKind::kCount, 24,
     24, false, false, "home", "24"},
    {"Half a dozen shops stayed shut.", "Half a dozen shops", "Half a dozen", QuantityKind::kCount,
     6, 6, false, false, "shop", "6"},
    {"A hundred volunteers came.", "A hundred volunteers", "A hundred", QuantityKind::kCount, 100,
     100, false, false, "volunt", "100"},
    {"The toll rose to seven.", "seven", "seven", QuantityKind::kOther, 7, 7, false, false, "",
     "7"},
    {"Dozens of protesters gathered outside.", "Dozens of protesters", "Dozens",
     QuantityKind::kCount, 24, 119, true, false, "protest", "dozens"},
    {"Tens of thousands of runners will take part.", "Tens of thousands of runners",
     "Tens of thousands", QuantityKind::kCount, 20000, 99999, true, false, "runner",
     "tens of thousands"},
    {"Two hundred and fifty thousand people live there.",
     "Two hundred and fifty thousand people", "Two hundred and fifty thousand",
     QuantityKind::kCount, 250000, 250000, false, false, "peopl", "250,000"},
    {"Half a million people live in the city.", "Half a million people", "Half a million",
     QuantityKind::kCount, 500000, 500000, false, false, "peopl", "500,000"},
    // Money in any notation.
    {"The deal is worth $2.4bn, a filing shows.", "$2.4bn", "2.4bn", QuantityKind::kMoney, 2.4e9,
     2.4e9, false, false, "usd", "$2.4 billion"},
    {"The deal is worth $2.4 billion.", "$2.4 billion", "2.4 billion", QuantityKind::kMoney,
     2.4e9, 2.4e9, false, false, "usd", "$2.4 billion"},
    {"He is asking $21MM a year.", "$21MM", "21MM", QuantityKind::kMoney, 21e6, 21e6, false, false, "usd",
     "$21 million"},
    {"The deal is worth 2.4 billion dollars.", "2.4 billion dollars", "2.4 billion",
     QuantityKind::kMoney, 2.4e9, 2.4e9, false, false, "usd", "$2.4 billion"},
    {"The US$2.4 billion loan was approved.", "US$2.4 billion", "2.4 billion",
     QuantityKind::kMoney, 2.4e9, 2.4e9, false, false, "usd", "$2.4 billion"},
    {"The council spent \xE2\x82\xAC" "3m on the park.", "\xE2\x82\xAC" "3m", "3m",
     QuantityKind::kMoney, 3e6, 3e6, false, false, "eur", "\xE2\x82\xAC" "3 million"},
    {"Repairs cost \xC2\xA3" "1.2 million.", "\xC2\xA3" "1.2 million", "1.2 million",
     QuantityKind::kMoney, 1.2e6, 1.2e6, false, false, "gbp", "\xC2\xA3" "1.2 million"},
    {"The state pledged 3.1 billion euros.", "3.1 billion euros", "3.1 billion",
     QuantityKind::kMoney, 3.1e9, 3.1e9, false, false, "eur", "\xE2\x82\xAC" "3.1 billion"},
    {"The bid rose to more than $70-million.", "more than $70-million", "70-million",
     QuantityKind::kMoney, 7e7, 1.4e8, true, false, "usd", "more than $70 million"},
    // Percentages.
    {"Unemployment rose to 12% in the spring.", "12%", "12", QuantityKind::kPercent, 12, 12,
     false, false, "percent", "12%"},
    {"Inflation fell to 3.5 per cent.", "3.5 per cent", "3.5", QuantityKind::kPercent, 3.5, 3.5,
     false, false, "percent", "3.5%"},
    {"Support stood at about 41 percent.", "about 41 percent", "41", QuantityKind::kPercent, 38.95,
     43.05, true, false, "percent", "about 41%"},
    {"The party gained 3 percentage points.", "3 percentage points", "3", QuantityKind::kPercent,
     3, 3, false, false, "percentage point", "3 percentage points"},
    {"One in five adults cycles to work.", "One in five", "One in five", QuantityKind::kPercent,
     19, 21, true, false, "percent", "one in five"},
    {"Two-thirds of voters backed the plan.", "Two-thirds", "Two-thirds", QuantityKind::kPercent,
     63.333333, 70, true, false, "percent", "two-thirds"},
    {"A quarter of the homes lost power.", "A quarter", "A quarter", QuantityKind::kPercent,
     23.75, 26.25, true, false, "percent", "a quarter"},
    // A fraction keeps its hedge, as a number does.
    {"Fewer than half of the voters cast a ballot.", "Fewer than half", "half", QuantityKind::kPercent,
     0, 52.5, true, false, "percent", "less than half"},
    // Durations.
    {"The 70-minute ceremony was broadcast live.", "70-minute", "70", QuantityKind::kDuration, 70,
     70, false, false, "minute", "70 minutes"},
    {"The repairs are expected to take up to 36 hours.", "up to 36 hours", "36",
     QuantityKind::kDuration, 0, 36, true, false, "hour", "up to 36 hours"},
    // A value a measure may come to is its most.
    {"The fee could rise to 22 million pounds with add-ons.", "could rise to 22 million pounds", "22 million",
     QuantityKind::kMoney, 0, 22e6, true, false, "gbp", "up to \xC2\xA3" "22 million"},
    {"He served two years in prison.", "two years", "two", QuantityKind::kDuration, 2, 2, false,
     false, "year", "2 years"},
    {"The meeting lasted one hour.", "one hour", "one", QuantityKind::kDuration, 1, 1, false, false,
     "hour", "1 hour"},
    {"The abbey stood for three centuries.", "three centuries", "three", QuantityKind::kDuration, 3, 3,
     false, false, "century", "3 centuries"},
    // A duration in two units is one duration, in the smaller unit.
    {"The final lasted two hours and 41 minutes.", "two hours and 41 minutes", "two", QuantityKind::kDuration,
     161, 161, false, false, "minute", "161 minutes"},
    {"It lasted 1 hour 20 minutes in all.", "1 hour 20 minutes", "1", QuantityKind::kDuration, 80, 80, false, false,
     "minute", "80 minutes"},
    {"The crossing took 3 days, 4 hours from port to port.", "3 days, 4 hours", "3", QuantityKind::kDuration, 76, 76, false,
     false, "hour", "76 hours"},
    {"A couple of hours later the road reopened.", "A couple of hours", "A couple",
     QuantityKind::kDuration, 2, 3, true, false, "hour", "a couple"},
    // Ordinals and the noun they modify.
    {"The bridge marks its 75th anniversary this month.", "75th anniversary", "75th",
     QuantityKind::kOrdinal, 75, 75, false, false, "anniversari", "75th"},
    {"It was her first official visit abroad.", "first official visit", "first",
     QuantityKind::kOrdinal, 1, 1, false, false, "visit", "1st"},
    {"The second round of talks begins soon.", "second round", "second", QuantityKind::kOrdinal, 2,
     2, false, false, "round", "2nd"},
    // Years that are counts.
    {"The army deployed 2000 troops to the border.", "2000 troops", "2000", QuantityKind::kCount,
     2000, 2000, false, false, "troop", "2,000"},
    {"About 2000 volunteers took part.", "About 2000 volunteers", "2000", QuantityKind::kCount,
     1900, 2100, true, false, "volunt", "about 2,000"},
    // No noun.
    {"The death toll has risen to 45.", "45", "45", QuantityKind::kOther, 45, 45, false, false, "",
     "45"},
};

TEST(QuantityTest, Reads) {
  for (const QuantityCase& c : kQuantityCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const tri::Facts f = Extract(s);
    const Quantity* q = FindQuantity(f, s, c.span);
    ASSERT_NE(q, nullptr) << "no quantity [" << c.span << "]; got " << AllQuantities(f, s);
    EXPECT_EQ(Span(s, q->num_begin, q->num_end), c.num);
    EXPECT_EQ(q->kind, c.kind);
    EXPECT_NEAR(q->lo, c.lo, 1e-6 * std::max(1.0, std::fabs(c.lo)));
    EXPECT_NEAR(q->hi, c.hi, 1e-6 * std::max(1.0, std::fabs(c.hi)));
    EXPECT_EQ(q->approx, c.approx);
    EXPECT_EQ(q->range, c.range);
    EXPECT_EQ(q->unit, c.unit);
    EXPECT_EQ(q->display, c.display);
  }
}

TEST(QuantityTest, APartOfAStatedWholeIsOneCount) {
  const std::string s = "Eleven of the 24 wagons left the rails.";
  const tri::Facts f = Extract(s);
  ASSERT_EQ(f.quantities.size(), 1u) << AllQuantities(f, s);
  EXPECT_EQ(Span(s, f.quantities[0].num_begin, f.quantities[0].num_end), "Eleven");
}

// Phrases that must not be read as quantities (a time, a name, a pronoun, a fraction).
struct NoQuantityCase {
  const char* text;
  const char* phrase;  // no quantity may cover any of it
};

const NoQuantityCase kNoQuantityCases[] = {
    {"The factory closed two years ago.", "two years"},
    {"The museum opened in 2019.", "2019"},
    {"No minister has visited the island since 1987.", "1987"},
    {"They drove along Route 66 at dawn.", "66"},
    {"The sequel, Part Two, opens soon.", "Two"},
    {"She sent one of her top aides.", "one"},
    {"The two met in private.", "two"},
    {"At first the crowd was quiet.", "first"},
    {"Several people were hurt and a few cars were damaged.", "Several"},
    {"The minister resigned on 3 March 2019.", "3"},
    {"The meeting started at 10:30.", "10"},
    {"The plan won two-thirds approval.", "two"},
    {"The team came second in the race, then the two of them left.", "two"},
    {"Half an hour later the lights came back.", "Half"},
    {"One driver was hurt and no one else was injured.", "one else"},
    {"The universe formed 13.8 billion years ago.", "13.8"},
};

TEST(QuantityTest, NotQuantities) {
  for (const NoQuantityCase& c : kNoQuantityCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const size_t at = s.find(c.phrase);
    ASSERT_NE(at, std::string::npos);
    const tri::Facts f = Extract(s);
    for (const Quantity& q : f.quantities) {
      EXPECT_FALSE(q.begin < at + std::string_view(c.phrase).size() && at < q.end)
          << "quantity [" << Span(s, q.begin, q.end) << "]";
    }
  }
}

// ---------------------------------------------------------------------------------------------
// What a quantity is about: the counted noun, what happened to it, what a measure belongs to.

struct AboutCase {
  const char* text;
  const char* span;
  const char* noun;
  const char* state;
  const char* owner;
};

const AboutCase kAboutCases[] = {
    {"Five people died when the roof fell.", "Five people", "people", "dead", ""},
    {"The blast left at least 9 dead.", "at least 9 dead", "dead", "dead", ""},
    {"Four climbers were killed on the ridge.", "Four climbers", "climbers", "dead", ""},
    {"Two guards were shot and killed.", "Two guards", "guards", "dead", ""},
    {"Lifeboat crews pulled 14 people from the water.", "14 people", "people", "rescued", ""},
    {"Neighbours freed two children alive from the rubble.", "two children", "children", "rescued", ""},
    {"A total of 31 hikers were saved by the mountain patrol.", "31 hikers", "hikers", "rescued", ""},
    {"The crews saved 40 sheep from the flood.", "40 sheep", "sheep", "rescued", ""},
    {"The crane lifted 30 containers onto the quay.", "30 containers", "containers", "", ""},
    {"About 8,000 households are still without power.", "About 8,000 households", "households", "without power", ""},
    {"Electricity was cut to around 8,000 homes.", "around 8,000 homes", "homes", "without power", ""},
    {"The storm cut power to 300 farms.", "300 farms", "farms", "without power", ""},
    {"Crews restored power to 300 farms.", "300 farms", "farms", "", ""},
    {"The storm killed 12 people overnight.", "12 people", "people", "dead", ""},
    {"The crash, killing four passengers, closed the road.", "four passengers", "passengers",
     "dead", ""},
    {"Officials reported 12 deaths and 40 injuries.", "12 deaths", "deaths", "dead", ""},
    {"Officials reported 12 deaths and 40 injuries.", "40 injuries", "injuries", "injured", ""},
    {"Hospitals treated about 140 injured.", "about 140 injured", "injured", "injured", ""},
    // A verb of telling before the counted noun qualifies it; a plural before another names its kind.
    {"There are now 32 confirmed cases in the town.", "32 confirmed cases", "cases", "", ""},
    {"Officials counted 32 measles cases in the town.", "32 measles cases", "cases", "", ""},
    // Injuries had or suffered: "with serious injuries", "suffered minor injuries".
    {"The crash left three passengers with serious injuries.", "three passengers", "passengers", "injured", ""},
    {"Two officers suffered minor injuries.", "Two officers", "officers", "injured", ""},
    {"Two men with knives were seen at the gate.", "Two men", "men", "", ""},
    // Past an apposition of the counted ("One person, an 81-year-old man, was killed").
    {"Two hikers, a father and his 12-year-old son, were rescued.", "Two hikers", "hikers", "rescued", ""},
    {"Two hikers, a father and his son, walked on.", "Two hikers", "hikers", "", ""},
    {"Two hikers are still missing.", "Two hikers", "hikers", "missing", ""},
    {"Police arrested 14 people after the match.", "14 people", "people", "arrested", ""},
    {"About 300 residents were evacuated.", "About 300 residents", "residents", "evacuated", ""},
    // In hospital: taken, treated or kept there, or hospitalised; a count of hospitals is none.
    {"Six people were taken to hospital after the fall.", "Six people", "people", "in hospital", ""},
    {"Four workers remain in hospital.", "Four workers", "workers", "in hospital", ""},
    {"Two riders were treated at a local hospital.", "Two riders", "riders", "in hospital", ""},
    {"Twenty were hospitalised.", "Twenty", "", "in hospital", ""},
    {"Nine people were treated at the scene.", "Nine people", "people", "", ""},
    {"The town has two hospitals.", "two hospitals", "hospitals", "", ""},
    {"The death toll has risen to 45.", "45", "", "dead", ""},
    // A number without a noun, then what happened: people counted in that state.
    {"At least 9 were killed in the crash.", "At least 9", "", "dead", ""},
    {"Nine were killed and two are still missing.", "Nine", "", "dead", ""},
    {"Three were later arrested.", "Three", "", "arrested", ""},
    {"Prosecutors filed two charges.", "two charges", "charges", "", ""},
    {"He had been arrested four times before.", "four times", "times", "", ""},  // how often, not who
    {"A 5.3-magnitude aftershock followed.", "5.3-magnitude", "", "", "aftershock"},
    {"A magnitude 5.9 earthquake struck the town.", "magnitude 5.9", "", "", "earthquake"},
    {"An aftershock of magnitude 5.3 struck at dawn.", "magnitude 5.3", "", "", "aftershock"},
    {"Geologists measured the tremor at magnitude 4.7.", "magnitude 4.7", "", "", "tremor"},
    {"The quake measured 5.8 on the Richter scale.", "5.8 on the Richter scale", "", "", "quake"},
    {"Experts put its magnitude at 4.9.", "4.9", "", "", ""},
    {"The epicentre was about 25 kilometres east of the port.", "about 25 kilometres", "", "",
     "epicentre"},
    {"It was centred roughly 25km east of the port.", "roughly 25km", "", "", ""},
    {"A 40-tonne truck overturned.", "40-tonne", "", "", "truck"},
    {"The firm agreed a $2.4bn deal.", "$2.4bn", "", "", "deal"},
    {"The deal is worth $2.4bn.", "$2.4bn", "", "", "deal"},
    {"Debt was $1.1bn at the end of March.", "$1.1bn", "", "", "debt"},  // capitalised to open the sentence
    {"The city's debt stood at $1.1bn in March.", "$1.1bn", "", "", "debt"},
    {"The fund took a 12% stake.", "12%", "", "", "stake"},
    {"Rescuers ended a six-hour search.", "six-hour", "", "", "search"},
};

TEST(QuantityTest, WhatItIsAbout) {
  for (const AboutCase& c : kAboutCases) {
    SCOPED_TRACE(std::string(c.text) + " [" + c.span + "]");
    const std::string s = c.text;
    const tri::Facts f = Extract(s);
    const Quantity* q = FindQuantity(f, s, c.span);
    ASSERT_NE(q, nullptr) << "got " << AllQuantities(f, s);
    EXPECT_EQ(q->noun, c.noun);
    EXPECT_EQ(q->state, c.state);
    EXPECT_EQ(q->owner, c.owner);
    if (*c.owner) EXPECT_EQ(tri::fold(Span(s, q->owner_begin, q->owner_end)), c.owner);  // the owner is folded
    else EXPECT_EQ(q->owner_begin, q->owner_end);
  }
}

// Jobs lost: a word of loss and a word of work around the count ("cutting 340 jobs", "430
// workers will lose their jobs", "210 people out of work"), or one word of both ("laid off").
TEST(QuantityTest, JobsLost) {
  const std::pair<const char*, const char*> lost[] = {
      {"The firm is cutting 340 jobs at the plant.", "340 jobs"},
      {"The bakery will close with the loss of 180 jobs.", "180 jobs"},
      {"Bakery to close, 210 jobs lost", "210 jobs"},
      {"About 430 workers at the plant in Brackwater will lose their jobs.", "About 430 workers"},
      {"The closure puts 210 people out of work.", "210 people"},
      {"Some 200 staff were laid off in May.", "Some 200 staff"},
      {"The bank announced 900 redundancies.", "900 redundancies"},
      {"The closure means 180 job losses.", "180 job losses"}};
  const std::pair<const char*, const char*> other[] = {
      {"The plant employs 430 workers.", "430 workers"},
      {"Some 300 workers protested against plans to cut jobs.", "Some 300 workers"},  // protesters
      {"Crews cut 20 people free from the wreck.", "20 people"},
      {"The team lost 12 games in a row.", "12 games"},
      {"About 300 people go to work at the plant each day.", "About 300 people"},
      {"The plant will create 300 new jobs despite the loss of 50 posts.", "300 new jobs"}};
  // The state read for the quantity at `span` of `text`, or "(none)" when no quantity is there.
  const auto state = [](const std::string& text, const char* span) {
    const tri::Facts f = Extract(text);
    const Quantity* q = FindQuantity(f, text, span);
    return q ? q->state : std::string("(none)");
  };
  for (const auto& [text, span] : lost) EXPECT_EQ(state(text, span), "jobs lost") << text;
  for (const auto& [text, span] : other) EXPECT_EQ(state(text, span), "") << text;
}

// A count of none in a state: people (or the noun given), valued 0, shown as "none"; without a
// state, "no" and "nobody" read nothing.
TEST(QuantityTest, CountsOfNone) {
  struct Case {
    const char* text;
    const char* span;
    const char* state;
    double at_least = 0;  ///< 0: none; 1: at least one
    const char* display = "none";
  };
  const Case kCases[] = {
      {"No one was killed, police said.", "No one was killed", "dead"},
      {"Nobody died.", "Nobody died", "dead"},
      {"There were no deaths.", "no deaths", "dead"},
      {"There were no fatalities on the line.", "no fatalities", "dead"},
      {"Nobody was seriously hurt in the blaze.", "Nobody was seriously hurt", "injured"},
      {"No passengers were injured.", "No passengers were injured", "injured"},
      {"Nobody was harmed in the blast.", "Nobody was harmed", "injured"},
      {"No one is missing, the council said.", "No one is missing", "missing"},
      // Casualties are the dead and the injured: none of them is none injured.
      {"There were no casualties in the crash.", "no casualties", "injured"},
      // One person in a state is at least one of that state.
      {"A man was injured when a tree fell on his car.", "A man was injured", "injured", 1, "at least 1"},
      {"Police said a local woman was arrested on Friday.", "a local woman was arrested", "arrested", 1, "at least 1"},
      {"An elderly passenger died in hospital.", "An elderly passenger died", "dead", 1, "at least 1"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const tri::Facts f = Extract(s);
    const Quantity* q = FindQuantity(f, s, c.span);
    ASSERT_NE(q, nullptr) << "got " << AllQuantities(f, s);
    EXPECT_EQ(q->kind, QuantityKind::kCount);
    EXPECT_EQ(q->state, c.state);
    EXPECT_EQ(q->value, c.at_least);
    EXPECT_EQ(q->lo, c.at_least);
    if (c.at_least == 0) EXPECT_EQ(q->hi, 0.0);
    else EXPECT_GT(q->hi, 1000.0);
    EXPECT_EQ(q->display, c.display);
  }
  // A person described, not counted in a state ("a man injured in the crash said"), a state
  // denied, or a person of an age (the age reader's), is none of that.
  for (const char* text : {"A man injured in the crash said the road was icy.", "A man was not injured.",
                           "A spokesman said the road was icy.", "A 27-year-old man was arrested."}) {
    const std::string s = text;
    const tri::Facts f = Extract(s);
    for (const Quantity& q : f.quantities) EXPECT_TRUE(q.state.empty()) << text << ": " << AllQuantities(f, s);
  }
  const std::string none_text = "No one was killed.", two_text = "Two people died.";
  const tri::Facts none_facts = Extract(none_text), two_facts = Extract(two_text);
  const Quantity* people = FindQuantity(none_facts, none_text, "No one was killed");
  const Quantity* plain = FindQuantity(two_facts, two_text, "Two people");
  ASSERT_NE(people, nullptr);
  ASSERT_NE(plain, nullptr);
  EXPECT_EQ(people->unit, plain->unit);  // "no one" counts people
  EXPECT_EQ(tri::compare(*people, *plain), Match::kConflict);
  // A count of casualties that are some is of neither state.
  const std::string twelve_text = "There were 12 casualties.";
  const tri::Facts twelve = Extract(twelve_text);
  const Quantity* casualties = FindQuantity(twelve, twelve_text, "12 casualties");
  ASSERT_NE(casualties, nullptr) << AllQuantities(twelve, twelve_text);
  EXPECT_EQ(casualties->state, "");
  for (const char* text : {"No one knows why the ship turned.", "There is no doubt about it.", "Nobody was told.",
                           "No Kestrel ships were sold."}) {
    const std::string s = text;
    EXPECT_TRUE(Extract(s).quantities.empty()) << text << ": " << AllQuantities(Extract(s), s);
  }
}

// ---------------------------------------------------------------------------------------------
// compare()

struct CompareCase {
  const char* a;
  const char* b;
  Match match;
};

const CompareCase kCompareCases[] = {
    // A value written with fewer digits may be the other rounded to its last digit.
    {"fell 1.2 percent", "fell 1.23 percent", Match::kCompatible},
    {"cost $22 million", "cost $22.4 million", Match::kCompatible},
    {"a fare of $22", "a fare of $22.6", Match::kConflict},
    {"a fare of $22", "a fare of $22.4", Match::kCompatible},
    {"a magnitude 6.0 quake", "a magnitude 5.8 quake", Match::kConflict},
    {"fell 1.2 percent", "fell 1.26 percent", Match::kConflict},
    // Hedges and number words.
    {"six people died", "at least 11 dead", Match::kConflict},
    {"at least 11 dead", "11 dead", Match::kCompatible},
    {"more than 300 homes", "about 340 homes", Match::kCompatible},
    {"around 90 wagons", "nearly 90 wagons", Match::kCompatible},
    {"around 90 wagons", "about 90 wagons", Match::kSame},
    {"around 90 wagons", "10 to 15 wagons", Match::kConflict},
    // "About" rounds: two roundings a fifth apart are two figures, a twentieth apart one.
    {"roughly 1,100 drivers", "around 900 drivers", Match::kConflict},
    {"about 40 rescuers", "about 50 rescuers", Match::kConflict},
    {"about 1,000 drivers", "around 950 drivers", Match::kCompatible},
    {"two charges", "seven charges", Match::kConflict},
    {"a dozen charges", "12 charges", Match::kSame},
    {"24 hours", "up to 24 hours", Match::kCompatible},
    {"26 leaders", "27 leaders", Match::kConflict},
    {"26 leaders", "twenty-six leaders", Match::kSame},
    {"60th anniversary", "50th anniversary", Match::kConflict},
    {"dozens of drones", "around 90 drones", Match::kCompatible},
    {"hundreds of drones", "10 to 15 drones", Match::kConflict},
    {"more than 40 people", "around 120 people", Match::kConflict},
    {"one day", "up to 24 hours", Match::kCompatible},
    {"within 30 minutes", "20 minutes", Match::kCompatible},  // a bound, not a value
    {"within 30 minutes", "45 minutes", Match::kConflict},
    {"two days", "24 hours", Match::kConflict},
    {"the toll rose to 45.", "45 people", Match::kSame},
    // Money in any notation.
    {"$2.4bn", "$2.4 billion", Match::kSame},
    {"$2.4bn", "2.4 billion dollars", Match::kSame},
    {"$2.4bn", "US$2.4 billion", Match::kSame},
    {"$2.4bn", "$2.9 billion", Match::kConflict},
    {"$5 million", "$5.2 million", Match::kCompatible},
    {"$5 million", "5 million euros", Match::kIncomparable},
    {"\xE2\x82\xAC" "3m", "3 million euros", Match::kSame},
    // Percentages.
    {"12%", "12 per cent", Match::kSame},
    {"12%", "12 percent", Match::kSame},
    {"12%", "15%", Match::kConflict},
    {"one in five adults", "20% of adults", Match::kCompatible},
    {"12%", "12 people", Match::kIncomparable},
    {"3 percentage points", "3%", Match::kIncomparable},
    // Ages are not head counts.
    {"a 9-year-old", "9 children", Match::kIncomparable},
};

TEST(QuantityTest, Compare) {
  for (const CompareCase& c : kCompareCases) {
    SCOPED_TRACE(std::string(c.a) + " ~ " + c.b);
    const tri::Facts fa = Extract(c.a), fb = Extract(c.b);
    ASSERT_EQ(fa.quantities.size(), 1u) << AllQuantities(fa, c.a);
    ASSERT_EQ(fb.quantities.size(), 1u) << AllQuantities(fb, c.b);
    EXPECT_EQ(tri::to_string(tri::compare(fa.quantities[0], fb.quantities[0])),
              tri::to_string(c.match));
    EXPECT_EQ(tri::to_string(tri::compare(fb.quantities[0], fa.quantities[0])),
              tri::to_string(c.match));
    EXPECT_EQ(tri::compatible(fa.quantities[0], fb.quantities[0]), c.match != Match::kConflict);
  }
}

// A hedge of one, two or three words before a number (read from the engine data's word lists):
// its name and what it does to the interval; the longest hedge that ends at the number wins, and
// words that only look like one are none.
TEST(QuantityTest, HedgesOfOneTwoAndThreeWords) {
  struct Hedged {
    const char* text;
    const char* span;
    const char* hedge;
    double lo, hi;
  };
  const Hedged cases[] = {
      {"Roughly 200 ferries sail each week.", "Roughly 200 ferries", "about", 190, 210},
      {"The depot kept no more than 40 buses.", "no more than 40 buses", "up to", 0, 40},
      {"The depot kept more than 40 buses.", "more than 40 buses", "more than", 40, 80},
      {"As many as 30 pupils were sent home.", "As many as 30 pupils", "as many as", 15, 30},
      {"The toll could rise to 12 lanes of queues.", "could rise to 12 lanes", "up to", 0, 12},
      {"Just under 50 stalls opened.", "Just under 50 stalls", "nearly", 45, 50},
      {"Well over 300 runners finished.", "Well over 300 runners", "well over", 330, 900},
  };
  for (const Hedged& c : cases) {
    const tri::Facts f = Extract(c.text);
    const Quantity* q = FindQuantity(f, c.text, c.span);
    ASSERT_NE(q, nullptr) << c.text << " read " << AllQuantities(f, c.text);
    EXPECT_EQ(q->hedge, c.hedge) << c.text;
    EXPECT_DOUBLE_EQ(q->lo, c.lo) << c.text;
    EXPECT_DOUBLE_EQ(q->hi, c.hi) << c.text;
  }
  const std::string plain = "The depot kept 40 buses.";
  const tri::Facts f = Extract(plain);
  ASSERT_EQ(f.quantities.size(), 1u);
  EXPECT_EQ(f.quantities[0].hedge, "");
}

// describe() on hand-made quantities: the short forms reasons show.
struct DescribeCase {
  QuantityKind kind;
  double num_lo, num_hi;
  bool range;
  const char* unit;
  const char* unit_text;
  const char* hedge;
  const char* vague;
  const char* expected;
};

const DescribeCase kDescribeCases[] = {
    {QuantityKind::kCount, 90, 90, false, "vehicl", "", "about", "", "about 90"},
    {QuantityKind::kCount, 10, 15, true, "wagon", "", "", "", "10\xE2\x80\x93" "15"},
    {QuantityKind::kCount, 24, 119, false, "drone", "", "", "dozens", "dozens"},
    {QuantityKind::kOrdinal, 22, 22, false, "round", "", "", "", "22nd"},
    {QuantityKind::kOrdinal, 13, 13, false, "round", "", "", "", "13th"},
    {QuantityKind::kMoney, 2.4e9, 2.4e9, false, "usd", "", "", "", "$2.4 billion"},
    {QuantityKind::kMoney, 5e6, 5e6, false, "chf", "", "more than", "", "more than 5 million CHF"},
    {QuantityKind::kPercent, 12.5, 12.5, false, "percent", "", "", "", "12.5%"},
    {QuantityKind::kMeasure, 5.8, 5.8, false, "magnitude", "", "", "", "magnitude 5.8"},
    {QuantityKind::kMeasure, 10, 10, false, "metre", "km", "about", "", "about 10 km"},
    {QuantityKind::kMeasure, -5, -5, false, "celsius", "\xC2\xB0" "C", "", "", "-5\xC2\xB0" "C"},
    {QuantityKind::kCount, 1234567, 1234567, false, "peopl", "", "", "", "1,234,567"},
    {QuantityKind::kCount, 0, 0, false, "peopl", "", "", "", "none"},
};

TEST(QuantityTest, Describe) {
  for (const DescribeCase& c : kDescribeCases) {
    Quantity q;
    q.kind = c.kind;
    q.num_lo = c.num_lo;
    q.num_hi = c.num_hi;
    q.range = c.range;
    q.unit = c.unit;
    q.unit_text = c.unit_text;
    q.hedge = c.hedge;
    q.vague = c.vague;
    EXPECT_EQ(tri::describe(q), c.expected);
  }
}

// Intervals stay ordered whatever the sign; nothing non-finite is ever stored.
TEST(QuantityTest, IntervalsOrderedAndFinite) {
  const char* const kTexts[] = {
      "It was about -20C on the pass.",
      "Roughly minus 40 degrees Fahrenheit was recorded.",
      "The debt was 999999999999999999999999999999999999999999 trillion dollars.",
      "A 1e308 value and 99999999999999999999999999999999999999999999999999 people.",
  };
  for (const char* t : kTexts) {
    SCOPED_TRACE(t);
    for (const Quantity& q : Extract(t).quantities) {
      EXPECT_LE(q.lo, q.hi);
      EXPECT_TRUE(std::isfinite(q.lo) && std::isfinite(q.hi) && std::isfinite(q.value));
    }
  }
}

}  // namespace
