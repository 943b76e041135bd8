'use strict';
// Shared by the tests: the library under test comes from the build tree
// (CREDPLUG_LIBRARY, CREDPLUG_PROVIDER_DIR, set by ctest), and loopback
// servers record what reaches them.
const http = require('node:http');
const net = require('node:net');

const DD_VARS = ['DD_API_KEY', 'DD_APP_KEY', 'DD_BEARER_TOKEN', 'DD_SITE', 'DD_API_KEY_FILE',
  'DD_APP_KEY_FILE', 'DD_BEARER_TOKEN_FILE', 'DATADOG_API_KEY', 'DATADOG_APP_KEY',
  'DD_APPLICATION_KEY', 'CREDPLUG_CONFIG'];

function clearEnv() {
  for (const v of DD_VARS) delete process.env[v];
}

function requireBuildTree() {
  if (!process.env.CREDPLUG_LIBRARY || !process.env.CREDPLUG_PROVIDER_DIR) {
    throw new Error('set CREDPLUG_LIBRARY=<build>/core/libcredplug.so.0 and ' +
      'CREDPLUG_PROVIDER_DIR=<build>/providers (ctest does)');
  }
}

// An HTTP server on 127.0.0.1 that records each request head and answers
// with `respond(req, res)` (default: 200 `{}`).
async function recordingServer(respond) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method, url: req.url, rawHeaders: req.rawHeaders.slice() });
    req.resume();
    req.on('end', () => {
      if (respond) return respond(req, res);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, requests, close: () => new Promise((r) => server.close(r)) };
}

// A raw TCP listener: every byte that arrives is kept, each connection gets
// a minimal 200 `{}`.
async function byteListener() {
  const chunks = [];
  const server = net.createServer((sock) => {
    let head = '';
    sock.on('data', (d) => {
      chunks.push(d);
      head += d.toString('latin1');
      if (head.includes('\r\n\r\n')) {
        sock.end('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n' +
          'Connection: close\r\n\r\n{}');
      }
    });
    sock.on('error', () => {});
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, bytes: () => Buffer.concat(chunks), close: () => new Promise((r) => server.close(r)) };
}

module.exports = { clearEnv, requireBuildTree, recordingServer, byteListener };
