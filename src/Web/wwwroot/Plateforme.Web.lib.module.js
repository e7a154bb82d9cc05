// Blazor loads this module by its name (a JavaScript initializer) and calls afterWebStarted once it runs.

// The values of a facet list are plain links drawn as markup (FacetValueMarkup.cs): one handler on the list around
// them hears the clicks. A click with a modifier key, or with another button, keeps its usual meaning (a new tab,
// a new window) and toggles nothing; a plain click is the circuit's, which applies it to the latest search asked
// for rather than following the link drawn at the last render.
export function afterWebStarted(blazor) {
    blazor.registerCustomEventType('facettoggle', {
        browserEventName: 'click',
        createEventArgs: event => {
            const link = event.target instanceof Element ? event.target.closest('a[data-facet-toggle]') : null;
            if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
                return { value: null };
            }
            event.preventDefault();
            if (document.activeElement === link) keepFocus(link);
            return { value: link.dataset.value ?? null };
        },
    });
}

// The redrawn list replaces the links: the value the person was on (by keyboard, or by a click, which focuses it)
// gets the focus back once its new link is in the page, so that the next Tab goes on from there.
function keepFocus(link) {
    const facet = link.closest('details.facet');
    const value = link.dataset.value;
    if (!facet || value === undefined) return;
    const selector = `a[data-facet-toggle][data-value="${CSS.escape(value)}"]`;
    const observer = new MutationObserver(() => {
        if (document.activeElement && document.activeElement !== document.body) return;
        const again = facet.querySelector(selector);
        if (again) {
            again.focus({ preventScroll: true });
            observer.disconnect();
        }
    });
    observer.observe(facet, { childList: true, subtree: true });
    setTimeout(() => observer.disconnect(), 10000);
}
