// batch.cc — the --batch loop. With one job everything runs on the calling thread; with more, the
// calling thread reads, `jobs` workers compare and one writer thread writes the results in input
// order as soon as the oldest one is done.
#include "batch.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <functional>
#include <istream>
#include <mutex>
#include <new>
#include <ostream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "triangulate/json.h"

namespace tri::cli {
namespace {

using Clock = std::chrono::steady_clock;

// Most input bytes held at once beyond the line being read (one larger line is always taken).
constexpr size_t kMaxBytesInFlight = size_t{256} << 20;
// Lines held per worker: enough to keep every worker busy while the oldest is written.
constexpr size_t kLinesPerJob = 4;

struct Item {
  std::string output;
  std::string message;  // for err, when the format cannot carry the error
  bool failed = false;
};

Item process(const std::string& line, size_t n, const BatchOptions& opt) {
  const std::string where = "line " + std::to_string(n);
  Result r;
  std::string id;
  try {
    Input in;
    std::string error;
    if (!parse_input(line, &in, &error, &id)) {
      r.error = where + ": " + error;
    } else {
      if (opt.have_min_score && in.options.min_score < 0) in.options.min_score = opt.min_score;
      r = compare(in);
      if (!r.ok()) r.error = where + ": " + r.error;
    }
  } catch (const std::bad_alloc&) {  // a line too large for this machine
    r = Result();
    r.error = where + ": out of memory: the input is too large for this engine";
  } catch (const std::exception& e) {
    r = Result();
    r.error = where + ": internal error: " + e.what();
  }
  Item item;
  item.failed = !r.ok();
  const std::string label = id.empty() ? where : id;
  try {
    item.output = batch_item(r, id, label, opt.format);
  } catch (const std::exception&) {  // out of memory while writing: the line still gets an item
    r = Result();  // frees the result before the error item is made
    r.error = where + ": out of memory while writing the result";
    item.failed = true;
    item.output = batch_item(r, id, label, opt.format);
  }
  if (item.failed && opt.format == OutputFormat::kCsv) {
    item.message = "triangulate: " + r.error + (id.empty() ? "" : " (cluster " + id + ")") + "\n";
  }
  return item;
}

// Writes items in order, with the format's separators, and keeps the progress line.
class Writer {
 public:
  Writer(std::ostream& out, std::ostream& err, const BatchOptions& opt)
      : out_(out), err_(err), opt_(opt), start_(Clock::now()), last_(start_) {
    out_ << batch_prologue(opt_.format);
  }

  void write(const Item& item) {
    if (items_ > 0) out_ << batch_separator(opt_.format);
    out_ << item.output;
    if (!item.message.empty()) {
      // Clear the progress line first, so the message stands on a line of its own.
      if (drawn_ > 0) err_ << '\r' << std::string(drawn_, ' ') << '\r';
      drawn_ = 0;
      err_ << item.message;
    }
    ++items_;
    failed_ += item.failed;
  }

  size_t failed() const { return failed_; }

  // After a run of writes: flush (a reader downstream sees each result as soon as it is in
  // order) and redraw the progress line at most five times a second.
  void flush() {
    out_.flush();
    if (!opt_.progress) return;
    const Clock::time_point now = Clock::now();
    if (now - start_ < std::chrono::milliseconds(opt_.progress_delay_ms)) return;
    if (last_ != start_ && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    draw(false);
  }

  // The closing line: when a progress line was drawn, or at once when there is no delay.
  void finish() {
    out_ << batch_epilogue(opt_.format, items_ > 0);
    out_.flush();
    if (opt_.progress && (shown_ || opt_.progress_delay_ms == 0)) draw(true);
  }

 private:
  void draw(bool final) {
    const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    char line[160];
    std::snprintf(line, sizeof line, "triangulate: %zu %s %s %.1f s (%.0f/s)", items_,
                  items_ == 1 ? "cluster" : "clusters", final ? "in" : "so far,", seconds,
                  seconds > 0 ? items_ / seconds : 0.0);
    std::string text = line;
    // Overwrite the previous line on a terminal: carriage return, then pad over what was longer.
    const size_t width = text.size();
    if (width < drawn_) text.append(drawn_ - width, ' ');
    drawn_ = width;
    shown_ = true;
    err_ << '\r' << text << (final ? "\n" : "");
    err_.flush();
  }

  std::ostream& out_;
  std::ostream& err_;
  const BatchOptions& opt_;
  Clock::time_point start_, last_;
  size_t items_ = 0;
  size_t failed_ = 0;
  size_t drawn_ = 0;     // width of the progress line now on the terminal (0: none)
  bool shown_ = false;   // a progress line was drawn at some point
};

// Lines in flight, oldest first; workers claim them in order, the writer pops them in order.
class Pipeline {
 public:
  Pipeline(const BatchOptions& opt, Writer& writer) : opt_(opt), writer_(writer) {
    window_ = kLinesPerJob * static_cast<size_t>(opt.jobs);
    for (int i = 0; i < opt.jobs; ++i) workers_.emplace_back([this] { work(); });
    writer_thread_ = std::thread([this] { write(); });
  }

  // Blocks while the window is full.
  void push(std::string line, size_t n) {
    std::unique_lock<std::mutex> lock(mu_);
    space_.wait(lock, [&] {
      return jobs_.size() < window_ && (bytes_ < kMaxBytesInFlight || jobs_.empty());
    });
    bytes_ += line.size();
    jobs_.push_back(Job{std::move(line), n, false, Item()});
    work_.notify_one();
  }

  // Waits until every line pushed is compared and written.
  void finish() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      closing_ = true;
    }
    work_.notify_all();
    done_.notify_all();
    for (std::thread& t : workers_) t.join();
    writer_thread_.join();
  }

 private:
  struct Job {
    std::string line;
    size_t n = 0;
    bool done = false;
    Item item;
  };

  void work() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      work_.wait(lock, [&] { return claimed_ < popped_ + jobs_.size() || closing_; });
      if (claimed_ >= popped_ + jobs_.size()) return;  // closing, nothing left to claim
      Job& job = jobs_[claimed_ - popped_];  // deque: stays valid while later jobs are added
      ++claimed_;
      lock.unlock();
      Item item = process(job.line, job.n, opt_);
      lock.lock();
      bytes_ -= job.line.size();
      std::string().swap(job.line);
      job.item = std::move(item);
      job.done = true;
      done_.notify_one();
      space_.notify_one();
    }
  }

  void write() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      done_.wait(lock, [&] { return (!jobs_.empty() && jobs_.front().done) || (closing_ && jobs_.empty()); });
      if (jobs_.empty()) return;
      std::vector<Item> ready;
      while (!jobs_.empty() && jobs_.front().done) {
        ready.push_back(std::move(jobs_.front().item));
        jobs_.pop_front();
        ++popped_;
      }
      space_.notify_one();
      lock.unlock();
      for (const Item& item : ready) writer_.write(item);
      writer_.flush();
      lock.lock();
    }
  }

  const BatchOptions& opt_;
  Writer& writer_;
  size_t window_ = 0;
  std::mutex mu_;
  std::condition_variable work_, done_, space_;
  std::deque<Job> jobs_;
  size_t popped_ = 0;   // jobs written and removed from the front
  size_t claimed_ = 0;  // jobs handed to a worker (absolute index)
  size_t bytes_ = 0;    // input bytes of jobs not yet compared
  bool closing_ = false;
  std::vector<std::thread> workers_;
  std::thread writer_thread_;
};

}  // namespace

tri::TaskRunner thread_runner(int threads) {
  return [threads](size_t n, const std::function<void(size_t)>& task) {
    std::atomic<size_t> next{0};
    std::mutex failed_mutex;
    std::exception_ptr failed;
    const auto work = [&] {
      for (size_t k; (k = next++) < n;) {
        try {
          task(k);
        } catch (...) {
          const std::lock_guard<std::mutex> lock(failed_mutex);
          if (!failed) failed = std::current_exception();
          next = n;  // the others stop at their next task
        }
      }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && static_cast<size_t>(t) < n; ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    if (failed) std::rethrow_exception(failed);
  };
}

BatchStats run_batch(std::istream& in, std::ostream& out, std::ostream& err, const BatchOptions& options) {
  BatchOptions opt = options;
  if (opt.jobs < 1) opt.jobs = 1;
  BatchStats stats;
  Writer writer(out, err, opt);
  // Reads the next non-blank line into `line` (a CR before the LF dropped); false at the end.
  std::string line;
  auto next = [&]() {
    while (std::getline(in, line)) {
      ++stats.lines;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") != std::string::npos) {
        ++stats.items;
        return true;
      }
    }
    return false;
  };
  if (opt.jobs == 1) {
    while (next()) {
      writer.write(process(line, stats.lines, opt));
      writer.flush();
    }
  } else {
    // std::cin is tied to std::cout: each read would flush `out` from this thread while the
    // writer thread writes to it. Untie for the run.
    std::ostream* const tied = in.tie(nullptr);
    Pipeline pipeline(opt, writer);
    while (next()) {
      pipeline.push(std::move(line), stats.lines);
      line = std::string();
    }
    pipeline.finish();
    in.tie(tied);
  }
  writer.finish();
  stats.failed = writer.failed();
  return stats;
}

}  // namespace tri::cli
