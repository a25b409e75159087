// output.cc — the command line's output formats.
#include "output.h"

#include "triangulate/export.h"
#include "triangulate/json.h"
#include "triangulate/report.h"

namespace tri::cli {

bool parse_output_format(const std::string& name, OutputFormat* format) {
  if (name == "text") *format = OutputFormat::kText;
  else if (name == "json") *format = OutputFormat::kJson;
  else if (name == "jsonl") *format = OutputFormat::kJsonl;
  else if (name == "csv") *format = OutputFormat::kCsv;
  else if (name == "md" || name == "markdown") *format = OutputFormat::kMarkdown;
  else return false;
  return true;
}

std::string format_result(const Result& result, OutputFormat format, const std::string& focus) {
  switch (format) {
    case OutputFormat::kText: return text_report(result, focus);
    case OutputFormat::kJson:
    case OutputFormat::kJsonl: return to_json(result) + "\n";
    case OutputFormat::kCsv: return conflicts_to_csv(result);
    case OutputFormat::kMarkdown: return conflicts_to_markdown(result);
  }
  return "";
}

std::string batch_prologue(OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson: return "[";
    case OutputFormat::kCsv: return conflicts_csv_header(true);
    case OutputFormat::kMarkdown: return "# Conflicts\n\n";
    default: return "";
  }
}

std::string batch_item(const Result& result, const std::string& id, const std::string& label,
                       OutputFormat format) {
  switch (format) {
    case OutputFormat::kJson: return "\n" + to_json(result, id);
    case OutputFormat::kJsonl: return to_json(result, id) + "\n";
    case OutputFormat::kCsv: return conflicts_csv_rows(result, &label);
    case OutputFormat::kMarkdown: {
      std::string s = conflicts_to_markdown(result, "## " + markdown_text(label));
      if (s.size() < 2 || s.compare(s.size() - 2, 2, "\n\n") != 0) s += "\n";
      return s;
    }
    case OutputFormat::kText: return "== " + label + "\n" + text_report(result) + "\n";
  }
  return "";
}

std::string batch_separator(OutputFormat format) {
  return format == OutputFormat::kJson ? "," : "";
}

std::string batch_epilogue(OutputFormat format, bool any_item) {
  if (format != OutputFormat::kJson) return "";
  return any_item ? "\n]\n" : "]\n";
}

}  // namespace tri::cli
