// features — the similarity features of unit pairs, for training the model
// (scripts/train-similarity.py). The units come from the engine's own pipeline (segmentation,
// tokens, facts), so the model is trained on exactly what the engine will measure.
//
// usage: features --data core/data [--sources] < clusters.jsonl > pairs.tsv
//   --sources: one line per pair of sources with the event features (event.h) instead
//   Each input line: {"id": "...", "sources": [{"id", "text"}...],
//                     "keep"?: {"<source id>": [[start, end], ...]}}
//   "keep" (UTF-16 offsets) limits the output to pairs whose units both overlap a kept span of
//   their source (all units still count for the cluster's term weights).
//   --windows: after each pair, one line per pair of clause windows the engine would also score
//   (link.cc: a window of one unit against the other unit or one of its windows), its unit ids
//   marked "~w" ("bbc#3~w"), with the spans of the two pieces (a window's span runs from its
//   first to its last content word).
//   Output: a header line, then one line per candidate pair (candidates.h) of linkable units:
//   cluster, a, a_start, a_end, b, b_start, b_end (UTF-16), then the features (feature_names()).
#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "candidates.h"
#include "engine.h"
#include "event.h"
#include "lexicon.h"
#include "name_kinds.h"
#include "resources.h"
#include "similarity.h"
#include "triangulate/json.h"
#include "triangulate/text.h"

namespace {

// The UTF-16 span of a clause window for the training labels: from its first to its last content
// word (its other words are masked). Narrower than the span the engine reports for an agreement in
// part (link.cc, any word not masked): the shipped clause model was trained on these labels, and
// 1,037 of the 89,170 training-topic labels change with the wider span.
std::pair<int, int> label_span(const tri::SimUnit& w, const tri::Utf16Index& ix) {
  size_t begin = SIZE_MAX, end = 0;
  const auto& t = w.data->tokens;
  for (size_t k = 0; k < t.size(); ++k) {
    if (!(w.words[k].flags & tri::kContent)) continue;
    begin = std::min(begin, t[k].begin);
    end = std::max(end, t[k].end);
  }
  if (begin == SIZE_MAX) return {0, 0};
  return {static_cast<int>(ix.to_utf16(begin)), static_cast<int>(ix.to_utf16(end))};
}

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace

int main(int argc, char** argv) {
  std::string data_dir = "core/data";
  bool sources_mode = false, windows_mode = false;
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "--data" && i + 1 < argc) data_dir = argv[i + 1];
    if (std::string(argv[i]) == "--sources") sources_mode = true;
    if (std::string(argv[i]) == "--windows") windows_mode = true;
  }
  // The whole bundle of data_dir (its word lists too), whatever features its models were trained on:
  // what is measured here trains new ones (resources.h, load_data_to_train).
  std::string bundle;
  for (const char* name : {"lexicon.txt", "frequencies.txt", "model.txt", "event-model.txt", "clause-model.txt", "words.txt"})
    bundle += std::string("@@ ") + name + "\n" + read_file(data_dir + "/" + name) + "\n";
  const std::string err = tri::load_data_to_train(bundle);
  if (!err.empty()) {
    std::cerr << "features: " << data_dir << ": " << err << "\n";
    return 1;
  }
  const tri::Lexicon& lexicon = tri::resources()->lexicon;
  std::ios::sync_with_stdio(false);
  if (sources_mode) {
    std::cout << "cluster\ta\tb";
    for (const auto& n : tri::event_feature_names()) std::cout << '\t' << n;
  } else {
    std::cout << "cluster\ta\ta_start\ta_end\tb\tb_start\tb_end";
    for (const auto& n : tri::feature_names()) std::cout << '\t' << n;
  }
  std::cout << '\n';
  std::cout.precision(9);
  std::string line;
  std::vector<double> x;
  tri::WordAlignment al;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    tri::Input in;
    std::string error, cid;
    if (!tri::parse_input(line, &in, &error, &cid)) {
      std::cerr << "features: " << error << "\n";
      return 1;
    }
    tri::Result r;
    std::vector<tri::SourceData> data;
    if (!tri::prepare_sources(in, &r, &data)) {
      std::cerr << "features: " << cid << ": " << r.error << "\n";
      continue;
    }
    tri::Vocabulary vocab;
    std::vector<tri::SimUnit> units;
    std::vector<std::vector<std::pair<int, int>>> spans;  // per unit: its UTF-16 span
    std::vector<bool> kept;
    std::vector<tri::Utf16Index> indices;
    for (const auto& src : r.sources) indices.emplace_back(src.text);
    for (size_t s = 0; s < data.size(); ++s) {
      const tri::Utf16Index& ix = indices[s];
      std::vector<std::pair<long, long>> keep;
      bool all = true;
      if (j.contains("keep") && j["keep"].contains(r.sources[s].id)) {
        all = false;
        for (const auto& k : j["keep"][r.sources[s].id]) keep.emplace_back(k[0].get<long>(), k[1].get<long>());
      }
      for (size_t k = 0; k < data[s].size(); ++k) {
        if (!data[s][k].linkable) continue;
        const auto& u = r.sources[s].units[k];
        units.push_back(tri::make_sim_unit(static_cast<int>(s), static_cast<int>(k),
                                           u.kind == tri::UnitKind::kHeadline, data[s][k], lexicon, &vocab));
        const long a = static_cast<long>(ix.to_utf16(u.begin)), b = static_cast<long>(ix.to_utf16(u.end));
        spans.push_back({{static_cast<int>(a), static_cast<int>(b)}});
        bool in_keep = all;
        for (const auto& [ks, ke] : keep) in_keep = in_keep || (a < ke && ks < b);
        kept.push_back(in_keep);
      }
    }
    tri::canonical_terms(&vocab, &units);
    tri::learn_name_kinds(lexicon, &units);
    const auto cw = tri::cluster_weights(vocab, units.size());
    std::vector<std::vector<const tri::SimUnit*>> by_source(data.size());
    for (const auto& u : units) by_source[u.source].push_back(&u);
    std::vector<tri::SourceProfile> profiles;
    for (const auto& v : by_source) profiles.push_back(tri::make_profile(v));
    const auto candidates = tri::find_candidates(units, lexicon, tri::source_ranks(r.sources));
    if (sources_mode) {
      for (size_t a = 0; a < profiles.size(); ++a)
        for (size_t b = a + 1; b < profiles.size(); ++b) {
          if (profiles[a].units < tri::kEventMinUnits || profiles[b].units < tri::kEventMinUnits) continue;
          tri::event_features(profiles[a], profiles[b], &x);
          std::cout << cid << '\t' << r.sources[a].id << '\t' << r.sources[b].id;
          for (double v : x) std::cout << '\t' << v;
          std::cout << '\n';
        }
      continue;
    }
    for (const tri::Candidate& c : candidates) {
      const size_t p = c.a, q = c.b;
      if (!kept[p] || !kept[q]) continue;
      tri::PairContext ctx{c.overlap};
      tri::pair_features(units[p], units[q], ctx, cw, lexicon, &x, &al);
      const auto& sa = r.sources[units[p].source];
      const auto& sb = r.sources[units[q].source];
      // One output line for the pair's features in x; `mark` tags the ids of window rows.
      const auto row = [&](const char* mark, std::pair<int, int> pa, std::pair<int, int> pb) {
        std::cout << cid << '\t' << sa.id << '#' << units[p].unit << mark << '\t' << pa.first << '\t' << pa.second
                  << '\t' << sb.id << '#' << units[q].unit << mark << '\t' << pb.first << '\t' << pb.second;
        for (double v : x) std::cout << '\t' << v;
        std::cout << '\n';
      };
      row("", spans[p][0], spans[q][0]);
      if (!windows_mode) continue;
      const auto wa = tri::clause_windows(units[p]);
      const auto wb = tri::clause_windows(units[q]);
      std::vector<std::pair<const tri::SimUnit*, const tri::SimUnit*>> pieces;
      tri::add_window_pairs(units[p], wa, units[q], wb, &pieces);
      for (const auto& [u, v] : pieces) {
        tri::pair_features(*u, *v, ctx, cw, lexicon, &x, &al);
        row("~w", u == &units[p] ? spans[p][0] : label_span(*u, indices[u->source]),
            v == &units[q] ? spans[q][0] : label_span(*v, indices[v->source]));
      }
    }
  }
  return 0;
}
