// Directory's search functions: the index itself is kept by the write
// functions in directory.cpp (every write refreshes the documents it touches).
#include <liaison/directory.hpp>

#include "directory_impl.hpp"
#include "search/engine.hpp"

namespace liaison {
inline namespace v1 {

std::vector<SearchHit> Directory::search(std::string_view query,
                                         const SearchOptions& options) const {
  return impl_->read("searching", [&] {
    impl_->settle_search_index();
    const std::string region = impl_->store.setting("default_region").value_or("");
    return search::run_search(impl_->store, impl_->search_rows, query, options, region);
  });
}

void Directory::rebuild_search_index(
    const std::function<void(std::size_t done, std::size_t total)>& progress) {
  impl_->write("rebuilding the search index", [&] { impl_->indexer.rebuild(progress); });
}

std::string Directory::check_search_index() const {
  return impl_->read("checking the search index", [&] {
    impl_->settle_search_index();
    return impl_->indexer.check();
  });
}

}  // namespace v1
}  // namespace liaison
