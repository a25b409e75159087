// bindings.cc — the WebAssembly face of the core: compare() and version(), plus one counter for
// the tests (heapInUse()).
//
// All engine logic lives in core/; this file only turns JavaScript strings into std::string and
// back. Errors cross the boundary as data (a JSON object with an "error" field), never as a trap:
// bad input comes back from tri::compare_json as {"error": "..."}, and a C++ exception — in
// practice std::bad_alloc when the heap cannot grow any further (the module is linked with
// -sABORTING_MALLOC=0, so a failed allocation throws instead of aborting) — is caught here.
//
// Exception catching costs speed and size in Emscripten's JavaScript-based scheme (every call that
// may unwind goes through a JS wrapper), so it is enabled in exactly one function, Guarded()
// (-sEXCEPTION_CATCHING_ALLOWED in CMakeLists.txt); everywhere else a throw unwinds straight to it
// without running destructors. Memory held by the abandoned frames is lost, so after such an error
// the JavaScript layer (web/engine/module.js) discards this instance and starts a fresh one.
//
// From JavaScript (web/engine/engine.js checks the input before calling):
//   const m = await createTriangulateModule();
//   m.version();                       // "0.1.0"
//   m.compare('{"sources":[...]}');    // '{"schema":1,...}'  or  '{"error":"..."}'
//   m.heapInUse();                     // 1843200: bytes held by live allocations (leak tests)
#include <emscripten/bind.h>
#include <malloc.h>

#include <new>
#include <string>

#include "triangulate/json.h"
#include "triangulate/triangulate.h"

// Runs fn(context) and returns 0, or 1 when it threw std::bad_alloc, 2 for any other exception.
// C linkage gives it the fixed name that CMakeLists.txt allows to catch; noinline keeps it (and
// so its catch blocks) a function of its own under LTO.
extern "C" __attribute__((noinline)) int tri_wasm_guarded(void (*fn)(void*), void* context) {
  try {
    fn(context);
    return 0;
  } catch (const std::bad_alloc&) {
    return 1;
  } catch (...) {
    return 2;
  }
}

namespace {

struct CompareCall {
  const std::string* input;
  std::string output;
};

/// One JSON input (CONTRACT.md, the --batch line form) in, one result line out. Never throws
/// (the error objects below begin with "out of memory" / "internal error", which module.js reads
/// as "discard this instance").
std::string Compare(const std::string& input_json) {
  CompareCall call{&input_json, {}};
  const int failed = tri_wasm_guarded(
      [](void* context) {
        auto* c = static_cast<CompareCall*>(context);
        c->output = tri::compare_json(*c->input);
      },
      &call);
  if (failed == 1) {
    return R"({"error":"out of memory: the input is too large for the WebAssembly heap"})";
  }
  if (failed != 0) return R"({"error":"internal error: the engine threw an exception"})";
  return std::move(call.output);
}

/// The core library version, e.g. "0.1.0".
std::string Version() { return tri::version(); }

/// Loads the engine's data (web/dist/triangulate-data.txt, fetched by web/engine/module.js in
/// parallel with this module): "" on success, else why the bundle was refused. compare() answers
/// {"error": "engine data not loaded ..."} until this has succeeded once.
std::string LoadData(const std::string& bundle) { return tri::load_data(bundle); }

/// Bytes the allocator holds for live allocations (its block headers included), from emmalloc's
/// mallinfo(). For tests: the same count before and after a run of compare() calls means that
/// they freed everything they allocated (tests/js/wasm_heap.test.mjs). It walks the heap, so it
/// costs time proportional to the number of blocks; it is not meant for production code.
double HeapInUse() { return static_cast<double>(mallinfo().uordblks); }

}  // namespace

EMSCRIPTEN_BINDINGS(triangulate) {
  emscripten::function("compare", &Compare);
  emscripten::function("version", &Version);
  emscripten::function("loadData", &LoadData);
  emscripten::function("heapInUse", &HeapInUse);
}
