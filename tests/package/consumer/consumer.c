/* Stores a person through the installed C ABI and finds her again. */
#include <liaison/liaison.h>

#include <stdio.h>
#include <string.h>

int main(void) {
  liaison_directory* dir = NULL;
  liaison_buf hits = LIAISON_BUF_INIT;
  int rc;

  if (strcmp(liaison_version(), LIAISON_VERSION_STRING) != 0) {
    fprintf(stderr, "header %s, library %s\n", LIAISON_VERSION_STRING, liaison_version());
    return 1;
  }
  rc = liaison_directory_open(&dir, ":memory:", NULL);
  if (rc == LIAISON_OK)
    rc = liaison_person_add(NULL, dir,
                            "{\"given_names\": \"Sara\", \"family_names\": \"\xC3\x87"
                            "apaliku\"}");
  if (rc == LIAISON_OK) rc = liaison_directory_search(&hits, dir, "capaliku", NULL);
  if (rc != LIAISON_OK) {
    fprintf(stderr, "%s: %s\n", liaison_errstr(rc), liaison_error_last());
  } else if (strstr(hits.ptr, "Sara") == NULL) {
    fprintf(stderr, "not found: %s\n", hits.ptr);
    rc = 1;
  } else {
    printf("c_consumer: %s\n", hits.ptr);
  }
  liaison_buf_dispose(&hits);
  liaison_directory_free(dir);
  return rc == LIAISON_OK ? 0 : 1;
}
