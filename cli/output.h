// output.h — what the command line prints for a result, in each --format.
//
//   text   the readable report (report.h), the default for files
//   json   the result object (json.h), one line; under --batch, one JSON array of results
//   jsonl  the result object, one line per result; the default under --batch
//   csv    the conflicts, as the widget's "CSV" export (export.h); under --batch one header and
//          a first column "cluster"
//   md     the conflicts, as the widget's "Markdown" export; under --batch one section per cluster
//
// Example:
//   tri::cli::OutputFormat f;
//   tri::cli::parse_output_format("csv", &f);            // true
//   std::cout << tri::cli::format_result(result, f);     // "group,type,reason,...\r\n0,number,..."
#pragma once

#include <string>

#include "triangulate/triangulate.h"

namespace tri::cli {

enum class OutputFormat { kText, kJson, kJsonl, kCsv, kMarkdown };

/// Reads "text", "json", "jsonl", "csv" or "md" (also "markdown"). Returns false on anything else.
bool parse_output_format(const std::string& name, OutputFormat* format);

/// The whole output of one comparison of files. `focus`: a source id for the text report's focus
/// section (report.h); ignored by the other formats.
std::string format_result(const Result& result, OutputFormat format, const std::string& focus = "");

/// Printed once before the first batch item ("[" for json, the header for csv, a title for md).
std::string batch_prologue(OutputFormat format);

/// One batch line's output, without separators. `label` names the cluster where the format shows
/// it (csv column, md and text headings): its "id", or "line N" when it has none. A failed result
/// is an error object (json, jsonl), an error line under its heading (md, text) or nothing (csv:
/// the message goes to stderr).
std::string batch_item(const Result& result, const std::string& id, const std::string& label,
                       OutputFormat format);

/// What goes between two items and after the last ("," and "]" for json).
std::string batch_separator(OutputFormat format);
std::string batch_epilogue(OutputFormat format, bool any_item);

}  // namespace tri::cli
