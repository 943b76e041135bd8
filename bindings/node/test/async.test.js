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

// A process provider whose command takes 300 ms to print the document
// (after `before`, more chain entries).
function slowContext(before = []) {
  return new Context({
    configJson: {
      allowed_origins: [ORIGIN],
      providers: [...before, {
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

// Whether a call answered before a setImmediate queued just ahead of it:
// an inline answer settles in the microtask queue, a worker's after it.
async function answeredInline(call) {
  let immediate = false;
  setImmediate(() => { immediate = true; });
  const result = await call();
  return { inline: !immediate, result };
}

test('headersAsync answers a warm context inline and goes to a worker only when a resolve is due', async () => {
  const ctx = slowContext([{ use: 'explicit' }]);
  const cold = await answeredInline(() => ctx.headersAsync('GET', URL_, ['apiKeyAuth']));
  assert.deepEqual(cold.result, [['DD-API-KEY', 'k_slow_0123']]);
  assert.equal(cold.inline, false, 'the first call (a 300 ms resolve) went to a worker');
  for (let i = 0; i < 3; i++) {
    const warm = await answeredInline(() => ctx.headersAsync('GET', URL_, 'apiKeyAuth'));
    assert.deepEqual(warm.result, [['DD-API-KEY', 'k_slow_0123']]);
    assert.equal(warm.inline, true, `warm call ${i} answered without a worker`);
  }
  // New input: the next call must resolve, so it leaves the loop again.
  ctx.set('api_key', 'k_new_4567');
  const again = await answeredInline(() => ctx.headersAsync('GET', URL_, ['apiKeyAuth']));
  assert.deepEqual(again.result, [['DD-API-KEY', 'k_new_4567']]);
  assert.equal(again.inline, false);
  // A refusal on a warm context is thrown inline too, with its detail.
  await assert.rejects(ctx.headersAsync('GET', 'https://evil.example.com/x', ['apiKeyAuth']),
    (e) => e.code === 'CREDPLUG_EDESTINATION' && /refusing to send credentials to https:\/\/evil\.example\.com/.test(e.message));
  ctx.close();
});
