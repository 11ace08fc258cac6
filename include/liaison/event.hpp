// liaison: meetings and workshops, and who took part.
#ifndef LIAISON_EVENT_HPP
#define LIAISON_EVENT_HPP

#include <liaison/date.hpp>
#include <liaison/record.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace liaison {
inline namespace v1 {

/// A session, panel or working group within an event.
struct EventSession {
  std::string name;         ///< "Session I", "Working Group 2"
  std::string title;        ///< what it was about
  std::string description;
  PartialDate date;

  bool operator==(const EventSession& other) const;
};

/// A meeting, workshop or conference. Needs a name.
struct Event {
  RecordMeta meta;
  std::string name;
  std::string place;    ///< "Podgorica"
  std::string country;  ///< ISO 3166-1 alpha-2
  PartialDate start;
  PartialDate end;
  std::vector<RecordId> organizer_ids;  ///< organizations
  std::vector<EventSession> sessions;
  std::string notes;
  std::vector<std::string> tags;
  std::vector<SourceRef> sources;

  bool operator==(const Event& other) const;
};

enum class ParticipationRole { participant, speaker, organizer, author };
const char* to_string(ParticipationRole role) noexcept;
std::optional<ParticipationRole> participation_role_from_string(std::string_view text) noexcept;

/// A person's, or a whole organization's, part in an event: Europol presented
/// in Session I; Sara Çapaliku wrote the report.
struct Participation {
  RecordMeta meta;
  RecordId event_id = 0;
  RecordId participant_id = 0;  ///< a person or an organization
  ParticipationRole role = ParticipationRole::participant;
  std::string session;  ///< an EventSession name of the event, or empty for the whole event
  std::string notes;
  std::string source;

  bool operator==(const Participation& other) const;
};

}  // namespace v1
}  // namespace liaison

#endif
