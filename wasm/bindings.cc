// bindings.cc — the WebAssembly face of the core: compare() and version(), plus one counter for
// the tests (heapInUse()).
//
// All engine logic lives in core/; this file only moves JavaScript strings in and out. Bad input
// comes back from tri::parse_input / tri::compare as {"error": "..."}. A heap that cannot grow any
// further is no C++ exception here (the module catches none: wasm/CMakeLists.txt): an allocation
// that fails (the module is linked with -sABORTING_MALLOC=0, so malloc returns null) calls the
// new-handler below, which throws the JavaScript string "out of memory: ..."; anything else the
// library throws aborts the call (a WebAssembly.RuntimeError). Either leaves the abandoned frames'
// memory held, so the JavaScript layer (web/engine/module.js) discards this instance and starts a
// fresh one.
//
// The result JSON is handed to JavaScript in 64 KiB pieces as it is written (joined there), so it
// never sits in the WebAssembly heap as a whole, and a result too long for a JavaScript string is
// an error object, not a RangeError.
//
// From JavaScript (web/engine/engine.js checks the input before calling):
//   const m = await createTriangulateModule();
//   m.version();                       // "0.1.0"
//   m.compare('{"sources":[...]}');    // '{"schema":1,...}'  or  '{"error":"..."}'
//   m.heapInUse();                     // 1843200: bytes held by live allocations (leak tests)
#include <emscripten/bind.h>
#include <emscripten/emmalloc.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>

#include <cstdint>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <typeinfo>

#include "triangulate/json.h"
#include "triangulate/triangulate.h"

// The C++ half of Embind, in place of system/lib/embind/bind.cpp (Emscripten 3.1.6), which
// wasm/CMakeLists.txt does not link. Its start-up registers every built-in type (each integer,
// float, string, wide string and memory view), and each registered type brings its JS conversion
// code into the glue; this one registers only the four types these bindings pass: void
// (val::call<void>), double, std::string and emscripten::val. A binding that passed another type
// would fail when called, with Embind's error "unbound types" (tests/js call every binding).
// __getTypeName names a type in that error: without RTTI, by its id, as bind.cpp does.
extern "C" {
const char* EMSCRIPTEN_KEEPALIVE __getTypeName(const std::type_info* ti) {
  char text[2 + 2 * sizeof(uintptr_t) + 1] = "0x";
  const uintptr_t id = reinterpret_cast<uintptr_t>(ti);
  for (size_t i = 0; i < 2 * sizeof id; ++i) text[2 + i] = "0123456789abcdef"[(id >> (4 * (2 * sizeof id - 1 - i))) & 15];
  text[sizeof text - 1] = 0;
  return strdup(text);
}

EMSCRIPTEN_KEEPALIVE __attribute__((constructor)) void __embind_register_native_and_builtin_types() {
  using emscripten::internal::TypeID;
  emscripten::internal::_embind_register_void(TypeID<void>::get(), "void");
  emscripten::internal::_embind_register_float(TypeID<double>::get(), "double", sizeof(double));
  emscripten::internal::_embind_register_std_string(TypeID<std::string>::get(), "std::string");
  emscripten::internal::_embind_register_emval(TypeID<emscripten::val>::get(), "emscripten::val");
}
}

namespace {

using emscripten::val;

// The longest string every JavaScript engine can hold is 2^29 - 24 UTF-16 units (V8); a UTF-8
// text of at most that many bytes has at most that many units.
constexpr size_t kMaxResultBytes = (size_t{1} << 29) - 24;

/// One JSON input (CONTRACT.md, the --batch line form) in, one result line out. Throws the
/// JavaScript string "out of memory: ..." when the heap cannot hold the comparison.
val Compare(const std::string& input_json) {
  std::set_new_handler([] { emscripten_throw_string("out of memory: the input is too large for the WebAssembly heap"); });
  tri::Result result;
  std::string cluster_id;
  {
    tri::Input in;
    std::string error;
    if (tri::parse_input(input_json, &in, &error, &cluster_id)) {
      result = tri::compare(in);
    } else {
      result.error = error;
    }
  }
  val parts = val::array();  // the result JSON text, in pieces
  size_t bytes = 0;
  tri::write_json(result, cluster_id, [&](std::string_view piece) {
    if ((bytes += piece.size()) <= kMaxResultBytes) parts.call<void>("push", val(std::string(piece)));
  });
  if (bytes > kMaxResultBytes) return val(R"({"error":"result too large: longer than a JavaScript string can be"})");
  return parts.call<val>("join", val(""));
}

/// The core library version, e.g. "0.1.0".
std::string Version() { return tri::version(); }

/// Loads the engine's data (web/dist/triangulate-data.txt, fetched by web/engine/module.js in
/// parallel with this module; its bytes as a Uint8Array, or the text as a string): "" on success,
/// else why the bundle was refused. compare() answers
/// {"error": "engine data not loaded ..."} until this has succeeded once.
std::string LoadData(const std::string& bundle) { return tri::load_data(bundle); }

/// Bytes the allocator holds for live allocations (its block headers included): the heap's size
/// less the payload of its free blocks (emmalloc). For tests: the same count before and after a
/// run of compare() calls means that they freed everything they allocated
/// (tests/js/wasm_heap.test.mjs). It walks the free blocks, so it costs time proportional to
/// their number; it is not meant for production code. (It counts what emmalloc's mallinfo()
/// calls uordblks, the used blocks and the free blocks' headers, in 176 bytes less code.)
double HeapInUse() { return static_cast<double>(emmalloc_dynamic_heap_size() - emmalloc_free_dynamic_memory()); }

}  // namespace

EMSCRIPTEN_BINDINGS(triangulate) {
  emscripten::function("compare", &Compare);
  emscripten::function("version", &Version);
  emscripten::function("loadData", &LoadData);
  emscripten::function("heapInUse", &HeapInUse);
}
