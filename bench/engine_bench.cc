// Engine benchmarks: the whole compare() at the scale the engine issue asks for (50 sources of
// 2,000 words), the seed cluster, and segmentation of one 10 MB line.
//   build/bench/triangulate_bench [--benchmark_filter=Scale]
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "triangulate/segment.h"
#include "triangulate/triangulate.h"

namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream s;
  s << f.rdbuf();
  return s.str();
}

std::vector<std::string> sentences_of_samples() {
  std::vector<std::string> out;
  const std::filesystem::path dir = std::filesystem::path(TRI_SOURCE_DIR) / "samples";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    const std::string t = read_file(p);
    size_t start = 0;
    for (size_t i = 0; i + 1 < t.size(); ++i) {
      if ((t[i] == '.' && t[i + 1] == ' ') || t[i] == '\n') {
        if (i + 1 - start > 30) out.push_back(t.substr(start, i + 1 - start));
        start = i + 1;
      }
    }
  }
  return out;
}

// A cluster of n sources of about `words` words each, drawn from the sample sentences with a
// fixed pseudo-random generator; some numbers are altered so that conflicts arise too.
tri::Input synthetic_cluster(int n, int words) {
  const auto pool = sentences_of_samples();
  uint64_t x = 0x9E3779B97F4A7C15ull;
  auto next = [&] {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  };
  tri::Input in;
  for (int s = 0; s < n; ++s) {
    tri::SourceInput src;
    src.id = "s" + std::to_string(s);
    int count = 0;
    while (count < words && !pool.empty()) {
      std::string sentence = pool[next() % pool.size()];
      if (next() % 5 == 0)
        for (char& c : sentence)
          if (c >= '1' && c <= '8') c = static_cast<char>(c + 1);
      for (char c : sentence) count += c == ' ';
      src.text += sentence;
      src.text += next() % 4 == 0 ? "\n\n" : " ";
    }
    in.sources.push_back(std::move(src));
  }
  return in;
}

void BM_Scale50x2000(benchmark::State& state) {
  const tri::Input in = synthetic_cluster(50, 2000);
  size_t bytes = 0;
  for (const auto& s : in.sources) bytes += s.text.size();
  for (auto _ : state) {
    tri::Result r = tri::compare(in);
    benchmark::DoNotOptimize(r.links.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
}
BENCHMARK(BM_Scale50x2000)->Unit(benchmark::kMillisecond);

void BM_Seeds(benchmark::State& state) {
  const std::filesystem::path dir = std::filesystem::path(TRI_SHARED_DIR) / "seeds";
  if (!std::filesystem::exists(dir)) {
    state.SkipWithError("../shared/seeds not found");
    return;
  }
  tri::Input in;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& p : files) in.sources.push_back({p.stem().string(), "", read_file(p)});
  for (auto _ : state) {
    tri::Result r = tri::compare(in);
    benchmark::DoNotOptimize(r.links.data());
  }
}
BENCHMARK(BM_Seeds)->Unit(benchmark::kMillisecond);

void BM_Segment10MB(benchmark::State& state) {
  std::string text;
  while (text.size() < (10u << 20)) text += "The council said 42 homes were flooded on Monday, and Dr. Lee agreed. ";
  for (auto _ : state) {
    auto units = tri::segment(text);
    benchmark::DoNotOptimize(units.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(text.size()) * state.iterations());
}
BENCHMARK(BM_Segment10MB)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
