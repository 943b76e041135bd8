#include "cp_test.h"
#include <credplug/credplug.h>
static void smoke(void **st) { (void)st; struct credplug_ctx *c; assert_int_equal(credplug_ctx_new(&c, NULL), 0); credplug_ctx_free(c); }
int main(int argc, char **argv) { const struct CMUnitTest t[] = { cmocka_unit_test(smoke), }; if (argc > 1) cmocka_set_test_filter(argv[1]); return cmocka_run_group_tests(t, NULL, NULL); }
