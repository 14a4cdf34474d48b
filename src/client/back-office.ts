/// <reference lib="dom" />
/**
 * @module client/back-office
 * The back office's only script, bundled by esbuild (app/client-bundle) and served from the
 * app's own origin. Every flow works without it; it only improves:
 * - `form[data-unsaved]`: asks before leaving a form with changes not yet saved;
 * - `select[data-filter]`: a search field above a long list (persons, Gremien) narrows its options;
 * - `button[data-confirm]`: asks before an irreversible step (deleting).
 */

function guardUnsavedForms(): void {
  let dirty = false;
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-unsaved]')) {
    form.addEventListener('input', () => {
      dirty = true;
    });
    form.addEventListener('submit', () => {
      dirty = false;
    });
  }
  window.addEventListener('beforeunload', (event) => {
    if (!dirty) return;
    event.preventDefault();
    // older browsers show their own text; the value only has to be set
    event.returnValue = '';
  });
}

function filterableSelects(): void {
  for (const select of document.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
    const input = document.createElement('input');
    input.type = 'search';
    input.id = `${select.id}-filter`;
    input.className = 'select-filter';
    input.autocomplete = 'off';
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = select.dataset.filter || 'Auswahl eingrenzen';
    const status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    const wrapper = document.createElement('span');
    wrapper.className = 'select-filter-wrapper';
    wrapper.append(label, input, status);
    select.before(wrapper);
    input.addEventListener('input', () => {
      const words = input.value.toLocaleLowerCase('de-DE').split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const option of select.options) {
        const text = option.text.toLocaleLowerCase('de-DE');
        const match = option.value === '' || option.selected || words.every((w) => text.includes(w));
        option.hidden = !match;
        if (match && option.value !== '') shown += 1;
      }
      status.textContent = `${shown} Einträge passen`;
    });
  }
}

function confirmButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-confirm]')) {
    button.addEventListener('click', (event) => {
      if (!window.confirm(button.dataset.confirm ?? 'Wirklich?')) event.preventDefault();
    });
  }
}

guardUnsavedForms();
filterableSelects();
confirmButtons();
