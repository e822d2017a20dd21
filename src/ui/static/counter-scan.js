// The counter's enhancements; every page works without this file (the tracking code is typed, the receipt is
// printed with the browser's own command).
(() => {
  // The payment receipt's print button, shown only when it can work.
  for (const button of document.querySelectorAll('[data-counter-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }

  const box = document.querySelector('[data-counter-scan]');
  if (!box || !('BarcodeDetector' in window) || !navigator.mediaDevices?.getUserMedia) return;

  const form = box.closest('form');
  const field = form?.querySelector('input[name="code"]');
  const start = box.querySelector('[data-counter-scan-start]');
  const video = box.querySelector('[data-counter-scan-video]');
  const status = box.querySelector('[data-counter-scan-status]');
  if (!form || !field || !start || !video || !status) return;
  const say = (name) => {
    status.textContent = box.querySelector(`[data-counter-scan-${name}]`)?.textContent ?? '';
  };

  /**
   * The tracking code in what a receipt's QR code holds: today the code itself (twelve letters and digits); a
   * link ending in the code, or with it as `?code=`, is read too. Separators are dropped; the server checks the
   * code's check character as for a typed one.
   */
  const trackingCodeFrom = (raw) => {
    let text = String(raw ?? '').trim();
    if (/^https?:\/\//i.test(text)) {
      try {
        const url = new URL(text);
        text = url.searchParams.get('code') ?? url.pathname.split('/').filter(Boolean).pop() ?? '';
      } catch {
        return undefined;
      }
    }
    const code = text.replace(/[\s\-_.]/g, '').toUpperCase();
    return /^[0-9A-Z]{12}$/.test(code) ? code : undefined;
  };

  let stream;
  let timer;
  const stop = () => {
    clearInterval(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = undefined;
    video.hidden = true;
  };

  const scan = async () => {
    let detector;
    try {
      const formats = (await window.BarcodeDetector.getSupportedFormats?.()) ?? ['qr_code'];
      if (!formats.includes('qr_code')) return say('failed');
      detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
    } catch {
      stop();
      return say('failed');
    }
    video.srcObject = stream;
    video.hidden = false;
    await video.play().catch(() => {});
    say('reading');
    let busy = false;
    timer = setInterval(async () => {
      if (busy || !stream) return;
      busy = true;
      try {
        for (const found of await detector.detect(video)) {
          const code = trackingCodeFrom(found.rawValue);
          if (!code) continue;
          stop();
          field.value = code;
          say('found');
          form.requestSubmit ? form.requestSubmit() : form.submit();
          return;
        }
      } catch {
        // A frame the detector could not read (the video not ready yet): try the next one.
      } finally {
        busy = false;
      }
    }, 250);
  };

  box.hidden = false;
  start.addEventListener('click', () => {
    if (!stream) scan();
  });
  addEventListener('pagehide', stop);
})();
