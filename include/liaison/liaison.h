/*
 * liaison: the stable C ABI (plain C99). Link with -lliaison.
 *
 * A thin layer over the C++ API (liaison/liaison.hpp) for other languages and
 * tools. Its conventions, written down in docs/c-abi.md and kept here:
 *
 *  - Names are liaison_<noun>_<verb>. An out-parameter comes first.
 *  - Every function that can fail returns an int: LIAISON_OK (0) or one of
 *    the negative LIAISON_E* codes below, whose values never change. The
 *    message of the calling thread's last failure is liaison_error_last().
 *  - Handles are opaque and created through a `**out` parameter; their
 *    _free functions accept NULL. Using a handle after freeing it is
 *    undefined behaviour, as it is in SQLite. A NULL handle or a NULL
 *    required argument gives LIAISON_EINVAL, never a crash.
 *  - Strings are UTF-8 and NUL-terminated. A `const char *` a function
 *    returns is borrowed; the declaration says how long it lives. Everything
 *    else the library hands over (records, lists, reports, exported files)
 *    is written into a caller's liaison_buf, which the caller disposes of
 *    with liaison_buf_dispose(). These are the only two patterns.
 *  - Records, lists and reports are JSON documents with the same shapes as
 *    the CLI's --json output (docs/json.md); records are passed in as JSON
 *    objects of the same shape.
 *  - Options structs begin with a `version` field; initialise one with its
 *    _init function (LIAISON_<NAME>_OPTIONS_VERSION) before setting fields.
 *    A NULL options pointer means the defaults.
 *  - Threads: a liaison_directory handle may be used by one thread at a time
 *    (serialise calls on a shared handle yourself). Any number of handles,
 *    in any threads or processes, may be open on the same file at once.
 *    liaison_error_last() is per thread.
 *  - No exception and no C++ type ever crosses this interface.
 */
#ifndef LIAISON_H
#define LIAISON_H

#include <liaison/version.h>

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define LIAISON_EXTERN __declspec(dllexport)
#elif defined(__GNUC__)
#define LIAISON_EXTERN __attribute__((visibility("default")))
#else
#define LIAISON_EXTERN
#endif

/* ---- Versions ------------------------------------------------------------ */

/** The version of the library actually linked ("0.1.0"); static storage. */
LIAISON_EXTERN const char* liaison_version(void);
/** The same as LIAISON_VERSION_NUMBER computes for the linked library. */
LIAISON_EXTERN int liaison_version_number(void);

/* ---- Errors -------------------------------------------------------------- */

/**
 * Result codes. The values are fixed forever and never renumbered; new codes
 * are only appended. A code is the negated liaison::errc of the C++ API.
 */
typedef enum liaison_error_code {
  LIAISON_OK = 0,
  LIAISON_EUNKNOWN = -1,  /**< an unexpected failure; see the message */
  LIAISON_ENOTFOUND = -2, /**< no record with that id, uid, name or index */
  LIAISON_EEXISTS = -3,   /**< a record with that uid already exists */
  LIAISON_EINVAL = -4,    /**< a bad argument or value (NULL, bad JSON member, unknown option) */
  LIAISON_EPARSE = -5,    /**< malformed input: JSON, a vCard or CSV file; names file and line */
  LIAISON_EIO = -6,       /**< a file could not be read (a missing file too), written or created */
  LIAISON_EBUSY = -7,     /**< the database stayed locked by another process past the timeout */
  LIAISON_ECORRUPT = -8,  /**< the file is damaged or is not a liaison directory */
  LIAISON_EVERSION = -9,  /**< the file was written by a newer liaison */
  LIAISON_EAMBIGUOUS = -10,  /**< a name matched more than one record */
  LIAISON_ECONSTRAINT = -11, /**< the change would break a link, or a kept-apart pair */
  LIAISON_EREADONLY = -12,   /**< a write on a directory opened read-only */
  LIAISON_ENOMEM = -13       /**< out of memory */
} liaison_error_code;

/**
 * The stable name of a code ("not_found"), or "unrecognised" for a value
 * that is not one; static storage, never NULL.
 */
LIAISON_EXTERN const char* liaison_errstr(int code);

/**
 * The message of the last call in this thread that failed, naming the field,
 * record or file concerned; "" when none has. It stays valid until the next
 * liaison call in the same thread. Never NULL. Successful calls leave it
 * unchanged, as errno is left.
 */
LIAISON_EXTERN const char* liaison_error_last(void);
/** The code of that last failure (LIAISON_OK when none). */
LIAISON_EXTERN int liaison_error_last_code(void);
/** Forgets the last failure of this thread. */
LIAISON_EXTERN void liaison_error_clear(void);

/* ---- Buffers ------------------------------------------------------------- */

/**
 * Output owned by the library, handed to the caller. Declare one with
 * LIAISON_BUF_INIT, pass its address to any number of calls (each frees the
 * previous contents and fills it anew), read `ptr` (NUL-terminated; `size`
 * bytes before the NUL), and release it with liaison_buf_dispose(). On
 * failure a call leaves the buffer empty (ptr NULL, size 0).
 */
typedef struct liaison_buf {
  char* ptr;
  size_t size;
  size_t reserved; /**< for the library; do not touch */
} liaison_buf;

#define LIAISON_BUF_INIT \
  { NULL, 0, 0 }

/** Frees the contents and empties the buffer; NULL and empty buffers are fine. */
LIAISON_EXTERN void liaison_buf_dispose(liaison_buf* buf);

/* ---- Opening a directory ------------------------------------------------- */

typedef struct liaison_directory liaison_directory;

#define LIAISON_OPEN_OPTIONS_VERSION 1
typedef struct liaison_open_options {
  unsigned int version;
  /** Who makes the changes, for the journal; NULL or "": the OS user. */
  const char* actor;
  /** Create the file (mode 0600) when it does not exist. Default 1. */
  int create;
  /** Open for reading only: every write fails with LIAISON_EREADONLY. Default 0. */
  int read_only;
  /** ISO 3166-1 region for phone numbers without a country code, used when
   *  the directory is created; NULL or "": none. */
  const char* default_region;
  /** How long a write waits for another process's transaction. Default 10000. */
  int busy_timeout_ms;
} liaison_open_options;

/** Sets the defaults. LIAISON_EINVAL for NULL or an unknown version. */
LIAISON_EXTERN int liaison_open_options_init(liaison_open_options* opts, unsigned int version);

/**
 * Opens (or creates) the directory in the SQLite file `path` (":memory:" for
 * one in memory). On success *out is a handle to free with
 * liaison_directory_free(); on failure *out is NULL.
 */
LIAISON_EXTERN int liaison_directory_open(liaison_directory** out, const char* path,
                                          const liaison_open_options* opts);
/** Closes the directory. NULL is fine. */
LIAISON_EXTERN void liaison_directory_free(liaison_directory* dir);

/** The file the directory was opened from; valid until the handle is freed.
 *  "" for a NULL handle (and liaison_error_last() says so). */
LIAISON_EXTERN const char* liaison_directory_path(const liaison_directory* dir);

/** The directory's default phone region ("AL"), or "" into *out. */
LIAISON_EXTERN int liaison_directory_default_region(liaison_buf* out, liaison_directory* dir);
LIAISON_EXTERN int liaison_directory_set_default_region(liaison_directory* dir, const char* region);

/**
 * Checks the database and the search index. *out receives "" when all is
 * well, else a description of each problem, one a line.
 */
LIAISON_EXTERN int liaison_directory_check(liaison_buf* out, liaison_directory* dir);
/** Rebuilds the search index from the stored records. */
LIAISON_EXTERN int liaison_directory_reindex(liaison_directory* dir);

/* ---- Records ------------------------------------------------------------- */

/*
 * Each record is a JSON object (docs/json.md). _add takes an object without
 * "id" (a "uid" is kept when given, else made) and writes the stored record,
 * with its id, uid and revision, into *out; _update takes a stored record's
 * object (with "id") and writes the updated one; _get writes one record;
 * _list writes an array, `limit` 0 meaning all. `out` may be NULL when the
 * caller does not want the record back. Errors: LIAISON_EPARSE for malformed
 * JSON, LIAISON_EINVAL for an unknown member or a refused value (the message
 * names it), LIAISON_ENOTFOUND for an unknown id, LIAISON_EEXISTS for a
 * taken uid.
 */
LIAISON_EXTERN int liaison_organization_add(liaison_buf* out, liaison_directory* dir,
                                            const char* json);
LIAISON_EXTERN int liaison_organization_get(liaison_buf* out, liaison_directory* dir, int64_t id);
LIAISON_EXTERN int liaison_organization_update(liaison_buf* out, liaison_directory* dir,
                                               const char* json);
LIAISON_EXTERN int liaison_organization_list(liaison_buf* out, liaison_directory* dir, size_t limit,
                                             size_t offset);
/** Organizations whose folded name, acronym or alias is `name` (an array). */
LIAISON_EXTERN int liaison_organization_find(liaison_buf* out, liaison_directory* dir,
                                             const char* name);
/** The direct units (departments, missions) of an organization (an array);
 *  LIAISON_ENOTFOUND for an unknown organization. */
LIAISON_EXTERN int liaison_organization_units(liaison_buf* out, liaison_directory* dir, int64_t id);

LIAISON_EXTERN int liaison_person_add(liaison_buf* out, liaison_directory* dir, const char* json);
LIAISON_EXTERN int liaison_person_get(liaison_buf* out, liaison_directory* dir, int64_t id);
LIAISON_EXTERN int liaison_person_update(liaison_buf* out, liaison_directory* dir,
                                         const char* json);
LIAISON_EXTERN int liaison_person_list(liaison_buf* out, liaison_directory* dir, size_t limit,
                                       size_t offset);

/** An affiliation links a person to an organization ("person_id", "organization_id"). */
LIAISON_EXTERN int liaison_affiliation_add(liaison_buf* out, liaison_directory* dir,
                                           const char* json);
LIAISON_EXTERN int liaison_affiliation_get(liaison_buf* out, liaison_directory* dir, int64_t id);
LIAISON_EXTERN int liaison_affiliation_update(liaison_buf* out, liaison_directory* dir,
                                              const char* json);
/**
 * The affiliations of a person or at an organization (`record_id` is
 * either), current ones only unless `all_time` is non-zero; each object also
 * has "person_name" and "organization_name". LIAISON_ENOTFOUND for an
 * unknown id, LIAISON_EINVAL for a record of another kind.
 */
LIAISON_EXTERN int liaison_affiliation_list(liaison_buf* out, liaison_directory* dir,
                                            int64_t record_id, int all_time);

LIAISON_EXTERN int liaison_event_add(liaison_buf* out, liaison_directory* dir, const char* json);
LIAISON_EXTERN int liaison_event_get(liaison_buf* out, liaison_directory* dir, int64_t id);
LIAISON_EXTERN int liaison_event_update(liaison_buf* out, liaison_directory* dir, const char* json);
LIAISON_EXTERN int liaison_event_list(liaison_buf* out, liaison_directory* dir, size_t limit,
                                      size_t offset);
/** A participation links a person or an organization to an event. */
LIAISON_EXTERN int liaison_participation_add(liaison_buf* out, liaison_directory* dir,
                                             const char* json);
/** The participations in an event, or of a participant (`record_id` is either).
 *  LIAISON_ENOTFOUND for an unknown id. */
LIAISON_EXTERN int liaison_participation_list(liaison_buf* out, liaison_directory* dir,
                                              int64_t record_id);

/**
 * Contact points of a person or an organization. `json` is one object of the
 * shape found in a record's "emails", "phones", "urls", "social_profiles" or
 * "addresses" array, and `kind` names that array ("emails", ...; another
 * name is LIAISON_EINVAL). _add appends it (validated as the record's own
 * values are) and _remove removes the entry at `index` (0-based) of that
 * array; both write the updated record (`out` may be NULL). An index past
 * the end is LIAISON_ENOTFOUND; a record that is not a person or an
 * organization is LIAISON_EINVAL.
 */
LIAISON_EXTERN int liaison_contact_add(liaison_buf* out, liaison_directory* dir, int64_t record_id,
                                       const char* kind, const char* json);
LIAISON_EXTERN int liaison_contact_remove(liaison_buf* out, liaison_directory* dir,
                                          int64_t record_id, const char* kind, size_t index);

/** Any record by id, whatever its kind ("kind" tells which). */
LIAISON_EXTERN int liaison_record_get(liaison_buf* out, liaison_directory* dir, int64_t id);
/**
 * Removes a record of any kind. Removing a person or an organization removes
 * its affiliations and participations; an organization that still has units
 * gives LIAISON_ECONSTRAINT.
 */
LIAISON_EXTERN int liaison_record_remove(liaison_directory* dir, int64_t id);
/**
 * The id of the record with that uid; for a record merged into another (and
 * not unmerged), the survivor's, so that a uid a tool kept still finds its
 * person. LIAISON_ENOTFOUND when neither exists.
 */
LIAISON_EXTERN int liaison_record_find_uid(int64_t* out, liaison_directory* dir, const char* uid);
/** Provenance: the id of the record an import made from (source, key). */
LIAISON_EXTERN int liaison_record_find_source(int64_t* out, liaison_directory* dir,
                                              const char* source, const char* key);
/** Provenance: where a record came from, an array of {"source", "key"}
 *  (always empty for affiliations and participations). */
LIAISON_EXTERN int liaison_record_sources(liaison_buf* out, liaison_directory* dir, int64_t id);
/** Every journaled change to a record, oldest first (an array of changes);
 *  an empty array for an id that never existed. */
LIAISON_EXTERN int liaison_record_history(liaison_buf* out, liaison_directory* dir, int64_t id);

/* ---- Search -------------------------------------------------------------- */

#define LIAISON_SEARCH_OPTIONS_VERSION 1
typedef struct liaison_search_options {
  unsigned int version;
  size_t limit;      /**< at most this many hits; 0: all. Default 20. */
  size_t offset;     /**< for paging. Default 0. */
  int exact;         /**< do not fold case, accents or script. Default 0. */
  int all_time;      /**< past affiliations too. Default 0. */
  const char* as_of; /**< "YYYY-MM-DD": affiliations held that day; NULL: today */
  const char* kind;  /**< "person" or "organization"; NULL: both */
} liaison_search_options;

LIAISON_EXTERN int liaison_search_options_init(liaison_search_options* opts, unsigned int version);

/**
 * Searches as the CLI's `search` does, filters in the query text included
 * (docs/search.md), and writes the hits, best first, as a JSON array of
 * {"kind", "id", "uid", "name", "organization", "title", "emails", "phones",
 * "score", "matched"}, as `search --json` prints them. Any query is safe; one
 * that cannot be read gives LIAISON_EINVAL, as do an `as_of` that is not a
 * date and a `kind` other than "person" or "organization".
 */
LIAISON_EXTERN int liaison_directory_search(liaison_buf* out, liaison_directory* dir,
                                            const char* query, const liaison_search_options* opts);

/* ---- Import and export --------------------------------------------------- */

#define LIAISON_IMPORT_OPTIONS_VERSION 1
/** Options of every import; the members marked vCard or CSV apply to that format only. */
typedef struct liaison_import_options {
  unsigned int version;
  int skip_bad;         /**< skip and report bad records; 0: all or nothing. Default 0. */
  int dry_run;          /**< report what would happen; write nothing. Default 0. */
  const char* source;   /**< provenance name; NULL: the file's name */
  const char* on_match; /**< "list", "merge", "skip" or "off"; NULL: "list" */
  const char*
      encoding;       /**< vCard: charset of 8-bit text; CSV: the file's encoding. NULL: detected */
  char delimiter;     /**< CSV: ',' ';' '\t' or '|'; 0: detected */
  const char* preset; /**< CSV: "google", "outlook", ...; NULL: from the header */
  const char* map;    /**< CSV: "COLUMN=field,..." over the preset; NULL: none */
  int month_first;    /**< CSV: read 03/04/1975 as March 4th. Default 0: day first, unless the
                           file's own dates show month first (12/25/1975). */
} liaison_import_options;

LIAISON_EXTERN int liaison_import_options_init(liaison_import_options* opts, unsigned int version);

/**
 * Imports a file, or `size` bytes at `data` (`name`, required, standing for
 * the file name in messages and provenance; `data` may be NULL when `size` is
 * 0), and writes the report into *report (may be NULL), as `import --json`
 * prints it: {"read", "created", "updated", "skipped", "diagnostics":
 * [{"severity", "file", "line", "record", "field", "message"}], "matches":
 * [{"line", "record", "incoming", "existing", "score", "decision", "action",
 * "merge"?}]}. A broken file gives LIAISON_EPARSE naming file and line, and
 * nothing is stored (unless skip_bad); a missing or unreadable file gives
 * LIAISON_EIO; a bad on_match, preset, map or encoding gives LIAISON_EINVAL.
 */
LIAISON_EXTERN int liaison_vcard_import(liaison_buf* report, liaison_directory* dir,
                                        const char* path, const liaison_import_options* opts);
LIAISON_EXTERN int liaison_vcard_import_buffer(liaison_buf* report, liaison_directory* dir,
                                               const void* data, size_t size, const char* name,
                                               const liaison_import_options* opts);
LIAISON_EXTERN int liaison_csv_import(liaison_buf* report, liaison_directory* dir, const char* path,
                                      const liaison_import_options* opts);
LIAISON_EXTERN int liaison_csv_import_buffer(liaison_buf* report, liaison_directory* dir,
                                             const void* data, size_t size, const char* name,
                                             const liaison_import_options* opts);
/** A liaison JSON document (docs/document-format.md); uses skip_bad, dry_run, source. */
LIAISON_EXTERN int liaison_document_import(liaison_buf* report, liaison_directory* dir,
                                           const char* path, const liaison_import_options* opts);
LIAISON_EXTERN int liaison_document_import_buffer(liaison_buf* report, liaison_directory* dir,
                                                  const void* data, size_t size, const char* name,
                                                  const liaison_import_options* opts);

#define LIAISON_EXPORT_OPTIONS_VERSION 1
typedef struct liaison_export_options {
  unsigned int version;
  const char* vcard_version; /**< vCard: "4.0" or "3.0"; NULL: "4.0" */
  int fold;                  /**< vCard: fold lines at 75 octets. Default 1. */
  const char* preset;        /**< CSV: "native", "google" or "outlook"; NULL: "native" */
  int excel;                 /**< CSV: BOM, ';', formulas as text, for Excel. Default 0. */
} liaison_export_options;

LIAISON_EXTERN int liaison_export_options_init(liaison_export_options* opts, unsigned int version);

/**
 * Exports the whole directory to a file (written beside it and renamed into
 * place when complete) or into *out. *count (may be NULL) receives the
 * number of cards or rows written.
 */
LIAISON_EXTERN int liaison_vcard_export(size_t* count, liaison_directory* dir, const char* path,
                                        const liaison_export_options* opts);
LIAISON_EXTERN int liaison_vcard_export_buffer(liaison_buf* out, liaison_directory* dir,
                                               const liaison_export_options* opts);
LIAISON_EXTERN int liaison_csv_export(size_t* count, liaison_directory* dir, const char* path,
                                      const liaison_export_options* opts);
LIAISON_EXTERN int liaison_csv_export_buffer(liaison_buf* out, liaison_directory* dir,
                                             const liaison_export_options* opts);

/* ---- Duplicates and merging ---------------------------------------------- */

#define LIAISON_DEDUP_OPTIONS_VERSION 1
typedef struct liaison_dedup_options {
  unsigned int version;
  const char* kind;           /**< "person" or "organization"; NULL: both */
  double duplicate_threshold; /**< score from which a pair is a duplicate. Default 11. */
  double possible_threshold;  /**< score from which a pair is a possible one. Default 7. */
  double min_score;       /**< list pairs from this score; NaN (the default): possible_threshold */
  int include_kept_apart; /**< list kept-apart pairs too. Default 0. */
} liaison_dedup_options;

LIAISON_EXTERN int liaison_dedup_options_init(liaison_dedup_options* opts, unsigned int version);

/**
 * Pairs of records that look like the same person or organization, best
 * first, as the CLI's `dedup --json` prints them: an array of {"a", "b",
 * "score", "decision", "reasons": [{"field", "outcome", "detail",
 * "weight"}]}, where "a" and "b" are {"kind", "id", "uid", "name",
 * "sources": [{"source", "key"}]}.
 */
LIAISON_EXTERN int liaison_dedup_find(liaison_buf* out, liaison_directory* dir,
                                      const liaison_dedup_options* opts);
/** One pair scored, with its reasons, whatever the score: one object of
 *  liaison_dedup_find's array. Only the thresholds of `opts` apply. */
LIAISON_EXTERN int liaison_dedup_compare(liaison_buf* out, liaison_directory* dir, int64_t a,
                                         int64_t b, const liaison_dedup_options* opts);

/**
 * Merges two records of the same kind into one (docs/dedup.md). `keep` is
 * the id that survives, or 0 for the older one. *out (may be NULL) receives
 * the merge: {"id", "kind", "survivor", "absorbed", "absorbed_uid", "time",
 * "actor", "undone_at"?}; its "id" undoes it.
 * LIAISON_ECONSTRAINT for a kept-apart pair.
 */
LIAISON_EXTERN int liaison_merge_records(liaison_buf* out, liaison_directory* dir, int64_t a,
                                         int64_t b, int64_t keep);
/**
 * Undoes a merge, restoring both records with their ids, uids and links.
 * LIAISON_ECONSTRAINT when the survivor changed since, unless `force`.
 */
LIAISON_EXTERN int liaison_merge_undo(liaison_directory* dir, int64_t merge_id, int force);
LIAISON_EXTERN int liaison_merge_get(liaison_buf* out, liaison_directory* dir, int64_t merge_id);
/** Every merge, newest first (an array). */
LIAISON_EXTERN int liaison_merge_list(liaison_buf* out, liaison_directory* dir);

/** Remembers that a and b are different, so they are never suggested again. */
LIAISON_EXTERN int liaison_keep_apart_add(liaison_directory* dir, int64_t a, int64_t b);
/** Forgets that decision; *removed (may be NULL) is 1 when there was one. */
LIAISON_EXTERN int liaison_keep_apart_remove(int* removed, liaison_directory* dir, int64_t a,
                                             int64_t b);
/** *out is 1 when a and b are kept apart, else 0. */
LIAISON_EXTERN int liaison_keep_apart_get(int* out, liaison_directory* dir, int64_t a, int64_t b);

#ifdef __cplusplus
}
#endif

#endif /* LIAISON_H */
