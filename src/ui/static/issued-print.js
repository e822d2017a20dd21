// The issued document's print button, shown only when it can work; without this file the browser's own print
// command prints the same sheet.
(() => {
  for (const button of document.querySelectorAll('[data-issued-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
})();
