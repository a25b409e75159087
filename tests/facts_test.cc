// facts_test.cc — tests for the fact extractor in facts.h: quantities, times, names, attribution,
// negation, modality, describe() and compatible().

#include "triangulate/facts.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "triangulate/tokens.h"

namespace {

using tri::Facts;
using tri::Quantity;
using tri::QuantityKind;
using tri::TimeExpr;

Facts Extract(std::string_view s) { return tri::extract_facts(s, tri::tokenize(s, 0, s.size())); }

std::string Span(std::string_view s, size_t b, size_t e) {
  return b <= e && e <= s.size() ? std::string(s.substr(b, e - b)) : std::string("<bad span>");
}

// The quantity whose whole phrase is `span`, or null.
const Quantity* FindQuantity(const Facts& f, std::string_view s, std::string_view span) {
  for (const Quantity& q : f.quantities) {
    if (Span(s, q.begin, q.end) == span) return &q;
  }
  return nullptr;
}

const TimeExpr* FindTime(const Facts& f, std::string_view s, std::string_view span) {
  for (const TimeExpr& t : f.times) {
    if (Span(s, t.begin, t.end) == span) return &t;
  }
  return nullptr;
}

std::string AllQuantities(const Facts& f, std::string_view s) {
  std::string out;
  for (const Quantity& q : f.quantities) out += "[" + Span(s, q.begin, q.end) + "] ";
  return out;
}

// ---------------------------------------------------------------------------------------------
// Quantities

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
    {"She will join 26 other heads of government at the summit.", "26 other heads", "26",
     QuantityKind::kCount, 26, 26, false, false, "head", "26"},
    {"The ministry said 1,200 jobs would go.", "1,200 jobs", "1,200", QuantityKind::kCount, 1200,
     1200, false, false, "job", "1,200"},
    {"The company employs 10 000 people in the region.", "10 000 people", "10 000",
     QuantityKind::kCount, 10000, 10000, false, false, "peopl", "10,000"},
    {"Just one EU commissioner will attend.", "one EU commissioner", "one", QuantityKind::kCount,
     1, 1, false, false, "commission", "1"},
    {"The plane carried 150 passengers and six crew.", "six crew", "six", QuantityKind::kCount, 6,
     6, false, false, "crew", "6"},
    {"A 26-member delegation arrived in the capital.", "26-member", "26", QuantityKind::kCount,
     26, 26, false, false, "member", "26"},
    // Hedges read as intervals.
    {"The ferry was carrying around 90 vehicles.", "around 90 vehicles", "90",
     QuantityKind::kCount, 81, 99, true, false, "vehicl", "about 90"},
    {"The fleet is spread across nearly 90 vessels.", "nearly 90 vessels", "90",
     QuantityKind::kCount, 81, 90, true, false, "vessel", "nearly 90"},
    {"Some 300 residents were moved to shelters.", "Some 300 residents", "300",
     QuantityKind::kCount, 270, 330, true, false, "resid", "about 300"},
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
    // Ranges.
    {"Such trains often stretch 10 to 15 wagons.", "10 to 15 wagons", "10 to 15",
     QuantityKind::kCount, 10, 15, false, true, "wagon", "10\xE2\x80\x93" "15"},
    {"The storm left 10\xE2\x80\x93" "15 villages without power.",
     "10\xE2\x80\x93" "15 villages", "10\xE2\x80\x93" "15", QuantityKind::kCount, 10, 15, false,
     true, "villag", "10\xE2\x80\x93" "15"},
    {"Rescuers found 10-15 survivors.", "10-15 survivors", "10-15", QuantityKind::kCount, 10, 15,
     false, true, "survivor", "10\xE2\x80\x93" "15"},
    {"Between 10 and 15 people were hurt, police said.", "Between 10 and 15 people", "10 and 15",
     QuantityKind::kCount, 10, 15, false, true, "peopl", "10\xE2\x80\x93" "15"},
    {"From 20 to 25 homes were destroyed.", "From 20 to 25 homes", "20 to 25",
     QuantityKind::kCount, 20, 25, false, true, "home", "20\xE2\x80\x93" "25"},
    {"The work will take two or three weeks.", "two or three weeks", "two or three",
     QuantityKind::kDuration, 2, 3, false, true, "week", "2\xE2\x80\x93" "3"},
    // Number words and vague amounts.
    {"Twenty-six countries signed the accord.", "Twenty-six countries", "Twenty-six",
     QuantityKind::kCount, 26, 26, false, false, "countri", "26"},
    {"A dozen protesters were arrested.", "A dozen protesters", "A dozen", QuantityKind::kCount,
     12, 12, false, false, "protest", "12"},
    {"Dozens of protesters gathered outside.", "Dozens of protesters", "Dozens",
     QuantityKind::kCount, 24, 119, true, false, "protest", "dozens"},
    {"The show will feature hundreds of drones.", "hundreds of drones", "hundreds",
     QuantityKind::kCount, 200, 999, true, false, "drone", "hundreds"},
    {"Tens of thousands of soldiers will march.", "Tens of thousands of soldiers",
     "Tens of thousands", QuantityKind::kCount, 20000, 99999, true, false, "soldier",
     "tens of thousands"},
    {"Tens of thousands of military personnel took part.",
     "Tens of thousands of military personnel", "Tens of thousands", QuantityKind::kCount, 20000,
     99999, true, false, "personnel", "tens of thousands"},
    {"Two hundred and fifty thousand people live there.",
     "Two hundred and fifty thousand people", "Two hundred and fifty thousand",
     QuantityKind::kCount, 250000, 250000, false, false, "peopl", "250,000"},
    {"Half a million people live in the city.", "Half a million people", "Half a million",
     QuantityKind::kCount, 500000, 500000, false, false, "peopl", "500,000"},
    // Scale words and money.
    {"The deal is worth $5m, according to a filing.", "$5m", "5m", QuantityKind::kMoney, 5e6, 5e6,
     false, false, "usd", "$5 million"},
    {"The fund raised \xE2\x82\xAC" "2.5 billion last year.", "\xE2\x82\xAC" "2.5 billion",
     "2.5 billion", QuantityKind::kMoney, 2.5e9, 2.5e9, false, false, "eur",
     "\xE2\x82\xAC" "2.5 billion"},
    {"The state pledged 5 million euros for repairs.", "5 million euros", "5 million",
     QuantityKind::kMoney, 5e6, 5e6, false, false, "eur", "\xE2\x82\xAC" "5 million"},
    {"Tickets cost \xC2\xA3" "300 each.", "\xC2\xA3" "300", "300", QuantityKind::kMoney, 300, 300,
     false, false, "gbp", "\xC2\xA3" "300"},
    {"The US$5 billion loan was approved.", "US$5 billion", "5 billion", QuantityKind::kMoney,
     5e9, 5e9, false, false, "usd", "$5 billion"},
    {"Revenue reached $4.2bn in the year.", "$4.2bn", "4.2bn", QuantityKind::kMoney, 4.2e9, 4.2e9,
     false, false, "usd", "$4.2 billion"},
    // Percentages.
    {"Unemployment rose to 12% in the spring.", "12%", "12", QuantityKind::kPercent, 12, 12,
     false, false, "percent", "12%"},
    {"Inflation fell to 3.5 per cent.", "3.5 per cent", "3.5", QuantityKind::kPercent, 3.5, 3.5,
     false, false, "percent", "3.5%"},
    {"Support stood at about 41 percent.", "about 41 percent", "41", QuantityKind::kPercent, 36.9,
     45.1, true, false, "percent", "about 41%"},
    // Durations.
    {"The 70-minute ceremony was broadcast live.", "70-minute", "70", QuantityKind::kDuration, 70,
     70, false, false, "minute", "70"},
    {"He made a 60-hour journey by road.", "60-hour", "60", QuantityKind::kDuration, 60, 60,
     false, false, "hour", "60"},
    {"The trip is expected to take up to 24 hours.", "up to 24 hours", "24",
     QuantityKind::kDuration, 0, 24, true, false, "hour", "up to 24"},
    {"He served two years in prison.", "two years", "two", QuantityKind::kDuration, 2, 2, false,
     false, "year", "2"},
    {"A couple of hours later the road reopened.", "A couple of hours", "A couple",
     QuantityKind::kDuration, 2, 3, true, false, "hour", "a couple"},
    // Ordinals and the noun they modify.
    {"The bridge marks its 80th anniversary this month.", "80th anniversary", "80th",
     QuantityKind::kOrdinal, 80, 80, false, false, "anniversari", "80th"},
    {"It was her first official visit abroad.", "first official visit", "first",
     QuantityKind::kOrdinal, 1, 1, false, false, "visit", "1st"},
    {"It is his first multilateral international summit.",
     "first multilateral international summit", "first", QuantityKind::kOrdinal, 1, 1, false,
     false, "summit", "1st"},
    {"The second round of talks begins soon.", "second round", "second", QuantityKind::kOrdinal, 2,
     2, false, false, "round", "2nd"},
    // Years that are counts.
    {"The army deployed 2000 troops to the border.", "2000 troops", "2000", QuantityKind::kCount,
     2000, 2000, false, false, "troop", "2,000"},
    {"About 2000 volunteers took part.", "About 2000 volunteers", "2000", QuantityKind::kCount,
     1800, 2200, true, false, "volunt", "about 2,000"},
    // No noun.
    {"The death toll has risen to 45.", "45", "45", QuantityKind::kOther, 45, 45, false, false, "",
     "45"},
};

TEST(FactsTest, Quantities) {
  for (const QuantityCase& c : kQuantityCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const Facts f = Extract(s);
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
    EXPECT_EQ(tri::describe(*q), q->display);
  }
}

// Phrases that must not be read as quantities (a time, a name, a pronoun, a fraction).
struct NoQuantityCase {
  const char* text;
  const char* phrase;  // no quantity may cover any of it
};

const NoQuantityCase kNoQuantityCases[] = {
    {"The factory closed two years ago.", "two years"},
    {"The museum opened in 2019.", "2019"},
    {"No leader has attended such a parade since 1959.", "1959"},
    {"The Boeing 747 landed safely.", "747"},
    {"The war ended with World War Two.", "Two"},
    {"She sent one of her top aides.", "one"},
    {"Two-thirds of voters backed the plan.", "Two"},
    {"The two met in private.", "two"},
    {"At first the crowd was quiet.", "first"},
    {"Several people were hurt and a few cars were damaged.", "Several"},
    {"The minister resigned on 3 March 2019.", "3"},
    {"The meeting started at 10:30.", "10"},
};

TEST(FactsTest, NotQuantities) {
  for (const NoQuantityCase& c : kNoQuantityCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const size_t at = s.find(c.phrase);
    ASSERT_NE(at, std::string::npos);
    const Facts f = Extract(s);
    for (const Quantity& q : f.quantities) {
      EXPECT_FALSE(q.begin < at + std::string_view(c.phrase).size() && at < q.end)
          << "quantity [" << Span(s, q.begin, q.end) << "]";
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Times

struct TimeCase {
  const char* text;
  const char* span;
  int year, month, day, weekday;
  const char* part;
  int years_ago;
  const char* display;
};

const TimeCase kTimeCases[] = {
    {"The convoy left on Monday evening.", "Monday evening", -1, -1, -1, 0, "evening", -1,
     "Monday evening"},
    {"Voters went to the polls late Monday.", "late Monday", -1, -1, -1, 0, "late", -1,
     "late Monday"},
    {"The agency reported early Tuesday that talks had ended.", "early Tuesday", -1, -1, -1, 1,
     "early", -1, "early Tuesday"},
    {"Wednesday's parade will be broadcast live.", "Wednesday", -1, -1, -1, 2, "", -1,
     "Wednesday"},
    {"The summit took place in January 2019.", "January 2019", 2019, 1, -1, -1, "", -1,
     "January 2019"},
    {"Elections were held on March 3, 2019.", "March 3, 2019", 2019, 3, 3, -1, "", -1,
     "3 March 2019"},
    {"The minister resigned on 3 March 2019.", "3 March 2019", 2019, 3, 3, -1, "", -1,
     "3 March 2019"},
    {"The vote was held in May.", "May", -1, 5, -1, -1, "", -1, "May"},
    {"The museum opened in 2019.", "2019", 2019, -1, -1, -1, "", -1, "2019"},
    {"No leader has attended such a parade since 1959.", "1959", 1959, -1, -1, -1, "", -1,
     "1959"},
    {"The last festival was held in 2015, when it rained.", "2015", 2015, -1, -1, -1, "", -1,
     "2015"},
    {"The factory closed two years ago.", "two years ago", -1, -1, -1, -1, "", 2, "2 years ago"},
    // Beyond int's range: the display stays, the count of years is not kept (no overflow).
    {"The universe formed 13.8 billion years ago.", "13.8 billion years ago", -1, -1, -1, -1, "", -1,
     "13.8 billion years ago"},
    {"The report was published last week.", "last week", -1, -1, -1, -1, "", -1, "last week"},
    {"He was released yesterday.", "yesterday", -1, -1, -1, -1, "", -1, "yesterday"},
    {"Rescuers reached the site on 2019-06-20.", "2019-06-20", 2019, 6, 20, -1, "", -1,
     "20 June 2019"},
    {"The deal was signed on Tuesday, March 3.", "Tuesday, March 3", -1, 3, 3, 1, "", -1,
     "Tuesday 3 March"},
};

TEST(FactsTest, Times) {
  for (const TimeCase& c : kTimeCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const Facts f = Extract(s);
    const TimeExpr* t = FindTime(f, s, c.span);
    ASSERT_NE(t, nullptr) << "no time [" << c.span << "]";
    EXPECT_EQ(t->year, c.year);
    EXPECT_EQ(t->month, c.month);
    EXPECT_EQ(t->day, c.day);
    EXPECT_EQ(t->weekday, c.weekday);
    EXPECT_EQ(t->part, c.part);
    EXPECT_EQ(t->years_ago, c.years_ago);
    EXPECT_EQ(t->display, c.display);
  }
}

// ---------------------------------------------------------------------------------------------
// Names

struct NameCase {
  const char* text;
  const char* name;   // as written
  const char* title;  // folded
  const char* parts;  // folded parts joined by spaces
};

const NameCase kNameCases[] = {
    {"The northern leader Pak Sung Chol has left the capital.", "Pak Sung Chol", "leader",
     "pak sung chol"},
    {"He met French President Emmanuel Macron in Paris.", "Emmanuel Macron", "president",
     "emmanuel macron"},
    {"Only one leader, Slovak Prime Minister Jana Novak, will attend.", "Jana Novak",
     "prime minister", "jana novak"},
    {"The city sent senior official Lee Ryong-ho to the talks.", "Lee Ryong-ho", "official",
     "lee ryong ho"},
    {"Foreign Minister Park Son-mi arrived on Friday.", "Park Son-mi", "foreign minister",
     "park son mi"},
    {"Gen. Mark Ellison told reporters the mission was over.", "Mark Ellison", "gen",
     "mark ellison"},
    {"Secretary of State Anne Brody arrived in Cairo.", "Anne Brody", "secretary of state",
     "anne brody"},
    {"The UN Secretary-General Ana Duarte called for calm.", "Ana Duarte", "secretary general",
     "ana duarte"},
    {"Novak\xE2\x80\x99s visit was confirmed on Tuesday.", "Novak", "", "novak"},
    {"The talks were hosted by Mohammed bin Rashid in the capital.", "Mohammed bin Rashid", "",
     "mohammed bin rashid"},
    {"The book was signed by Donald J. Harper.", "Donald J. Harper", "", "donald j harper"},
    {"The U.S. embassy issued a warning.", "U.S.", "", "us"},
    {"Seoul: The president arrived late.", "Seoul", "", "seoul"},
};

TEST(FactsTest, Names) {
  for (const NameCase& c : kNameCases) {
    SCOPED_TRACE(c.text);
    const Facts f = Extract(c.text);
    const tri::NameMention* found = nullptr;
    std::string all;
    for (const tri::NameMention& m : f.names) {
      all += "[" + m.display + "] ";
      if (m.display == c.name) found = &m;
    }
    ASSERT_NE(found, nullptr) << "names: " << all;
    EXPECT_EQ(found->title, c.title);
    std::string parts;
    for (const std::string& p : found->parts) parts += (parts.empty() ? "" : " ") + p;
    EXPECT_EQ(parts, c.parts);
  }
}

// Capitalised words that are not names.
struct NoNameCase {
  const char* text;
  const char* word;  // no name may contain it
};

const NoNameCase kNoNameCases[] = {
    {"Tens of thousands of people marched.", "Tens"},
    {"The convoy left on Monday evening.", "Monday"},
    {"The summit took place in January 2019.", "January"},
    {"Armoured trains are slow.", "Armoured"},
    {"Historically, trains were favoured.", "Historically"},
    {"The crowd left, and Novak spoke.", "The"},
    {"Pyongyang-based groups and US-led forces met.", "led"},
};

TEST(FactsTest, NotNames) {
  for (const NoNameCase& c : kNoNameCases) {
    SCOPED_TRACE(c.text);
    const Facts f = Extract(c.text);
    for (const tri::NameMention& m : f.names) {
      EXPECT_EQ(m.display.find(c.word), std::string::npos) << "name [" << m.display << "]";
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Attribution, negation, modality

struct AttributionCase {
  const char* text;
  const char* span;
  const char* who;
};

const AttributionCase kAttributionCases[] = {
    {"The trip will take a day, according to the Korean news agency.",
     "according to the Korean news agency", "korean news agency"},
    {"The train is late, Reuters said.", "Reuters said", "reuters"},
    {"Local media reported that the mayor had resigned.", "Local media reported", "local media"},
    {"US and European officials say the talks failed.", "US and European officials say",
     "us and european officials"},
    {"The plan \"will not change\", said a government spokesman.",
     "said a government spokesman", "government spokesman"},
    {"The train arrived, the agency reported, citing a ministry statement.",
     "citing a ministry statement", "ministry statement"},
    {"The state broadcaster reports that the border is closed.", "The state broadcaster reports",
     "state broadcaster"},
    {"The convoy is said to include a hospital.", "", ""},  // passive: no attribution
};

TEST(FactsTest, Attributions) {
  for (const AttributionCase& c : kAttributionCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const Facts f = Extract(s);
    if (std::string_view(c.span).empty()) {
      EXPECT_TRUE(f.attributions.empty());
      continue;
    }
    bool found = false;
    std::string all;
    for (const tri::Attribution& a : f.attributions) {
      all += "[" + Span(s, a.begin, a.end) + "|" + a.who + "] ";
      if (Span(s, a.begin, a.end) == c.span && a.who == c.who) found = true;
    }
    EXPECT_TRUE(found) << all;
  }
}

struct NegationCase {
  const char* text;
  const char* negators;  // the negation spans, joined by spaces
};

const NegationCase kNegationCases[] = {
    {"Most Western leaders are not expected to attend.", "not"},
    {"No foreign leader has attended the parade since 1959.", "No"},
    {"The two men haven't met since June.", "haven't"},
    {"The airline has never lost a passenger.", "never"},
    {"Not only did the team win, it broke a record.", ""},
    {"Whether or not the talks succeed, prices will rise.", ""},
    {"The toll could reach dozens, if not hundreds.", ""},
    {"The suspect was not armed and nobody was hurt.", "not nobody"},
    {"The train left on time.", ""},
    {"No more than 20 people attended.", ""},  // a hedge, not a negation
};

TEST(FactsTest, Negations) {
  for (const NegationCase& c : kNegationCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const Facts f = Extract(s);
    std::string got;
    for (const auto& n : f.negations) got += (got.empty() ? "" : " ") + Span(s, n.first, n.second);
    EXPECT_EQ(got, c.negators);
  }
}

struct ModalCase {
  const char* text;
  bool modal;
};

const ModalCase kModalCases[] = {
    {"The minister may resign next week.", true},
    {"Casualties could rise, officials warned.", true},
    {"The journey is expected to take a day.", true},
    {"The parade is likely to feature new missiles.", true},
    {"The death toll has reportedly risen to 45.", true},
    {"The company is set to announce its results.", true},
    {"The leader is scheduled to arrive on Tuesday.", true},
    {"The president plans to visit the region.", true},
    {"The train is said to include a restaurant.", true},
    {"The vote was held in May.", false},
    {"The train arrived on Tuesday.", false},
    {"He said to reporters that the train was late.", false},
};

TEST(FactsTest, Modality) {
  for (const ModalCase& c : kModalCases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(Extract(c.text).modal, c.modal);
  }
}

// ---------------------------------------------------------------------------------------------
// compatible()

struct CompatCase {
  const char* a;
  const char* b;
  bool compatible;
};

const CompatCase kQuantityCompat[] = {
    {"around 90 wagons", "nearly 90 wagons", true},
    {"around 90 wagons", "10 to 15 wagons", false},
    {"nearly 90 wagons", "10 to 15 wagons", false},
    {"24 hours", "up to 24 hours", true},
    {"26 leaders", "27 leaders", false},
    {"26 leaders", "26 leaders", true},
    {"80th anniversary", "70th anniversary", false},
    {"dozens of drones", "around 90 drones", true},
    {"hundreds of drones", "10 to 15 drones", false},
    {"more than 40 people", "45 people", true},
    {"more than 40 people", "around 120 people", false},
    {"one day", "up to 24 hours", true},
    {"two days", "24 hours", false},
    {"$5 million", "$5.2 million", true},
    {"$5 million", "$6 million", false},
    {"$5 million", "5 million euros", true},  // different currencies: not comparable
    {"12%", "12 people", true},               // different kinds: not comparable
};

TEST(FactsTest, CompatibleQuantities) {
  for (const CompatCase& c : kQuantityCompat) {
    SCOPED_TRACE(std::string(c.a) + " ~ " + c.b);
    const Facts fa = Extract(c.a), fb = Extract(c.b);
    ASSERT_FALSE(fa.quantities.empty());
    ASSERT_FALSE(fb.quantities.empty());
    EXPECT_EQ(tri::compatible(fa.quantities[0], fb.quantities[0]), c.compatible);
    EXPECT_EQ(tri::compatible(fb.quantities[0], fa.quantities[0]), c.compatible);
  }
}

const CompatCase kTimeCompat[] = {
    {"on Monday evening", "on Monday", true},
    {"on Monday", "on Tuesday", false},
    {"in 2019", "in January 2019", true},
    {"in January 2019", "in June 2019", false},
    {"late Monday", "on Monday evening", true},
    {"early Tuesday", "on Tuesday evening", false},
    {"on 3 March 2019", "on Sunday", true},   // 3 March 2019 was a Sunday
    {"on 3 March 2019", "on Monday", false},
    {"two years ago", "three years ago", false},
    {"last week", "on Monday", true},
};

TEST(FactsTest, CompatibleTimes) {
  for (const CompatCase& c : kTimeCompat) {
    SCOPED_TRACE(std::string(c.a) + " ~ " + c.b);
    const Facts fa = Extract(c.a), fb = Extract(c.b);
    ASSERT_FALSE(fa.times.empty());
    ASSERT_FALSE(fb.times.empty());
    EXPECT_EQ(tri::compatible(fa.times[0], fb.times[0]), c.compatible);
    EXPECT_EQ(tri::compatible(fb.times[0], fa.times[0]), c.compatible);
  }
}

// ---------------------------------------------------------------------------------------------
// Robustness: any token sequence, spans inside the unit.

TEST(FactsTest, SpansStayInsideUnitForArbitraryInput) {
  static const char* const kPieces[] = {
      "about", "around", "up", "to", "between", "and", "from", "10", "15", "-", "\xE2\x80\x93",
      "$", "\xE2\x82\xAC", "%", "per", "cent", "million", "m", "bn", "a", "dozen", "dozens",
      "of", "tens", "thousands", "first", "80th", "Monday", "late", "evening", "January", "May",
      "2019", "since", "two", "years", "ago", "last", "Kim", "President", "Prime", "Minister",
      "Mr", ".", ",", ":", "'s", "\xE2\x80\x99s", "said", "according", "citing", "not", "only",
      "if", "or", "expected", "set", "Ryong", "hae", "bin", "J", "U.S.", "US", "led", "the",
      "people", "other", "more", "than", "nearly", "at", "least", "as", "many", "minute", "old",
      "year", "2019-06-20", "10:30", "pm", "1,000", "3.5", "000", "twenty", "hundred", "half",
      "couple", "Secretary", "General", "official", "\"", "?", "one", "\xFF", "\xC3\xA9"};
  const size_t n = sizeof(kPieces) / sizeof(kPieces[0]);
  unsigned long long seed = 12345;
  auto next = [&seed]() {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned>(seed >> 33);
  };
  for (int it = 0; it < 20000; ++it) {
    std::string s;
    const int len = static_cast<int>(next() % 24);
    for (int k = 0; k < len; ++k) {
      if (next() % 4 != 0) s += ' ';
      s += kPieces[next() % n];
    }
    const size_t b = next() % (s.size() + 1);
    const size_t e = std::min(s.size(), b + next() % (s.size() + 1));
    const Facts f = tri::extract_facts(s, tri::tokenize(s, b, e));
    auto inside = [&](size_t x, size_t y) { return b <= x && x <= y && y <= e; };
    for (const Quantity& q : f.quantities) {
      ASSERT_TRUE(inside(q.begin, q.end)) << s;
      ASSERT_TRUE(q.begin <= q.num_begin && q.num_end <= q.end) << s;
      ASSERT_LE(q.lo, q.hi) << s;
    }
    for (const TimeExpr& t : f.times) ASSERT_TRUE(inside(t.begin, t.end)) << s;
    for (const tri::NameMention& m : f.names) ASSERT_TRUE(inside(m.begin, m.end)) << s;
    for (const tri::Attribution& a : f.attributions) ASSERT_TRUE(inside(a.begin, a.end)) << s;
    for (const auto& g : f.negations) ASSERT_TRUE(inside(g.first, g.second)) << s;
  }
}

TEST(FactsTest, EmptyAndOffsetUnits) {
  EXPECT_TRUE(Extract("").quantities.empty());
  // A unit in the middle of a text: offsets are into the whole text.
  const std::string s = "Intro text. The convoy had around 90 trucks. Outro 12 words.";
  const size_t b = s.find("The"), e = s.find(" Outro");
  const Facts f = tri::extract_facts(s, tri::tokenize(s, b, e));
  ASSERT_EQ(f.quantities.size(), 1u);
  EXPECT_EQ(Span(s, f.quantities[0].begin, f.quantities[0].end), "around 90 trucks");
}

}  // namespace
