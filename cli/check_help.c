/*
 * credplug check-provider — its help text, shared by `credplug help
 * check-provider` and the checker program itself.
 *
 * SPDX-License-Identifier: MIT
 */
#include "cli.h"

const char cp_help_check_provider[] =
        "Usage: credplug check-provider MODULE [--options JSON|@FILE] "
        "[--json]\n"
        "\n"
        "Run a provider module through the plugin ABI's contract as the "
        "host uses it,\n"
        "without a config file, and print one line per check: [ ok ], "
        "[FAIL] (what is\n"
        "wrong and how to fix it) or [skip] (why).  MODULE is the "
        "module's path\n"
        "(./acme.so) or the name of one in the provider directory.  Every "
        "call into\n"
        "the module runs in a child process that is killed when it "
        "overstays, so a\n"
        "module that blocks or crashes is named and the check still ends.\n"
        "\n"
        "  --options JSON  the provider's options, as in a chain entry "
        "(without \"use\"),\n"
        "                  e.g. '{\"key_from_env\": \"ACME_KEY\"}'; @FILE "
        "reads them from\n"
        "                  FILE (keep credentials off the command line)\n"
        "  --json          {\"module\", \"checks\": [{\"check\", \"result\", "
        "\"message\"}],\n"
        "                  \"ok\", \"failed\", \"skipped\"}\n"
        "\n"
        "The store/erase round trip writes where the options point, so it "
        "runs only\n"
        "with --options: name a scratch location.  docs/plugin-abi.md, "
        "\"Check your\n"
        "module\", explains each check.  Exit status: 0 when no check "
        "failed, 1 when\n"
        "one did, 2 on a usage error.\n";
