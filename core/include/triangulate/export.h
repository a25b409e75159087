// export.h — the conflicts of a result as CSV and Markdown, byte for byte what the widget's export
// menu writes (web/src/export.js), so `triangulate --format csv` and a download from the page give
// the same file.
//
// One row per pair of units on different sides of a dispute (Result::conflicts), in the order of
// the widget's conflicts panel (by group, then by source, then by position): the group, the value's type, the engine's reason, then for each side
// the source id, its title (the id when it has none), the differing value and the whole claim.
//
// Example:
//   tri::Result r = tri::compare(in);   // wire: "Crews rescued 14 people." post: "... 11 people."
//   tri::conflicts_to_csv(r);
//   // "group,type,reason,source_a,title_a,value_a,claim_a,source_b,title_b,value_b,claim_b\r\n"
//   // "0,number,people: 14 vs 11,wire,wire,14,Crews rescued 14 people.,post,post,11,...\r\n"
//   tri::conflicts_to_markdown(r);
//   // "# Conflicts\n\n1 conflicting value across 2 sources: wire, post.\n\n| Reason | ..."
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "triangulate/triangulate.h"

namespace tri {

/// One side of a conflicting value.
struct ConflictRowSide {
  std::string source;  ///< source id
  std::string title;   ///< the source's title, or its id when it has none
  std::string value;   ///< the differing value as written (the side's span of this unit)
  std::string claim;   ///< the whole unit that states it
};

/// One differing value between two conflicting units.
struct ConflictRow {
  int group = -1;  ///< index of unit a's group in Result::groups, -1 when it has none
  std::string type, reason;
  ConflictRowSide a, b;
};

/// Every conflicting value of `result`, in the widget's order (group, source of a, source of b,
/// position of a; groupless conflicts last). Empty for a failed result.
std::vector<ConflictRow> conflict_rows(const Result& result);

/// The CSV header line, ending in CRLF. With `cluster_column`, a first column "cluster" (the
/// --batch form, where the rows of many results share one file).
std::string conflicts_csv_header(bool cluster_column = false);

/// The CSV rows of `result` (RFC 4180, each ending in CRLF), without the header. With a non-null
/// `cluster`, each row starts with that cell. A failed result gives "".
std::string conflicts_csv_rows(const Result& result, const std::string* cluster = nullptr);

/// Header and rows: conflictsToCsv() of the widget. Cells a spreadsheet would read as a formula
/// (starting with = + - @, tab or CR) get a leading apostrophe.
std::string conflicts_to_csv(const Result& result);

/// conflictsToMarkdown() of the widget: a heading, a summary line, then one table row per value.
/// `heading` replaces the first line ("# Conflicts"); the --batch form gives each result
/// "## <cluster id>". A failed result gives the heading and its error.
std::string conflicts_to_markdown(const Result& result, const std::string& heading = "# Conflicts");

/// Text made safe for one Markdown table cell or heading: runs of white space (as JavaScript's
/// \s counts it) become one space, \ | * _ ` [ ] < > # get a backslash, ends are trimmed.
/// Malformed UTF-8 becomes U+FFFD.
std::string markdown_text(std::string_view text);

}  // namespace tri
