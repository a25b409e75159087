// triangulate — compare two or more articles about one event, claim by claim.
// The command line of ../shared/CONTRACT.md: files or '-', --json, --batch, --min-score.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <new>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "triangulate/json.h"
#include "triangulate/report.h"
#include "triangulate/triangulate.h"

namespace {

constexpr const char* kUsage =
    "usage: triangulate [OPTIONS] FILE...      compare two or more articles\n"
    "       triangulate --batch [OPTIONS]      JSON Lines clusters on stdin, one result per line\n"
    "\n"
    "FILE is a UTF-8 text or HTML file ('-' reads standard input). A source's id is its file\n"
    "name without directory and extension.\n"
    "\n"
    "options:\n"
    "  --json            print the JSON result (schema 1) instead of the readable report\n"
    "  --batch           read {\"id\", \"sources\": [{\"id\", \"title\", \"text\"}], \"options\"} lines\n"
    "  --min-score X     also report unit pairs scoring at least X (0..1) as 'related' links\n"
    "  --title TEXT      title of the next FILE (metadata)\n"
    "  --html, --text    read the next FILE as HTML or as plain text (default: detect)\n"
    "  -h, --help        show this help\n"
    "  --version         print the version\n"
    "\n"
    "exit status: 0 success, 1 input that cannot be compared, 2 usage error\n";

int usage_error(const std::string& msg) {
  std::cerr << "triangulate: " << msg << "\n\n" << kUsage;
  return 2;
}

bool read_all(std::istream& in, std::string* out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return !in.bad();
}

std::string id_of(const std::string& path) {
  if (path == "-") return "stdin";
  std::string name = path;
  const size_t slash = name.find_last_of("/\\");
  if (slash != std::string::npos) name = name.substr(slash + 1);
  const size_t dot = name.find_last_of('.');
  if (dot != std::string::npos && dot > 0) name = name.substr(0, dot);
  return name.empty() ? path : name;
}

bool parse_score(const char* s, double* out) {
  char* end = nullptr;
  errno = 0;
  const double v = std::strtod(s, &end);
  if (errno != 0 || end == s || *end != '\0' || !(v >= 0.0 && v <= 1.0)) return false;
  *out = v;
  return true;
}

// Writes the JSON of `r` and a newline to standard output, piece by piece (the whole text is never
// held in memory). `*wrote` becomes true once a piece is out.
void print_json(const tri::Result& r, const std::string& id, bool* wrote = nullptr) {
  tri::write_json(r, id, [wrote](std::string_view piece) {
    std::cout.write(piece.data(), static_cast<std::streamsize>(piece.size()));
    if (wrote) *wrote = true;
  });
  std::cout << '\n';
}

// Compares one --batch line and prints its result line. Returns false when the line could not be
// compared (its output line is then an error object). Never throws: running out of memory or any
// other exception is that line's error, and the batch goes on.
bool batch_line(const std::string& line, size_t n, double min_score, bool have_min) {
  tri::Result r;
  std::string id;
  try {
    tri::Input in;
    std::string error;
    if (!tri::parse_input(line, &in, &error, &id)) {
      r.error = error;
    } else {
      if (have_min && in.options.min_score < 0) in.options.min_score = min_score;
      r = tri::compare(in);
    }
  } catch (const std::bad_alloc&) {
    r = tri::Result{};
    r.error = "out of memory: the input is too large for this engine";
  } catch (const std::exception& e) {
    r = tri::Result{};
    r.error = std::string("internal error: ") + e.what();
  }
  if (!r.ok()) r.error = "line " + std::to_string(n) + ": " + r.error;
  bool wrote = false;
  try {
    print_json(r, id, &wrote);
  } catch (const std::exception&) {
    // Out of memory while writing (only the writer's small strings can fail here): an error
    // line, on a line of its own after what was written.
    if (wrote) std::cout << '\n';
    std::cout << "{\"error\":\"line " << n << ": out of memory while writing the result\"}\n";
    return false;
  }
  return r.ok();
}

int run_batch(double min_score, bool have_min) {
  std::string line;
  size_t n = 0, failed = 0;
  while (std::getline(std::cin, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    if (!batch_line(line, n, min_score, have_min)) ++failed;
    std::cout.flush();
  }
  if (failed > 0) {
    std::cerr << "triangulate: " << failed << " of " << n << " batch lines could not be compared\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  bool json = false, batch = false, have_min = false;
  double min_score = -1.0;
  std::string next_title;
  tri::Format next_format = tri::Format::kAuto;
  struct FileArg {
    std::string path, title;
    tri::Format format;
  };
  std::vector<FileArg> files;
  bool only_files = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (!only_files && a.size() > 1 && a[0] == '-') {
      if (a == "--") {
        only_files = true;
      } else if (a == "--json") {
        json = true;
      } else if (a == "--batch") {
        batch = true;
      } else if (a == "-h" || a == "--help") {
        std::cout << kUsage;
        return 0;
      } else if (a == "--version") {
        std::cout << "triangulate " << tri::version() << "\n";
        return 0;
      } else if (a == "--min-score" || a.rfind("--min-score=", 0) == 0) {
        const char* v = nullptr;
        if (a == "--min-score") {
          if (i + 1 >= argc) return usage_error("--min-score needs a value");
          v = argv[++i];
        } else {
          v = argv[i] + std::strlen("--min-score=");
        }
        if (!parse_score(v, &min_score)) return usage_error("--min-score must be a number from 0 to 1");
        have_min = true;
      } else if (a == "--title") {
        if (i + 1 >= argc) return usage_error("--title needs a value");
        next_title = argv[++i];
      } else if (a == "--html") {
        next_format = tri::Format::kHtml;
      } else if (a == "--text") {
        next_format = tri::Format::kText;
      } else {
        return usage_error("unknown option " + a);
      }
      continue;
    }
    files.push_back({a, next_title, next_format});
    next_title.clear();
    next_format = tri::Format::kAuto;
  }

  if (batch) {
    if (!files.empty()) return usage_error("--batch reads standard input; give no FILE");
    return run_batch(min_score, have_min);
  }
  if (files.size() < 2)
    return usage_error("need at least two sources to compare (got " + std::to_string(files.size()) + ")");

  tri::Input in;
  if (have_min) in.options.min_score = min_score;
  in.options.max_sources = std::max<size_t>(in.options.max_sources, files.size());
  bool stdin_used = false;
  std::vector<std::string> notes;
  for (const FileArg& f : files) {
    tri::SourceInput s;
    s.id = id_of(f.path);
    s.title = f.title;
    s.format = f.format;
    if (f.path == "-") {
      if (stdin_used) return usage_error("'-' (standard input) can be given only once");
      stdin_used = true;
      if (!read_all(std::cin, &s.text)) {
        std::cerr << "triangulate: cannot read standard input\n";
        return 1;
      }
    } else {
      std::ifstream file(f.path, std::ios::binary);
      if (!file) {
        std::cerr << "triangulate: cannot read '" << f.path << "': " << std::strerror(errno) << "\n";
        return 1;
      }
      if (!read_all(file, &s.text)) {
        std::cerr << "triangulate: cannot read '" << f.path << "'\n";
        return 1;
      }
      const std::string lower = [&] {
        std::string x = f.path;
        for (char& c : x) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return x;
      }();
      if (s.format == tri::Format::kAuto &&
          (lower.size() >= 5 && (lower.compare(lower.size() - 5, 5, ".html") == 0 ||
                                 lower.compare(lower.size() - 4, 4, ".htm") == 0)))
        s.format = tri::Format::kHtml;
    }
    // Two files with one name in different folders: keep both, numbered.
    std::string id = s.id;
    for (int k = 2;; ++k) {
      bool clash = false;
      for (const auto& o : in.sources) clash = clash || o.id == id;
      if (!clash) break;
      id = s.id + "-" + std::to_string(k);
    }
    if (id != s.id) notes.push_back("two sources are named '" + s.id + "': '" + f.path + "' is '" + id + "'");
    s.id = id;
    in.sources.push_back(std::move(s));
  }
  try {
    tri::Result r = tri::compare(in);
    in = tri::Input{};  // the texts are in r now; the input copies are not needed again
    for (const auto& n : notes) r.warnings.push_back({"", "renamed-source", n, -1});
    if (!r.ok()) {
      std::cerr << "triangulate: " << r.error << "\n";
      return 1;
    }
    if (json) print_json(r, "");
    else std::cout << tri::text_report(r);
  } catch (const std::bad_alloc&) {
    std::cerr << "triangulate: out of memory: the input is too large for this engine\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "triangulate: internal error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
