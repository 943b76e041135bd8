/* Shared test scaffolding: cmocka plus a main that runs one named case. */
#ifndef CP_TEST_H
#define CP_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

/* argv[1], when given, selects one case (ctest registers one per case). */
#define CP_TEST_MAIN(group_name, tests, setup, teardown)                       \
	int main(int argc, char **argv)                                        \
	{                                                                      \
		if (argc > 1)                                                  \
			cmocka_set_test_filter(argv[1]);                       \
		return cmocka_run_group_tests_name(group_name, tests, setup,   \
		                                   teardown);                  \
	}

#endif
