// language.cc — script and function-word evidence.
#include "language.h"

#include <string>
#include <algorithm>
#include <utility>
#include <vector>

#include "sorting.h"
#include "triangulate/text.h"

namespace tri {
namespace {

enum Script { kLatin, kHan, kKana, kHangul, kCyrillic, kGreek, kArabic, kHebrew, kDevanagari, kThai, kScripts };

int script_of(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F)) return kLatin;
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) return kHan;
  if (c >= 0x3040 && c <= 0x30FF) return kKana;
  if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF)) return kHangul;
  if (c >= 0x0400 && c <= 0x04FF) return kCyrillic;
  if (c >= 0x0370 && c <= 0x03FF) return kGreek;
  if (c >= 0x0600 && c <= 0x06FF) return kArabic;
  if (c >= 0x0590 && c <= 0x05FF) return kHebrew;
  if (c >= 0x0900 && c <= 0x097F) return kDevanagari;
  if (c >= 0x0E00 && c <= 0x0E7F) return kThai;
  return -1;
}

// The most frequent function words of each language (written for this project from common
// knowledge of each language's grammar: articles, prepositions, conjunctions, pronouns, copulas).
// Only words of one list count ("que" for Spanish, "the" for English): a word that belongs to
// several lists ("a", "de", "in") says nothing.
struct Lang {
  const char* code;
  const char* words;
};
constexpr Lang kLangs[] = {
    {"en", "the of and to in is was that for on with as by at from it be are were has have had this which "
           "will would their his her they not but or an said after who been than its also a no he she we "
           "you more about into over when there what"},
    {"es", "el la los las de del y en que por con para una un es se su al lo como pero fue sus "
           "más este esta entre sobre también sin ha han"},
    {"fr", "le la les de des du et en un une est que qui dans pour par sur au aux avec se son sa ses "
           "ne pas il elle a été cette ont"},
    {"de", "der die das und den dem des ein eine einer ist im in zu mit von sich auf für nicht auch "
           "es sie er wurde wird bei aus nach"},
    {"it", "il la le di e che in un una per con del della dei degli è non si sono alla al ha anche "
           "gli nel nella come ma"},
    {"pt", "o a os as de do da dos das e em um uma que para com por no na não se é foi ao mais seu "
           "sua como mas"},
    {"nl", "de het een en van in is dat op te met voor zijn niet aan door er bij ook om als maar "
           "werd wordt naar"},
};

}  // namespace

std::string detect_language(std::string_view text) {
  // Letters by script.
  size_t counts[kScripts] = {};
  size_t letters = 0;
  for (size_t i = 0; i < text.size();) {
    const int s = script_of(decode_utf8(text, i));
    if (s < 0) continue;
    ++counts[s];
    ++letters;
  }
  if (letters == 0) return "en";
  size_t other = letters - counts[kLatin];
  if (other * 2 > letters) {
    if (counts[kKana] > 0 && counts[kKana] * 10 >= counts[kHan]) return "ja";
    int best = kHan;
    for (int s = kHan; s < kScripts; ++s)
      if (counts[s] > counts[best]) best = s;
    static const char* const kCode[kScripts] = {"en", "zh", "ja", "ko", "ru", "el", "ar", "he", "hi", "th"};
    return kCode[best];
  }
  // Latin script: function words.
  // Each function word of one language only, sorted, with its language.
  static const auto lists = [] {
    std::vector<std::pair<std::string, int>> m;
    for (int l = 0; l < static_cast<int>(sizeof(kLangs) / sizeof(kLangs[0])); ++l) {
      const std::string_view w(kLangs[l].words);
      size_t i = 0;
      while (i < w.size()) {
        size_t e = w.find(' ', i);
        if (e == std::string_view::npos) e = w.size();
        m.emplace_back(fold(w.substr(i, e - i)), l);
        i = e + 1;
      }
    }
    sort_by(m.begin(), m.end());
    std::vector<std::pair<std::string, int>> one;  // words listed once
    for (size_t k = 0; k < m.size(); ++k) {
      size_t e = k;
      while (e + 1 < m.size() && m[e + 1].first == m[k].first) ++e;
      if (e == k) one.push_back(m[k]);
      k = e;
    }
    return one;
  }();
  int words = 0;
  int hits[sizeof(kLangs) / sizeof(kLangs[0])] = {};
  std::string word;
  const auto flush = [&] {
    if (word.empty()) return;
    ++words;
    const std::string folded = fold(word);
    const auto it = std::lower_bound(lists.begin(), lists.end(), folded,
                                     [](const std::pair<std::string, int>& x, const std::string& y) { return x.first < y; });
    if (it != lists.end() && it->first == folded) ++hits[it->second];
    word.clear();
  };
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    const char32_t c = decode_utf8(text, i);
    if (script_of(c) == kLatin || c == '\'') word.append(text.substr(start, i - start));
    else flush();
  }
  flush();
  if (words < kMinWords) return "en";
  int best = 0;
  for (int l = 1; l < static_cast<int>(sizeof(kLangs) / sizeof(kLangs[0])); ++l)
    if (hits[l] > hits[best]) best = l;
  // English unless another language's own words clearly lead (three times English's) and make a
  // real share (8%) of a text long enough to judge.
  if (best == 0 || words < kMinLatinWords || hits[best] * 100 < words * 8 || hits[best] < 3 * hits[0]) return "en";
  return kLangs[best].code;
}

std::string language_name(const std::string& code) {
  // Languages of Latin script by name; the others by their script.
  static const char* const kNames[][2] = {
      {"en", "English"}, {"es", "Spanish"}, {"fr", "French"}, {"de", "German"}, {"it", "Italian"},
      {"pt", "Portuguese"}, {"nl", "Dutch"}, {"zh", "Han script"}, {"ja", "Japanese script"},
      {"ko", "Hangul script"}, {"ru", "Cyrillic script"}, {"el", "Greek script"}, {"ar", "Arabic script"},
      {"he", "Hebrew script"}, {"hi", "Devanagari script"}, {"th", "Thai script"}};
  for (const auto& n : kNames)
    if (code == n[0]) return n[1];
  return code;
}

}  // namespace tri
