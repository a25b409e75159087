// fuzz_compare — tri::compare() and its JSON on 2 to 5 sources carved from the input.
//
// Input layout (seeds are easy to write by hand):
//   byte 0     options: bits 0-1 = number of sources - 2; bits 2-3 = format of every source
//              (0 auto, 1 text, 2 html, 3 auto); bit 4 = minScore 0 (report every pair);
//              bit 5 = minScore 0.5
//   the rest   the source texts, separated by the byte 0x1E (ASCII record separator); missing
//              texts are empty, and separators beyond the last source stay in its text.
// Checks: the result is ok, every unit, link, group and pair is in range and in order
// (check_result), and the JSON parses and each UTF-16 offset slices the text it carries. Inputs up
// to 64 KB are also compared with the sources in reverse order: the same links must come out
// (the result is independent of source order, triangulate.h).
#include <cstddef>
#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "check.h"
#include "triangulate/json.h"
#include "triangulate/triangulate.h"

namespace {

// The links of `r` by source id and unit index, each pair in id order, with its relation.
std::set<std::tuple<std::string, int, std::string, int, std::string>> links_by_id(const tri::Result& r) {
  std::set<std::tuple<std::string, int, std::string, int, std::string>> out;
  for (const tri::Link& l : r.links) {
    std::string a = r.sources[l.a.source].id, b = r.sources[l.b.source].id;
    int ua = l.a.unit, ub = l.b.unit;
    if (b < a) {
      std::swap(a, b);
      std::swap(ua, ub);
    }
    out.emplace(a, ua, b, ub, tri::to_string(l.relation));
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t mode = data[0];
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const size_t count = 2 + (mode & 3);
  const tri::Format formats[4] = {tri::Format::kAuto, tri::Format::kText, tri::Format::kHtml, tri::Format::kAuto};

  tri::Input in;
  size_t at = 0;
  for (size_t k = 0; k < count; ++k) {
    tri::SourceInput s;
    s.id = "s" + std::to_string(k);
    s.format = formats[(mode >> 2) & 3];
    size_t end = k + 1 == count ? std::string_view::npos : rest.find('\x1e', at);
    if (end == std::string_view::npos) end = rest.size();
    if (at < rest.size()) s.text = std::string(rest.substr(at, end - at));
    at = end < rest.size() ? end + 1 : rest.size();
    in.sources.push_back(std::move(s));
  }
  if (mode & 0x10) in.options.min_score = 0.0;
  else if (mode & 0x20) in.options.min_score = 0.5;

  const tri::Result r = tri::compare(in);
  fuzz::check_result(r);
  fuzz::check_result_json(r, tri::to_json(r));

  if (size <= 64 * 1024) {
    std::reverse(in.sources.begin(), in.sources.end());
    const tri::Result back = tri::compare(in);
    FUZZ_CHECK(back.ok(), "reversed sources: %s", back.error.c_str());
    FUZZ_CHECK(links_by_id(back) == links_by_id(r), "links differ when the sources come in reverse order (%zu vs %zu)",
               back.links.size(), r.links.size());
  }
  return 0;
}
