// triangulate — compare two or more articles about one event, claim by claim.
// The command line of ../shared/CONTRACT.md: files or '-', --json, --batch, --min-score; and
// --format (output.h), --jobs and the progress line (batch.h).
#include <algorithm>
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
#include <thread>
#include <vector>

#ifdef _WIN32
#include <io.h>
#define TRI_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define TRI_ISATTY(fd) isatty(fd)
#endif

#include "batch.h"
#include "output.h"
#include "triangulate/json.h"
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
    "  --format F        output: text (readable report; default for files), json (the result,\n"
    "                    schema 1; under --batch one JSON array), jsonl (one result per line;\n"
    "                    default for --batch), csv or md (the conflicts, as the widget exports)\n"
    "  --json            the same as --format json (under --batch: one result per line)\n"
    "  --batch           read {\"id\", \"sources\": [{\"id\", \"title\", \"text\"}], \"options\"} lines;\n"
    "                    each non-blank line gives one result, in input order\n"
    "  --jobs N, -j N    compare on N threads (0: one per core): the clusters of --batch (default\n"
    "                    1), or the pairs of one comparison of FILEs (default: one per core);\n"
    "                    the output is the same bytes for any N\n"
    "  --progress, --no-progress\n"
    "                    --batch: a progress line on stderr (default: when stderr is a terminal\n"
    "                    and stdout is not, after the first second)\n"
    "  --min-score X     also report unit pairs scoring at least X (0..1) as 'related' links\n"
    "  --title TEXT      title of the next FILE (metadata)\n"
    "  --html, --text    read the next FILE as HTML or as plain text (default: detect)\n"
    "  --focus ID        text report: start with source ID's claims (also reported by, disputed by,\n"
    "                    only here) and what the others report that it does not\n"
    "  --data DIR        use the engine data in DIR (lexicon.txt, frequencies.txt, model.txt,\n"
    "                    event-model.txt, clause-model.txt; words.txt if there) instead of the\n"
    "                    built-in data, e.g. a retrained model\n"
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

int one_per_core() { return std::max(1, static_cast<int>(std::thread::hardware_concurrency())); }

bool parse_jobs(const std::string& s, int* out) {
  if (s.empty() || s.size() > 4 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  const int v = std::stoi(s);
  if (v > 1024) return false;
  *out = v == 0 ? one_per_core() : v;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  bool batch = false, have_min = false, json_flag = false, have_format = false;
  tri::cli::OutputFormat format = tri::cli::OutputFormat::kText;
  int jobs = 1;
  bool have_jobs = false;
  enum class Progress { kAuto, kOn, kOff } progress = Progress::kAuto;
  double min_score = -1.0;
  std::string next_title;
  tri::Format next_format = tri::Format::kAuto;
  std::string focus;
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
        json_flag = true;
      } else if (a == "--format" || a.rfind("--format=", 0) == 0) {
        std::string v;
        if (a == "--format") {
          if (i + 1 >= argc) return usage_error("--format needs a value");
          v = argv[++i];
        } else {
          v = a.substr(std::strlen("--format="));
        }
        if (!tri::cli::parse_output_format(v, &format))
          return usage_error("--format must be text, json, jsonl, csv or md (got '" + v + "')");
        have_format = true;
      } else if (a == "--jobs" || a == "-j" || a.rfind("--jobs=", 0) == 0) {
        std::string v;
        if (a == "--jobs" || a == "-j") {
          if (i + 1 >= argc) return usage_error(a + " needs a value");
          v = argv[++i];
        } else {
          v = a.substr(std::strlen("--jobs="));
        }
        if (!parse_jobs(v, &jobs)) return usage_error("--jobs must be a whole number from 0 to 1024");
        have_jobs = true;
      } else if (a == "--progress") {
        progress = Progress::kOn;
      } else if (a == "--no-progress") {
        progress = Progress::kOff;
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
      } else if (a == "--focus") {
        if (i + 1 >= argc) return usage_error("--focus needs a source id");
        focus = argv[++i];
      } else if (a == "--data") {
        if (i + 1 >= argc) return usage_error("--data needs a directory");
        const std::string dir = argv[++i];
        std::string bundle;
        for (const char* name : {"lexicon.txt", "frequencies.txt", "model.txt", "event-model.txt", "clause-model.txt", "words.txt"}) {
          std::ifstream f(dir + "/" + name, std::ios::binary);
          if (!f && std::string(name) == "words.txt") continue;  // the built-in word lists
          if (!f) {
            std::cerr << "triangulate: cannot read " << dir << "/" << name << "\n";
            return 1;
          }
          std::stringstream ss;
          ss << f.rdbuf();
          bundle += std::string("@@ ") + name + "\n" + ss.str();
          if (!bundle.empty() && bundle.back() != '\n') bundle += '\n';
        }
        const std::string err = tri::load_data(bundle);
        if (!err.empty()) {
          std::cerr << "triangulate: " << dir << ": " << err << "\n";
          return 1;
        }
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

  if (json_flag) {
    if (have_format && format != tri::cli::OutputFormat::kJson && format != tri::cli::OutputFormat::kJsonl)
      return usage_error("--json and --format disagree");
    // --json under --batch keeps its old meaning: one JSON result per line.
    if (!have_format) format = batch ? tri::cli::OutputFormat::kJsonl : tri::cli::OutputFormat::kJson;
    have_format = true;
  }
  if (batch) {
    if (!files.empty()) return usage_error("--batch reads standard input; give no FILE");
    tri::cli::BatchOptions opt;
    opt.jobs = jobs;
    opt.format = have_format ? format : tri::cli::OutputFormat::kJsonl;
    opt.min_score = min_score;
    opt.have_min_score = have_min;
    opt.progress = progress == Progress::kOn ||
                   (progress == Progress::kAuto && TRI_ISATTY(2) && !TRI_ISATTY(1));
    // Automatic progress starts after a second, so short batches stay quiet.
    opt.progress_delay_ms = progress == Progress::kAuto ? 1000 : 0;
    const tri::cli::BatchStats stats = tri::cli::run_batch(std::cin, std::cout, std::cerr, opt);
    if (stats.failed > 0) {
      std::cerr << "triangulate: " << stats.failed << " of " << stats.items
                << " batch lines could not be compared\n";
      return 1;
    }
    return 0;
  }
  if (files.size() < 2)
    return usage_error("need at least two sources to compare (got " + std::to_string(files.size()) + ")");

  tri::Input in;
  if (have_min) in.options.min_score = min_score;
  if (!have_jobs) jobs = one_per_core();
  if (jobs > 1) {
    in.options.run_tasks = tri::cli::thread_runner(jobs);
    in.options.tasks = 2 * static_cast<size_t>(jobs);  // parts of uneven work even out
  }
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
    if (format == tri::cli::OutputFormat::kJson || format == tri::cli::OutputFormat::kJsonl) {
      // Written piece by piece: the JSON of a large result is never held in memory as a whole.
      tri::write_json(r, "", [](std::string_view piece) {
        std::cout.write(piece.data(), static_cast<std::streamsize>(piece.size()));
      });
      std::cout << '\n';
    } else {
      std::cout << tri::cli::format_result(r, format, focus);
    }
  } catch (const std::bad_alloc&) {
    std::cerr << "triangulate: out of memory: the input is too large for this engine\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "triangulate: internal error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
