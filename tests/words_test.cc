// The engine's word lists kept as data (core/data/words.txt, core/src/words.h).
#include "words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "event.h"
#include "files.h"
#include "resources.h"
#include "triangulate/triangulate.h"

namespace tri {
namespace {

std::vector<std::string> names_in_code() {
  std::vector<std::string> out;
#define TRI_TEST_NAME(name) out.push_back(#name);
  TRI_WORD_LISTS(TRI_TEST_NAME)
#undef TRI_TEST_NAME
  return out;
}

// The lines "name: words" of words.txt, by name (the engine reads them by position).
std::vector<std::string> names_in_file(const std::string& text) {
  std::vector<std::string> out;
  size_t at = 0;
  while (at < text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(at, end - at);
    at = end + 1;
    if (line.empty() || line[0] == '#') continue;
    out.push_back(line.substr(0, line.find(':')));
  }
  return out;
}

TEST(Words, TheDataFileNamesEveryListInTheOrderTheEngineReadsThem) {
  const std::string text = tri_test::slurp(std::string(TRI_SOURCE_DIR) + "/core/data/words.txt");
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(names_in_file(text), names_in_code());
  WordLists lists;
  EXPECT_EQ(read_word_lists(text, &lists), "");
}

TEST(Words, WordsOfAListBetweenSpaces) {
  EXPECT_EQ(words_of("cov_min cov_max  order "), (std::vector<std::string_view>{"cov_min", "cov_max", "order"}));
  EXPECT_TRUE(words_of("").empty());
}

TEST(Words, ListsInUseComeFromTheData) {
  EXPECT_TRUE(word_set(WordList::scan_irregular_plural).has("children"));
  EXPECT_FALSE(word_set(WordList::scan_irregular_plural).has("child"));
  EXPECT_TRUE(word_set(WordList::scan_is_reporting_verb).has("said"));
  EXPECT_FALSE(word_set(WordList::scan_is_reporting_verb).has("sad"));
}

// Lists read at run time answer as lists made at compile time do.
TEST(Words, ASetReadAtRunTimeFindsEachWordAndNothingElse) {
  const std::string words = "ant bee cat dog eel";
  WordSet s;
  ASSERT_TRUE(WordSet::read(words, &s));
  for (const char* w : {"ant", "bee", "cat", "dog", "eel"}) EXPECT_TRUE(s.has(w)) << w;
  for (const char* w : {"", "a", "an", "ants", "cow", "ee", "eels", "zebra", "bee cat"}) EXPECT_FALSE(s.has(w)) << w;
  EXPECT_FALSE(WordSet().has("ant"));
}

// A list of pairs gives each key's value, whatever keys sort around it ("km2" before "km=").
TEST(Words, AListOfPairsGivesEachKeysValue) {
  const std::string words = "a=1 ab=2 b=3 km2=sq km=kilo kmh=speed m=metre mi=mile";
  WordSet s;
  ASSERT_TRUE(WordSet::read(words, &s));
  const std::pair<const char*, const char*> pairs[] = {{"a", "1"},    {"ab", "2"},      {"b", "3"},     {"km2", "sq"},
                                                       {"km", "kilo"}, {"kmh", "speed"}, {"m", "metre"}, {"mi", "mile"}};
  for (const auto& [k, v] : pairs) EXPECT_EQ(s.value(k), v) << k;
  for (const char* k : {"", "c", "k", "kmx", "mile", "a=1", "=", "ab="}) EXPECT_EQ(s.value(k), "") << k;
  EXPECT_EQ(WordSet().value("a"), "");
  // A whole pair is a word of the list too (the nicknames are asked for "al=alan").
  for (const char* w : {"a=1", "km2=sq", "kmh=speed", "mi=mile"}) EXPECT_TRUE(s.has(w)) << w;
  for (const char* w : {"a=2", "km=kil", "km", "mi=miles", "=mile"}) EXPECT_FALSE(s.has(w)) << w;
}

// Every key of every list of pairs in the data is found, and every pair and plain word too: the
// filter that rejects most look-ups holds each of them.
TEST(Words, EveryWordAndKeyOfTheDataIsFound) {
  size_t pairs = 0;
  for (size_t k = 0; k < kWordListCount; ++k) {
    const WordSet& set = word_set(static_cast<WordList>(k));
    for (const std::string_view w : words_of(set.words())) {
      EXPECT_TRUE(set.has(w)) << "list " << k << ": " << w;
      const size_t eq = w.find('=');
      if (eq == std::string_view::npos || eq == 0) continue;
      ++pairs;
      // The first pair of a key gives its value (a key may be listed twice: "al=alan al=albert").
      const std::string_view key = w.substr(0, eq);
      EXPECT_FALSE(set.value(key).empty()) << "list " << k << ": " << key;
    }
  }
  EXPECT_GT(pairs, 100u);
}

TEST(Words, ListsOutOfOrderOrMissingAreRefused) {
  WordSet s;
  EXPECT_FALSE(WordSet::read("bee ant", &s));
  EXPECT_FALSE(WordSet::read("ant ant", &s));
  EXPECT_FALSE(WordSet::read("ant  bee", &s));
  EXPECT_FALSE(WordSet::read("", &s));

  const std::string good = tri_test::slurp(std::string(TRI_SOURCE_DIR) + "/core/data/words.txt");
  WordLists lists;
  // One list fewer.
  const size_t last = good.rfind('\n', good.size() - 2);
  const std::string short_file = good.substr(0, last + 1);
  const std::string err = read_word_lists(short_file, &lists);
  EXPECT_NE(err.find("words.txt"), std::string::npos) << err;
  EXPECT_NE(err.find(std::to_string(kWordListCount)), std::string::npos) << err;
  // One list more: the data of another engine, whose lists this one would read at the wrong
  // places.
  EXPECT_NE(read_word_lists(good + "extra_list: ant bee\n", &lists), "");
  EXPECT_EQ(read_word_lists(good, &lists), "");
  // A list out of order.
  std::string swapped = good;
  const size_t at = swapped.find("scan_irregular_plural: aircraft cattle");
  ASSERT_NE(at, std::string::npos);
  swapped.replace(at, std::string("scan_irregular_plural: aircraft cattle").size(), "scan_irregular_plural: cattle aircraft");
  EXPECT_NE(read_word_lists(swapped, &lists), "");
}

// A bundle without word lists (retrained models given by --data DIR) takes the built-in ones in
// a native build; one with a broken list is refused.
TEST(Words, ABundleWithoutWordListsTakesTheBuiltInOnes) {
  std::string bundle;
  for (const char* name : {"lexicon.txt", "frequencies.txt", "model.txt", "event-model.txt", "clause-model.txt"})
    bundle += std::string("@@ ") + name + "\n" + tri_test::slurp(std::string(TRI_SOURCE_DIR) + "/core/data/" + name);
  Resources r;
  ASSERT_EQ(parse_bundle(bundle, &r), "");
  EXPECT_TRUE(r.words.sets[static_cast<size_t>(WordList::scan_irregular_plural)].has("children"));
  Resources broken;
  const std::string err = parse_bundle(bundle + "@@ words.txt\nscan_irregular_plural: b a\n", &broken);
  EXPECT_NE(err.find("words.txt"), std::string::npos) << err;
}

// A model trained on other features than the engine measures is refused, except by the tools
// that measure features to train new ones: they still get the bundle's word lists
// (load_data_to_train; without them the training tables would be measured with empty lists).
TEST(Words, AToolThatTrainsModelsGetsTheWordListsOfABundleWithOlderModels) {
  std::string bundle;
  for (const char* name : {"lexicon.txt", "frequencies.txt", "model.txt", "event-model.txt", "clause-model.txt", "words.txt"})
    bundle += std::string("@@ ") + name + "\n" + tri_test::slurp(std::string(TRI_SOURCE_DIR) + "/core/data/" + name);
  const std::string first = event_feature_names().front();
  const size_t at = bundle.find(" " + first + " ", bundle.find("@@ event-model.txt"));
  ASSERT_NE(at, std::string::npos);
  bundle.replace(at + 1, first.size(), "another_feature");
  Resources checked;
  EXPECT_NE(parse_bundle(bundle, &checked).find("event-model.txt"), std::string::npos);
  Resources r;
  ASSERT_EQ(parse_bundle(bundle, &r, true), "");
  EXPECT_TRUE(r.words.sets[static_cast<size_t>(WordList::scan_irregular_plural)].has("children"));
}

}  // namespace
}  // namespace tri
