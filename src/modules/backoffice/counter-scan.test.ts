import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import vm from 'node:vm';
import { STATIC_DIR } from '../../ui/assets.ts';

const SCRIPT = readFileSync(join(STATIC_DIR, 'counter-scan.js'), 'utf8');

/**
 * The camera enhancement run against a stand-in page and browser: the check-in form's parts, a camera that gives a
 * stream, and a BarcodeDetector that "sees" the given QR content. The receipt's QR code holds the tracking code
 * (requests/receipt.ts: `qrPayload: r.trackingCode`).
 */
async function scan(qrContent: string | undefined, options: { detector?: boolean } = {}) {
  const listeners: Record<string, () => void> = {};
  const element = (extra: Record<string, unknown> = {}) => ({
    hidden: true,
    textContent: '',
    addEventListener: (type: string, fn: () => void) => {
      listeners[type] = fn;
    },
    ...extra,
  });
  const pageListeners: (() => void)[] = [];
  let submitted = 0;
  let stopped = 0;
  const field = { value: '' };
  const form = { querySelector: () => field, requestSubmit: () => submitted++ };
  const video = element({ play: async () => {}, srcObject: null });
  const status = element();
  const parts: Record<string, unknown> = {
    '[data-counter-scan-start]': element(),
    '[data-counter-scan-video]': video,
    '[data-counter-scan-status]': status,
    '[data-counter-scan-reading]': element({ textContent: 'reading' }),
    '[data-counter-scan-found]': element({ textContent: 'found' }),
    '[data-counter-scan-failed]': element({ textContent: 'failed' }),
  };
  const box = element({ closest: () => form, querySelector: (s: string) => parts[s] ?? null });
  const context: Record<string, unknown> = {
    document: {
      querySelector: (s: string) => (s === '[data-counter-scan]' ? box : null),
      querySelectorAll: () => [],
    },
    navigator: {
      mediaDevices: { getUserMedia: async () => ({ getTracks: () => [{ stop: () => stopped++ }] }) },
    },
    setInterval,
    clearInterval,
    addEventListener: (type: string, fn: () => void) => {
      if (type === 'pagehide') pageListeners.push(fn);
    },
    URL,
  };
  if (options.detector !== false) {
    context.BarcodeDetector = class {
      static getSupportedFormats = async () => ['qr_code', 'ean_13'];
      detect = async () => (qrContent === undefined ? [] : [{ rawValue: qrContent }]);
    };
  }
  context.window = context;
  vm.runInNewContext(SCRIPT, context);
  if (!box.hidden) listeners.click?.();
  await sleep(400);
  // Leaving the page stops the camera (and the scanning loop).
  for (const fn of pageListeners) fn();
  return { shown: !box.hidden, code: field.value, submitted, stopped, status: status.textContent };
}

test('the camera reads the receipt’s QR code, fills the tracking code and sends the form', async () => {
  const read = await scan('K7PM4QX9T2AH');
  assert.deepEqual(read, { shown: true, code: 'K7PM4QX9T2AH', submitted: 1, stopped: 1, status: 'found' });
});

test('a link carrying the code, grouped or as ?code=, is read too', async () => {
  assert.equal((await scan('https://mikhak.example/track/k7pm-4qx9-t2ah')).code, 'K7PM4QX9T2AH');
  assert.equal((await scan('https://mikhak.example/track?code=K7PM-4QX9-T2AH')).code, 'K7PM4QX9T2AH');
});

test('a QR code that holds no tracking code is ignored and the camera keeps looking', async () => {
  const read = await scan('https://example.org/some/other/thing');
  assert.equal(read.submitted, 0);
  assert.equal(read.code, '');
  assert.equal(read.status, 'reading');
  assert.equal((await scan(undefined)).submitted, 0);
});

test('without BarcodeDetector the camera button stays hidden: the typed form is all there is', async () => {
  const read = await scan('K7PM4QX9T2AH', { detector: false });
  assert.equal(read.shown, false);
  assert.equal(read.submitted, 0);
});
