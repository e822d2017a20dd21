// Progressive enhancement only: every page works without this file.
(() => {
  const summary = document.querySelector('[data-module="error-summary"]');
  if (summary && document.activeElement !== summary) summary.focus();

  // An error summary link lands on its field and brings the field's label or legend into view.
  summary?.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    const field = link && document.getElementById(link.getAttribute('href').slice(1));
    if (!field) return;
    event.preventDefault();
    const label =
      field.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`[for="${field.id}"]`);
    (label ?? field).scrollIntoView();
    field.focus({ preventScroll: true });
  });

  // One submission per click: once a form is on its way, further submits are ignored and its buttons marked
  // disabled (aria-disabled, so the focused button keeps focus), until the page comes back from history.
  const busy = 'data-submitting';
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    if (form.hasAttribute(busy)) return event.preventDefault();
    form.setAttribute(busy, '');
    for (const b of form.querySelectorAll(
      'button:not([aria-disabled]), input[type=submit]:not([aria-disabled])',
    )) {
      b.setAttribute('aria-disabled', 'true');
      b.setAttribute(busy, '');
    }
  });
  addEventListener('pageshow', () => {
    for (const el of document.querySelectorAll(`[${busy}]`)) {
      el.removeAttribute(busy);
      if (!(el instanceof HTMLFormElement)) el.removeAttribute('aria-disabled');
    }
  });
})();
