// language.h — internal: which language a source is written in, so that text the engine cannot
// read is left out instead of compared wrongly.
//
// The engine's words, lexicon and model are English. A report in Han or Cyrillic script compared
// with English ones would give confident nonsense (numbers and names match, nothing else). Each source
// gets a code from its letters and its function words, with no model to download:
//   script     a text whose letters are mostly of one non-Latin script: Han (zh; ja when kana
//              appear, ko for Hangul), Cyrillic (ru), Greek (el), Arabic (ar), Hebrew (he),
//              Devanagari (hi), Thai (th)
//   words      a Latin-script text of at least kMinLatinWords words: the share of its words that
//              are frequent function words of English, Spanish, French, German, Italian,
//              Portuguese or Dutch and of no other of these; another language than English only
//              when its words are at least 8% of the text and three times English's
// Short texts (fewer than kMinWords words) are taken as English: too little to judge, and a
// headline-only English source must never be left out.
//
// Example: detect_language("El incendio comenzó el martes por la noche en el almacén ...") == "es"
#pragma once

#include <string>
#include <string_view>

namespace tri {

/// Texts with fewer words than this are taken as English.
inline constexpr int kMinWords = 12;
/// A Latin-script text needs this many words before another language than English is named: a
/// sentence or two of English must never be left out.
inline constexpr int kMinLatinWords = 25;

/// The language code of a text: "en", "es", "fr", "de", "it", "pt", "nl", "zh", "ja", "ko", "ru",
/// "el", "ar", "he", "hi", "th". Never fails; valid UTF-8 expected (invalid bytes count as no
/// letter).
std::string detect_language(std::string_view text);

/// A name for a code of detect_language() for messages: the language for Latin-script codes ("es" ->
/// "Spanish"), the script for the others ("zh" -> "Han script"); the code itself when unknown.
std::string language_name(const std::string& code);

}  // namespace tri
