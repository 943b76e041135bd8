/*
 * The kernel keyring blocked by a seccomp filter, as container runtimes do:
 * keyctl/add_key/request_key fail with ENOSYS (or EPERM).  The provider
 * must say "unavailable" with the remedy at once, and the chain go on.
 * The filter is real (installed in a forked child with
 * PR_SET_NO_NEW_PRIVS); nothing is mocked.
 */
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <json-c/json.h>

#include "cp_test.h"
#include "credplug/credplug.h"

static int block_keyring_syscalls(int err)
{
	struct sock_filter f[] = {
	        BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
	                 offsetof(struct seccomp_data, arch)),
	        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
	        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	        BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
	                 offsetof(struct seccomp_data, nr)),
	        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_keyctl, 2, 0),
	        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_add_key, 1, 0),
	        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_request_key, 0, 1),
	        BPF_STMT(BPF_RET | BPF_K,
	                 SECCOMP_RET_ERRNO | (err & SECCOMP_RET_DATA)),
	        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = {sizeof(f) / sizeof(f[0]), f};

	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
		return -1;
	return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog);
}

static const char *jstr(struct json_object *doc, const char *a, int i,
                        const char *b)
{
	struct json_object *v = NULL;

	json_object_object_get_ex(doc, a, &v);
	if (i >= 0)
		v = json_object_array_get_idx(v, (size_t)i);
	json_object_object_get_ex(v, b, &v);
	return v ? json_object_get_string(v) : "";
}

/* In the child: resolve and report "rc|status|message|api_key source". */
static void child(int err, int fd)
{
	struct credplug_options o = CREDPLUG_OPTIONS_INIT;
	struct credplug_ctx *ctx;
	struct json_object *doc, *fields;
	char *text = NULL, line[1024];
	int rc;

	if (block_keyring_syscalls(err) != 0)
		_exit(3);
	setenv("DD_API_KEY", "env-key-0123456789", 1);
	o.provider_dir = CP_TEST_PROVIDER_DIR;
	o.flags = CREDPLUG_FLAG_NO_CONFIG_FILE;
	o.config_json =
	        "{\"providers\":[{\"use\":\"keyring\",\"backend\":\"kernel\"},"
	        "{\"use\":\"env\"}]}";
	if (credplug_ctx_new(&ctx, &o) != CREDPLUG_OK)
		_exit(4);
	rc = credplug_resolve(ctx);
	if (credplug_explain_json(ctx, &text) != CREDPLUG_OK)
		_exit(5);
	doc = json_tokener_parse(text);
	json_object_object_get_ex(doc, "fields", &fields);
	snprintf(line, sizeof(line), "%d|%s|%s|%s", rc,
	         jstr(doc, "providers", 0, "status"),
	         jstr(doc, "providers", 0, "message"),
	         jstr(fields, "api_key", -1, "provider"));
	if (write(fd, line, strlen(line)) < 0)
		_exit(6);
	_exit(0);
}

static void run(int err, char *out, size_t cap)
{
	int p[2], st = 0;
	ssize_t n;
	pid_t pid;

	assert_int_equal(pipe(p), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(p[0]);
		child(err, p[1]);
	}
	close(p[1]);
	n = read(p[0], out, cap - 1);
	close(p[0]);
	assert_int_equal(waitpid(pid, &st, 0), pid);
	assert_true(WIFEXITED(st));
	assert_int_equal(WEXITSTATUS(st), 0);
	assert_true(n > 0);
	out[n] = '\0';
}

#define BLOCKED(err)                                                           \
	"0|unavailable|keyring: the kernel keyring is blocked (search "        \
	"credplug:default:api_key: " err "), e.g. by a container's seccomp "   \
	"profile; allow the keyctl/add_key syscalls or use backend "           \
	"\"secret-service\"|env"

static void kernel_keyring_enosys(void **state)
{
	char out[1024];

	(void)state;
	run(ENOSYS, out, sizeof(out));
	/* resolve OK, keyring unavailable with the remedy, env supplied */
	assert_string_equal(out, BLOCKED("Function not implemented"));
}

static void kernel_keyring_eperm(void **state)
{
	char out[1024];

	(void)state;
	run(EPERM, out, sizeof(out));
	assert_string_equal(out, BLOCKED("Operation not permitted"));
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
	        cmocka_unit_test(kernel_keyring_enosys),
	        cmocka_unit_test(kernel_keyring_eperm),
	};

	if (argc > 1)
		cmocka_set_test_filter(argv[1]);
	return cmocka_run_group_tests_name("keyring_seccomp", tests, NULL,
	                                   NULL);
}
