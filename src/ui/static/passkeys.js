// Passkeys (WebAuthn), for applicants and staff alike. Each control names its ceremony (`data-ceremony`: create or
// get) and the two URLs it posts to (`data-options`, `data-verify`); once the server has the answer the page goes to
// the `next` it names, else reloads. Without this script (or without passkey support) the fallback text stays shown.
(() => {
  const supported = typeof window.PublicKeyCredential === 'function' && !!navigator.credentials;
  const b64 = (buf) =>
    btoa(String.fromCharCode(...new Uint8Array(buf)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  const bytes = (s) =>
    Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)).buffer;
  const ids = (list) => (list || []).map((c) => ({ ...c, id: bytes(c.id) }));

  // The CSRF token every page carries in its forms; the server checks it in a header for JSON.
  const post = async (url, body) => {
    const token = document.querySelector('input[name="_csrf"]');
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token ? token.value : '' },
      body: JSON.stringify(body || {}),
    });
    const json = await res.json().catch(() => ({}));
    if (json.reload) location.reload();
    if (!res.ok || json.ok === false) throw new Error('refused');
    return json;
  };

  const toJSON = (c) => {
    const r = c.response;
    const response = { clientDataJSON: b64(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = b64(r.attestationObject);
      response.transports = r.getTransports ? r.getTransports() : [];
    } else {
      response.authenticatorData = b64(r.authenticatorData);
      response.signature = b64(r.signature);
      if (r.userHandle) response.userHandle = b64(r.userHandle);
    }
    return {
      id: c.id,
      rawId: b64(c.rawId),
      type: c.type,
      response,
      authenticatorAttachment: c.authenticatorAttachment || undefined,
      clientExtensionResults: c.getClientExtensionResults ? c.getClientExtensionResults() : {},
    };
  };

  const ceremonies = {
    create: async (el) => {
      const o = await post(el.dataset.options);
      const publicKey = {
        ...o,
        challenge: bytes(o.challenge),
        user: { ...o.user, id: bytes(o.user.id) },
        excludeCredentials: ids(o.excludeCredentials),
      };
      return post(el.dataset.verify, toJSON(await navigator.credentials.create({ publicKey })));
    },
    get: async (el) => {
      const o = await post(el.dataset.options);
      const publicKey = { ...o, challenge: bytes(o.challenge), allowCredentials: ids(o.allowCredentials) };
      return post(el.dataset.verify, toJSON(await navigator.credentials.get({ publicKey })));
    },
  };

  if (!supported) return;
  for (const el of document.querySelectorAll('[data-passkey-fallback]')) el.hidden = true;
  for (const el of document.querySelectorAll('[data-ceremony]')) {
    const run = ceremonies[el.dataset.ceremony];
    const button = el.querySelector('button');
    // The component may bring this script more than once; each module is wired once.
    if (!run || !button || el.hasAttribute('data-ready')) continue;
    el.setAttribute('data-ready', '');
    el.hidden = false;
    const region = el.querySelector('[data-passkey-error]');
    button.addEventListener('click', async () => {
      if (button.getAttribute('aria-disabled')) return;
      button.setAttribute('aria-disabled', 'true');
      if (region) region.hidden = true;
      try {
        const done = await run(el);
        if (done.next) location.assign(done.next);
        else location.reload();
      } catch (e) {
        const cancelled = e && (e.name === 'NotAllowedError' || e.name === 'AbortError');
        if (region) {
          const text = cancelled
            ? el.dataset.cancelled
            : e && e.name === 'InvalidStateError' && el.dataset.exists;
          region.firstElementChild.textContent = text || el.dataset.error;
          region.hidden = false;
        }
        button.removeAttribute('aria-disabled');
      }
    });
  }
})();
