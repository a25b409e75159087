// The command line as users run it: exit codes, messages, bad input, scale, determinism, and the
// contract's offsets on the seed articles.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <unistd.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "files.h"
#include "triangulate/text.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct CliRun {
  int rc = -1;
  std::string out, err;
};

using tri_test::slurp;

void spit(const fs::path& p, const std::string& text) {
  std::ofstream f(p, std::ios::binary);
  f << text;
}

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("tri-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs the CLI with `args` (already shell-quoted), stdin from `in` when given, after the shell
  // commands `before` (e.g. a ulimit).
  CliRun run(const std::string& args, const std::string* in = nullptr, const std::string& before = "") {
    const fs::path out = dir_ / "stdout", err = dir_ / "stderr", inp = dir_ / "stdin";
    std::string cmd = before + std::string("'") + TRI_CLI + "' " + args;
    if (in) {
      spit(inp, *in);
      cmd += " < '" + inp.string() + "'";
    } else {
      cmd += " < /dev/null";
    }
    cmd += " > '" + out.string() + "' 2> '" + err.string() + "'";
    const int status = std::system(cmd.c_str());
    CliRun r;
    r.rc = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
  }

  fs::path file(const std::string& name, const std::string& text) {
    const fs::path p = dir_ / name;
    spit(p, text);
    return p;
  }

  fs::path dir_;
};

bool has_warning(const json& j, const std::string& code) {
  for (const auto& w : j["warnings"])
    if (w["code"] == code) return true;
  return false;
}

// The UTF-16 code units of valid UTF-8 text.
std::u16string utf16(const std::string& s) {
  std::u16string out;
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = tri::decode_utf8(s, i);
    if (c >= 0x10000) {
      c -= 0x10000;
      out += static_cast<char16_t>(0xD800 + (c >> 10));
      out += static_cast<char16_t>(0xDC00 + (c & 0x3FF));
    } else {
      out += static_cast<char16_t>(c);
    }
  }
  return out;
}

TEST_F(Cli, HelpAndVersion) {
  CliRun r = run("--help");
  EXPECT_EQ(r.rc, 0);
  EXPECT_NE(r.out.find("usage:"), std::string::npos);
  r = run("--version");
  EXPECT_EQ(r.rc, 0);
  EXPECT_EQ(r.out.rfind("triangulate ", 0), 0u);
}

TEST_F(Cli, MissingFileNamesIt) {
  const fs::path a = file("a.txt", "The bridge closed on Monday.");
  const CliRun r = run("'" + a.string() + "' '" + (dir_ / "nope.txt").string() + "'");
  EXPECT_EQ(r.rc, 1);
  EXPECT_NE(r.err.find("nope.txt"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
}

TEST_F(Cli, FewerThanTwoSourcesIsUsageError) {
  const fs::path a = file("a.txt", "The bridge closed on Monday.");
  CliRun r = run("'" + a.string() + "'");
  EXPECT_EQ(r.rc, 2);
  EXPECT_NE(r.err.find("usage:"), std::string::npos);
  r = run("");
  EXPECT_EQ(r.rc, 2);
  r = run("--bogus a b");
  EXPECT_EQ(r.rc, 2);
  r = run("--min-score 7 a b");
  EXPECT_EQ(r.rc, 2);
}

TEST_F(Cli, InvalidUtf8IsRepairedAndWarned) {
  const fs::path a = file("a.txt", "The bridge \xFF closed on Monday.");
  const fs::path b = file("b.txt", "The bridge closed on Monday.");
  const CliRun r = run("--json '" + a.string() + "' '" + b.string() + "'");
  ASSERT_EQ(r.rc, 0) << r.err;
  const json j = json::parse(r.out);
  ASSERT_TRUE(has_warning(j, "invalid-utf8"));
  EXPECT_EQ(j["warnings"][0]["byte"], 11);
  const std::string unit = j["sources"][0]["units"][0]["text"];
  EXPECT_EQ(unit, "The bridge \xEF\xBF\xBD closed on Monday.");  // nothing dropped
}

TEST_F(Cli, EmptySourceIsWarned) {
  const fs::path a = file("a.txt", "");
  const fs::path b = file("b.txt", "The bridge closed on Monday.");
  const CliRun r = run("--json '" + a.string() + "' '" + b.string() + "'");
  ASSERT_EQ(r.rc, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_TRUE(has_warning(j, "empty-source"));
  EXPECT_TRUE(j["sources"][0]["units"].empty());
}

TEST_F(Cli, NulBytesAreReplacedAndWarned) {
  const fs::path a = file("a.txt", std::string("The bridge\0 closed.", 19));
  const fs::path b = file("b.txt", "The bridge closed.");
  const CliRun r = run("--json '" + a.string() + "' '" + b.string() + "'");
  ASSERT_EQ(r.rc, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_TRUE(has_warning(j, "nul"));
  EXPECT_EQ(j["sources"][0]["units"][0]["end"], 19);  // same length in UTF-16 as given
}

TEST_F(Cli, TenMegabyteSingleLineCompletes) {
  std::string big;
  big.reserve(10u << 20);
  int k = 0;
  while (big.size() < (10u << 20)) big += "Crews rescued " + std::to_string(k++ % 90) + " people near the old pier after the storm. ";
  const fs::path a = file("big.txt", big);
  const fs::path b = file("b.txt", "Crews rescued 14 people near the old pier after the storm.");
  const CliRun r = run("--json '" + a.string() + "' '" + b.string() + "'");
  ASSERT_EQ(r.rc, 0) << r.err;
  const json j = json::parse(r.out);
  EXPECT_GT(j["sources"][0]["units"].size(), 100000u);
}

// An invented place name for number k (distinct for every k below 8,000): "Bade" + suffix.
std::string place(int k, const char* suffix) {
  static const char* const kSyllables[20] = {"ba", "de", "ki", "lo", "mu", "ra", "se", "ti", "vo", "zu",
                                             "na", "pe", "go", "fi", "ha", "ju", "ko", "le", "mo", "ru"};
  std::string name = std::string(kSyllables[k % 20]) + kSyllables[(k / 20) % 20] + kSyllables[(k / 400) % 20] + suffix;
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

// 1,000 sources: 500 reports, each filed twice word for word, about 500 different bridges. Each
// report must come back whole as one claim, each copy must agree with its twin (and only with it),
// and each twin pair must form one corroborated group.
TEST_F(Cli, ThousandSourcesAreComparedInFull) {
  constexpr int kSources = 1000;
  std::string args = "--json";
  std::vector<std::string> texts;
  for (int i = 0; i < kSources; ++i) {
    const int k = i / 2;
    texts.push_back("Inspectors in " + place(k, "wick") + " said the bridge over the " +
                    place(k * 7 + 3, "mere") + " carried " + std::to_string(100 + k) +
                    " lorries on Tuesday.");
    args += " '" + file("s" + std::to_string(i) + ".txt", texts.back()).string() + "'";
  }
  const CliRun r = run(args);
  ASSERT_EQ(r.rc, 0) << r.err;
  const json j = json::parse(r.out);

  // Each source: one claim unit, the whole text, corroborated. Wrong sources are listed, not
  // reported one failure each.
  ASSERT_EQ(j["sources"].size(), static_cast<size_t>(kSources));
  std::string wrong;
  int n_wrong = 0;
  for (int i = 0; i < kSources; ++i) {
    const json& s = j["sources"][i];
    const std::string id = "s" + std::to_string(i);
    const json want = {{"id", id + "#0"}, {"kind", "claim"}, {"start", 0},
                       {"end", texts[i].size()},  // ASCII: UTF-16 length = byte length
                       {"text", texts[i]}};
    json got = s["units"].size() == 1 ? s["units"][0] : json();
    for (const char* extra : {"role", "status", "groups"}) got.erase(extra);
    const bool ok = s["id"] == id && got == want && s["stats"]["claims"] == 1 && s["stats"]["corroborated"] == 1 &&
                    s["omissions"].empty();  // the other bridges are other happenings
    if (!ok && n_wrong++ < 3) wrong += "\n  " + s.dump().substr(0, 300);
  }
  EXPECT_EQ(n_wrong, 0) << "sources not read as one corroborated claim, e.g.:" << wrong;

  // Twin of unit "s<i>#0": the other copy of the same report.
  const auto twin = [](const std::string& unit) {
    const int i = std::stoi(unit.substr(1, unit.find('#') - 1));
    return "s" + std::to_string(i ^ 1) + "#0";
  };
  ASSERT_EQ(j["links"].size(), static_cast<size_t>(kSources / 2));
  std::set<std::string> linked;
  for (const json& l : j["links"]) {
    const std::string a = l["a"], b = l["b"];
    EXPECT_EQ(twin(a), b) << "a link between reports about different bridges: " << l.dump();
    EXPECT_EQ(l["relation"], "agree") << l.dump();
    EXPECT_EQ(l["score"], 1.0) << l.dump();
    linked.insert(a);
    linked.insert(b);
  }
  EXPECT_EQ(linked.size(), static_cast<size_t>(kSources));

  ASSERT_EQ(j["groups"].size(), static_cast<size_t>(kSources / 2));
  for (const json& g : j["groups"]) {
    ASSERT_EQ(g["units"].size(), 2u) << g.dump();
    EXPECT_EQ(twin(g["units"][0]), g["units"][1]) << g.dump();
    EXPECT_EQ(g["sources"], 2) << g.dump();
    EXPECT_EQ(g["status"], "corroborated") << g.dump();
  }
}

TEST_F(Cli, BatchGoesOnAfterMalformedLine) {
  const std::string in =
      R"({"id":"one","sources":[{"id":"a","text":"The ferry ran aground on Thursday."},{"id":"b","text":"The ferry ran aground on Friday."}]})"
      "\n{not json\n"
      R"({"id":"three","sources":[{"id":"a","text":"x"}]})"
      "\n"
      R"({"id":"four","sources":[{"id":"a","text":"Nine people were hurt."},{"id":"b","text":"Nine people were hurt."}]})"
      "\n";
  const CliRun r = run("--batch", &in);
  EXPECT_EQ(r.rc, 1);  // some lines failed; each has its own error line
  std::istringstream lines(r.out);
  std::string line;
  std::vector<json> out;
  while (std::getline(lines, line)) out.push_back(json::parse(line));
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(out[0]["id"], "one");
  EXPECT_EQ(out[0]["schema"], 1);
  EXPECT_TRUE(out[1].contains("error"));
  EXPECT_NE(out[1]["error"].get<std::string>().find("line 2"), std::string::npos);
  EXPECT_EQ(out[2]["id"], "three");
  EXPECT_TRUE(out[2].contains("error"));
  EXPECT_EQ(out[3]["id"], "four");
  EXPECT_EQ(out[3]["links"][0]["relation"], "agree");
}

// Batch lines as JSON objects, one per output line.
std::vector<json> json_lines(const std::string& out) {
  std::istringstream lines(out);
  std::string line;
  std::vector<json> v;
  while (std::getline(lines, line)) v.push_back(json::parse(line));
  return v;
}

const char kGoodLine[] =
    R"({"id":"%","sources":[{"id":"a","text":"The bridge opened on Monday."},)"
    R"({"id":"b","text":"The bridge opened on Tuesday."}]})";

std::string good_line(const std::string& id) {
  std::string s = kGoodLine;
  s.replace(s.find('%'), 1, id);
  return s;
}

// The hardening issue's crash: a value nested 80,000 levels deep before another key (160 KB)
// overflowed the stack, and the lines after it went unanswered.
TEST_F(Cli, BatchAnswersEveryLineAfterDeepNesting) {
  const std::string deep = "{\"id\":\"deep\",\"x\":" + std::string(80000, '[') + std::string(80000, ']') +
                           ",\"sources\":[]}";
  const std::string in = good_line("one") + "\n" + deep + "\n" + std::string(200000, '[') + "\n" +
                         good_line("four") + "\n";
  const CliRun r = run("--batch", &in);
  EXPECT_EQ(r.rc, 1);
  const auto out = json_lines(r.out);
  ASSERT_EQ(out.size(), 4u) << r.err;
  EXPECT_EQ(out[0]["schema"], 1);
  EXPECT_EQ(out[1]["id"], "deep");
  EXPECT_EQ(out[1]["error"], "line 2: JSON nested deeper than 64 levels");
  EXPECT_NE(out[2]["error"].get<std::string>().find("line 3: malformed JSON"), std::string::npos);
  EXPECT_EQ(out[3]["id"], "four");
  EXPECT_EQ(out[3]["schema"], 1);
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TRI_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define TRI_UNDER_ASAN 1
#endif

// `bytes` of short news sentences, each ending with `newline`: text that needs more memory than
// a capped heap of 600 MB holds (the engine needs tens of bytes per byte of such text).
[[maybe_unused]] std::string news_lines(size_t bytes, const std::string& newline) {
  const char* kPlaces[] = {"harbour", "quay", "lighthouse", "breakwater", "marina", "slipway", "pier"};
  std::string out;
  out.reserve(bytes + 128);
  for (unsigned k = 0; out.size() < bytes; ++k) {
    out += "Crews rescued " + std::to_string(k % 997 + 1) + " people from the " + kPlaces[k % 7] +
           " near the " + kPlaces[(k / 7) % 7] + " at " + std::to_string(k % 12 + 1) + " pm." + newline;
  }
  return out;
}

// A line that needs more memory than there is gets an error line; the lines after it are
// answered. (Memory is capped with ulimit -v, which AddressSanitizer's shadow memory cannot run
// under, and ASan's allocator aborts instead of throwing std::bad_alloc: this test needs a build
// without it.)
TEST_F(Cli, BatchAnswersEveryLineAfterRunningOutOfMemory) {
#ifdef TRI_UNDER_ASAN
  GTEST_SKIP() << "needs std::bad_alloc from a capped heap, which AddressSanitizer replaces by an abort";
#else
  const std::string text = news_lines(8u << 20, "\\n");
  const std::string big = R"({"id":"big","sources":[{"id":"a","text":")" + text + R"("},{"id":"b","text":")" +
                          text + R"("}]})";
  const std::string in = good_line("one") + "\n" + big + "\n" + good_line("three") + "\n";
  const CliRun r = run("--batch", &in, "ulimit -v 600000; ");
  EXPECT_EQ(r.rc, 1) << r.err;
  const auto out = json_lines(r.out);
  ASSERT_EQ(out.size(), 3u) << r.err;
  EXPECT_EQ(out[0]["schema"], 1);
  EXPECT_EQ(out[1]["id"], "big");
  EXPECT_EQ(out[1]["error"], "line 2: out of memory: the input is too large for this engine");
  EXPECT_EQ(out[2]["id"], "three");
  EXPECT_EQ(out[2]["schema"], 1);
#endif
}

// Comparing files that need more memory than there is: a message and exit status 1, no crash.
TEST_F(Cli, RunningOutOfMemoryIsAnError) {
#ifdef TRI_UNDER_ASAN
  GTEST_SKIP() << "needs std::bad_alloc from a capped heap, which AddressSanitizer replaces by an abort";
#else
  const std::string text = news_lines(8u << 20, "\n");
  const fs::path a = file("a.txt", text), b = file("b.txt", text);
  const CliRun r = run("--json '" + a.string() + "' '" + b.string() + "'", nullptr, "ulimit -v 600000; ");
  EXPECT_EQ(r.rc, 1);
  EXPECT_EQ(r.err, "triangulate: out of memory: the input is too large for this engine\n");
  EXPECT_EQ(r.out, "");
#endif
}

TEST_F(Cli, TextReportListsConflictsFirst) {
  const fs::path a = file("wire.txt", "Crews rescued 14 people from the ferry on Thursday night.");
  const fs::path b = file("post.txt", "Crews rescued 11 people from the ferry on Thursday night.");
  const CliRun r = run("'" + a.string() + "' '" + b.string() + "'");
  ASSERT_EQ(r.rc, 0) << r.err;
  const size_t conflicts = r.out.find("CONFLICTS (1)");
  ASSERT_NE(conflicts, std::string::npos) << r.out;
  EXPECT_NE(r.out.find("people: 14 vs 11"), std::string::npos) << r.out;
  EXPECT_LT(conflicts, r.out.find("CORROBORATED"));
}

// A corroborated claim is shown with how each other source states it: the evidence, and the
// line that tells apart two claims of one sentence.
TEST_F(Cli, TextReportQuotesEachSourceOfACorroboratedClaim) {
  const fs::path a = file("wire.txt", "Crews rescued 14 people from the ferry on Thursday night.");
  const fs::path b = file("post.txt", "Crews rescued 14 people from the stricken ferry late on Thursday night.");
  const CliRun r = run("'" + a.string() + "' '" + b.string() + "'");
  ASSERT_EQ(r.rc, 0) << r.err;
  const size_t corroborated = r.out.find("CORROBORATED (1)");
  ASSERT_NE(corroborated, std::string::npos) << r.out;
  const std::string block = r.out.substr(corroborated, r.out.find("SINGLE-SOURCE") - corroborated);
  EXPECT_NE(block.find(": wire post\n    \xE2\x80\x9C" "Crews rescued 14 people from the ferry on Thursday night.\xE2\x80\x9D\n"),
            std::string::npos) << block;
  EXPECT_NE(block.find("\n      post: \xE2\x80\x9C" "Crews rescued 14 people from the stricken ferry late on Thursday night.\xE2\x80\x9D\n"),
            std::string::npos) << block;
}

// Past four quotes, the other sources of a claim are counted, not quoted.
TEST_F(Cli, TextReportCountsTheSourcesPastFourQuotes) {
  std::string args;
  const char* boats[] = {"ferry", "ferry boat", "passenger ferry", "island ferry", "car ferry", "night ferry"};
  for (int k = 0; k < 6; ++k)
    args += " '" + file("s" + std::to_string(k) + ".txt",
                        std::string("Crews rescued 14 people from the ") + boats[k] + " on Thursday night.").string() + "'";
  const CliRun r = run(args);
  ASSERT_EQ(r.rc, 0) << r.err;
  const size_t at = r.out.find("  6 sources");
  ASSERT_NE(at, std::string::npos) << r.out;
  const std::string block = r.out.substr(at, r.out.find("SINGLE-SOURCE") - at);
  size_t quotes = 0;
  for (size_t p = block.find("\n      s"); p != std::string::npos; p = block.find("\n      s", p + 1)) ++quotes;
  EXPECT_EQ(quotes, 4u) << block;
  EXPECT_NE(block.find("\n      \xE2\x80\xA6 and 1 other source\n"), std::string::npos) << block;
}

class Seeds : public Cli {
 protected:
  std::vector<fs::path> seeds() {
    std::vector<fs::path> out;
    const fs::path dir = fs::path(TRI_SHARED_DIR) / "seeds";
    if (!fs::exists(dir)) return out;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".txt") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
  }
  static std::string args(const std::vector<fs::path>& files) {
    std::string a = "--json";
    for (const auto& p : files) a += " '" + p.string() + "'";
    return a;
  }
};

TEST_F(Seeds, UnitTextIsTheUtf16SliceAndOutputIsDeterministic) {
  const auto files = seeds();
  if (files.empty()) GTEST_SKIP() << "../shared/seeds not present";
  const CliRun r1 = run(args(files));
  const CliRun r2 = run(args(files));
  ASSERT_EQ(r1.rc, 0) << r1.err;
  EXPECT_EQ(r1.out, r2.out);  // byte-identical across runs
  const json j = json::parse(r1.out);
  EXPECT_EQ(j["schema"], 1);
  ASSERT_EQ(j["sources"].size(), files.size());
  for (size_t s = 0; s < files.size(); ++s) {
    const std::u16string text = utf16(slurp(files[s]));
    for (const auto& u : j["sources"][s]["units"]) {
      const size_t b = u["start"], e = u["end"];
      ASSERT_LE(e, text.size());
      EXPECT_EQ(text.substr(b, e - b), utf16(u["text"].get<std::string>())) << u["id"];
    }
  }
}

TEST_F(Seeds, GoldSnippetsLieInClaimUnits) {
  const auto files = seeds();
  const fs::path gold_path = fs::path(TRI_SHARED_DIR) / "gold" / "seeds.gold.json";
  if (files.empty() || !fs::exists(gold_path)) GTEST_SKIP() << "../shared not present";
  const CliRun r = run(args(files));
  ASSERT_EQ(r.rc, 0);
  const json j = json::parse(r.out);
  const json gold = json::parse(slurp(gold_path));
  std::map<std::string, size_t> index;
  for (size_t s = 0; s < files.size(); ++s) index[files[s].stem().string()] = s;
  auto in_claim = [&](const json& ref) {
    const std::string src = ref[0], snippet = ref[1];
    const size_t s = index.at(src);
    const std::string text = slurp(files[s]);
    const size_t at = text.find(snippet);
    EXPECT_NE(at, std::string::npos);
    const size_t off = utf16(text.substr(0, at)).size();
    for (const auto& u : j["sources"][s]["units"])
      if (u["start"] <= off && off < u["end"] && (u["kind"] == "claim" || u["kind"] == "headline")) return true;
    return false;
  };
  size_t checked = 0;
  for (const char* key : {"agree", "conflict", "distinct", "not_conflict"})
    for (const auto& item : gold[key]) {
      EXPECT_TRUE(in_claim(item["a"])) << item["a"][1];
      EXPECT_TRUE(in_claim(item["b"])) << item["b"][1];
      checked += 2;
    }
  for (const auto& item : gold["unique"]) {
    EXPECT_TRUE(in_claim(item)) << item[1];
    ++checked;
  }
  size_t furniture = 0;
  for (const auto& item : gold["boilerplate"]) furniture += !in_claim(item);
  EXPECT_GE(furniture, 5u);
  EXPECT_GT(checked, 50u);
}

TEST_F(Seeds, AnyOrderGivesTheSameLinksAndGroups) {
  auto files = seeds();
  if (files.empty()) GTEST_SKIP() << "../shared/seeds not present";
  auto summary = [&](const std::vector<fs::path>& order) {
    const CliRun r = run(args(order));
    EXPECT_EQ(r.rc, 0);
    const json j = json::parse(r.out);
    std::set<std::string> links, groups;
    for (const auto& l : j["links"]) {
      std::string a = l["a"], b = l["b"];
      if (b < a) std::swap(a, b);
      links.insert(a + " " + b + " " + l["relation"].get<std::string>());
    }
    for (const auto& g : j["groups"]) {
      std::vector<std::string> us;
      for (const auto& u : g["units"]) us.push_back(u);
      std::sort(us.begin(), us.end());
      std::string key = g["status"].get<std::string>();
      for (const auto& u : us) key += " " + u;
      groups.insert(key);
    }
    return std::make_pair(links, groups);
  };
  const auto base = summary(files);
  EXPECT_FALSE(base.first.empty());
  std::reverse(files.begin(), files.end());
  EXPECT_EQ(summary(files), base);
  std::rotate(files.begin(), files.begin() + 2, files.end());
  EXPECT_EQ(summary(files), base);
}

}  // namespace
