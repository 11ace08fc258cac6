/* search: the C ABI in a few lines. Opens a directory (in memory, or the
 * file argv[1]), loads the sample workshop document into it, searches for
 * argv[2] (default "capaliku") and prints each hit's name and organization.
 *
 *   search [DIRECTORY [WORDS [DOCUMENT]]]
 */
#include <liaison/liaison.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef LIAISON_SAMPLE_DOCUMENT
#define LIAISON_SAMPLE_DOCUMENT "examples/data/workshop-2016.json"
#endif

/* Prints the string value of `"member":` found at or after `from`, and
 * returns where it ends; enough for the flat hit objects of a search. A real
 * program would use a JSON parser. */
static const char* print_member(const char* from, const char* member) {
  char key[64];
  const char* value;
  const char* end;
  snprintf(key, sizeof key, "\"%s\":\"", member);
  value = strstr(from, key);
  if (value == NULL) return from;
  value += strlen(key);
  for (end = value; *end != '\0' && *end != '"'; ++end) {
    if (*end == '\\' && end[1] != '\0') ++end;
  }
  fwrite(value, 1, (size_t)(end - value), stdout);
  return end;
}

static int fail(const char* what, int code) {
  fprintf(stderr, "search: %s: %s (%s)\n", what, liaison_error_last(), liaison_errstr(code));
  return 1;
}

int main(int argc, char** argv) {
  const char* path = argc > 1 ? argv[1] : ":memory:";
  const char* words = argc > 2 ? argv[2] : "capaliku";
  const char* document = argc > 3 ? argv[3] : LIAISON_SAMPLE_DOCUMENT;
  liaison_directory* dir = NULL;
  liaison_buf hits = LIAISON_BUF_INIT;
  const char* hit;
  int code;
  int status = 0;

  code = liaison_directory_open(&dir, path, NULL);
  if (code != LIAISON_OK) return fail(path, code);

  /* NULL: no import report wanted. */
  code = liaison_document_import(NULL, dir, document, NULL);
  if (code != LIAISON_OK) {
    status = fail(document, code);
  } else if ((code = liaison_directory_search(&hits, dir, words, NULL)) != LIAISON_OK) {
    status = fail(words, code);
  } else {
    /* An array of objects, each beginning with "kind". */
    for (hit = strstr(hits.ptr, "{\"kind\""); hit != NULL; hit = strstr(hit + 1, "{\"kind\"")) {
      print_member(hit, "name");
      fputs(" — ", stdout);
      print_member(hit, "organization");
      fputc('\n', stdout);
    }
  }

  liaison_buf_dispose(&hits);
  liaison_directory_free(dir);
  return status;
}
