// Blazor loads this module by its name (a JavaScript initializer) and calls afterWebStarted once it runs.

// Blocks of finished HTML (result cards, facet values) that an interactive page hands over instead of keeping them in
// its circuit (BrowserHtml.cs). The circuit sends a block, then a render naming it by its key in a <pf-html> element;
// the element shows the block of its key. Without a circuit the element arrives with its HTML and is left alone.
const held = new Map();
const heldKept = 64; // recent blocks, for an element drawn again with a key already sent
const decoder = new TextDecoder();

window.plateformeHeldHtml = {
    stage(key, bytes) {
        remember(key, decoder.decode(bytes));
        for (const element of document.querySelectorAll(`pf-html[data-held][data-key="${CSS.escape(key)}"]`)) element.show();
    },
};

// The most recently sent or shown blocks are kept, the others let go.
function remember(key, html) {
    held.delete(key);
    held.set(key, html);
    while (held.size > heldKept) held.delete(held.keys().next().value);
}

class HeldHtml extends HTMLElement {
    static observedAttributes = ['data-key'];

    connectedCallback() { this.show(); }

    attributeChangedCallback() { if (this.isConnected) this.show(); }

    show() {
        const key = this.dataset.key;
        if (!this.hasAttribute('data-held') || !key || this.shown === key) return;
        const html = held.get(key);
        if (html === undefined) {
            missing(this);
            return;
        }
        remember(key, html);
        // The person's place survives the redraw: a value they were on (by keyboard, or by the click that ticked
        // it) is focused again in the new block, in the same step, before anything else can take the focus (the
        // heading a navigation focuses when the focus rests on nothing, FocusHeadingOnNavigate.razor.js).
        const focused = document.activeElement;
        const place = focused instanceof HTMLElement && this.contains(focused) ? focused.dataset.value : undefined;
        this.innerHTML = html;
        this.shown = key;
        if (place !== undefined) this.querySelector(`[data-value="${CSS.escape(place)}"]`)?.focus({ preventScroll: true });
    }
}

customElements.define('pf-html', HeldHtml);

// A block sent just before a dropped connection may never arrive while the render naming it does (a reconnected
// circuit sends its renders again, not its messages). The search is in the address: reloading the page loses
// nothing, and is done at most once a minute so that a page that keeps missing a block does not reload forever.
function missing(element) {
    setTimeout(() => {
        if (!element.isConnected || element.shown === element.dataset.key || held.has(element.dataset.key)) return;
        try {
            const last = Number(sessionStorage.getItem('plateforme-held-reload') ?? 0);
            if (Date.now() - last < 60000) return;
            sessionStorage.setItem('plateforme-held-reload', String(Date.now()));
        } catch {
            return; // no storage to remember the last reload by: better a stale block than a loop
        }
        location.reload();
    }, 3000);
}

// An interactive page names itself with a hidden <pf-title> (DocumentTitle.razor): the document takes its text when
// it arrives and whenever the circuit changes it (a new search renames the tab).
class PageTitleText extends HTMLElement {
    connectedCallback() {
        this.watcher ??= new MutationObserver(() => this.apply());
        this.watcher.observe(this, { characterData: true, childList: true, subtree: true });
        this.apply();
    }

    disconnectedCallback() { this.watcher?.disconnect(); }

    apply() {
        const text = this.textContent.trim();
        if (text && document.title !== text) document.title = text;
    }
}

customElements.define('pf-title', PageTitleText);

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
            return { value: link.dataset.value ?? null };
        },
    });
}
