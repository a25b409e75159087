// resources.cc — the data bundle: embedded (native) or loaded (WebAssembly).
#include "resources.h"

#include <memory>

#include "event.h"
#include "similarity.h"
#include "triangulate/triangulate.h"
#include "words.h"

namespace tri {

#if TRI_EMBED_DATA
extern const char* const kEmbeddedPieces[];  // generated from core/data/ (core/bundle_data.cmake)
extern const unsigned kEmbeddedPieceCount;
#endif

namespace {

std::unique_ptr<Resources>& loaded() {
  static std::unique_ptr<Resources> r;
  return r;
}

// The part of `bundle` after the line "@@ <name>" up to the next "@@ " line; empty when absent.
// The search jumps from '@' to '@' (rare elsewhere in the data) rather than from line to line.
std::string_view section(std::string_view bundle, std::string_view name) {
  const auto marker_at = [bundle](size_t from) {  // the next line that starts with "@@ "
    size_t k = bundle.find('@', from);
    while (k != std::string_view::npos && ((k > 0 && bundle[k - 1] != '\n') || bundle.compare(k, 3, "@@ ") != 0))
      k = bundle.find('@', k + 1);
    return k;
  };
  for (size_t at = marker_at(0); at != std::string_view::npos; at = marker_at(at + 1)) {
    const size_t eol = bundle.find('\n', at);
    if (eol == std::string_view::npos) return {};
    if (bundle.substr(at + 3, eol - at - 3) != name) continue;
    const size_t end = marker_at(eol + 1);
    return bundle.substr(eol + 1, end == std::string_view::npos ? std::string_view::npos : end - eol - 1);
  }
  return {};
}

#if TRI_EMBED_DATA
std::string embedded_bundle() {
  std::string bundle;
  for (unsigned k = 0; k < kEmbeddedPieceCount; ++k) bundle += kEmbeddedPieces[k];
  return bundle;
}
#endif

}  // namespace

std::string parse_bundle(std::string_view bundle, Resources* out, bool any_features) {
  const std::string_view lex = section(bundle, "lexicon.txt");
  const std::string_view freq = section(bundle, "frequencies.txt");
  const std::string_view model = section(bundle, "model.txt");
  const std::string_view event = section(bundle, "event-model.txt");
  const std::string_view clause = section(bundle, "clause-model.txt");
  std::string_view words = section(bundle, "words.txt");
#if TRI_EMBED_DATA
  // A bundle of retrained models without the word lists (--data DIR) takes the built-in ones.
  std::string built_in;
  if (words.empty()) {
    built_in = embedded_bundle();
    words = section(built_in, "words.txt");
  }
#endif
  if (lex.empty() || freq.empty() || model.empty() || event.empty() || clause.empty() || words.empty())
    return "engine data: the bundle lacks lexicon.txt, frequencies.txt, model.txt, event-model.txt, "
           "clause-model.txt or words.txt";
  std::string err = read_word_lists(words, &out->words);
  if (err.empty()) err = out->lexicon.load(lex, freq);
  if (err.empty()) err = out->model.load(model);
  if (err.empty()) err = out->event.load(event);
  if (err.empty()) err = out->clause.load(clause);
  if (any_features) return err.empty() ? "" : "engine data: " + err;
  if (err.empty() && out->clause.features() != features_digest())
    err = "clause-model.txt was trained on other features than this engine measures (retrain it)";
  if (err.empty() && out->model.features() != features_digest())
    err = "model.txt was trained on other features than this engine measures (retrain it)";
  if (err.empty() && out->event.features() != event_features_digest())
    err = "event-model.txt was trained on other features than this engine measures (retrain it)";
  return err.empty() ? "" : "engine data: " + err;
}

const Resources* resources() {
  if (loaded()) return loaded().get();
#if TRI_EMBED_DATA
  static const Resources* embedded = [] {
    auto* r = new Resources();
    if (!parse_bundle(embedded_bundle(), r).empty()) {
      delete r;
      return static_cast<Resources*>(nullptr);
    }
    return r;
  }();
  return embedded;
#else
  return nullptr;
#endif
}

namespace {

std::string install(std::string_view bundle, bool any_features) {
  auto r = std::make_unique<Resources>();
  std::string err = parse_bundle(bundle, r.get(), any_features);
  if (!err.empty()) return err;
  loaded() = std::move(r);
  return "";
}

}  // namespace

std::string load_data(std::string_view bundle) { return install(bundle, false); }

std::string load_data_to_train(std::string_view bundle) { return install(bundle, true); }

std::string data_id() {
  const Resources* r = resources();
  return r ? r->model.id() + "+" + r->clause.id() : "";
}

}  // namespace tri
