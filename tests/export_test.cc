// export.h: conflict rows, CSV and Markdown as the widget writes them. The byte-for-byte match
// with web/src/export.js on real results is checked in tests/js/cli_export.test.mjs.
#include "triangulate/export.h"

#include <gtest/gtest.h>

#include <string>

#include "triangulate/triangulate.h"

namespace {

// Two sources, one claim each, one dispute with a side each; group 0 holds both.
tri::Result one_conflict(const std::string& text_a, const std::string& text_b, tri::Span va,
                         tri::Span vb, const std::string& reason) {
  tri::Result r;
  tri::SourceResult a, b;
  a.id = "wire";
  a.title = "The Wire";
  a.text = text_a;
  a.units.push_back({0, text_a.size(), tri::UnitKind::kClaim, "sentence", 0, -1, tri::GroupStatus::kSingle, {}});
  b.id = "post";
  b.text = text_b;
  b.units.push_back({0, text_b.size(), tri::UnitKind::kClaim, "sentence", 0, -1, tri::GroupStatus::kSingle, {}});
  r.sources = {a, b};
  tri::Conflict c;
  c.type = "number";
  c.reason = reason;
  c.group = 0;
  c.sides = {{text_a.substr(va.begin, va.end - va.begin), {{{0, 0}, va}}},
             {text_b.substr(vb.begin, vb.end - vb.begin), {{{1, 0}, vb}}}};
  r.conflicts.push_back(c);
  tri::Group g;
  g.units = {{0, 0}, {1, 0}};
  g.sources = 2;
  g.status = tri::GroupStatus::kContested;
  r.groups.push_back(g);
  return r;
}

TEST(Export, CsvHasTheWidgetColumnsAndOneRowPerValue) {
  const tri::Result r = one_conflict("Crews rescued 14 people.", "Crews rescued 11 people.",
                                     {14, 16}, {14, 16}, "people: 14 vs 11");
  EXPECT_EQ(tri::conflicts_to_csv(r),
            "group,type,reason,source_a,title_a,value_a,claim_a,source_b,title_b,value_b,claim_b\r\n"
            "0,number,people: 14 vs 11,wire,The Wire,14,Crews rescued 14 people.,"
            "post,post,11,Crews rescued 11 people.\r\n");
}

TEST(Export, CsvQuotesAndDefusesFormulas) {
  struct Case {
    const char* claim;
    const char* cell;
  };
  const Case cases[] = {
      {"plain", "plain"},
      {"a, b", "\"a, b\""},
      {"say \"yes\"", "\"say \"\"yes\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"=SUM(A1)", "'=SUM(A1)"},
      {"+1 more", "'+1 more"},
      {"-3 degrees", "'-3 degrees"},
      {"@home", "'@home"},
      {"=a,b", "\"'=a,b\""},
  };
  for (const Case& c : cases) {
    const std::string claim = c.claim;
    tri::Result r = one_conflict(claim, "other", {0, 0}, {0, 0}, "r");
    const std::string rows = tri::conflicts_csv_rows(r);
    // claim_a is the 7th column: after "0,number,r,wire,The Wire,,".
    const std::string prefix = "0,number,r,wire,The Wire,,";
    ASSERT_EQ(rows.rfind(prefix, 0), 0u) << rows;
    EXPECT_EQ(rows.substr(prefix.size(), std::string(c.cell).size() + 1), std::string(c.cell) + ",")
        << c.claim;
  }
}

TEST(Export, CsvBatchFormStartsEachRowWithTheCluster) {
  const tri::Result r = one_conflict("Crews rescued 14 people.", "Crews rescued 11 people.",
                                     {14, 16}, {14, 16}, "people: 14 vs 11");
  const std::string cluster = "storm, day 2";
  EXPECT_EQ(tri::conflicts_csv_header(true).rfind("cluster,group,type,", 0), 0u);
  EXPECT_EQ(tri::conflicts_csv_rows(r, &cluster).rfind("\"storm, day 2\",0,number,", 0), 0u);
}

TEST(Export, MarkdownTableAsTheWidgetWritesIt) {
  const tri::Result r = one_conflict("Crews rescued 14 people.", "Crews rescued 11 people.",
                                     {14, 16}, {14, 16}, "people: 14 vs 11");
  EXPECT_EQ(tri::conflicts_to_markdown(r),
            "# Conflicts\n\n"
            "1 conflicting value across 2 sources: The Wire, post.\n\n"
            "| Reason | Source A | Says | Source B | Says |\n"
            "| --- | --- | --- | --- | --- |\n"
            "| people: 14 vs 11 | The Wire | **14** \xE2\x80\x94 Crews rescued 14 people. | post | "
            "**11** \xE2\x80\x94 Crews rescued 11 people. |\n");
}

TEST(Export, MarkdownWithoutConflictsIsTheSummaryOnly) {
  tri::Result r = one_conflict("a", "b", {0, 1}, {0, 1}, "r");
  r.conflicts.clear();
  EXPECT_EQ(tri::conflicts_to_markdown(r, "## cluster 7"),
            "## cluster 7\n\n0 conflicting values across 2 sources: The Wire, post.\n\n");
}

TEST(Export, MarkdownTextEscapesAndCollapsesSpace) {
  struct Case {
    const char* in;
    const char* out;
  };
  const Case cases[] = {
      {"plain words", "plain words"},
      {"  padded\t\n text  ", "padded text"},
      {"a | b", "a \\| b"},
      {"*bold* _x_ `code` [l](u) <b> #1 back\\slash", "\\*bold\\* \\_x\\_ \\`code\\` \\[l\\](u) \\<b\\> \\#1 back\\\\slash"},
      {"no\xC2\xA0" "break\xE2\x80\xA8line\xE3\x80\x80wide\xEF\xBB\xBF" "bom", "no break line wide bom"},
      {"bad \xFF byte", "bad \xEF\xBF\xBD byte"},
      {"", ""},
      {" \t ", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(tri::markdown_text(c.in), c.out) << c.in;
}

TEST(Export, RowsFollowGroupsThenSourcesAndGrouplessLast) {
  // Three sources; dispute 0-1 has no group, 0-2 is in group 1, 1-2 in group 0.
  tri::Result r;
  for (const char* id : {"a", "b", "c"}) {
    tri::SourceResult s;
    s.id = id;
    s.text = std::string("Text of ") + id + ".";
    s.units.push_back({0, s.text.size(), tri::UnitKind::kClaim, "sentence", 0, -1, tri::GroupStatus::kSingle, {}});
    r.sources.push_back(s);
  }
  auto dispute = [](int x, int y, const char* reason) {
    tri::Conflict c;
    c.type = "number";
    c.reason = reason;
    c.sides = {{"Text", {{{x, 0}, {0, 4}}}}, {"Text", {{{y, 0}, {0, 4}}}}};
    return c;
  };
  r.conflicts = {dispute(0, 1, "first"), dispute(0, 2, "second"), dispute(1, 2, "third")};
  tri::Group g0, g1;
  g0.units = {{1, 0}, {2, 0}};
  g1.units = {{0, 0}};
  r.groups = {g0, g1};
  // Unit a#0 is in group 1 only, so pairs 0-1 and 0-2 both sort as group 1, by b's source.
  const auto rows = tri::conflict_rows(r);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].reason, "third");
  EXPECT_EQ(rows[0].group, 0);
  EXPECT_EQ(rows[1].reason, "first");
  EXPECT_EQ(rows[2].reason, "second");
  r.groups.clear();
  const auto groupless = tri::conflict_rows(r);
  ASSERT_EQ(groupless.size(), 3u);
  EXPECT_EQ(groupless[0].reason, "first");
  EXPECT_EQ(groupless[0].group, -1);
  EXPECT_EQ(tri::conflicts_csv_rows(r).rfind(",number,first,", 0), 0u);
}

TEST(Export, EngineResultGivesItsConflict) {
  tri::Input in;
  in.sources = {{"harbour", "", "The storm closed the harbour on Tuesday. Crews rescued 14 sailors."},
                {"coast", "Coast Daily", "The storm closed the harbour on Tuesday. Crews rescued 9 sailors."}};
  const tri::Result r = tri::compare(in);
  ASSERT_TRUE(r.ok()) << r.error;
  const auto rows = tri::conflict_rows(r);
  ASSERT_EQ(rows.size(), 1u);
  // The value's span is the engine's to choose ("14" or "14 sailors"); it holds the number.
  EXPECT_EQ(rows[0].a.value.rfind("14", 0), 0u) << rows[0].a.value;
  EXPECT_EQ(rows[0].b.value.rfind("9", 0), 0u) << rows[0].b.value;
  EXPECT_EQ(rows[0].a.title, "harbour");
  EXPECT_EQ(rows[0].b.title, "Coast Daily");
  EXPECT_EQ(rows[0].a.claim, "Crews rescued 14 sailors.");
}

TEST(Export, FailedResultHasNoRows) {
  tri::Result r;
  r.error = "need at least two sources";
  EXPECT_TRUE(tri::conflict_rows(r).empty());
  EXPECT_EQ(tri::conflicts_to_csv(r), tri::conflicts_csv_header());
  EXPECT_EQ(tri::conflicts_to_markdown(r), "# Conflicts\n\nerror: need at least two sources\n");
}

}  // namespace
