// Lengths and counts as LEB128 varints, strings as their bytes, in the
// order of PersonProfile's members.
#include "dedup/profile_codec.hpp"

#include <cstdint>

namespace liaison {
inline namespace v1 {
namespace dedup {
namespace {

class Packer {
 public:
  void number(std::uint64_t value) {
    while (value >= 0x80) {
      out_.push_back(static_cast<char>((value & 0x7f) | 0x80));
      value >>= 7;
    }
    out_.push_back(static_cast<char>(value));
  }
  void text(const std::string& value) {
    number(value.size());
    out_.append(value);
  }
  void texts(const std::vector<std::string>& values) {
    number(values.size());
    for (const std::string& value : values) text(value);
  }
  void names(const std::vector<NameForm>& forms) {
    number(forms.size());
    for (const NameForm& form : forms) {
      texts(form.given);
      texts(form.family);
      text(form.family_joined);
      text(form.family_phonetic);
    }
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Unpacker {
 public:
  explicit Unpacker(std::string_view in) : in_(in) {}
  std::uint64_t number() {
    std::uint64_t value = 0;
    for (int shift = 0; at_ < in_.size() && shift < 64; shift += 7) {
      const auto byte = static_cast<unsigned char>(in_[at_++]);
      value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) break;
    }
    return value;
  }
  std::string text() {
    const auto size = static_cast<std::size_t>(number());
    std::string value(in_.substr(at_, size));
    at_ += value.size();
    return value;
  }
  std::vector<std::string> texts() {
    std::vector<std::string> values(static_cast<std::size_t>(number()));
    for (std::string& value : values) value = text();
    return values;
  }
  std::vector<NameForm> names() {
    std::vector<NameForm> forms(static_cast<std::size_t>(number()));
    for (NameForm& form : forms) {
      form.given = texts();
      form.family = texts();
      form.family_joined = text();
      form.family_phonetic = text();
    }
    return forms;
  }

 private:
  std::string_view in_;
  std::size_t at_ = 0;
};

}  // namespace

std::string pack(const PersonProfile& profile) {
  Packer packer;
  packer.number(static_cast<std::uint64_t>(profile.id));
  packer.names(profile.names);
  packer.names(profile.swapped_names);
  packer.texts(profile.nicknames);
  packer.texts(profile.emails);
  packer.texts(profile.phones);
  packer.texts(profile.mobile_phones);
  packer.texts(profile.identifiers);
  packer.text(profile.birthday);
  packer.number(profile.addresses.size());
  for (const AddressKey& address : profile.addresses) {
    packer.text(address.street);
    packer.text(address.locality);
    packer.text(address.postal_code);
    packer.text(address.region);
  }
  packer.number(profile.organizations.size());
  for (RecordId id : profile.organizations) packer.number(static_cast<std::uint64_t>(id));
  packer.text(profile.country);
  return packer.take();
}

PersonProfile unpack_person_profile(std::string_view packed) {
  Unpacker unpacker(packed);
  PersonProfile profile;
  profile.id = static_cast<RecordId>(unpacker.number());
  profile.names = unpacker.names();
  profile.swapped_names = unpacker.names();
  profile.nicknames = unpacker.texts();
  profile.emails = unpacker.texts();
  profile.phones = unpacker.texts();
  profile.mobile_phones = unpacker.texts();
  profile.identifiers = unpacker.texts();
  profile.birthday = unpacker.text();
  profile.addresses.resize(static_cast<std::size_t>(unpacker.number()));
  for (AddressKey& address : profile.addresses) {
    address.street = unpacker.text();
    address.locality = unpacker.text();
    address.postal_code = unpacker.text();
    address.region = unpacker.text();
  }
  profile.organizations.resize(static_cast<std::size_t>(unpacker.number()));
  for (RecordId& id : profile.organizations) id = static_cast<RecordId>(unpacker.number());
  profile.country = unpacker.text();
  return profile;
}

}  // namespace dedup
}  // namespace v1
}  // namespace liaison
