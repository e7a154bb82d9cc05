// Inline event handlers are refused by the Content-Security-Policy (script-src without 'unsafe-inline'):
// the pages' two small actions are wired here, once per document, by delegation (so they survive enhanced navigation).
document.addEventListener('click', event => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    // Once interactive, Blazor takes over same-page links and only scrolls; the focus must move too.
    if (target.closest('a.skip-link')) {
        document.getElementById('contenu')?.focus();
    } else if (target.closest('[data-action=print]')) {
        window.print();
    }
});

// A page's suggestion boxes come to life when its circuit starts, and Blazor then replaces the box drawn on the
// server: what a quick person typed before that moment would vanish. Remember it, with the page it was typed on:
// the new box shows it the moment it is inserted (before a click can send the form), and the circuit learns it
// when the box attaches (ComboBox.razor.js, attach, which forgets it).
const typedEarly = new Map();
globalThis.plateformeTypedEarly = typedEarly;
const refill = new MutationObserver(() => {
    for (const [id, early] of typedEarly) {
        const box = document.getElementById(id);
        if (box instanceof HTMLInputElement && !box.dataset.comboAttached && early.path === location.pathname && box.value !== early.value) {
            box.value = early.value;
        }
    }
    if (typedEarly.size === 0) refill.disconnect();
});
const rememberTyped = input => {
    if (typedEarly.size === 0) refill.observe(document.body, { childList: true, subtree: true });
    typedEarly.set(input.id, { value: input.value, path: location.pathname });
};
document.querySelectorAll('input.combo__input[id]').forEach(input => {
    if (input.value !== input.defaultValue) rememberTyped(input);
});
document.addEventListener('input', event => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.id && input.classList.contains('combo__input') && !input.dataset.comboAttached) {
        rememberTyped(input);
    }
}, true);
