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
    const anchor =
      field.closest('fieldset')?.querySelector('legend') ??
      document.querySelector(`label[for="${field.id}"]`);
    (anchor ?? field).scrollIntoView();
    field.focus({ preventScroll: true });
  });

  // One submission per click: buttons are disabled once the form is on its way, and enabled again when the
  // page comes back from the history cache.
  const marked = 'data-ui-disabled';
  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    if (form.hasAttribute('data-submitted')) {
      event.preventDefault();
      return;
    }
    form.setAttribute('data-submitted', '');
    // After this task, so the clicked button's name and value are still sent.
    setTimeout(() => {
      for (const b of form.querySelectorAll('button:not([disabled]), input[type=submit]:not([disabled])')) {
        b.disabled = true;
        b.setAttribute(marked, '');
      }
    });
  });
  addEventListener('pageshow', () => {
    for (const f of document.querySelectorAll('form[data-submitted]')) f.removeAttribute('data-submitted');
    for (const b of document.querySelectorAll(`[${marked}]`)) {
      b.disabled = false;
      b.removeAttribute(marked);
    }
  });
})();
