/* Cases in test_file_store_sec04.c, run by the file_store program. */
#ifndef STORE_SEC04_H
#define STORE_SEC04_H

void sec04_foreign_symlink_refused(void **state);
void sec04_unsafe_directory_refused(void **state);
void sec04_replaced_after_read_refused(void **state);
void sec04_swapped_to_link_refused(void **state);
void sec04_symlink_race(void **state);

#endif
