// Yahoo! Mail's CSV export writes some characters of its values as HTML
// character references ("O&#39;Brien", "Smith &amp; Sons"): read back as
// the characters they stand for.
#ifndef LIAISON_SRC_FORMATS_CSV_CHARACTER_REFERENCES_HPP
#define LIAISON_SRC_FORMATS_CSV_CHARACTER_REFERENCES_HPP

#include <string>
#include <string_view>

namespace liaison {
inline namespace v1 {
namespace csv {

/// `text` with each numeric reference (&#39; &#x27;) to a Unicode scalar
/// value and each of &amp; &lt; &gt; &quot; &apos; replaced by its
/// character; anything else (a bare '&', an unknown name, a reference to a
/// surrogate or past U+10FFFF) is left as written.
std::string decode_character_references(std::string_view text);

}  // namespace csv
}  // namespace v1
}  // namespace liaison

#endif
