/*
 * The endpoint security table (core/endpoints.c, the generated
 * core/endpoints_table.c): every operation found from a URL built from its
 * own template, the literal-beats-template rule, unknown paths, bad URLs,
 * NULL arguments, and the generated trie's invariants.
 *
 * every_tsv_row checks the table against ../shared/reference/
 * datadog-operations.tsv itself, computing the masks with
 * credplug_auth_parse() rather than the generator's own parser; it is
 * skipped when the file is absent.  Links the static library: the trie
 * (cp_ep_*) is hidden in the shared one.
 */
#include "cp_test.h"

#include <stdio.h>
#include <string.h>

#include "endpoints.h"

#define API  "https://api.datadoghq.com"
#define ALL  CREDPLUG_AUTH_ALL
#define KEYS (CREDPLUG_AUTH_API_KEY | CREDPLUG_AUTH_APP_KEY)
#define KAZ  (KEYS | CREDPLUG_AUTH_AUTHZ)

static const char *const methods[CP_EP_METHODS] = {"GET", "POST", "PUT",
                                                   "PATCH", "DELETE"};

/* `tmpl` with every {name} replaced by `value`, after `prefix`. */
static void instantiate(char *out, size_t cap, const char *prefix,
                        const char *tmpl, const char *value)
{
	size_t n = (size_t)snprintf(out, cap, "%s", prefix);

	for (const char *p = tmpl; *p && n + 1 < cap; p++) {
		if (*p == '{') {
			n += (size_t)snprintf(out + n, cap - n, "%s", value);
			p = strchr(p, '}');
			assert_non_null(p);
		} else {
			out[n++] = *p;
			out[n] = '\0';
		}
	}
	assert_true(n + 1 < cap);
}

/* credplug_endpoint_find() must give `status`, `mask` and `tmpl`. */
static void expect(const char *method, const char *url, int status,
                   uint32_t mask, const char *tmpl)
{
	const char *got_tmpl = "unset";
	uint32_t got = 0xdead;
	int rc = credplug_endpoint_find(method, url, &got, &got_tmpl);

	if (rc != status || got != mask ||
	    (tmpl ? got_tmpl == NULL || strcmp(got_tmpl, tmpl) != 0
	          : got_tmpl != NULL))
		fail_msg("%s %s: got %d, mask %#x, %s; want %d, mask %#x, %s",
		         method ? method : "(null)", url ? url : "(null)", rc,
		         got, got_tmpl ? got_tmpl : "(null)", status, mask,
		         tmpl ? tmpl : "(null)");
	got = 0xdead;
	assert_int_equal(credplug_auth_for(method, url, &got), status);
	assert_int_equal(got, mask);
}

static void every_table_row(void **state)
{
	char url[1024];
	size_t n;

	(void)state;
	assert_int_equal(cp_ep_n_ops, 1758);
	for (size_t i = 0; i < cp_ep_n_ops; i++) {
		const struct cp_ep_op *op = &cp_ep_ops[i];
		const char *tmpl = cp_ep_text + op->path;

		instantiate(url, sizeof(url), API, tmpl, "x-7");
		expect(methods[op->method], url, CREDPLUG_OK, op->auth, tmpl);
		/* path only, a query and a fragment: the same operation */
		instantiate(url, sizeof(url), "", tmpl, "AbC%2F9");
		n = strlen(url);
		snprintf(url + n, sizeof(url) - n, "%s",
		         "?page=1&next=/api/v1/validate#frag");
		expect(methods[op->method], url, CREDPLUG_OK, op->auth, tmpl);
	}
}

/* The TSV's line for one operation, split into its columns. */
static int split(char *line, char **col, int max)
{
	int n = 0;

	line[strcspn(line, "\r\n")] = '\0';
	col[n++] = line;
	for (char *p = line; *p && n < max; p++)
		if (*p == '\t') {
			*p = '\0';
			col[n++] = p + 1;
		}
	return n;
}

static void every_tsv_row(void **state)
{
	const char *tsv =
	        CP_TEST_SHARED_DIR "/reference/datadog-operations.tsv";
	char line[1024], url[1024], lower[16];
	size_t rows = 0;
	FILE *f = fopen(tsv, "r");

	(void)state;
	if (f == NULL) {
		print_message("SKIP: needs %s (../shared/reference/ beside the "
		              "repository, or -DCREDPLUG_SHARED_DIR=DIR)\n",
		              tsv);
		skip();
	}
	assert_non_null(fgets(line, sizeof(line), f)); /* the header */
	while (fgets(line, sizeof(line), f) != NULL) {
		char *col[5];
		uint32_t want;

		assert_int_equal(split(line, col, 5), 5);
		want = strcmp(col[4], "(empty)") == 0
		               ? 0
		               : credplug_auth_parse(col[4]);
		assert_int_equal(want & CREDPLUG_AUTH_UNKNOWN, 0);
		instantiate(url, sizeof(url), "https://api.datadoghq.eu:443",
		            col[2], "v-1");
		expect(col[1], url, CREDPLUG_OK, want, col[2]);
		for (size_t i = 0; i < sizeof(lower) - 1 && col[1][i]; i++)
			lower[i] = (char)(col[1][i] | 0x20);
		lower[strlen(col[1])] = '\0';
		expect(lower, url, CREDPLUG_OK, want, col[2]);
		rows++;
	}
	fclose(f);
	assert_int_equal(rows, cp_ep_n_ops);
}

static void literal_beats_template(void **state)
{
	(void)state;
	/* the literal, though {case_id} would take "types" too (and its list
	 * differs: AuthZ) */
	expect("GET", API "/api/v2/cases/types", CREDPLUG_OK, KEYS,
	       "/api/v2/cases/types");
	expect("GET", API "/api/v2/cases/other", CREDPLUG_OK, KAZ,
	       "/api/v2/cases/{case_id}");
	expect("GET", API "/api/v1/dashboard/lists/manual", CREDPLUG_OK, KAZ,
	       "/api/v1/dashboard/lists/manual");
	/* no operation is /api/v1/dashboard/lists itself: the template */
	expect("GET", API "/api/v1/dashboard/lists", CREDPLUG_OK, KAZ,
	       "/api/v1/dashboard/{dashboard_id}");
	expect("GET", API "/api/v1/dashboard/abc-def-ghi", CREDPLUG_OK, KAZ,
	       "/api/v1/dashboard/{dashboard_id}");
	/* deeper: a literal after a template; PATCH has only the template */
	expect("POST", API "/api/v2/incidents/i-1/attachments/postmortems",
	       CREDPLUG_OK, KEYS,
	       "/api/v2/incidents/{incident_id}/attachments/postmortems");
	expect("PATCH", API "/api/v2/incidents/i-1/attachments/postmortems",
	       CREDPLUG_OK, KAZ,
	       "/api/v2/incidents/{incident_id}/attachments/{attachment_id}");
	/* a literal whose subtree lacks the method gives way to the template
	 * that has it (validate is POST only) */
	expect("POST", API "/api/v1/monitor/validate", CREDPLUG_OK, KAZ,
	       "/api/v1/monitor/validate");
	expect("GET", API "/api/v1/monitor/validate", CREDPLUG_OK, KAZ,
	       "/api/v1/monitor/{monitor_id}");
	expect("PATCH", API "/api/v2/reporting/schedule/s-1/toggle",
	       CREDPLUG_OK, KEYS,
	       "/api/v2/reporting/schedule/{schedule_uuid}/toggle");
	expect("GET", API "/api/v2/reporting/schedule/s-1/toggle", CREDPLUG_OK,
	       KEYS,
	       "/api/v2/reporting/schedule/{resource_type}/{resource_id}");
	/* the method decides between operations of one path */
	expect("GET", API "/api/v1/validate", CREDPLUG_OK,
	       CREDPLUG_AUTH_API_KEY, "/api/v1/validate");
	expect("POST", API "/api/v1/events", CREDPLUG_OK, CREDPLUG_AUTH_API_KEY,
	       "/api/v1/events");
	expect("GET", API "/api/v1/events", CREDPLUG_OK, KAZ, "/api/v1/events");
	expect("GET", API "/api/v2/spa/recommendations/svc", CREDPLUG_OK,
	       CREDPLUG_AUTH_AUTHZ, "/api/v2/spa/recommendations/{service}");
}

static void root_and_empty_security(void **state)
{
	(void)state;
	expect("GET", API, CREDPLUG_OK, 0, "/");
	expect("GET", API "/", CREDPLUG_OK, 0, "/");
	expect("GET", API "?x=1", CREDPLUG_OK, 0, "/");
	expect("GET", API "#top", CREDPLUG_OK, 0, "/");
	expect("GET", "/", CREDPLUG_OK, 0, "/");
	expect("POST", API "/api/v2/oauth2/register", CREDPLUG_OK, 0,
	       "/api/v2/oauth2/register");
	expect("POST", "/", CREDPLUG_ENOTFOUND, ALL, NULL);
}

static void unknown_paths(void **state)
{
	static const char *const urls[] = {
	        API "/api/v1/nope",
	        API "/api/v3/dashboard",
	        API "/api/v1/dashboard/", /* trailing slash: an empty segment */
	        API "/api/v1/validate/",
	        API "/api/v1/dashboard//lists",
	        API "/api/v1/dashboard/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s",
	        API "/API/v1/validate", /* paths are case-sensitive */
	        API "/api/v1/dashboard%2Flists/manual", /* not decoded */
	        API "/api/v1/dashboard/..",
	        API "/api/v1/dashboard/.",
	        API "/api/v1/dashboard/%2e%2E",
	        API "/api/v1/dashboard/.%2e",
	        API "/api/v1/dashboard/%2E",
	        API "//api/v1/validate",
	        "https://h/api/v1/validat",
	        "https://h/api/v1/validatex",
	        "https://h/api",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(urls) / sizeof(*urls); i++)
		expect("GET", urls[i], CREDPLUG_ENOTFOUND, ALL, NULL);
	/* "..." and "%2e%2e%2e" are ordinary segments */
	expect("GET", API "/api/v1/dashboard/...", CREDPLUG_OK, KAZ,
	       "/api/v1/dashboard/{dashboard_id}");
	expect("GET", API "/api/v1/dashboard/%2e%2e%2e", CREDPLUG_OK, KAZ,
	       "/api/v1/dashboard/{dashboard_id}");
	/* HTTP tokens that name no operation of the table */
	expect("HEAD", API "/api/v1/validate", CREDPLUG_ENOTFOUND, ALL, NULL);
	expect("OPTIONS", API "/api/v1/validate", CREDPLUG_ENOTFOUND, ALL,
	       NULL);
	expect("GETS", API "/api/v1/validate", CREDPLUG_ENOTFOUND, ALL, NULL);
	expect("GE", API "/api/v1/validate", CREDPLUG_ENOTFOUND, ALL, NULL);
	expect("DELETE", API "/api/v1/validate", CREDPLUG_ENOTFOUND, ALL, NULL);
	expect("gEt", API "/api/v1/validate", CREDPLUG_OK,
	       CREDPLUG_AUTH_API_KEY, "/api/v1/validate");
}

static void bad_urls(void **state)
{
	static const char *const urls[] = {
	        "",
	        "api.datadoghq.com/api/v1/validate",
	        "https:/api/v1/validate",
	        "https:api/v1/validate",
	        "https://",
	        "https:///api/v1/validate",
	        "https://?x",
	        "//api.datadoghq.com/api/v1/validate",
	        "1https://h/api/v1/validate",
	        "ht tps://h/api/v1/validate",
	        "https://h/api/v1/valid ate",
	        "https://h/api/v1/validate\n",
	        "https://h/api/v1/\tvalidate",
	        "https://h/api/v1/validate\x7f",
	        "https://h/api/v1/d\xc3\xa9j\xc3\xa0",
	        "https://h/api/v1\\validate",
	        "https://h st/api/v1/validate",
	        "https://h\x01/api/v1/validate",
	        "api/v1/validate",
	};
	static const char *const bad_methods[] = {"",     "G T",        "GET\n",
	                                          "GET ", "G\xc3\x89T", "GET:"};

	(void)state;
	for (size_t i = 0; i < sizeof(urls) / sizeof(*urls); i++)
		expect("GET", urls[i], CREDPLUG_EINVAL, ALL, NULL);
	for (size_t i = 0; i < sizeof(bad_methods) / sizeof(*bad_methods); i++)
		expect(bad_methods[i], API "/api/v1/validate", CREDPLUG_EINVAL,
		       ALL, NULL);
	/* the query and fragment are not read */
	expect("GET", "https://h/api/v1/validate?q=a b\x01\xff\\", CREDPLUG_OK,
	       CREDPLUG_AUTH_API_KEY, "/api/v1/validate");
	/* a bad URL is EINVAL whatever the method */
	expect("HEAD", "nope", CREDPLUG_EINVAL, ALL, NULL);
}

static void null_arguments(void **state)
{
	const char *tmpl = "unset";
	uint32_t mask = 0xdead;

	(void)state;
	expect(NULL, API "/api/v1/validate", CREDPLUG_EINVAL, ALL, NULL);
	expect("GET", NULL, CREDPLUG_EINVAL, ALL, NULL);
	assert_int_equal(credplug_auth_for("GET", API "/api/v1/validate", NULL),
	                 CREDPLUG_EINVAL);
	assert_int_equal(credplug_endpoint_find("GET", API "/api/v1/validate",
	                                        NULL, &tmpl),
	                 CREDPLUG_EINVAL);
	assert_null(tmpl);
	assert_int_equal(credplug_endpoint_find("GET", API "/api/v1/validate",
	                                        &mask, NULL),
	                 CREDPLUG_OK);
	assert_int_equal(mask, CREDPLUG_AUTH_API_KEY);
}

/* The generator's order: length, then bytes. */
static int edge_order(const struct cp_ep_edge *a, const struct cp_ep_edge *b)
{
	if (a->len != b->len)
		return (int)a->len - (int)b->len;
	return memcmp(cp_ep_text + a->seg, cp_ep_text + b->seg, a->len);
}

/* What the lookup relies on: edges sorted per node, indices in range, ops
 * per node in method order, each method once, masks of known bits. */
static void trie_invariants(void **state)
{
	size_t ops = 0, edges = 0;

	(void)state;
	for (size_t i = 0; i < cp_ep_n_nodes; i++) {
		const struct cp_ep_node *n = &cp_ep_nodes[i];

		assert_int_equal(n->edges, edges);
		assert_int_equal(n->ops, ops);
		assert_true(n->param < cp_ep_n_nodes);
		assert_true(n->param == 0 || n->param > i);
		for (unsigned e = n->edges; e < (unsigned)n->edges + n->n_edges;
		     e++) {
			assert_true(cp_ep_edges[e].node > i);
			assert_true(cp_ep_edges[e].node < cp_ep_n_nodes);
			assert_true(cp_ep_edges[e].len > 0);
			assert_null(memchr(cp_ep_text + cp_ep_edges[e].seg, '/',
			                   cp_ep_edges[e].len));
			if (e > n->edges)
				assert_true(edge_order(&cp_ep_edges[e - 1],
				                       &cp_ep_edges[e]) < 0);
		}
		for (unsigned o = n->ops; o < (unsigned)n->ops + n->n_ops;
		     o++) {
			assert_true(cp_ep_ops[o].method < CP_EP_METHODS);
			assert_int_equal(cp_ep_ops[o].auth & ~ALL, 0);
			if (o > n->ops)
				assert_true(cp_ep_ops[o - 1].method <
				            cp_ep_ops[o].method);
		}
		edges += n->n_edges;
		ops += n->n_ops;
	}
	assert_int_equal(ops, cp_ep_n_ops);
	assert_int_equal(cp_ep_nodes[0].ops, 0);
}

static const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_table_row),
        cmocka_unit_test(every_tsv_row),
        cmocka_unit_test(literal_beats_template),
        cmocka_unit_test(root_and_empty_security),
        cmocka_unit_test(unknown_paths),
        cmocka_unit_test(bad_urls),
        cmocka_unit_test(null_arguments),
        cmocka_unit_test(trie_invariants),
};

CP_TEST_MAIN("core_endpoints", tests, NULL, NULL)
