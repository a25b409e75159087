// batch.h — the --batch loop: JSON Lines clusters in, one result per line out, in input order,
// compared on N threads.
//
// Each non-blank input line is one cluster, {"id", "sources": [...], "options"?}; it gives exactly
// one output item (the result, or an error for that line) and the batch goes on. Blank lines are
// skipped. The output is the same bytes whatever the number of threads: lines are compared
// independently (the core is pure) and written in input order. At most a few lines per thread
// are held at once (and at most about 256 MiB of input, beyond one line), so memory stays
// proportional to the threads, not to the input.
//
// Example:
//   tri::cli::BatchOptions opt;
//   opt.jobs = 2;
//   tri::cli::BatchStats s = tri::cli::run_batch(std::cin, std::cout, std::cerr, opt);
//   // s.lines == clusters read, s.failed == clusters that gave an error
#pragma once

#include <cstddef>
#include <iosfwd>

#include "output.h"
#include "triangulate/triangulate.h"

namespace tri::cli {

struct BatchOptions {
  int jobs = 1;                 ///< threads comparing clusters (1: all on the calling thread)
  OutputFormat format = OutputFormat::kJsonl;
  double min_score = -1.0;      ///< --min-score, for lines whose options do not set one
  bool have_min_score = false;
  bool progress = false;        ///< redraw a progress line on `err` (for a terminal)
  int progress_delay_ms = 0;    ///< no progress line before this (short batches stay quiet)
};

struct BatchStats {
  size_t lines = 0;   ///< input lines read (blank ones included)
  size_t items = 0;   ///< clusters compared (non-blank lines)
  size_t failed = 0;  ///< of those, the ones that gave an error
};

/// Runs tasks on `threads` threads, the calling one among them (tri::Options::run_tasks: one
/// comparison's scoring split across cores). A task that throws is rethrown on the calling thread
/// once all have stopped.
tri::TaskRunner thread_runner(int threads);

/// Reads clusters from `in` until its end and writes the results to `out` in input order. Error
/// messages for formats that cannot carry them (csv) and the progress line go to `err`. Never
/// throws for bad input; a line whose comparison throws (out of memory) gives an error item.
BatchStats run_batch(std::istream& in, std::ostream& out, std::ostream& err, const BatchOptions& options);

}  // namespace tri::cli
