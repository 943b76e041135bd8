/* libFuzzer: the keyring provider's D-Bus reply reader (ss_wire.c), fed a
 * byte stream the way ss_probe.c feeds it what the bus sends: message
 * after message until the reply to serial 2 or an error. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ss_wire.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	/* a copy of exactly `size` bytes, so reads past it are caught */
	unsigned char *buf = malloc(size ? size : 1);
	size_t at = 0;
	int used = 1, verdict = CP_KR_WIRE_OTHER;

	if (buf == NULL)
		return 0;
	memcpy(buf, data, size);
	while (used > 0 && verdict == CP_KR_WIRE_OTHER) {
		used = cp_kr_wire_read(buf + at, size - at, 2, &verdict);
		if (used > 0 && (size_t)used > size - at)
			abort(); /* claims more than it was given */
		if (used > 0)
			at += (size_t)used;
	}
	free(buf);
	return 0;
}
