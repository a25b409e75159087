// resources.h — internal: the engine's data, loaded once: the lexicon (word relations and
// background frequencies, lexicon.h), the similarity, clause and event models (model.h) and the
// longer fixed word lists (words.h).
//
// The data travels as one text bundle: the files of core/data/ concatenated, each introduced by
// a line "@@ <file name>". Native builds embed the bundle (built by core/CMakeLists.txt); the
// WebAssembly build fetches it (web/dist/triangulate-data.txt) and hands it to load_data()
// (triangulate.h), so the module's code and its data download in parallel and the code stays small.
//
// Example:
//   const tri::Resources* res = tri::resources();   // nullptr when no data is loaded
//   if (res) res->lexicon.idf(res->lexicon.id("earthquak"));
#pragma once

#include <string>
#include <string_view>

#include "lexicon.h"
#include "model.h"
#include "words.h"

namespace tri {

struct Resources {
  Lexicon lexicon;
  Model model;  ///< do two units state one claim (similarity.h)
  Model clause; ///< does a clause window state what another unit or clause states (link.cc)
  Model event;  ///< do two sources report one event (event.h)
  WordLists words;  ///< the longer fixed word lists of the fact readers and conflict finders (words.h)
};

/// The data in use: what load_data() last accepted, else the embedded bundle (native builds),
/// else nullptr.
const Resources* resources();

/// Parses a bundle into `out`; returns an error message, or "" on success. A model trained on
/// other features than the engine measures is an error unless `any_features`.
std::string parse_bundle(std::string_view bundle, Resources* out, bool any_features = false);

/// For the tools that measure features to train new models (tools/features): makes `bundle` the
/// data in use whatever features its models were trained on. A change that adds a feature leaves
/// the built-in models behind until they are retrained; measured without this, the training tables
/// would lose the word lists, which load_data() and the built-in data refuse with such models.
/// Returns an error message, or "" on success.
std::string load_data_to_train(std::string_view bundle);

}  // namespace tri
