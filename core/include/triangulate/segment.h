// segment.h — cut one source's text into units: headlines, claim sentences, page furniture and
// repeats.
//
// Paragraphs are lines (a soft-wrapped line that continues in lower case is joined to the next);
// sentences end at . ! ? … 。 (with closing quotes and brackets kept on the sentence) unless the
// full stop belongs to an abbreviation (Mr., Dr., Gen., St., No., Jan., U.S., a.m. ...), an
// initial ("John F. Kennedy"), a decimal, or the next sentence does not start like one. A line
// that ends without punctuation ends its unit. Bullets ("• ", "- ", "1. ") make list items;
// datelines ("Lisbon:", "PORTO ALEGRE —") become their own furniture unit.
//
// Page furniture is recognised by general rules plus a short pattern list, written out in
// segment.cc: advertising labels, share/follow/subscribe and app or playlist promotions, lines
// that are only a web address, feedback prompts, bylines fused to outlet names, photo captions
// and credits, notes on where the text came from (syndication, rights), navigation. The rules are
// checked on development data they were not written from (tests/furniture_dev.py). Repeats within a source (a headline printed twice, summary bullets that restate the
// body) are `duplicate`: of two copies, the one in the body (the larger paragraph) is kept.
//
// Example:
//   auto units = tri::segment("Ferry runs aground\n\nDr. Lee said it was 3.5 km. It rained.");
//   // units: [0,18) headline; [20,47) claim "Dr. Lee said it was 3.5 km."; [48,58) claim
#pragma once

#include <string_view>
#include <vector>

#include "triangulate/triangulate.h"

namespace tri {

/// Segments valid UTF-8 `text` into non-overlapping units in text order, each trimmed of
/// surrounding white space and bullet markers. Linear in the text length; an empty or
/// all-space text gives no unit. A sentence longer than kMaxUnitBytes is cut at white space.
std::vector<Unit> segment(std::string_view text);

inline constexpr size_t kMaxUnitBytes = 3000;
/// Dense text (more than one unit per kDenseBytes bytes on average: a page of tiny lines, not an
/// article) is segmented with every unit shorter than kShortBytes joined to the one before it, so
/// that the engine's memory stays in proportion to the text.
inline constexpr size_t kDenseBytes = 20;
inline constexpr size_t kShortBytes = 16;

}  // namespace tri

#include "triangulate/tokens.h"

namespace tri {

/// Marks as `duplicate` (role "restates") each list item whose content words are at least 70%
/// covered by one body sentence (with its neighbour in the same paragraph): the summary bullets
/// that restate the body. `tokens[k]` are the tokens of `units[k]`.
void mark_restatements(std::vector<Unit>& units, const std::vector<std::vector<Token>>& tokens);

}  // namespace tri
