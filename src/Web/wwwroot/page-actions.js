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
