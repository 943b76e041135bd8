/*
 * Compatibility include: every private core header at once, for the
 * in-tree tests and the check command (cli/check_*.c).  Core files
 * include the module headers they use instead.
 */
#ifndef CREDPLUG_CORE_INTERNAL_H
#define CREDPLUG_CORE_INTERNAL_H

#include "cache.h"
#include "chain.h"
#include "clock.h"
#include "config.h"
#include "ctx.h"
#include "errors.h"
#include "field.h"
#include "files.h"
#include "host.h"
#include "instance.h"
#include "loader.h"
#include "memory.h"
#include "origin.h"
#include "reject.h"
#include "snapshot.h"
#include "values.h"

#endif
