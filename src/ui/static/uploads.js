// Upload forms, enhanced: a preview of the chosen picture and a progress bar while it uploads. Without this file
// the same form posts normally and the server answers with the same pages.
(() => {
  const moduleOf = (el) => (el instanceof Element ? el.closest('[data-module="upload"]') : null);
  let previewUrl;

  document.addEventListener('change', (event) => {
    const input = event.target;
    const box = moduleOf(input);
    if (!box || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
    const figure = box.querySelector('.upload-preview');
    const img = figure?.querySelector('img');
    const caption = figure?.querySelector('figcaption');
    if (!figure || !img || !caption) return;
    if (previewUrl) URL.revokeObjectURL(previewUrl);
    previewUrl = undefined;
    const file = input.files?.[0];
    if (!file) {
      figure.hidden = true;
      return;
    }
    caption.textContent = file.name;
    if (/^image\/(jpeg|png)$/.test(file.type)) {
      previewUrl = URL.createObjectURL(file);
      img.src = previewUrl;
      img.hidden = false;
    } else {
      img.removeAttribute('src');
      img.hidden = true;
    }
    figure.hidden = false;
  });

  document.addEventListener('submit', (event) => {
    const form = event.target;
    const box = form instanceof HTMLFormElement ? form.querySelector('[data-module="upload"]') : null;
    if (!box || typeof FormData === 'undefined') return;
    event.preventDefault();
    const progress = box.querySelector('.upload-progress');
    const status = box.querySelector('.upload-status');
    const percent = new Intl.NumberFormat(document.documentElement.lang || undefined, { style: 'percent' });
    const show = (fraction) => {
      if (progress) {
        progress.hidden = false;
        progress.value = Math.round(fraction * 100);
      }
      if (status) {
        status.hidden = false;
        status.textContent =
          fraction < 1
            ? `${box.dataset.progressLabel} ${percent.format(fraction)}`
            : box.dataset.checkingLabel;
      }
    };
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) show(e.loaded / e.total);
    });
    xhr.upload.addEventListener('load', () => show(1));
    xhr.addEventListener('load', () => {
      // The answer is a whole page (the list after a 303, or this page with the error): show it as a navigation
      // would, without asking the server for it again (its one-time notice would be gone).
      const page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      if (!page.body || !page.querySelector('main')) return form.submit();
      if (xhr.responseURL && xhr.responseURL !== location.href) history.pushState(null, '', xhr.responseURL);
      document.title = page.title;
      document.body.replaceWith(document.adoptNode(page.body));
      scrollTo(0, 0);
      const focus = document.querySelector('.error-summary, .notification-banner[role="alert"], main h1');
      if (focus) {
        if (!focus.hasAttribute('tabindex')) focus.setAttribute('tabindex', '-1');
        focus.focus();
      }
    });
    // A network failure: let the browser try the plain form (it shows its own error page if that fails too).
    xhr.addEventListener('error', () => form.submit());
    show(0);
    xhr.send(new FormData(form));
  });

  // After pushState, going back must show the page the person saw, so reload it from the server.
  addEventListener('popstate', () => location.reload());
})();
