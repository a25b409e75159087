// name_test.cc — tests for facts/name.h: names, the roles people hold in any wording, the kind of
// name, normalise_role(), same_office() and compare().

#include "triangulate/facts/name.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "triangulate/facts.h"
#include "triangulate/tokens.h"

namespace {

using tri::Match;
using tri::NameKind;
using tri::NameMention;

tri::Facts Extract(std::string_view s) {
  return tri::extract_facts(s, tri::tokenize(s, 0, s.size()));
}

std::string Span(std::string_view s, size_t b, size_t e) {
  return b <= e && e <= s.size() ? std::string(s.substr(b, e - b)) : std::string("<bad span>");
}

std::string AllNames(const tri::Facts& f) {
  std::string out;
  for (const NameMention& m : f.names) out += "[" + m.display + "] ";
  return out;
}

const NameMention* FindName(const tri::Facts& f, std::string_view name) {
  for (const NameMention& m : f.names)
    if (m.display == name) return &m;
  return nullptr;
}

struct NameCase {
  const char* text;
  const char* name;       // as written
  const char* parts;      // folded parts joined by spaces
  const char* role;       // normalised
  const char* head;
  const char* role_text;  // the role as written
  const char* honorific;
};

const NameCase kNameCases[] = {
    // Roles before the name, in any case.
    {"Regional governor Greta Vahl declared an emergency.", "Greta Vahl", "greta vahl",
     "regional governor", "governor", "Regional governor", ""},
    {"Sheriff Dora Osk closed the road.", "Dora Osk", "dora osk", "sheriff", "sheriff", "Sheriff",
     ""},
    {"Crews were led by fire brigade commander Pieter Laan.", "Pieter Laan", "pieter laan",
     "fire brigade commander", "commander", "fire brigade commander", ""},
    // A role in apposition without an article ends at a comma or at the sentence's end.
    {"The river rose fast, said Hana Stroud, director of the Valdren Water Board.", "Hana Stroud", "hana stroud",
     "director of the valdren water board", "director", "director of the Valdren Water Board", ""},
    // A role modifier in -ing is no verb ("returning officer", "acting mayor").
    {"The result was read by returning officer Alma Ries.", "Alma Ries", "alma ries",
     "returning officer", "officer", "returning officer", ""},
    {"He met French President Claude Varenne in Lyon.", "Claude Varenne", "claude varenne",
     "president", "president", "President", ""},
    {"Only one leader, Danish Prime Minister Ida Holm, will attend.", "Ida Holm", "ida holm",
     "prime minister", "minister", "Prime Minister", ""},
    {"Foreign Minister Chen Wei-lin arrived on Friday.", "Chen Wei-lin", "chen wei lin",
     "foreign minister", "minister", "Foreign Minister", ""},
    {"Secretary of State Anne Brody arrived in Cairo.", "Anne Brody", "anne brody",
     "secretary of state", "secretary", "Secretary of State", ""},
    {"The UN Secretary-General Ana Duarte called for calm.", "Ana Duarte", "ana duarte",
     "secretary general", "general", "Secretary-General", ""},
    {"Gen. Mark Ellison told reporters the mission was over.", "Mark Ellison", "mark ellison",
     "general", "general", "Gen", ""},
    {"Police Const. Ray Dunne said the van was stolen.", "Ray Dunne", "ray dunne",
     "police constable", "constable", "Police Const", ""},
    {"Parish priest Oren Falk said the roof would be rebuilt.", "Oren Falk", "oren falk",
     "parish priest", "priest", "Parish priest", ""},
    {"Shopkeeper Sami Tuul said the shelves emptied in seconds.", "Sami Tuul", "sami tuul",
     "shopkeeper", "shopkeeper", "Shopkeeper", ""},
    {"The city sent senior official Anne-Marie Duval to the talks.", "Anne-Marie Duval",
     "anne marie duval", "senior official", "official", "senior official", ""},
    {"A hospital spokeswoman, Nora Lind, said four were stable.", "Nora Lind", "nora lind",
     "hospital spokesperson", "spokesperson", "hospital spokeswoman", ""},
    // Apposition before and after.
    {"We spoke to the county sheriff, Nina Osk, on Monday.", "Nina Osk", "nina osk",
     "county sheriff", "sheriff", "county sheriff", ""},
    {"The regional governor, Ilse Vahl, called in soldiers.", "Ilse Vahl", "ilse vahl",
     "regional governor", "governor", "regional governor", ""},
    {"Nina Osk, the county sheriff, said the road was shut.", "Nina Osk", "nina osk",
     "county sheriff", "sheriff", "county sheriff", ""},
    // An owner before a role after the name is its determiner, as before it.
    {"Nina Osk, the county's sheriff, said the road was shut.", "Nina Osk", "nina osk",
     "county sheriff", "sheriff", "county's sheriff", ""},
    // What the office is of, in apposition before and after the name.
    {"The director of nursing, Nina Osk, said the ward was shut.", "Nina Osk", "nina osk",
     "director of nursing", "director", "director of nursing", ""},
    {"The ward was shut, said Nina Osk, the director of nursing.", "Nina Osk", "nina osk",
     "director of nursing", "director", "director of nursing", ""},
    // An office of an organisation named in full ("president of United Dock Workers Local 12").
    {"Nina Osk, president of United Dock Workers Local 12, said the union would fight.", "Nina Osk",
     "nina osk", "president of united dock workers local 12", "president",
     "president of United Dock Workers Local 12", ""},
    {"Nina Osk, chief of the Dunmere Fire Authority, said the road was shut.", "Nina Osk", "nina osk",
     "chief of the dunmere fire authority", "chief", "chief of the Dunmere Fire Authority", ""},
    // The role, then the naming ("named by police as"), then the name that ends the apposition.
    {"The driver, named by police as Tomas Grell, was taken to hospital.", "Tomas Grell", "tomas grell",
     "driver", "driver", "driver", ""},
    {"The bus driver, identified as Tomas Grell, was unhurt.", "Tomas Grell", "tomas grell",
     "bus driver", "driver", "bus driver", ""},
    {"Owen Marsh, 45, a teacher, was among the injured.", "Owen Marsh", "owen marsh", "teacher",
     "teacher", "teacher", ""},
    {"Lia Moss, a spokeswoman for the agency, declined to comment.", "Lia Moss", "lia moss",
     "spokesperson", "spokesperson", "spokeswoman", ""},
    // Honorifics are not roles.
    {"Mr Osk agreed to step down.", "Osk", "osk", "", "", "", "mr"},
    {"Dr. Ann Lee treated the injured.", "Ann Lee", "ann lee", "", "", "", "dr"},
    // No role.
    {"Lindqvist\xE2\x80\x99s visit was postponed.", "Lindqvist", "lindqvist", "", "", "", ""},
    {"The talks were hosted by Tariq bin Saleh in the capital.", "Tariq bin Saleh",
     "tariq bin saleh", "", "", "", ""},
    {"The book was signed by Edith J. Harper.", "Edith J. Harper", "edith j harper", "", "", "",
     ""},
    {"The U.S. embassy issued a warning.", "U.S.", "us", "", "", "", ""},
    {"Dunmore: The president arrived late.", "Dunmore", "dunmore", "", "", "", ""},
    {"Police said Castell fired first.", "Castell", "castell", "", "", "", ""},
};

TEST(NameTest, NamesAndRoles) {
  for (const NameCase& c : kNameCases) {
    SCOPED_TRACE(c.text);
    const std::string s = c.text;
    const tri::Facts f = Extract(s);
    const NameMention* m = FindName(f, c.name);
    ASSERT_NE(m, nullptr) << "names: " << AllNames(f);
    std::string parts;
    for (const std::string& p : m->parts) parts += (parts.empty() ? "" : " ") + p;
    EXPECT_EQ(parts, c.parts);
    EXPECT_EQ(m->role, c.role);
    EXPECT_EQ(m->role_head, c.head);
    EXPECT_EQ(Span(s, m->role_begin, m->role_end), c.role_text);
    EXPECT_EQ(m->honorific, c.honorific);
  }
}

// Capitalised words that are not names, and words that are not roles.
struct NoNameCase {
  const char* text;
  const char* word;  // no name may contain it
};

const NoNameCase kNoNameCases[] = {
    {"Tens of thousands of people marched.", "Tens"},
    {"The convoy left on Monday evening.", "Monday"},
    {"The summit took place in January 2019.", "January"},
    {"Heavy lorries are slow.", "Heavy"},
    {"Historically, ferries were cheaper.", "Historically"},
    {"The crowd left, and Okonjo spoke.", "The"},
    {"Garrison-based groups and UN-led forces met.", "led"},
    {"Gen. Mark Ellison told reporters the mission was over.", "Gen"},
    {"The quake measured 5.8 on the Richter scale.", "Richter"},
    {"Shopkeeper Sami Tuul said the shelves emptied in seconds.", "Shopkeeper"},
    {"Lee left Dublin.", "Lee"},  // a first word alone: no capital inside, nothing after
    {"Postcode checks were added.", "Postcode"},
};

TEST(NameTest, NotNames) {
  for (const NoNameCase& c : kNoNameCases) {
    SCOPED_TRACE(c.text);
    for (const NameMention& m : Extract(c.text).names)
      EXPECT_EQ(m.display.find(c.word), std::string::npos) << "name [" << m.display << "]";
  }
}

struct NoRoleCase {
  const char* text;
  const char* name;
};

const NoRoleCase kNoRoleCases[] = {
    {"Police said Castell fired first.", "Castell"},
    {"The mayor met Tom Lee on Friday.", "Tom Lee"},
    {"Rescuers pulled Ana Ruiz from the rubble.", "Ana Ruiz"},
    {"The state agency told Fenwick Radio the road was shut.", "Fenwick Radio"},
    {"The provincial capital, Carrow, was spared.", "Carrow"},
    {"It is the official Harbour News Agency.", "Harbour News Agency"},
    {"The shop belongs to Penrose Foods Ltd, a bakery chain.", "Penrose Foods Ltd"},
    // A sentence's first word with a capital inside is a name without support from the next word.
    {"McAllister resigned on Friday.", "McAllister"},
    {"DaSilva is in his third season.", "DaSilva"},
    {"O'Rourke will coach the side.", "O'Rourke"},
    // The naming's first name does not end it: the role is not that name's.
    {"A deputy, identified as Kelby County Sheriff's Deputy Jo Orr, was hurt.", "Kelby"},
};

TEST(NameTest, NoRole) {
  for (const NoRoleCase& c : kNoRoleCases) {
    SCOPED_TRACE(c.text);
    const tri::Facts f = Extract(c.text);
    const NameMention* m = FindName(f, c.name);
    ASSERT_NE(m, nullptr) << "names: " << AllNames(f);
    EXPECT_EQ(m->role, "");
  }
}

struct KindCase {
  const char* text;
  const char* name;
  NameKind kind;
};

const KindCase kKindCases[] = {
    {"Sheriff Dora Osk closed the road.", "Dora Osk", NameKind::kPerson},
    {"Mr Osk agreed.", "Osk", NameKind::kPerson},
    {"The National Weather Service said so.", "National Weather Service", NameKind::kOrganisation},
    {"A reporter told Harbour Radio about it.", "Harbour Radio", NameKind::kOrganisation},
    {"Traffic on Kell Bridge was stopped.", "Kell Bridge", NameKind::kPlace},
    {"The quake struck near Dunvale at dawn.", "Dunvale", NameKind::kPlace},
    {"Police said Castell fired first.", "Castell", NameKind::kUnknown},
    {"The shop belongs to Penrose Foods Ltd, a bakery chain.", "Penrose Foods Ltd",
     NameKind::kOrganisation},
};

TEST(NameTest, Kind) {
  for (const KindCase& c : kKindCases) {
    SCOPED_TRACE(c.text);
    const tri::Facts f = Extract(c.text);
    const NameMention* m = FindName(f, c.name);
    ASSERT_NE(m, nullptr) << "names: " << AllNames(f);
    EXPECT_EQ(static_cast<int>(m->kind), static_cast<int>(c.kind));
  }
}

struct RoleNormCase {
  const char* written;
  const char* role;
  const char* head;
};

const RoleNormCase kRoleNormCases[] = {
    {"The County Sheriff", "county sheriff", "sheriff"},
    {"Gov.", "governor", "governor"},
    {"spokeswoman", "spokesperson", "spokesperson"},
    {"a government spokesman", "government spokesperson", "spokesperson"},
    {"Chairwoman", "chair", "chair"},
    {"Secretary-General", "secretary general", "general"},
    {"Secretary of State", "secretary of state", "secretary"},
    {"the town's councilor", "town councillor", "councillor"},
    {"Vice-President", "vice president", "president"},
    {"the", "", ""},
    {"", "", ""},
};

TEST(NameTest, NormaliseRole) {
  for (const RoleNormCase& c : kRoleNormCases) {
    SCOPED_TRACE(c.written);
    EXPECT_EQ(tri::normalise_role(c.written), c.role);
    EXPECT_EQ(tri::role_head(tri::normalise_role(c.written)), c.head);
  }
}

struct CompareCase {
  const char* a;
  const char* name_a;
  const char* b;
  const char* name_b;
  Match match;
};

const CompareCase kCompareCases[] = {
    {"the county sheriff, Nina Osk, said", "Nina Osk", "Sheriff Dora Osk said", "Dora Osk",
     Match::kConflict},
    {"Regional governor Greta Vahl said", "Greta Vahl", "The regional governor, Ilse Vahl, said",
     "Ilse Vahl", Match::kConflict},
    {"Sheriff Nina Osk said", "Nina Osk", "Police thanked Osk", "Osk", Match::kCompatible},
    {"Police thanked Jan Osk", "Jan Osk", "Police thanked J. Osk", "J. Osk",
     Match::kCompatible},
    {"the county sheriff, Nina Osk, said", "Nina Osk", "Nina Osk, the sheriff, said", "Nina Osk",
     Match::kSame},
    {"Foreign Minister Ana Ruiz said", "Ana Ruiz", "Finance Minister Eva Sola said", "Eva Sola",
     Match::kIncomparable},
    {"Police said Castell fired first", "Castell", "Police said Ibarra fired first", "Ibarra",
     Match::kIncomparable},
    {"Sheriff Dora Osk said", "Dora Osk", "Sheriff Dora Osk said", "Dora Osk", Match::kSame},
    // One numeral in other notations: one name.
    {"The Tarn Accord Two talks began", "Tarn Accord Two", "The Tarn Accord II talks began",
     "Tarn Accord II", Match::kSame},
    {"The Tarn Accord II talks began", "Tarn Accord II", "The Tarn Accord III talks began",
     "Tarn Accord III", Match::kIncomparable},
};

TEST(NameTest, Compare) {
  for (const CompareCase& c : kCompareCases) {
    SCOPED_TRACE(std::string(c.a) + " ~ " + c.b);
    const tri::Facts fa = Extract(c.a), fb = Extract(c.b);
    const NameMention* a = FindName(fa, c.name_a);
    const NameMention* b = FindName(fb, c.name_b);
    ASSERT_NE(a, nullptr) << AllNames(fa);
    ASSERT_NE(b, nullptr) << AllNames(fb);
    EXPECT_EQ(tri::to_string(tri::compare(*a, *b)), tri::to_string(c.match));
    EXPECT_EQ(tri::to_string(tri::compare(*b, *a)), tri::to_string(c.match));
  }
}

TEST(NameTest, SameOffice) {
  NameMention a, b;
  a.role = "county sheriff";
  a.role_head = "sheriff";
  b.role = "sheriff";
  b.role_head = "sheriff";
  EXPECT_TRUE(tri::same_office(a, b));
  b.role = "deputy sheriff";
  EXPECT_FALSE(tri::same_office(a, b));
  // A rank stated by one role only is another post.
  a.role = "sheriff";
  EXPECT_FALSE(tri::same_office(a, b));
  a.role = "general manager";
  a.role_head = "manager";
  b.role = "assistant general manager";
  b.role_head = "manager";
  EXPECT_FALSE(tri::same_office(a, b));
  b.role = "manager";
  EXPECT_TRUE(tri::same_office(a, b));
  a.role = "former manager";
  EXPECT_FALSE(tri::same_office(a, b));
  b.role = "former general manager";
  EXPECT_TRUE(tri::same_office(a, b));
  b.role = "";
  b.role_head = "";
  EXPECT_FALSE(tri::same_office(a, b));
}

}  // namespace
