// stem_test.cc — tests for the Porter2 (Snowball English) stemmer in stem.h.

#include "triangulate/stem.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <iostream>
#include <string>
#include <vector>

#ifndef TRI_SHARED_DIR
#define TRI_SHARED_DIR "../shared"
#endif

namespace {

struct StemCase {
  const char* word;
  const char* stem;
};

// Hand-picked words, grouped by the rule they exercise.
const StemCase kStemCases[] = {
    // Words shorter than three characters, and words with other characters, are unchanged.
    {"", ""},
    {"a", "a"},
    {"is", "is"},
    {"x-ray", "x-ray"},
    {"r2d2", "r2d2"},
    // Exceptional forms, checked before anything else.
    {"skis", "ski"},
    {"skies", "sky"},
    {"dying", "die"},
    {"lying", "lie"},
    {"tying", "tie"},
    {"idly", "idl"},
    {"gently", "gentl"},
    {"ugly", "ugli"},
    {"early", "earli"},
    {"only", "onli"},
    {"singly", "singl"},
    {"sky", "sky"},
    {"news", "news"},
    {"howe", "howe"},
    {"atlas", "atlas"},
    {"cosmos", "cosmos"},
    {"bias", "bias"},
    {"andes", "andes"},
    // Words left alone after step 1a.
    {"innings", "inning"},
    {"outing", "outing"},
    {"canning", "canning"},
    {"herring", "herring"},
    {"earring", "earring"},
    {"evenings", "evening"},
    {"proceeds", "proceed"},
    {"exceed", "exceed"},
    {"succeed", "succeed"},
    {"vying", "vie"},
    // Initial y and y after a vowel are consonants.
    {"youth", "youth"},
    {"yelled", "yell"},
    {"sayings", "say"},
    {"enjoying", "enjoy"},
    // Apostrophes.
    {"'s'", "s"},
    {"there's", "there"},
    {"dog's", "dog"},
    {"dogs'", "dog"},
    // R1 starts after gener, commun, arsen, past, univers, later, emerg, organ, inter.
    {"generously", "generous"},
    {"communism", "communism"},
    {"arsenal", "arsenal"},
    {"pasted", "paste"},
    {"universal", "universal"},
    {"lateral", "lateral"},
    {"emergency", "emergenc"},
    {"organization", "organiz"},
    {"international", "internat"},
    // Step 1a.
    {"caresses", "caress"},
    {"ties", "tie"},
    {"cries", "cri"},
    {"gas", "gas"},
    {"gaps", "gap"},
    {"kiwis", "kiwi"},
    {"class", "class"},
    {"bus", "bus"},
    // Step 1b.
    {"agreed", "agre"},
    {"feed", "feed"},
    {"hoping", "hope"},
    {"hopping", "hop"},
    {"added", "add"},
    {"ebbing", "ebb"},
    {"fizzed", "fizz"},
    {"sized", "size"},
    {"troubled", "troubl"},
    {"armoured", "armour"},
    {"bowed", "bow"},
    {"fixed", "fix"},
    // Step 1c.
    {"cry", "cri"},
    {"say", "say"},
    {"crying", "cri"},
    // Step 2.
    {"relational", "relat"},
    {"conditional", "condit"},
    {"digitizer", "digit"},
    {"differently", "differ"},
    {"geologists", "geolog"},
    {"analogous", "analog"},
    {"carelessly", "careless"},
    {"electricity", "electr"},
    // Step 3.
    {"triplicate", "triplic"},
    {"formalize", "formal"},
    {"formative", "format"},
    {"electrical", "electr"},
    {"hopeful", "hope"},
    {"goodness", "good"},
    // Step 4.
    {"revival", "reviv"},
    {"allowance", "allow"},
    {"inference", "infer"},
    {"airliner", "airlin"},
    {"adjustable", "adjust"},
    {"defensible", "defens"},
    {"irritant", "irrit"},
    {"replacement", "replac"},
    {"adjustment", "adjust"},
    {"dependent", "depend"},
    {"adoption", "adopt"},
    // Step 5.
    {"cease", "ceas"},
    {"rate", "rate"},
    {"controlling", "control"},
    {"generate", "generat"},
};

TEST(StemEnglish, HandPickedWords) {
  for (const StemCase& c : kStemCases) {
    EXPECT_EQ(tri::stem_english(c.word), c.stem) << "word: \"" << c.word << "\"";
  }
}

TEST(StemEnglish, UpperCaseAsciiIsFolded) {
  EXPECT_EQ(tri::stem_english("Running"), "run");
  EXPECT_EQ(tri::stem_english("SKIES"), "sky");
}

// Result of stemming one Snowball vocabulary: words compared and words that agreed.
struct Agreement {
  bool found = false;
  long total = 0;
  long agreed = 0;
  std::vector<std::string> mismatches;  // the first few, for the failure message

  double fraction() const { return total == 0 ? 0.0 : static_cast<double>(agreed) / total; }
};

// Reads voc.txt / output.txt of one version folder and stems every word.
Agreement measure(const std::string& version) {
  const std::string dir = std::string(TRI_SHARED_DIR) + "/eval/snowball_english/" + version;
  std::ifstream voc(dir + "/voc.txt");
  std::ifstream out(dir + "/output.txt");
  Agreement a;
  if (!voc || !out) return a;
  a.found = true;
  std::string word;
  std::string expected;
  while (std::getline(voc, word) && std::getline(out, expected)) {
    ++a.total;
    const std::string got = tri::stem_english(word);
    if (got == expected) {
      ++a.agreed;
    } else if (a.mismatches.size() < 20) {
      a.mismatches.push_back(word + " -> " + got + " (expected " + expected + ")");
    }
  }
  return a;
}

// The vocabulary of one version folder as word -> expected stem; empty when it is absent.
std::map<std::string, std::string> expected_stems(const std::string& version) {
  const std::string dir = std::string(TRI_SHARED_DIR) + "/eval/snowball_english/" + version;
  std::ifstream voc(dir + "/voc.txt");
  std::ifstream out(dir + "/output.txt");
  std::map<std::string, std::string> stems;
  std::string word, expected;
  while (voc && out && std::getline(voc, word) && std::getline(out, expected)) stems[word] = expected;
  return stems;
}

void print(const std::string& version, const Agreement& a) {
  std::cout << "[ stem     ] " << version << ": " << a.agreed << "/" << a.total << " = "
            << a.fraction() << std::endl;
}

TEST(StemEnglish, SnowballVocabularyCurrent) {
  const Agreement a = measure("current_snowball3");
  if (!a.found) GTEST_SKIP() << "Snowball vocabulary not found under " TRI_SHARED_DIR;
  print("current_snowball3", a);
  ASSERT_GT(a.total, 0);
  std::string examples;
  for (const std::string& m : a.mismatches) examples += "\n  " + m;
  EXPECT_EQ(a.agreed, a.total) << a.total - a.agreed << " words stemmed otherwise; first:" << examples;
}

// Older versions of the algorithm. We implement the current one, so on an older vocabulary we must
// differ exactly on the words whose expected stem changed between the two versions (the 2023
// undoubling rule, the new exceptions): every other word stems as both versions say, and on every
// changed word we give the current stem, not the old one.
TEST(StemEnglish, SnowballVocabularyOlderVersions) {
  const std::map<std::string, std::string> current = expected_stems("current_snowball3");
  if (current.empty()) GTEST_SKIP() << "Snowball vocabulary not found under " TRI_SHARED_DIR;
  for (const char* version : {"porter2_pre_undoubling_2023", "classic_porter2_2006"}) {
    const std::map<std::string, std::string> older = expected_stems(version);
    ASSERT_FALSE(older.empty()) << version << " is missing beside current_snowball3";
    long changed = 0, compared = 0;
    std::string wrong;
    int shown = 0;
    for (const auto& [word, old_stem] : older) {
      const auto now = current.find(word);
      if (now == current.end()) continue;  // a word the current vocabulary dropped: no answer to check
      ++compared;
      if (now->second != old_stem) ++changed;
      const std::string got = tri::stem_english(word);
      if (got != now->second && shown++ < 20)
        wrong += "\n  " + word + " -> " + got + " (" + version + ": " + old_stem + ", current: " + now->second + ")";
    }
    std::cout << "[ stem     ] " << version << ": " << compared << " words, " << changed
              << " changed since" << std::endl;
    EXPECT_GT(compared, 20000) << version;
    EXPECT_GT(changed, 0) << version << ": no word changed, so this test compares nothing";
    EXPECT_EQ(shown, 0) << version << ": " << shown << " words not stemmed as the current version says:" << wrong;
  }
}

}  // namespace
