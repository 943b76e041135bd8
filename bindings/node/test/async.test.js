'use strict';
// headersAsync runs credplug_headers (and so the provider I/O of the first
// resolve) on a worker thread: the event loop keeps turning.
const test = require('node:test');
const assert = require('node:assert/strict');
const { clearEnv, requireBuildTree } = require('./helpers');
const { Context } = require('..');

requireBuildTree();
clearEnv();
const ORIGIN = 'http://127.0.0.1:8126';
const URL_ = `${ORIGIN}/api/v1/validate`;

// A process provider whose command takes 300 ms to print the document.
function slowContext() {
  return new Context({
    configJson: {
      allowed_origins: [ORIGIN],
      providers: [{
        use: 'process',
        command: ['/bin/sh', '-c', 'sleep 0.3; printf \'{"version":1,"api_key":"k_slow_0123"}\''],
        timeout_ms: 10000,
      }],
    },
  });
}

// Runs `work` while a 10 ms interval timer ticks; the longest gap between ticks.
async function longestTimerGap(work) {
  let last = performance.now();
  let gap = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
    ticks++;
  }, 10);
  const started = performance.now();
  const result = await work();
  const took = performance.now() - started;
  clearInterval(timer);
  gap = Math.max(gap, performance.now() - last); // a stall right before the end
  return { gap, ticks, took, result };
}

test('a 300 ms process provider does not stall a 10 ms timer during headersAsync', async () => {
  const ctx = slowContext();
  const r = await longestTimerGap(() => ctx.headersAsync('GET', URL_, ['apiKeyAuth']));
  ctx.close();
  assert.deepEqual(r.result, [['DD-API-KEY', 'k_slow_0123']]);
  assert.ok(r.took >= 290, `the provider really ran (${r.took} ms)`);
  assert.ok(r.ticks >= 10, `the timer ticked ${r.ticks} times`);
  // generous for a loaded 2-core machine; a blocked loop gives >= 290 ms
  assert.ok(r.gap < 150, `longest gap between ticks: ${r.gap} ms`);
});

test('control: the synchronous headers() does stall the loop for the provider', async () => {
  const ctx = slowContext();
  const r = await longestTimerGap(async () => {
    await new Promise((res) => setTimeout(res, 30)); // let the timer start ticking
    return ctx.headers('GET', URL_, ['apiKeyAuth']);
  });
  ctx.close();
  assert.deepEqual(r.result, [['DD-API-KEY', 'k_slow_0123']]);
  assert.ok(r.gap >= 290, `longest gap between ticks: ${r.gap} ms`);
});

test('40 concurrent headersAsync on one context while it resolves: one snapshot, no mixing', async () => {
  const ctx = new Context({
    configJson: { allowed_origins: [ORIGIN], providers: [{ use: 'explicit' }, { use: 'env' }] },
  });
  ctx.set('api_key', 'k_c_0123');
  ctx.set('app_key', 'a_c_4567');
  ctx.set('pat', 'ddpat_c_89');
  const lists = [['apiKeyAuth'], ['apiKeyAuth', 'appKeyAuth'], ['AuthZ'], [],
    ['apiKeyAuth', 'appKeyAuth', 'AuthZ']];
  const want = [
    [['DD-API-KEY', 'k_c_0123']],
    [['DD-API-KEY', 'k_c_0123'], ['DD-APPLICATION-KEY', 'a_c_4567']],
    [['Authorization', 'Bearer ddpat_c_89']],
    [],
    [['DD-API-KEY', 'k_c_0123'], ['DD-APPLICATION-KEY', 'a_c_4567'], ['Authorization', 'Bearer ddpat_c_89']],
  ];
  const got = await Promise.all(Array.from({ length: 40 },
    (_, i) => ctx.headersAsync('GET', URL_, lists[i % lists.length])));
  got.forEach((h, i) => assert.deepEqual(h, want[i % want.length], `request ${i}`));
  ctx.close();
});
