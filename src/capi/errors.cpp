// Versions, codes, the thread-local last error, buffers and the guard.
#include "guard.hpp"

#include <liaison/version.hpp>

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <new>
#include <string>

namespace liaison::capi {
namespace {

// Per thread, so that a failure in one thread never shows in another.
struct LastError {
  int code = LIAISON_OK;
  std::string message;
};

thread_local LastError last_error;

}  // namespace

void set_last_error(int code, std::string message) noexcept {
  last_error.code = code;
  try {
    last_error.message = std::move(message);
  } catch (...) {
    // Out of memory while copying the message: the code still tells.
    last_error.message.clear();
  }
}

void clear_buffer(liaison_buf* buf) noexcept {
  if (buf == nullptr) return;
  std::free(buf->ptr);
  buf->ptr = nullptr;
  buf->size = 0;
  buf->reserved = 0;
}

void fill_buffer(liaison_buf* buf, std::string_view text) {
  // malloc, so that the contents are plain C memory; the old contents go
  // first, so a failure leaves the buffer empty rather than stale.
  clear_buffer(buf);
  auto* memory = static_cast<char*>(std::malloc(text.size() + 1));
  if (memory == nullptr) throw std::bad_alloc();
  if (!text.empty()) std::memcpy(memory, text.data(), text.size());
  memory[text.size()] = '\0';
  buf->ptr = memory;
  buf->size = text.size();
  buf->reserved = text.size() + 1;
}

std::string json_array(const std::vector<std::string>& items) {
  std::size_t size = 2;
  for (const std::string& item : items) size += item.size() + 1;
  std::string array;
  array.reserve(size);
  array += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0) array += ',';
    array += items[i];
  }
  array += ']';
  return array;
}

int guard_impl(const char* function, liaison_buf* out, void (*run)(void*), void* context) noexcept {
  int code = LIAISON_OK;
  try {
    run(context);
    return LIAISON_OK;
  } catch (const Error& error) {
    code = -static_cast<int>(error.code());
    set_last_error(code, error.what());
  } catch (const std::bad_alloc&) {
    code = LIAISON_ENOMEM;
    set_last_error(code, std::string(function) + ": out of memory");
  } catch (const nlohmann::json::parse_error& error) {
    code = LIAISON_EPARSE;
    set_last_error(code, std::string(function) + ": " + error.what());
  } catch (const std::exception& error) {
    code = LIAISON_EUNKNOWN;
    set_last_error(code, std::string(function) + ": " + error.what());
  } catch (...) {
    code = LIAISON_EUNKNOWN;
    set_last_error(code, std::string(function) + ": an unknown exception");
  }
  // An Error of code ok would read as success: it is still a failure.
  if (code == LIAISON_OK) code = LIAISON_EUNKNOWN;
  clear_buffer(out);
  return code;
}

}  // namespace liaison::capi

using liaison::capi::set_last_error;

extern "C" {

LIAISON_EXTERN const char* liaison_version(void) { return liaison::version(); }

LIAISON_EXTERN int liaison_version_number(void) { return LIAISON_VERSION_NUMBER; }

LIAISON_EXTERN const char* liaison_errstr(int code) {
  if (code > 0 || code < LIAISON_ENOMEM) return "unrecognised";
  return liaison::to_string(static_cast<liaison::errc>(-code));
}

LIAISON_EXTERN const char* liaison_error_last(void) {
  return liaison::capi::last_error.message.c_str();
}

LIAISON_EXTERN int liaison_error_last_code(void) { return liaison::capi::last_error.code; }

LIAISON_EXTERN void liaison_error_clear(void) { set_last_error(LIAISON_OK, std::string()); }

LIAISON_EXTERN void liaison_buf_dispose(liaison_buf* buf) { liaison::capi::clear_buffer(buf); }

}  // extern "C"
