// liaison: everything in the C++ API, in one include.
#ifndef LIAISON_LIAISON_HPP
#define LIAISON_LIAISON_HPP

#include <liaison/affiliation.hpp>
#include <liaison/contact.hpp>
#include <liaison/csv.hpp>
#include <liaison/date.hpp>
#include <liaison/directory.hpp>
#include <liaison/document.hpp>
#include <liaison/error.hpp>
#include <liaison/event.hpp>
#include <liaison/import_report.hpp>
#include <liaison/journal.hpp>
#include <liaison/json.hpp>
#include <liaison/organization.hpp>
#include <liaison/person.hpp>
#include <liaison/record.hpp>
#include <liaison/vcard.hpp>
#include <liaison/version.hpp>

#endif
