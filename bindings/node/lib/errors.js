'use strict';

/** A failed credplug call: `.status` (negative number), `.code` (its name). */
class CredplugError extends Error {
  constructor(status, code, detail) {
    super(detail);
    this.name = 'CredplugError';
    this.status = status;
    this.code = code;
  }
}

module.exports = { CredplugError };
