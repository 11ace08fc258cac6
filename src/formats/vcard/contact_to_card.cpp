// Domain values to cards, for export: the standard properties first, then
// liaison's own X-LIAISON-* ones for fields vCard has none for, then what
// an import kept verbatim.
#include "formats/vcard/mapping.hpp"
#include "formats/vcard/mapping_support.hpp"
#include "formats/vcard/version_forms.hpp"

#include "text/country.hpp"
#include "text/utf8.hpp"

#include <liaison/date.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liaison {
inline namespace v1 {
namespace vcard {
namespace {

using namespace mapping;

Property make(const char* name, std::string value) {
  Property property;
  property.name = name;
  property.value = std::move(value);
  return property;
}

Property text_property(const char* name, std::string_view text) {
  return make(name, escape_text(text));
}

void add_parameter(Property& property, std::string name, std::string value) {
  property.parameters.push_back({std::move(name), {std::move(value)}});
}

void add_preference(Property& property, bool preferred, const std::string& version) {
  if (!preferred) return;
  if (version == "3.0") {
    add_parameter(property, "TYPE", "pref");
  } else {
    add_parameter(property, "PREF", "1");
  }
}

// A label that is a TYPE vCard knows goes there; any other becomes an
// Apple-style group label, which Apple, Google and KDE all show.
// (The groups are named "label1", ... rather than Apple's "item1", so that
// they cannot meet the groups of properties kept from an imported card.)
void add_label(Property& property, const std::string& label, int& group_counter) {
  if (label.empty()) return;
  const std::string lower = text::to_lower_ascii(label);
  // "home, work": what a card's TYPE=HOME;TYPE=WORK became; the types again.
  const std::vector<std::string> types = comma_separated(lower);
  // A phone's "work, video" are types too (RFC 6350's TEL types).
  const bool phone = property.name == "TEL";
  if (!types.empty() && std::all_of(types.begin(), types.end(), [&](const std::string& type) {
        return type == "work" || type == "home" || (phone && is_other_phone_type(type));
      })) {
    for (const std::string& type : types) {
      if (!property.has_type(type)) add_parameter(property, "TYPE", type);
    }
    return;
  }
  property.group = "label" + std::to_string(++group_counter);
}

void add_label_property(Card& card, const Property& property, const std::string& label) {
  if (property.group.empty()) return;
  Property ablabel = text_property("X-ABLabel", label);
  ablabel.group = property.group;
  card.properties.push_back(std::move(ablabel));
}

std::string structured(const std::vector<std::string>& components) {
  std::string out;
  for (std::size_t i = 0; i < components.size(); ++i) {
    if (i > 0) out.push_back(';');
    out.append(escape_text(components[i]));
  }
  return out;
}

// "Mr., Dr." as N's list of prefixes, "Mr.,Dr." (RFC 6350 6.2.2), so that
// other programs read two values, not one with a comma in it.
std::string listed(const std::string& values) {
  std::vector<std::string> escaped = comma_separated(values);
  for (std::string& value : escaped) value = escape_text(value);
  return join(escaped, ",");
}

class CardBuilder {
 public:
  explicit CardBuilder(const std::string& version) : version_(version) { card_.version = version; }

  void contacts(const ContactPoints& contacts) {
    for (const Email& email : contacts.emails) {
      Property property = text_property("EMAIL", email.address);
      add_preference(property, email.preferred, version_);
      labelled(std::move(property), email.label);
    }
    for (const Phone& phone : contacts.phones) {
      Property property = text_property("TEL", phone.number);
      std::string label = phone.label;
      switch (phone.kind) {
        case PhoneKind::work: add_parameter(property, "TYPE", "work"); break;
        case PhoneKind::mobile: add_parameter(property, "TYPE", "cell"); break;
        case PhoneKind::fax: add_parameter(property, "TYPE", "fax"); break;
        case PhoneKind::home: add_parameter(property, "TYPE", "home"); break;
        case PhoneKind::other:
          // A pager, car phone, ... is its type; any other "other" phone
          // says so as Apple writes it (TYPE=OTHER), lest it read back as
          // a work phone.
          if (is_other_phone_type(label)) {
            add_parameter(property, "TYPE", text::to_lower_ascii(label));
            label.clear();
          } else {
            add_parameter(property, "TYPE", "other");
          }
          break;
      }
      add_preference(property, phone.preferred, version_);
      labelled(std::move(property), label);
    }
    for (const Url& url : contacts.urls) {
      Property property = text_property("URL", url.url);
      add_preference(property, url.preferred, version_);
      labelled(std::move(property), url.label);
    }
    for (const SocialProfile& profile : contacts.social_profiles) {
      Property property = text_property("X-SOCIALPROFILE", profile.url);
      add_parameter(property, "TYPE", profile.service);
      if (!profile.label.empty()) add_parameter(property, "X-USER", profile.label);
      add_preference(property, profile.preferred, version_);
      add(std::move(property));
    }
    for (const PostalAddress& address : contacts.addresses) {
      // The directory keeps the country as its code; a card names it, as
      // address books show it, and 4.0 adds the code as RFC 9554's CC.
      std::string country = text::country_name(address.country);
      if (country.empty()) country = address.country;
      Property property = make("ADR", structured({"", "", address.street, address.locality,
                                                  address.region, address.postal_code, country}));
      add_preference(property, address.preferred, version_);
      add_label(property, address.label, group_counter_);
      if (version_ == "4.0" && text::is_country_code(address.country)) {
        add_parameter(property, "CC", address.country);
      }
      Property copy = property;
      add(std::move(property));
      add_label_property(card_, copy, address.label);
    }
  }

  void labelled(Property property, const std::string& label) {
    add_label(property, label, group_counter_);
    Property copy = property;
    add(std::move(property));
    add_label_property(card_, copy, label);
  }

  void add(Property property) { card_.properties.push_back(std::move(property)); }

  void text(const char* name, const std::string& value) {
    if (!value.empty()) add(text_property(name, value));
  }

  void list(const char* name, const std::vector<std::string>& values) {
    if (values.empty()) return;
    std::string out;
    for (const std::string& value : values) {
      if (!out.empty()) out.push_back(',');
      out.append(escape_text(value));
    }
    add(make(name, out));
  }

  void uid(const RecordMeta& meta, const std::vector<ExtraField>& extras,
           const std::vector<SourceRef>& sources) {
    // A card's own UID that was not a UUID comes back from the extra fields.
    for (const ExtraField& extra : extras) {
      if (extra.format == "vcard" && text::equals_ignoring_ascii_case(extra.name, "UID")) return;
    }
    if (meta.uid.empty()) return;
    // One that was comes back as the card wrote it ("18F098B5-...", upper
    // case, without urn:uuid:): address books that sync by UID know the
    // contact by that text.
    for (const SourceRef& source : sources) {
      std::string_view key = source.external_key;
      if (text::starts_with_ignoring_ascii_case(key, "urn:uuid:")) key.remove_prefix(9);
      if (text::equals_ignoring_ascii_case(key, meta.uid)) {
        add(make("UID", escape_text(source.external_key)));
        return;
      }
    }
    add(make("UID", version_ == "3.0" ? meta.uid : "urn:uuid:" + meta.uid));
  }

  void rev(const RecordMeta& meta) {
    // "2026-11-29T12:00:00.123Z" -> "20261129T120000Z"
    std::string stamp;
    for (char c : meta.updated_at) {
      if (c == '.') break;
      if (c != '-' && c != ':') stamp.push_back(c);
    }
    if (stamp.size() == 15) add(make("REV", stamp + "Z"));
  }

  void extras(const std::vector<ExtraField>& extras) {
    for (const ExtraField& extra : extras) {
      if (extra.format != "vcard") continue;
      Property property = property_from_extra(extra);
      adapt_binary_to_version(property, version_);
      adapt_geo_to_version(property, version_);
      add(std::move(property));
    }
  }

  void raw_values(const std::vector<RawValue>& raw_values) {
    for (const RawValue& raw : raw_values) {
      if (raw.field == "birthday") {
        Property property = text_property("BDAY", raw.value);
        add_parameter(property, "VALUE", "text");
        add(std::move(property));
        continue;
      }
      // A phone or address that did not validate ("business 1", a number
      // in letters) is still what the card said: other programs get it as
      // the TEL or EMAIL it was, and liaison reads it back as raw again.
      if (raw.field == "phone" || raw.field == "email") {
        add(text_property(raw.field == "phone" ? "TEL" : "EMAIL", raw.value));
        continue;
      }
      Property property = text_property(x_raw, raw.value);
      add_parameter(property, "FIELD", raw.field);
      if (!raw.reason.empty()) add_parameter(property, "REASON", raw.reason);
      add(std::move(property));
    }
  }

  Card take() {
    if (version_ == "4.0") move_labels_into_addresses(card_);
    return std::move(card_);
  }

 private:
  const std::string& version_;
  Card card_;
  int group_counter_ = 0;
};

}  // namespace

Card card_from_person(const Person& person, const std::vector<ExportedAffiliation>& affiliations,
                      const std::string& version) {
  CardBuilder out(version);
  // N is required in 3.0 and optional in 4.0, where a person known only by
  // a display name or an e-mail address goes without one.
  if (version == "3.0" || !person.family_names.empty() || !person.given_names.empty() ||
      !person.prefix.empty() || !person.suffix.empty()) {
    std::string n = structured({person.family_names, person.given_names, ""});
    n.append(";").append(listed(person.prefix)).append(";").append(listed(person.suffix));
    out.add(make("N", n));
  }
  out.add(text_property("FN", person.name()));
  for (const LocalizedName& name : person.alternative_names) {
    Property property = text_property(version == "3.0" ? x_alternative_name : "FN", name.value);
    if (!name.language.empty()) add_parameter(property, "LANGUAGE", name.language);
    out.add(std::move(property));
  }
  out.list("NICKNAME", person.nicknames);
  if (!person.birthday.empty()) out.add(make("BDAY", person.birthday.to_string()));
  for (const std::string& language : person.languages) out.text("LANG", language);
  for (std::size_t i = 0; i < affiliations.size(); ++i) {
    const ExportedAffiliation& affiliation = affiliations[i];
    // The first position goes ungrouped, as every reader expects; further
    // ones are grouped so that each ORG keeps its TITLE and ROLE.
    const std::string group = i == 0 ? std::string() : "position" + std::to_string(i + 1);
    auto grouped = [&](Property property) {
      property.group = group;
      out.add(std::move(property));
    };
    grouped(make("ORG", structured(affiliation.organization)));
    if (!affiliation.title.empty()) grouped(text_property("TITLE", affiliation.title));
    if (!affiliation.role.empty()) grouped(text_property("ROLE", affiliation.role));
  }
  out.contacts(person.contacts);
  out.text(x_country, person.country);
  for (const Identifier& identifier : person.identifiers) {
    Property property = text_property(x_identifier, identifier.value);
    if (!identifier.scheme.empty()) add_parameter(property, "SCHEME", identifier.scheme);
    out.add(std::move(property));
  }
  const DataProtection& protection = person.data_protection;
  if (protection.lawful_basis != LawfulBasis::unspecified) {
    out.text(x_lawful_basis, to_string(protection.lawful_basis));
  }
  out.text(x_consent_date, protection.consent_date.to_string());
  out.text(x_consent_source, protection.consent_source);
  out.text(x_retention_review, protection.retention_review.to_string());
  out.list("CATEGORIES", person.tags);
  out.text("NOTE", person.notes);
  out.raw_values(person.raw_values);
  out.extras(person.extra_fields);
  out.uid(person.meta, person.extra_fields, person.sources);
  out.rev(person.meta);
  return out.take();
}

Card card_from_organization(const Organization& organization,
                            const std::vector<std::string>& organization_path,
                            const std::string& version) {
  CardBuilder out(version);
  if (version == "3.0") {
    // 3.0 requires N; Apple's organization cards leave it empty, or hold
    // the contact person's name, kept from the card as written.
    const bool kept_n =
        std::any_of(organization.extra_fields.begin(), organization.extra_fields.end(),
                    [](const ExtraField& e) {
                      return e.format == "vcard" && text::equals_ignoring_ascii_case(e.name, "N");
                    });
    if (!kept_n) out.add(make("N", ";;;;"));
    out.add(make("X-ABShowAs", "COMPANY"));
  } else {
    out.add(make("KIND", "org"));
  }
  out.add(text_property("FN", organization.display_name()));
  std::vector<std::string> path = organization_path;
  path.push_back(organization.display_name());
  out.add(make("ORG", structured(path)));
  if (!organization.acronym.empty()) {
    Property property = text_property("NICKNAME", organization.acronym);
    add_parameter(property, field_marker, "acronym");
    out.add(std::move(property));
  }
  for (const LocalizedName& alias : organization.aliases) {
    Property property = text_property("NICKNAME", alias.value);
    if (!alias.language.empty()) add_parameter(property, "LANGUAGE", alias.language);
    out.add(std::move(property));
  }
  if (organization.kind != OrganizationKind::unspecified) {
    out.text(x_organization_kind, to_string(organization.kind));
  }
  if (!organization.website.empty()) {
    Property property = text_property("URL", organization.website);
    add_parameter(property, field_marker, "website");
    out.add(std::move(property));
  }
  out.contacts(organization.contacts);
  out.text(x_country, organization.country);
  out.list("CATEGORIES", organization.tags);
  out.text("NOTE", organization.notes);
  out.raw_values(organization.raw_values);
  out.extras(organization.extra_fields);
  out.uid(organization.meta, organization.extra_fields, organization.sources);
  out.rev(organization.meta);
  return out.take();
}

}  // namespace vcard
}  // namespace v1
}  // namespace liaison
