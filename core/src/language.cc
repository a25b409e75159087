// language.cc — script and function-word evidence.
#include "language.h"

#include <string>
#include <algorithm>
#include <utility>
#include <vector>

#include "sorting.h"
#include "triangulate/text.h"
#include "words.h"

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

// The most frequent function words of each language (words.txt, language_<code>: written for
// this project from common knowledge of each language's grammar: articles, prepositions,
// conjunctions, pronouns, copulas). Only words of one list count ("que" for Spanish, "the" for
// English): a word that belongs to several lists ("a", "de", "in") says nothing.
struct Lang {
  const char* code;
  WordList words;
};
constexpr Lang kLangs[] = {
    {"en", WordList::language_en},
    {"es", WordList::language_es},
    {"fr", WordList::language_fr},
    {"de", WordList::language_de},
    {"it", WordList::language_it},
    {"pt", WordList::language_pt},
    {"nl", WordList::language_nl},
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
    static const char kCodes[] = "enzhjakoruelarhehith";  // the code of each Script
    return std::string(&kCodes[2 * best], 2);
  }
  // Latin script: function words.
  // Each function word of one language only, sorted, with its language; made once per thread
  // (batch comparisons run on several), and again when other engine data is loaded.
  static thread_local const char* made_from = nullptr;
  static thread_local std::vector<std::pair<std::string, int>> lists;
  if (made_from != word_set(kLangs[0].words).words().data()) {
    made_from = word_set(kLangs[0].words).words().data();
    std::vector<std::pair<std::string, int>> m;
    for (int l = 0; l < static_cast<int>(sizeof(kLangs) / sizeof(kLangs[0])); ++l) {
      const std::string_view w = word_set(kLangs[l].words).words();
      size_t i = 0;
      while (i < w.size()) {
        size_t e = w.find(' ', i);
        if (e == std::string_view::npos) e = w.size();
        m.emplace_back(fold(w.substr(i, e - i)), l);
        i = e + 1;
      }
    }
    sort_by(m.begin(), m.end());
    lists.clear();  // words listed once
    for (size_t k = 0; k < m.size(); ++k) {
      size_t e = k;
      while (e + 1 < m.size() && m[e + 1].first == m[k].first) ++e;
      if (e == k) lists.push_back(m[k]);
      k = e;
    }
  }
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
  // Languages of Latin script by name; the others by their script: each a code, a name and a comma.
  const std::string_view all =
      "enEnglish,esSpanish,frFrench,deGerman,itItalian,ptPortuguese,nlDutch,zhHan script,jaJapanese script,"
      "koHangul script,ruCyrillic script,elGreek script,arArabic script,heHebrew script,hiDevanagari script,"
      "thThai script,";
  for (size_t k = 0, e; (e = all.find(',', k)) != std::string_view::npos; k = e + 1)
    if (all.substr(k, 2) == code) return std::string(all.substr(k + 2, e - k - 2));
  return code;
}

}  // namespace tri
