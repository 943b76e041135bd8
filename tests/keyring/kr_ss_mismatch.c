/*
 * Mock Secret Service backend object that does one wrong thing: it is of
 * another interface, so its entry refuses (returns NULL), as a real backend
 * of another build does.  It records what it was asked in the environment
 * variable CP_KR_SS_MISMATCH_SEEN, so the test knows the entry was reached.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((visibility("default"))) const void *
cp_kr_ss_entry_v1(uint32_t iface, size_t state_size, size_t req_size);

__attribute__((visibility("default"))) const void *
cp_kr_ss_entry_v1(uint32_t iface, size_t state_size, size_t req_size)
{
	char seen[96];

	snprintf(seen, sizeof(seen), "iface=%u state=%zu req=%zu",
	         (unsigned)iface, state_size, req_size);
	setenv("CP_KR_SS_MISMATCH_SEEN", seen, 1);
	return NULL;
}
