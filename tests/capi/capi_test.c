/* The C ABI as a C program sees it: every entry point of liaison.h, its
 * results and its error paths, compiled as C99 and linked to libliaison.so
 * only. Each CHECK failure prints file:line and the expression; main
 * returns non-zero when any failed. */
#define _POSIX_C_SOURCE 200809L

#include <liaison/liaison.h>

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int failures = 0;
static int checks = 0;

#define CHECK(expression)                                                               \
  do {                                                                                  \
    ++checks;                                                                           \
    if (!(expression)) {                                                                \
      ++failures;                                                                       \
      fprintf(stderr, "%s:%d: CHECK failed: %s (last error: %s)\n", __FILE__, __LINE__, \
              #expression, liaison_error_last());                                       \
    }                                                                                   \
  } while (0)

/* A call expected to give `code`. */
#define CHECK_CODE(call, code) CHECK((call) == (code))

static int contains(const char* text, const char* part) {
  return text != NULL && strstr(text, part) != NULL;
}

/* The integer after the first `"member":` in a JSON text; -1 when absent. */
static long long json_int(const char* json, const char* member) {
  char key[64];
  const char* found;
  snprintf(key, sizeof key, "\"%s\":", member);
  found = json == NULL ? NULL : strstr(json, key);
  return found == NULL ? -1 : strtoll(found + strlen(key), NULL, 10);
}

static char temp_dir[256];

static void temp_path(char* out, size_t size, const char* name) {
  snprintf(out, size, "%s/%s", temp_dir, name);
}

static liaison_directory* open_memory(void) {
  liaison_directory* dir = NULL;
  CHECK_CODE(liaison_directory_open(&dir, ":memory:", NULL), LIAISON_OK);
  CHECK(dir != NULL);
  return dir;
}

/* ---- Versions, codes, buffers ---------------------------------------- */

static void test_versions_and_codes(void) {
  static const int codes[] = {LIAISON_OK,        LIAISON_EUNKNOWN,   LIAISON_ENOTFOUND,
                              LIAISON_EEXISTS,   LIAISON_EINVAL,     LIAISON_EPARSE,
                              LIAISON_EIO,       LIAISON_EBUSY,      LIAISON_ECORRUPT,
                              LIAISON_EVERSION,  LIAISON_EAMBIGUOUS, LIAISON_ECONSTRAINT,
                              LIAISON_EREADONLY, LIAISON_ENOMEM};
  static const char* const names[] = {
      "ok",          "unknown",    "not_found", "already_exists", "invalid_argument",
      "parse_error", "io_error",   "busy",      "corrupt",        "version_mismatch",
      "ambiguous",   "constraint", "read_only", "out_of_memory"};
  size_t i;
  CHECK(strcmp(liaison_version(), LIAISON_VERSION_STRING) == 0);
  CHECK(liaison_version_number() == LIAISON_VERSION_NUMBER);
  for (i = 0; i < sizeof codes / sizeof codes[0]; ++i) {
    CHECK(codes[i] == -(int)i);
    CHECK(strcmp(liaison_errstr(codes[i]), names[i]) == 0);
  }
  CHECK(strcmp(liaison_errstr(-14), "unrecognised") == 0);
  CHECK(strcmp(liaison_errstr(1), "unrecognised") == 0);
  CHECK(strcmp(liaison_errstr(-1000), "unrecognised") == 0);

  liaison_error_clear();
  CHECK(strcmp(liaison_error_last(), "") == 0);
  CHECK(liaison_error_last_code() == LIAISON_OK);
  CHECK_CODE(liaison_person_get(NULL, NULL, 1), LIAISON_EINVAL);
  CHECK(liaison_error_last_code() == LIAISON_EINVAL);
  CHECK(strcmp(liaison_error_last(), "liaison_person_get: dir is NULL") == 0);
  /* Success leaves the last error alone, as errno is left. */
  CHECK(strcmp(liaison_version(), LIAISON_VERSION_STRING) == 0);
  CHECK(liaison_error_last_code() == LIAISON_EINVAL);
  liaison_error_clear();
  CHECK(strcmp(liaison_error_last(), "") == 0);
  CHECK(liaison_error_last_code() == LIAISON_OK);

  liaison_buf_dispose(NULL);
  {
    liaison_buf empty = LIAISON_BUF_INIT;
    liaison_buf_dispose(&empty);
    CHECK(empty.ptr == NULL && empty.size == 0);
  }
}

static void test_options_init(void) {
  liaison_open_options open_opts;
  liaison_search_options search_opts;
  liaison_import_options import_opts;
  liaison_export_options export_opts;
  liaison_dedup_options dedup_opts;

  CHECK_CODE(liaison_open_options_init(&open_opts, LIAISON_OPEN_OPTIONS_VERSION), LIAISON_OK);
  CHECK(open_opts.version == 1 && open_opts.create == 1 && open_opts.read_only == 0);
  CHECK(open_opts.busy_timeout_ms == 10000 && open_opts.actor == NULL);
  CHECK_CODE(liaison_open_options_init(&open_opts, 2), LIAISON_EINVAL);
  CHECK(contains(liaison_error_last(), "version"));
  CHECK_CODE(liaison_open_options_init(NULL, 1), LIAISON_EINVAL);
  CHECK(contains(liaison_error_last(), "opts is NULL"));

  CHECK_CODE(liaison_search_options_init(&search_opts, LIAISON_SEARCH_OPTIONS_VERSION), LIAISON_OK);
  CHECK(search_opts.limit == 20 && search_opts.offset == 0 && search_opts.exact == 0);
  CHECK(search_opts.kind == NULL && search_opts.as_of == NULL);
  CHECK_CODE(liaison_search_options_init(&search_opts, 0), LIAISON_EINVAL);
  CHECK_CODE(liaison_search_options_init(NULL, 1), LIAISON_EINVAL);

  CHECK_CODE(liaison_import_options_init(&import_opts, LIAISON_IMPORT_OPTIONS_VERSION), LIAISON_OK);
  CHECK(import_opts.skip_bad == 0 && import_opts.on_match == NULL && import_opts.delimiter == 0);
  CHECK_CODE(liaison_import_options_init(&import_opts, 7), LIAISON_EINVAL);
  CHECK_CODE(liaison_import_options_init(NULL, 1), LIAISON_EINVAL);

  CHECK_CODE(liaison_export_options_init(&export_opts, LIAISON_EXPORT_OPTIONS_VERSION), LIAISON_OK);
  CHECK(export_opts.fold == 1 && export_opts.excel == 0 && export_opts.preset == NULL);
  CHECK_CODE(liaison_export_options_init(&export_opts, 99), LIAISON_EINVAL);
  CHECK_CODE(liaison_export_options_init(NULL, 1), LIAISON_EINVAL);

  CHECK_CODE(liaison_dedup_options_init(&dedup_opts, LIAISON_DEDUP_OPTIONS_VERSION), LIAISON_OK);
  CHECK(dedup_opts.duplicate_threshold == 11.0 && dedup_opts.possible_threshold == 7.0);
  CHECK(isnan(dedup_opts.min_score) && dedup_opts.include_kept_apart == 0);
  CHECK_CODE(liaison_dedup_options_init(&dedup_opts, 2), LIAISON_EINVAL);
  CHECK_CODE(liaison_dedup_options_init(NULL, 1), LIAISON_EINVAL);
}

/* ---- Opening ---------------------------------------------------------- */

static void test_open(void) {
  char path[512];
  char missing[512];
  liaison_open_options opts;
  liaison_directory* dir = NULL;
  liaison_directory* reader = NULL;
  liaison_buf buf = LIAISON_BUF_INIT;

  temp_path(path, sizeof path, "open.db");
  temp_path(missing, sizeof missing, "no/such/dir/x.db");
  CHECK_CODE(liaison_directory_open(NULL, path, NULL), LIAISON_EINVAL);
  CHECK(contains(liaison_error_last(), "out is NULL"));
  dir = (liaison_directory*)&opts; /* must be reset to NULL on failure */
  CHECK_CODE(liaison_directory_open(&dir, NULL, NULL), LIAISON_EINVAL);
  CHECK(dir == NULL);
  CHECK(contains(liaison_error_last(), "path is NULL"));
  CHECK_CODE(liaison_directory_open(&dir, missing, NULL), LIAISON_EIO);
  CHECK(dir == NULL);

  liaison_open_options_init(&opts, LIAISON_OPEN_OPTIONS_VERSION);
  opts.create = 0;
  CHECK(liaison_directory_open(&dir, path, &opts) != LIAISON_OK);
  CHECK(dir == NULL);
  opts.version = 2;
  CHECK_CODE(liaison_directory_open(&dir, path, &opts), LIAISON_EINVAL);
  CHECK(contains(liaison_error_last(), "version"));

  liaison_open_options_init(&opts, LIAISON_OPEN_OPTIONS_VERSION);
  opts.actor = "capi-test";
  opts.default_region = "AL";
  CHECK_CODE(liaison_directory_open(&dir, path, &opts), LIAISON_OK);
  CHECK(strcmp(liaison_directory_path(dir), path) == 0);
  CHECK(strcmp(liaison_directory_path(NULL), "") == 0);
  CHECK_CODE(liaison_directory_default_region(&buf, dir), LIAISON_OK);
  CHECK(strcmp(buf.ptr, "AL") == 0 && buf.size == 2);
  CHECK_CODE(liaison_directory_set_default_region(dir, "RS"), LIAISON_OK);
  CHECK_CODE(liaison_directory_default_region(&buf, dir), LIAISON_OK); /* reused */
  CHECK(strcmp(buf.ptr, "RS") == 0);
  CHECK_CODE(liaison_directory_set_default_region(dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_directory_set_default_region(NULL, "AL"), LIAISON_EINVAL);
  CHECK_CODE(liaison_directory_default_region(&buf, NULL), LIAISON_EINVAL);
  CHECK(buf.ptr == NULL && buf.size == 0); /* emptied on failure */
  CHECK_CODE(liaison_directory_default_region(NULL, dir), LIAISON_EINVAL);
  CHECK_CODE(
      liaison_person_add(NULL, dir, "{\"given_names\": \"Ana\", \"family_names\": \"Kola\"}"),
      LIAISON_OK);
  CHECK_CODE(liaison_directory_check(&buf, dir), LIAISON_OK);
  CHECK(buf.ptr != NULL && strcmp(buf.ptr, "") == 0);
  CHECK_CODE(liaison_directory_check(&buf, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_directory_check(NULL, dir), LIAISON_EINVAL);
  CHECK_CODE(liaison_directory_reindex(dir), LIAISON_OK);
  CHECK_CODE(liaison_directory_reindex(NULL), LIAISON_EINVAL);

  /* Read-only: reads work, writes fail with LIAISON_EREADONLY. */
  liaison_open_options_init(&opts, LIAISON_OPEN_OPTIONS_VERSION);
  opts.read_only = 1;
  CHECK_CODE(liaison_directory_open(&reader, path, &opts), LIAISON_OK);
  CHECK_CODE(liaison_person_list(&buf, reader, 0, 0), LIAISON_OK);
  CHECK(contains(buf.ptr, "Kola"));
  CHECK_CODE(liaison_person_add(&buf, reader, "{\"given_names\": \"Ben\"}"), LIAISON_EREADONLY);
  CHECK(buf.ptr == NULL);
  CHECK(liaison_error_last_code() == LIAISON_EREADONLY);
  CHECK_CODE(liaison_directory_set_default_region(reader, "XK"), LIAISON_EREADONLY);

  liaison_directory_free(reader);
  liaison_directory_free(dir);
  liaison_directory_free(NULL);
  liaison_buf_dispose(&buf);
}

/* ---- Records ---------------------------------------------------------- */

static void test_records(void) {
  liaison_directory* dir = open_memory();
  liaison_buf buf = LIAISON_BUF_INIT;
  liaison_buf other = LIAISON_BUF_INIT;
  long long osce, person, affiliation, event, participation;
  int64_t found = 0;
  char json[512];
  char* updated;

  /* Organizations */
  CHECK_CODE(liaison_organization_add(&buf, dir,
                                      "{\"name\": \"Organization for Security and Co-operation "
                                      "in Europe\", \"acronym\": \"OSCE\", \"uid\": \"osce-uid\"}"),
             LIAISON_OK);
  osce = json_int(buf.ptr, "id");
  CHECK(osce > 0);
  CHECK(contains(buf.ptr, "\"kind\":\"organization\"") && contains(buf.ptr, "\"revision\":1"));
  CHECK(strlen(buf.ptr) == buf.size);
  CHECK_CODE(liaison_organization_add(&buf, dir, "{\"name\": \"X\", \"uid\": \"osce-uid\"}"),
             LIAISON_EEXISTS);
  CHECK(buf.ptr == NULL);
  CHECK_CODE(liaison_organization_add(&buf, dir, "{\"name\": "), LIAISON_EPARSE);
  CHECK_CODE(liaison_organization_add(&buf, dir, "{\"name\": \"X\", \"colour\": \"red\"}"),
             LIAISON_EINVAL);
  CHECK(contains(liaison_error_last(), "colour"));
  CHECK_CODE(liaison_organization_add(&buf, dir, NULL), LIAISON_EINVAL);
  CHECK(contains(liaison_error_last(), "json is NULL"));
  CHECK_CODE(liaison_organization_add(&buf, NULL, "{}"), LIAISON_EINVAL);
  CHECK_CODE(liaison_organization_get(&buf, dir, osce), LIAISON_OK);
  CHECK(contains(buf.ptr, "\"acronym\":\"OSCE\""));
  CHECK_CODE(liaison_organization_get(&buf, dir, 999), LIAISON_ENOTFOUND);
  CHECK(buf.ptr == NULL);
  CHECK_CODE(liaison_organization_get(NULL, dir, osce), LIAISON_EINVAL);
  CHECK_CODE(liaison_organization_get(&buf, NULL, osce), LIAISON_EINVAL);
  snprintf(json, sizeof json,
           "{\"id\": %lld, \"name\": \"Organization for Security and Co-operation in Europe\", "
           "\"acronym\": \"OSCE\", \"aliases\": [{\"value\": \"ОБСЕ\", \"language\": \"sr\"}]}",
           osce);
  CHECK_CODE(liaison_organization_update(&buf, dir, json), LIAISON_OK);
  CHECK(contains(buf.ptr, "ОБСЕ"));
  CHECK_CODE(liaison_organization_update(NULL, dir, json), LIAISON_OK);
  CHECK_CODE(liaison_organization_update(&buf, dir, "{\"id\": 999, \"name\": \"Nobody\"}"),
             LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_organization_update(&buf, dir, "[1,"), LIAISON_EPARSE);
  CHECK_CODE(liaison_organization_update(&buf, NULL, json), LIAISON_EINVAL);
  CHECK_CODE(liaison_organization_update(&buf, dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_organization_add(NULL, dir, "{\"name\": \"Mary Ward Loreto Foundation\"}"),
             LIAISON_OK);
  CHECK_CODE(liaison_organization_list(&buf, dir, 0, 0), LIAISON_OK);
  CHECK(buf.ptr[0] == '[' && contains(buf.ptr, "OSCE") && contains(buf.ptr, "Loreto"));
  CHECK_CODE(liaison_organization_list(&buf, dir, 1, 0), LIAISON_OK);
  CHECK_CODE(liaison_organization_list(&other, dir, 1, 1), LIAISON_OK);
  CHECK(contains(buf.ptr, "OSCE") != contains(other.ptr, "OSCE"));
  CHECK(contains(buf.ptr, "Loreto") != contains(other.ptr, "Loreto"));
  CHECK_CODE(liaison_organization_list(NULL, dir, 0, 0), LIAISON_EINVAL);
  CHECK_CODE(liaison_organization_list(&buf, NULL, 0, 0), LIAISON_EINVAL);
  CHECK_CODE(liaison_organization_find(&buf, dir, "обсе"), LIAISON_OK);
  CHECK(json_int(buf.ptr, "id") == osce);
  CHECK_CODE(liaison_organization_find(&buf, dir, "nothing"), LIAISON_OK);
  CHECK(strcmp(buf.ptr, "[]") == 0);
  CHECK_CODE(liaison_organization_find(&buf, dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_organization_find(NULL, dir, "osce"), LIAISON_EINVAL);
  CHECK_CODE(liaison_organization_find(&buf, NULL, "osce"), LIAISON_EINVAL);

  /* People */
  CHECK_CODE(liaison_person_add(&buf, dir,
                                "{\"given_names\": \"Sara\", \"family_names\": \"Çapaliku\", "
                                "\"emails\": [{\"address\": \"sara@example.org\"}]}"),
             LIAISON_OK);
  person = json_int(buf.ptr, "id");
  CHECK(person > 0 && contains(buf.ptr, "\"name\":\"Sara Çapaliku\""));
  CHECK_CODE(liaison_person_add(&buf, dir, "{\"given_names\": \"X\", \"shoe_size\": 42}"),
             LIAISON_EINVAL);
  CHECK(contains(liaison_error_last(), "shoe_size"));
  CHECK_CODE(liaison_person_add(&buf, dir, "not json"), LIAISON_EPARSE);
  CHECK_CODE(liaison_person_add(&buf, dir,
                                "{\"given_names\": \"X\", "
                                "\"emails\": [{\"address\": \"not an address\"}]}"),
             LIAISON_EINVAL);
  CHECK_CODE(liaison_person_add(&buf, NULL, "{}"), LIAISON_EINVAL);
  CHECK_CODE(liaison_person_add(&buf, dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_person_get(&buf, dir, person), LIAISON_OK);
  CHECK(contains(buf.ptr, "sara@example.org"));
  CHECK_CODE(liaison_person_get(&buf, dir, osce), LIAISON_ENOTFOUND); /* an organization's id */
  CHECK_CODE(liaison_person_get(NULL, dir, person), LIAISON_EINVAL);
  CHECK_CODE(liaison_person_get(&other, dir, person), LIAISON_OK);
  updated = (char*)malloc(other.size + 64);
  /* Edit the stored object: change the given name, keep the rest. */
  {
    const char* at = strstr(other.ptr, "\"given_names\":\"Sara\"");
    CHECK(at != NULL);
    if (at != NULL) {
      size_t head = (size_t)(at - other.ptr);
      memcpy(updated, other.ptr, head);
      strcpy(updated + head, "\"given_names\":\"Sara M.\"");
      strcat(updated, at + strlen("\"given_names\":\"Sara\""));
      CHECK_CODE(liaison_person_update(&buf, dir, updated), LIAISON_OK);
      CHECK(contains(buf.ptr, "Sara M. Çapaliku") && json_int(buf.ptr, "revision") == 2);
    }
  }
  free(updated);
  CHECK_CODE(liaison_person_update(&buf, dir, "{\"id\": 12345, \"given_names\": \"Nobody\"}"),
             LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_person_update(&buf, dir, "{"), LIAISON_EPARSE);
  CHECK_CODE(liaison_person_update(&buf, NULL, "{}"), LIAISON_EINVAL);
  CHECK_CODE(liaison_person_update(&buf, dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_person_list(&buf, dir, 0, 0), LIAISON_OK);
  CHECK(contains(buf.ptr, "Çapaliku"));
  CHECK_CODE(liaison_person_list(&buf, dir, 5, 1), LIAISON_OK);
  CHECK(strcmp(buf.ptr, "[]") == 0);
  CHECK_CODE(liaison_person_list(NULL, dir, 0, 0), LIAISON_EINVAL);
  CHECK_CODE(liaison_person_list(&buf, NULL, 0, 0), LIAISON_EINVAL);

  /* Affiliations */
  snprintf(json, sizeof json,
           "{\"person_id\": %lld, \"organization_id\": %lld, \"title\": \"Adviser\", "
           "\"start\": \"2015\"}",
           person, osce);
  CHECK_CODE(liaison_affiliation_add(&buf, dir, json), LIAISON_OK);
  affiliation = json_int(buf.ptr, "id");
  CHECK(affiliation > 0 && contains(buf.ptr, "\"kind\":\"affiliation\""));
  /* The library refuses a link to a missing record as a bad value, naming it. */
  CHECK_CODE(liaison_affiliation_add(&buf, dir, "{\"person_id\": 999, \"organization_id\": 998}"),
             LIAISON_EINVAL);
  CHECK(contains(liaison_error_last(), "person_id"));
  CHECK_CODE(liaison_affiliation_add(&buf, dir, "{\"person_id\": 1, \"bogus\": 1}"),
             LIAISON_EINVAL);
  CHECK_CODE(liaison_affiliation_add(&buf, NULL, json), LIAISON_EINVAL);
  CHECK_CODE(liaison_affiliation_add(&buf, dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_affiliation_get(&buf, dir, affiliation), LIAISON_OK);
  CHECK(contains(buf.ptr, "Adviser"));
  CHECK_CODE(liaison_affiliation_get(&buf, dir, person), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_affiliation_get(NULL, dir, affiliation), LIAISON_EINVAL);
  CHECK_CODE(liaison_affiliation_get(&buf, NULL, affiliation), LIAISON_EINVAL);
  snprintf(json, sizeof json,
           "{\"id\": %lld, \"person_id\": %lld, \"organization_id\": %lld, "
           "\"title\": \"Senior Adviser\", \"start\": \"2015\"}",
           affiliation, person, osce);
  CHECK_CODE(liaison_affiliation_update(&buf, dir, json), LIAISON_OK);
  CHECK(contains(buf.ptr, "Senior Adviser"));
  CHECK_CODE(liaison_affiliation_update(&buf, dir, "{\"id\": 999, \"person_id\": 1}"),
             LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_affiliation_update(&buf, NULL, json), LIAISON_EINVAL);
  CHECK_CODE(liaison_affiliation_update(&buf, dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_affiliation_list(&buf, dir, person, 0), LIAISON_OK);
  CHECK(contains(buf.ptr, "\"person_name\":\"Sara M. Çapaliku\""));
  CHECK(contains(buf.ptr,
                 "\"organization_name\":\"Organization for Security and Co-operation in Europe "
                 "(OSCE)\""));
  CHECK_CODE(liaison_affiliation_list(&buf, dir, osce, 1), LIAISON_OK);
  CHECK(json_int(buf.ptr, "id") == affiliation);
  CHECK_CODE(liaison_affiliation_list(&buf, dir, 999, 0), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_affiliation_list(&buf, dir, affiliation, 0), LIAISON_EINVAL);
  CHECK_CODE(liaison_affiliation_list(NULL, dir, person, 0), LIAISON_EINVAL);
  CHECK_CODE(liaison_affiliation_list(&buf, NULL, person, 0), LIAISON_EINVAL);

  /* Events and participations */
  CHECK_CODE(liaison_event_add(&buf, dir,
                               "{\"name\": \"Regional workshop\", \"place\": \"Podgorica\", "
                               "\"start\": \"2016-08-31\", \"end\": \"2016-09-01\"}"),
             LIAISON_OK);
  event = json_int(buf.ptr, "id");
  CHECK(event > 0 && contains(buf.ptr, "Podgorica"));
  CHECK_CODE(liaison_event_add(&buf, dir, "{\"name\": \"x\", \"when\": 1}"), LIAISON_EINVAL);
  CHECK_CODE(liaison_event_add(&buf, NULL, "{}"), LIAISON_EINVAL);
  CHECK_CODE(liaison_event_add(&buf, dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_event_get(&buf, dir, event), LIAISON_OK);
  CHECK(contains(buf.ptr, "Regional workshop"));
  CHECK_CODE(liaison_event_get(&buf, dir, 999), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_event_get(NULL, dir, event), LIAISON_EINVAL);
  CHECK_CODE(liaison_event_get(&buf, NULL, event), LIAISON_EINVAL);
  snprintf(json, sizeof json,
           "{\"id\": %lld, \"name\": \"Regional workshop on THB\", \"place\": \"Podgorica\"}",
           event);
  CHECK_CODE(liaison_event_update(&buf, dir, json), LIAISON_OK);
  CHECK(contains(buf.ptr, "on THB"));
  CHECK_CODE(liaison_event_update(&buf, dir, "{\"id\": 999, \"name\": \"x\"}"), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_event_update(&buf, NULL, json), LIAISON_EINVAL);
  CHECK_CODE(liaison_event_update(&buf, dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_event_list(&buf, dir, 0, 0), LIAISON_OK);
  CHECK(contains(buf.ptr, "on THB"));
  CHECK_CODE(liaison_event_list(NULL, dir, 0, 0), LIAISON_EINVAL);
  CHECK_CODE(liaison_event_list(&buf, NULL, 0, 0), LIAISON_EINVAL);
  snprintf(json, sizeof json, "{\"event_id\": %lld, \"participant_id\": %lld}", event, person);
  CHECK_CODE(liaison_participation_add(&buf, dir, json), LIAISON_OK);
  participation = json_int(buf.ptr, "id");
  CHECK(participation > 0 && contains(buf.ptr, "\"kind\":\"participation\""));
  CHECK_CODE(liaison_participation_add(&buf, dir, "{\"event_id\": 999, \"participant_id\": 998}"),
             LIAISON_EINVAL);
  CHECK(contains(liaison_error_last(), "event_id"));
  CHECK_CODE(liaison_participation_add(&buf, dir, "{\"event_id\": 1, \"seat\": 4}"),
             LIAISON_EINVAL);
  CHECK_CODE(liaison_participation_add(&buf, NULL, json), LIAISON_EINVAL);
  CHECK_CODE(liaison_participation_add(&buf, dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_participation_list(&buf, dir, event), LIAISON_OK);
  CHECK(json_int(buf.ptr, "id") == participation);
  CHECK_CODE(liaison_participation_list(&buf, dir, person), LIAISON_OK);
  CHECK(json_int(buf.ptr, "id") == participation);
  CHECK_CODE(liaison_participation_list(&buf, dir, 999), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_participation_list(NULL, dir, event), LIAISON_EINVAL);
  CHECK_CODE(liaison_participation_list(&buf, NULL, event), LIAISON_EINVAL);

  /* Contacts */
  CHECK_CODE(liaison_contact_add(&buf, dir, person, "phones", "{\"number\": \"+355 4 450 0388\"}"),
             LIAISON_OK);
  CHECK(contains(buf.ptr, "+35544500388"));
  CHECK_CODE(liaison_contact_add(NULL, dir, osce, "urls", "{\"url\": \"https://www.osce.org\"}"),
             LIAISON_OK);
  CHECK_CODE(liaison_organization_get(&buf, dir, osce), LIAISON_OK);
  CHECK(contains(buf.ptr, "https://www.osce.org"));
  CHECK_CODE(liaison_contact_add(&buf, dir, person, "emails", "{\"address\": \"nonsense\"}"),
             LIAISON_EINVAL);
  CHECK_CODE(liaison_contact_add(&buf, dir, person, "emails", "{\"addr\": \"a@b.org\"}"),
             LIAISON_EINVAL);
  CHECK(contains(liaison_error_last(), "addr"));
  CHECK_CODE(liaison_contact_add(&buf, dir, person, "emails", "{\"address\": "), LIAISON_EPARSE);
  CHECK_CODE(liaison_contact_add(&buf, dir, person, "emails", "[1]"), LIAISON_EINVAL);
  CHECK_CODE(liaison_contact_add(&buf, dir, person, "pigeons", "{}"), LIAISON_EINVAL);
  CHECK_CODE(liaison_contact_add(&buf, dir, 999, "emails", "{\"address\": \"a@b.org\"}"),
             LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_contact_add(&buf, dir, event, "emails", "{\"address\": \"a@b.org\"}"),
             LIAISON_EINVAL);
  CHECK_CODE(liaison_contact_add(&buf, NULL, person, "emails", "{}"), LIAISON_EINVAL);
  CHECK_CODE(liaison_contact_add(&buf, dir, person, NULL, "{}"), LIAISON_EINVAL);
  CHECK_CODE(liaison_contact_add(&buf, dir, person, "emails", NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_contact_remove(&buf, dir, person, "emails", 0), LIAISON_OK);
  CHECK(!contains(buf.ptr, "sara@example.org") && contains(buf.ptr, "+35544500388"));
  CHECK_CODE(liaison_contact_remove(&buf, dir, person, "emails", 0), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_contact_remove(NULL, dir, person, "phones", 5), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_contact_remove(&buf, dir, person, "pigeons", 0), LIAISON_EINVAL);
  CHECK_CODE(liaison_contact_remove(&buf, dir, 999, "phones", 0), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_contact_remove(&buf, NULL, person, "phones", 0), LIAISON_EINVAL);
  CHECK_CODE(liaison_contact_remove(&buf, dir, person, NULL, 0), LIAISON_EINVAL);

  /* Any record */
  CHECK_CODE(liaison_record_get(&buf, dir, event), LIAISON_OK);
  CHECK(contains(buf.ptr, "\"kind\":\"event\""));
  CHECK_CODE(liaison_record_get(&buf, dir, person), LIAISON_OK);
  CHECK(contains(buf.ptr, "\"kind\":\"person\""));
  CHECK_CODE(liaison_record_get(&buf, dir, 999), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_record_get(NULL, dir, person), LIAISON_EINVAL);
  CHECK_CODE(liaison_record_get(&buf, NULL, person), LIAISON_EINVAL);
  CHECK_CODE(liaison_record_find_uid(&found, dir, "osce-uid"), LIAISON_OK);
  CHECK(found == osce);
  CHECK_CODE(liaison_record_find_uid(&found, dir, "no-such-uid"), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_record_find_uid(NULL, dir, "osce-uid"), LIAISON_EINVAL);
  CHECK_CODE(liaison_record_find_uid(&found, dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_record_find_uid(&found, NULL, "osce-uid"), LIAISON_EINVAL);
  CHECK_CODE(liaison_record_history(&buf, dir, person), LIAISON_OK);
  CHECK(contains(buf.ptr, "\"operation\":\"create\"") &&
        contains(buf.ptr, "\"operation\":\"update\""));
  CHECK_CODE(liaison_record_history(&buf, dir, 999), LIAISON_OK);
  CHECK(strcmp(buf.ptr, "[]") == 0);
  CHECK_CODE(liaison_record_history(NULL, dir, person), LIAISON_EINVAL);
  CHECK_CODE(liaison_record_history(&buf, NULL, person), LIAISON_EINVAL);
  CHECK_CODE(liaison_record_sources(&buf, dir, person), LIAISON_OK);
  CHECK(strcmp(buf.ptr, "[]") == 0);
  CHECK_CODE(liaison_record_sources(&buf, dir, 999), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_record_sources(NULL, dir, person), LIAISON_EINVAL);
  CHECK_CODE(liaison_record_sources(&buf, NULL, person), LIAISON_EINVAL);
  /* An organization with units is refused; removing the person removes its links. */
  snprintf(json, sizeof json, "{\"name\": \"OSCE Presence in Albania\", \"parent_id\": %lld}",
           osce);
  CHECK_CODE(liaison_organization_add(NULL, dir, json), LIAISON_OK);
  CHECK_CODE(liaison_record_remove(dir, osce), LIAISON_ECONSTRAINT);
  CHECK_CODE(liaison_organization_units(&buf, dir, osce), LIAISON_OK);
  CHECK(buf.ptr[0] == '[' && contains(buf.ptr, "OSCE Presence in Albania"));
  CHECK_CODE(liaison_organization_units(&buf, dir, 999), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_organization_units(NULL, dir, osce), LIAISON_EINVAL);
  CHECK_CODE(liaison_organization_units(&buf, NULL, osce), LIAISON_EINVAL);
  CHECK_CODE(liaison_record_remove(dir, person), LIAISON_OK);
  CHECK_CODE(liaison_affiliation_get(&buf, dir, affiliation), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_record_remove(dir, person), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_record_remove(NULL, person), LIAISON_EINVAL);
  CHECK_CODE(liaison_record_history(&buf, dir, person), LIAISON_OK);
  CHECK(contains(buf.ptr, "\"operation\":\"remove\""));

  liaison_buf_dispose(&buf);
  liaison_buf_dispose(&other);
  CHECK(buf.ptr == NULL && buf.size == 0);
  liaison_directory_free(dir);
}

/* ---- Import, export, search ------------------------------------------ */

static const char vcard_text[] =
    "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r\n"
    "FN:Gerald Neuhaus\r\nN:Neuhaus;Gerald;;;\r\nORG:Europol\r\nTITLE:Specialist\r\n"
    "EMAIL:gerald.neuhaus@example.eu\r\nEND:VCARD\r\n";
static const char csv_text[] =
    "given_name,family_name,organization,email\r\n"
    "Marija,Jovanović,OSCE,marija@example.rs\r\n"
    "Ardit,Hoxha,IOM,ardit@example.al\r\n";

static void test_import_export_search(void) {
  liaison_directory* dir = open_memory();
  liaison_buf report = LIAISON_BUF_INIT;
  liaison_buf buf = LIAISON_BUF_INIT;
  liaison_import_options opts;
  liaison_export_options eopts;
  liaison_search_options sopts;
  char path[512];
  char missing[512];
  size_t count = 0;
  int64_t found = 0;

  temp_path(missing, sizeof missing, "missing.vcf");
  liaison_import_options_init(&opts, LIAISON_IMPORT_OPTIONS_VERSION);

  /* Documents: file and memory. */
  CHECK_CODE(liaison_document_import(&report, dir, LIAISON_SAMPLE_DOCUMENT, NULL), LIAISON_OK);
  CHECK(json_int(report.ptr, "created") > 10 && contains(report.ptr, "\"diagnostics\":["));
  CHECK(contains(report.ptr, "\"matches\":["));
  CHECK_CODE(liaison_document_import(&report, dir, missing, NULL), LIAISON_EIO);
  CHECK(report.ptr == NULL && contains(liaison_error_last(), "missing.vcf"));
  CHECK_CODE(liaison_document_import(&report, NULL, missing, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_document_import(&report, dir, NULL, NULL), LIAISON_EINVAL);
  opts.version = 3;
  CHECK_CODE(liaison_document_import(&report, dir, LIAISON_SAMPLE_DOCUMENT, &opts), LIAISON_EINVAL);
  opts.version = LIAISON_IMPORT_OPTIONS_VERSION;
  {
    static const char doc[] =
        "{\"liaison_document\": 1, \"people\": [{\"key\": \"p1\", \"given_names\": \"Lule\", "
        "\"family_names\": \"Berisha\"}]}";
    opts.source = "inline-doc";
    CHECK_CODE(liaison_document_import_buffer(&report, dir, doc, sizeof doc - 1, "doc.json", &opts),
               LIAISON_OK);
    CHECK(json_int(report.ptr, "created") == 1);
    CHECK_CODE(liaison_record_find_source(&found, dir, "inline-doc", "p1"), LIAISON_OK);
    CHECK_CODE(liaison_record_sources(&buf, dir, found), LIAISON_OK);
    CHECK(contains(buf.ptr, "{\"source\":\"inline-doc\",\"key\":\"p1\"}"));
    opts.source = NULL;
    CHECK_CODE(liaison_document_import_buffer(&report, dir, "{\"liaison_document\": 1,", 23,
                                              "broken.json", NULL),
               LIAISON_EPARSE);
    CHECK(contains(liaison_error_last(), "broken.json"));
    CHECK_CODE(liaison_document_import_buffer(&report, dir, doc, sizeof doc - 1, NULL, NULL),
               LIAISON_EINVAL);
    CHECK_CODE(liaison_document_import_buffer(&report, dir, NULL, 4, "x", NULL), LIAISON_EINVAL);
    CHECK_CODE(liaison_document_import_buffer(&report, NULL, doc, 4, "x", NULL), LIAISON_EINVAL);
  }
  CHECK_CODE(liaison_record_find_source(&found, dir, "inline-doc", "nope"), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_record_find_source(NULL, dir, "a", "b"), LIAISON_EINVAL);
  CHECK_CODE(liaison_record_find_source(&found, dir, NULL, "b"), LIAISON_EINVAL);
  CHECK_CODE(liaison_record_find_source(&found, dir, "a", NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_record_find_source(&found, NULL, "a", "b"), LIAISON_EINVAL);

  /* vCard: file, memory, a broken card, a missing file. */
  CHECK_CODE(liaison_vcard_import(&report, dir,
                                  LIAISON_FIXTURE_DIR "/vcard/roundtrip/albanian-3.0.vcf", NULL),
             LIAISON_OK);
  CHECK(json_int(report.ptr, "read") >= 1);
  CHECK_CODE(
      liaison_vcard_import_buffer(NULL, dir, vcard_text, sizeof vcard_text - 1, "phone.vcf", &opts),
      LIAISON_OK);
  CHECK_CODE(liaison_vcard_import_buffer(&report, dir, vcard_text, sizeof vcard_text - 1,
                                         "phone.vcf", &opts),
             LIAISON_OK);
  /* The same cards again: the records they made are found, not copied. */
  CHECK(json_int(report.ptr, "read") == 1 && json_int(report.ptr, "created") == 0);
  {
    static const char broken[] =
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A B\r\nEND:VCARD\r\n"
        "FN:C D\r\nEND:VCARD\r\n"; /* a card without its BEGIN:VCARD */
    CHECK_CODE(
        liaison_vcard_import_buffer(&report, dir, broken, sizeof broken - 1, "broken.vcf", NULL),
        LIAISON_EPARSE);
    CHECK(contains(liaison_error_last(), "broken.vcf:5"));
    CHECK(report.ptr == NULL);
    opts.skip_bad = 1;
    CHECK_CODE(
        liaison_vcard_import_buffer(&report, dir, broken, sizeof broken - 1, "broken.vcf", &opts),
        LIAISON_OK);
    CHECK(contains(report.ptr, "\"severity\":\"error\""));
    opts.skip_bad = 0;
  }
  CHECK_CODE(liaison_vcard_import(&report, dir, missing, NULL), LIAISON_EIO);
  CHECK_CODE(liaison_vcard_import(&report, NULL, missing, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_vcard_import(&report, dir, NULL, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_vcard_import_buffer(&report, dir, vcard_text, 10, NULL, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_vcard_import_buffer(&report, NULL, vcard_text, 10, "x", NULL), LIAISON_EINVAL);
  opts.on_match = "sometimes";
  CHECK_CODE(
      liaison_vcard_import_buffer(&report, dir, vcard_text, sizeof vcard_text - 1, "x.vcf", &opts),
      LIAISON_EINVAL);
  CHECK(contains(liaison_error_last(), "sometimes"));
  opts.on_match = NULL;

  /* CSV: file, memory, a broken file, a bad preset. */
  CHECK_CODE(liaison_csv_import(&report, dir, LIAISON_FIXTURE_DIR "/csv/reader/sep_pipe.csv", NULL),
             LIAISON_OK);
  CHECK(json_int(report.ptr, "read") >= 1);
  opts.delimiter = ',';
  opts.on_match = "off";
  CHECK_CODE(
      liaison_csv_import_buffer(&report, dir, csv_text, sizeof csv_text - 1, "partners.csv", &opts),
      LIAISON_OK);
  CHECK(json_int(report.ptr, "read") == 2 && json_int(report.ptr, "created") >= 2);
  opts.delimiter = 0;
  opts.on_match = NULL;
  {
    static const char broken[] = "given_name,family_name\r\nAna,Kola\r\n\"Ben,Hasa\r\n";
    CHECK_CODE(
        liaison_csv_import_buffer(&report, dir, broken, sizeof broken - 1, "broken.csv", NULL),
        LIAISON_EPARSE);
    CHECK(contains(liaison_error_last(), "broken.csv:3"));
  }
  opts.preset = "no-such-preset";
  CHECK_CODE(liaison_csv_import_buffer(&report, dir, csv_text, sizeof csv_text - 1, "p.csv", &opts),
             LIAISON_EINVAL);
  opts.preset = NULL;
  CHECK_CODE(liaison_csv_import(&report, dir, missing, NULL), LIAISON_EIO);
  CHECK_CODE(liaison_csv_import(&report, NULL, missing, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_csv_import(&report, dir, NULL, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_csv_import_buffer(&report, dir, csv_text, 10, NULL, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_csv_import_buffer(&report, NULL, csv_text, 10, "x", NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_csv_import_buffer(&report, dir, NULL, 0, "empty.csv", NULL), LIAISON_OK);
  CHECK(json_int(report.ptr, "read") == 0);

  /* Search */
  CHECK_CODE(liaison_directory_search(&buf, dir, "capaliku", NULL), LIAISON_OK);
  CHECK(contains(buf.ptr, "Çapaliku") && contains(buf.ptr, "\"matched\":["));
  CHECK(contains(buf.ptr, "\"emails\":[") && contains(buf.ptr, "\"score\":"));
  liaison_search_options_init(&sopts, LIAISON_SEARCH_OPTIONS_VERSION);
  sopts.kind = "organization";
  CHECK_CODE(liaison_directory_search(&buf, dir, "osce", &sopts), LIAISON_OK);
  CHECK(contains(buf.ptr, "\"kind\":\"organization\"") &&
        !contains(buf.ptr, "\"kind\":\"person\""));
  sopts.kind = "event";
  CHECK_CODE(liaison_directory_search(&buf, dir, "osce", &sopts), LIAISON_EINVAL);
  sopts.kind = NULL;
  sopts.as_of = "not a date";
  CHECK_CODE(liaison_directory_search(&buf, dir, "osce", &sopts), LIAISON_EINVAL);
  sopts.as_of = "2016-08-31";
  sopts.limit = 1;
  CHECK_CODE(liaison_directory_search(&buf, dir, "osce", &sopts), LIAISON_OK);
  CHECK(buf.ptr[0] == '[');
  sopts.version = 0;
  CHECK_CODE(liaison_directory_search(&buf, dir, "osce", &sopts), LIAISON_EINVAL);
  CHECK_CODE(liaison_directory_search(&buf, dir, "kind:spaceship", NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_directory_search(&buf, dir, "\xff\xfe", NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_directory_search(&buf, dir, "zzzzqqqq", NULL), LIAISON_OK);
  CHECK(strcmp(buf.ptr, "[]") == 0);
  CHECK_CODE(liaison_directory_search(NULL, dir, "osce", NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_directory_search(&buf, dir, NULL, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_directory_search(&buf, NULL, "osce", NULL), LIAISON_EINVAL);

  /* Export: files and buffers, both formats. */
  temp_path(path, sizeof path, "out.vcf");
  CHECK_CODE(liaison_vcard_export(&count, dir, path, NULL), LIAISON_OK);
  CHECK(count > 10 && access(path, R_OK) == 0);
  CHECK_CODE(liaison_vcard_export(NULL, dir, path, NULL), LIAISON_OK);
  liaison_export_options_init(&eopts, LIAISON_EXPORT_OPTIONS_VERSION);
  eopts.vcard_version = "3.0";
  CHECK_CODE(liaison_vcard_export_buffer(&buf, dir, &eopts), LIAISON_OK);
  CHECK(contains(buf.ptr, "VERSION:3.0") && contains(buf.ptr, "Çapaliku"));
  eopts.vcard_version = "2.1";
  CHECK_CODE(liaison_vcard_export_buffer(&buf, dir, &eopts), LIAISON_EINVAL);
  CHECK(buf.ptr == NULL);
  eopts.vcard_version = NULL;
  eopts.version = 5;
  CHECK_CODE(liaison_vcard_export_buffer(&buf, dir, &eopts), LIAISON_EINVAL);
  CHECK_CODE(liaison_vcard_export(&count, dir, path, &eopts), LIAISON_EINVAL);
  eopts.version = LIAISON_EXPORT_OPTIONS_VERSION;
  CHECK_CODE(liaison_vcard_export(&count, dir, missing, &eopts), LIAISON_OK);
  temp_path(path, sizeof path, "no/such/dir/out.vcf");
  CHECK_CODE(liaison_vcard_export(&count, dir, path, NULL), LIAISON_EIO);
  CHECK_CODE(liaison_vcard_export(&count, NULL, path, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_vcard_export(&count, dir, NULL, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_vcard_export_buffer(NULL, dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_vcard_export_buffer(&buf, NULL, NULL), LIAISON_EINVAL);
  temp_path(path, sizeof path, "out.csv");
  CHECK_CODE(liaison_csv_export(&count, dir, path, NULL), LIAISON_OK);
  CHECK(count > 5 && access(path, R_OK) == 0);
  eopts.preset = "google";
  CHECK_CODE(liaison_csv_export_buffer(&buf, dir, &eopts), LIAISON_OK);
  CHECK(contains(buf.ptr, "First Name") && contains(buf.ptr, "Jovanović"));
  eopts.preset = "lotus";
  CHECK_CODE(liaison_csv_export_buffer(&buf, dir, &eopts), LIAISON_EINVAL);
  CHECK_CODE(liaison_csv_export(&count, dir, path, &eopts), LIAISON_EINVAL);
  CHECK_CODE(liaison_csv_export(&count, NULL, path, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_csv_export(&count, dir, NULL, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_csv_export_buffer(NULL, dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_csv_export_buffer(&buf, NULL, NULL), LIAISON_EINVAL);
  /* The native layout reads back into a fresh directory. */
  CHECK_CODE(liaison_csv_export_buffer(&buf, dir, NULL), LIAISON_OK);
  {
    liaison_directory* copy = open_memory();
    liaison_import_options_init(&opts, LIAISON_IMPORT_OPTIONS_VERSION);
    CHECK_CODE(liaison_csv_import_buffer(&report, copy, buf.ptr, buf.size, "export.csv", &opts),
               LIAISON_OK);
    CHECK(json_int(report.ptr, "created") > 5);
    CHECK(json_int(report.ptr, "skipped") == 0);
    liaison_directory_free(copy);
  }

  liaison_buf_dispose(&report);
  liaison_buf_dispose(&buf);
  liaison_directory_free(dir);
}

/* ---- Duplicates and merging ------------------------------------------ */

static void test_dedup_and_merge(void) {
  liaison_directory* dir = open_memory();
  liaison_buf buf = LIAISON_BUF_INIT;
  liaison_dedup_options opts;
  long long a, b, c, merge;
  int64_t found = 0;
  int flag = -1;

  CHECK_CODE(liaison_person_add(&buf, dir,
                                "{\"uid\": \"gerald-a\", "
                                "\"given_names\": \"Gerald\", \"family_names\": \"Neuhaus\", "
                                "\"emails\": [{\"address\": \"gerald.neuhaus@example.eu\"}], "
                                "\"phones\": [{\"number\": \"+31 70 302 5000\"}]}"),
             LIAISON_OK);
  a = json_int(buf.ptr, "id");
  CHECK_CODE(
      liaison_person_add(&buf, dir,
                         "{\"given_names\": \"Gerald\", \"family_names\": \"Neuhaus\", "
                         "\"emails\": [{\"address\": \"gerald.neuhaus@example.eu\"}], "
                         "\"sources\": [{\"source\": \"cards.vcf\", \"external_key\": \"k1\"}]}"),
      LIAISON_OK);
  b = json_int(buf.ptr, "id");
  CHECK_CODE(
      liaison_person_add(&buf, dir, "{\"given_names\": \"Ana\", \"family_names\": \"Kola\"}"),
      LIAISON_OK);
  c = json_int(buf.ptr, "id");

  CHECK_CODE(liaison_dedup_find(&buf, dir, NULL), LIAISON_OK);
  CHECK(contains(buf.ptr, "\"decision\":\"duplicate\"") && contains(buf.ptr, "\"reasons\":["));
  CHECK(contains(buf.ptr, "{\"source\":\"cards.vcf\",\"key\":\"k1\"}"));
  CHECK(buf.ptr[0] == '[' && buf.ptr[1] == '{' && contains(buf.ptr, "\"a\":{\"kind\":\"person\""));
  liaison_dedup_options_init(&opts, LIAISON_DEDUP_OPTIONS_VERSION);
  opts.kind = "organization";
  CHECK_CODE(liaison_dedup_find(&buf, dir, &opts), LIAISON_OK);
  CHECK(strcmp(buf.ptr, "[]") == 0);
  opts.kind = "animal";
  CHECK_CODE(liaison_dedup_find(&buf, dir, &opts), LIAISON_EINVAL);
  opts.kind = NULL;
  opts.version = 9;
  CHECK_CODE(liaison_dedup_find(&buf, dir, &opts), LIAISON_EINVAL);
  CHECK_CODE(liaison_dedup_compare(&buf, dir, a, b, &opts), LIAISON_EINVAL);
  opts.version = LIAISON_DEDUP_OPTIONS_VERSION;
  CHECK_CODE(liaison_dedup_find(NULL, dir, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_dedup_find(&buf, NULL, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_dedup_compare(&buf, dir, a, c, &opts), LIAISON_OK);
  CHECK(buf.ptr[0] == '{' && contains(buf.ptr, "\"decision\":\"no\""));
  CHECK_CODE(liaison_dedup_compare(&buf, dir, a, 999, NULL), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_dedup_compare(NULL, dir, a, b, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_dedup_compare(&buf, NULL, a, b, NULL), LIAISON_EINVAL);

  /* Keep apart */
  CHECK_CODE(liaison_keep_apart_add(dir, a, c), LIAISON_OK);
  CHECK_CODE(liaison_keep_apart_get(&flag, dir, c, a), LIAISON_OK);
  CHECK(flag == 1);
  CHECK_CODE(liaison_merge_records(&buf, dir, a, c, 0), LIAISON_ECONSTRAINT);
  CHECK(buf.ptr == NULL);
  CHECK_CODE(liaison_keep_apart_remove(&flag, dir, a, c), LIAISON_OK);
  CHECK(flag == 1);
  CHECK_CODE(liaison_keep_apart_remove(&flag, dir, a, c), LIAISON_OK);
  CHECK(flag == 0);
  CHECK_CODE(liaison_keep_apart_remove(NULL, dir, a, c), LIAISON_OK);
  CHECK_CODE(liaison_keep_apart_get(&flag, dir, a, c), LIAISON_OK);
  CHECK(flag == 0);
  CHECK_CODE(liaison_keep_apart_add(dir, a, a), LIAISON_EINVAL);
  CHECK_CODE(liaison_keep_apart_add(dir, a, 999), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_keep_apart_add(NULL, a, c), LIAISON_EINVAL);
  CHECK_CODE(liaison_keep_apart_remove(&flag, NULL, a, c), LIAISON_EINVAL);
  CHECK_CODE(liaison_keep_apart_get(NULL, dir, a, c), LIAISON_EINVAL);
  CHECK_CODE(liaison_keep_apart_get(&flag, NULL, a, c), LIAISON_EINVAL);

  /* Merge, look at it, undo it. */
  CHECK_CODE(liaison_merge_records(&buf, dir, a, b, b), LIAISON_OK);
  merge = json_int(buf.ptr, "id");
  CHECK(merge > 0 && json_int(buf.ptr, "survivor") == b && json_int(buf.ptr, "absorbed") == a);
  CHECK(!contains(buf.ptr, "undone_at"));
  CHECK_CODE(liaison_person_get(&buf, dir, a), LIAISON_ENOTFOUND);
  /* The absorbed record's uid, kept by some tool, now finds the survivor. */
  CHECK_CODE(liaison_record_find_uid(&found, dir, "gerald-a"), LIAISON_OK);
  CHECK(found == b);
  CHECK_CODE(liaison_merge_get(&buf, dir, merge), LIAISON_OK);
  CHECK(contains(buf.ptr, "\"kind\":\"person\"") && contains(buf.ptr, "\"absorbed_uid\":"));
  CHECK_CODE(liaison_merge_list(&buf, dir), LIAISON_OK);
  CHECK(buf.ptr[0] == '[' && json_int(buf.ptr, "id") == merge);
  CHECK_CODE(liaison_merge_undo(dir, merge, 0), LIAISON_OK);
  CHECK_CODE(liaison_record_find_uid(&found, dir, "gerald-a"), LIAISON_OK);
  CHECK(found == a);
  CHECK_CODE(liaison_person_get(&buf, dir, a), LIAISON_OK);
  CHECK_CODE(liaison_merge_get(&buf, dir, merge), LIAISON_OK);
  CHECK(contains(buf.ptr, "\"undone_at\":"));
  CHECK_CODE(liaison_merge_undo(dir, merge, 0), LIAISON_EINVAL);
  CHECK_CODE(liaison_merge_undo(dir, 999, 0), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_merge_undo(NULL, merge, 0), LIAISON_EINVAL);
  CHECK_CODE(liaison_merge_get(&buf, dir, 999), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_merge_get(NULL, dir, merge), LIAISON_EINVAL);
  CHECK_CODE(liaison_merge_get(&buf, NULL, merge), LIAISON_EINVAL);
  CHECK_CODE(liaison_merge_list(NULL, dir), LIAISON_EINVAL);
  CHECK_CODE(liaison_merge_list(&buf, NULL), LIAISON_EINVAL);
  CHECK_CODE(liaison_merge_records(NULL, dir, a, b, 0), LIAISON_OK); /* keep the older one */
  CHECK_CODE(liaison_person_get(&buf, dir, a), LIAISON_OK);
  CHECK_CODE(liaison_merge_records(&buf, dir, a, a, 0), LIAISON_EINVAL);
  CHECK_CODE(liaison_merge_records(&buf, dir, a, 999, 0), LIAISON_ENOTFOUND);
  CHECK_CODE(liaison_merge_records(&buf, NULL, a, b, 0), LIAISON_EINVAL);

  liaison_buf_dispose(&buf);
  liaison_directory_free(dir);
}

/* ---- Threads ---------------------------------------------------------- */

struct worker {
  const char* path;
  int index;
  int added;
  int failed_code;
  char last_error[256];
  int errors; /* this thread's own check failures */
};

static pthread_barrier_t barrier;

static void* work(void* argument) {
  struct worker* w = (struct worker*)argument;
  liaison_directory* dir = NULL;
  liaison_buf buf = LIAISON_BUF_INIT;
  char json[128];
  int i;
  if (liaison_directory_open(&dir, w->path, NULL) != LIAISON_OK) {
    ++w->errors;
    pthread_barrier_wait(&barrier);
    pthread_barrier_wait(&barrier);
    return NULL;
  }
  for (i = 0; i < 25; ++i) {
    snprintf(json, sizeof json, "{\"given_names\": \"Thread%d\", \"family_names\": \"Person%d\"}",
             w->index, i);
    if (liaison_person_add(&buf, dir, json) == LIAISON_OK) ++w->added;
  }
  /* Thread 0 fails a call, thread 1 does not: after both have got here,
     each reads its own last error. */
  liaison_error_clear();
  if (w->index == 0) w->failed_code = liaison_person_get(&buf, dir, 999999);
  pthread_barrier_wait(&barrier);
  w->failed_code = w->index == 0 ? w->failed_code : liaison_error_last_code();
  snprintf(w->last_error, sizeof w->last_error, "%s", liaison_error_last());
  pthread_barrier_wait(&barrier);
  liaison_buf_dispose(&buf);
  liaison_directory_free(dir);
  return NULL;
}

static void test_threads(void) {
  char path[512];
  pthread_t threads[2];
  struct worker workers[2];
  liaison_directory* dir = NULL;
  liaison_buf buf = LIAISON_BUF_INIT;
  int i;
  temp_path(path, sizeof path, "threads.db");
  /* Create the file first, so that the two threads only open it. */
  CHECK_CODE(liaison_directory_open(&dir, path, NULL), LIAISON_OK);
  liaison_directory_free(dir);
  dir = NULL;
  pthread_barrier_init(&barrier, NULL, 2);
  for (i = 0; i < 2; ++i) {
    memset(&workers[i], 0, sizeof workers[i]);
    workers[i].path = path;
    workers[i].index = i;
    CHECK(pthread_create(&threads[i], NULL, work, &workers[i]) == 0);
  }
  for (i = 0; i < 2; ++i) pthread_join(threads[i], NULL);
  pthread_barrier_destroy(&barrier);
  for (i = 0; i < 2; ++i) {
    CHECK(workers[i].errors == 0);
    CHECK(workers[i].added == 25);
  }
  CHECK(workers[0].failed_code == LIAISON_ENOTFOUND);
  CHECK(contains(workers[0].last_error, "999999"));
  CHECK(workers[1].failed_code == LIAISON_OK);
  CHECK(strcmp(workers[1].last_error, "") == 0);

  CHECK_CODE(liaison_directory_open(&dir, path, NULL), LIAISON_OK);
  CHECK_CODE(liaison_person_list(&buf, dir, 0, 0), LIAISON_OK);
  CHECK(contains(buf.ptr, "Thread0 Person24") && contains(buf.ptr, "Thread1 Person24"));
  liaison_buf_dispose(&buf);
  liaison_directory_free(dir);
}

static void remove_temp_dir(void) {
  static const char* const names[] = {"open.db",    "open.db-wal",    "open.db-shm",
                                      "threads.db", "threads.db-wal", "threads.db-shm",
                                      "out.vcf",    "out.csv",        "missing.vcf"};
  char path[512];
  size_t i;
  for (i = 0; i < sizeof names / sizeof names[0]; ++i) {
    temp_path(path, sizeof path, names[i]);
    remove(path);
  }
  rmdir(temp_dir);
}

int main(void) {
  const char* tmp = getenv("TMPDIR");
  snprintf(temp_dir, sizeof temp_dir, "%s/liaison-capi-XXXXXX", tmp != NULL ? tmp : "/tmp");
  if (mkdtemp(temp_dir) == NULL) {
    perror("mkdtemp");
    return 2;
  }
  test_versions_and_codes();
  test_options_init();
  test_open();
  test_records();
  test_import_export_search();
  test_dedup_and_merge();
  test_threads();
  remove_temp_dir();
  printf("%d checks, %d failed\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
