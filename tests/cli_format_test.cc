// The command line's --format, --jobs and progress options, run as users run them. (The 1,000-
// cluster byte-identity of --jobs and of GNU parallel is tests/batch/batch_test.sh; the match
// with the widget's CSV and Markdown exports is tests/js/cli_export.test.mjs.)
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "files.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct CliRun {
  int rc = -1;
  std::string out, err;
};

using tri_test::slurp;

class CliFormat : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("tri-cli-format-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    wire_ = write("wire.txt", "The storm closed the harbour on Tuesday. Crews rescued 14 sailors.");
    post_ = write("post.txt", "The storm closed the harbour on Tuesday. Crews rescued 9 sailors.");
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return dir_ / name;
  }

  // Runs the CLI with `args` (shell-quoted by the caller), stdin from `in`.
  CliRun run(const std::string& args, const std::string& in = "") {
    const fs::path inp = write("stdin", in), out = dir_ / "stdout", err = dir_ / "stderr";
    const std::string cmd = std::string("'") + TRI_CLI + "' " + args + " < '" + inp.string() +
                            "' > '" + out.string() + "' 2> '" + err.string() + "'";
    const int status = std::system(cmd.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
  }

  std::string files() const { return "'" + wire_.string() + "' '" + post_.string() + "'"; }

  static std::string cluster(const std::string& id, const std::string& a, const std::string& b) {
    return json{{"id", id},
                {"sources", {{{"id", "wire"}, {"text", a}}, {{"id", "post"}, {"text", b}}}}}
               .dump() + "\n";
  }

  fs::path dir_, wire_, post_;
};

const char* kConflictA = "The storm closed the harbour on Tuesday. Crews rescued 14 sailors.";
const char* kConflictB = "The storm closed the harbour on Tuesday. Crews rescued 9 sailors.";
const char* kAgreeA = "The bridge reopened on Friday after repairs.";
const char* kAgreeB = "The bridge reopened on Friday after the repairs.";

// A dispute with two sides (conflicts are listed in "conflicts", not among the links).
bool has_conflict(const json& result) {
  for (const json& c : result["conflicts"])
    if (c["sides"].size() >= 2) return true;
  return false;
}

TEST_F(CliFormat, JsonAndJsonlAreTheResultOnOneLine) {
  const CliRun json_flag = run("--json " + files());
  const CliRun json_format = run("--format json " + files());
  const CliRun jsonl = run("--format=jsonl " + files());
  ASSERT_EQ(json_flag.rc, 0) << json_flag.err;
  EXPECT_EQ(json_format.out, json_flag.out);
  EXPECT_EQ(jsonl.out, json_flag.out);
  EXPECT_TRUE(has_conflict(json::parse(json_flag.out)));
}

TEST_F(CliFormat, CsvAndMarkdownListTheConflict) {
  const CliRun csv = run("--format csv " + files());
  ASSERT_EQ(csv.rc, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("group,type,reason,source_a,title_a,value_a,claim_a,source_b,", 0), 0u);
  EXPECT_NE(csv.out.find(",wire,wire,14"), std::string::npos) << csv.out;
  EXPECT_NE(csv.out.find("Crews rescued 14 sailors.,post,post,9"), std::string::npos) << csv.out;
  EXPECT_EQ(csv.out.substr(csv.out.size() - 2), "\r\n");

  const CliRun md = run("--format md " + files());
  ASSERT_EQ(md.rc, 0) << md.err;
  EXPECT_EQ(md.out.rfind("# Conflicts\n\n1 conflicting value across 2 sources: wire, post.\n\n", 0), 0u)
      << md.out;
  EXPECT_NE(md.out.find("| Reason | Source A | Says | Source B | Says |\n"), std::string::npos);
}

TEST_F(CliFormat, BadOptionsAreUsageErrors) {
  struct Case {
    const char* args;
    const char* message;
  };
  const Case cases[] = {
      {"--format xml", "--format must be text, json, jsonl, csv or md (got 'xml')"},
      {"--batch --format", "--format needs a value"},
      {"--json --format csv", "--json and --format disagree"},
      {"--jobs two", "--jobs must be a whole number from 0 to 1024"},
      {"--batch --jobs two", "--jobs must be a whole number from 0 to 1024"},
      {"--batch --jobs -1", "--jobs must be a whole number from 0 to 1024"},
      {"--batch --jobs 5000", "--jobs must be a whole number from 0 to 1024"},
  };
  for (const Case& c : cases) {
    const bool batch = std::string(c.args).find("--batch") != std::string::npos;
    const CliRun r = run(std::string(c.args) + (batch ? "" : " " + files()));
    EXPECT_EQ(r.rc, 2) << c.args;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.args << ": " << r.err;
    EXPECT_EQ(r.out, "") << c.args;
  }
}

TEST_F(CliFormat, BatchJsonIsOneArrayInInputOrder) {
  const std::string in = cluster("first", kConflictA, kConflictB) + "\n" +
                         cluster("second", kAgreeA, kAgreeB) + cluster("third", kAgreeA, kConflictB);
  for (const char* jobs : {"1", "2", "0"}) {
    const CliRun r = run(std::string("--batch --format json --jobs ") + jobs, in);
    ASSERT_EQ(r.rc, 0) << r.err;
    const json all = json::parse(r.out);
    ASSERT_TRUE(all.is_array());
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0]["id"], "first");
    EXPECT_EQ(all[1]["id"], "second");
    EXPECT_EQ(all[2]["id"], "third");
    EXPECT_TRUE(has_conflict(all[0]));
  }
  const CliRun empty = run("--batch --format json", "");
  EXPECT_EQ(empty.rc, 0);
  EXPECT_EQ(empty.out, "[]\n");
}

TEST_F(CliFormat, BatchCsvHasOneHeaderAndTheClusterColumn) {
  const std::string in = cluster("storm, day 1", kConflictA, kConflictB) + "{broken\n" +
                         cluster("storm-2", kConflictA, kConflictB);
  const CliRun r = run("--batch --format csv --jobs 2", in);
  EXPECT_EQ(r.rc, 1);  // the broken line
  std::vector<std::string> lines;
  std::istringstream s(r.out);
  for (std::string line; std::getline(s, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 3u) << r.out;
  EXPECT_EQ(lines[0].rfind("cluster,group,type,reason,", 0), 0u);
  EXPECT_EQ(lines[1].rfind("\"storm, day 1\",", 0), 0u);
  EXPECT_EQ(lines[2].rfind("storm-2,", 0), 0u);
  // CSV cannot carry the error: it goes to stderr, with the line.
  EXPECT_NE(r.err.find("triangulate: line 2: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 of 3 batch lines could not be compared"), std::string::npos) << r.err;
}

TEST_F(CliFormat, BatchMarkdownHasASectionPerCluster) {
  const std::string in = cluster("harbour", kConflictA, kConflictB) + cluster("bridge", kAgreeA, kAgreeB) +
                         R"({"sources":[{"id":"x","text":"only one"}]})" "\n";
  const CliRun r = run("--batch --format md", in);
  EXPECT_EQ(r.rc, 1);
  EXPECT_EQ(r.out.rfind("# Conflicts\n\n## harbour\n\n1 conflicting value across 2 sources: wire, post.\n\n", 0), 0u)
      << r.out;
  EXPECT_NE(r.out.find("\n## bridge\n\n0 conflicting values across 2 sources: wire, post.\n\n"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\n## line 3\n\nerror: line 3: "), std::string::npos) << r.out;
}

TEST_F(CliFormat, ProgressLineOnlyWhenAsked) {
  std::string in;
  for (int i = 0; i < 5; ++i) in += cluster("c" + std::to_string(i), kAgreeA, kAgreeB);
  // stderr is a file here: no progress by default.
  const CliRun quiet = run("--batch --jobs 2", in);
  EXPECT_EQ(quiet.rc, 0);
  EXPECT_EQ(quiet.err, "");
  const CliRun forced = run("--batch --jobs 2 --progress", in);
  EXPECT_EQ(forced.rc, 0);
  EXPECT_NE(forced.err.find("triangulate: 5 clusters in "), std::string::npos) << forced.err;
  EXPECT_EQ(forced.err.back(), '\n');
  EXPECT_EQ(forced.out, quiet.out);  // the progress line never reaches stdout
  const CliRun off = run("--batch --progress --no-progress", in);
  EXPECT_EQ(off.err, "");
}

}  // namespace
