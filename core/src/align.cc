// align.cc — cross-source alignment (being written).
#include "engine.h"

namespace tri {
void link_units(const Options&, const std::vector<SourceData>&, Result*) {}
}  // namespace tri
