// Keeps the keys the combobox uses from doing their browser default: arrows move in the list rather than
// the caret, and Enter picks the highlighted suggestion rather than submitting the form.
// Returns what was typed into this box on this page before it came to life (page-actions.js), or null.
export function attach(input) {
    if (!input || input.dataset.comboAttached) return null;
    input.dataset.comboAttached = "true";
    const early = globalThis.plateformeTypedEarly?.get(input.id);
    globalThis.plateformeTypedEarly?.delete(input.id);
    // The circuit draws the highlight a moment after an arrow key: an Enter pressed quickly after it still means
    // « this one », so an arrow moved since the last typing counts as a highlight before the server shows it.
    let moved = false;
    input.addEventListener("input", () => { moved = false; });
    input.addEventListener("keydown", event => {
        const expanded = input.getAttribute("aria-expanded") === "true";
        if ((event.key === "ArrowDown" || event.key === "ArrowUp") && expanded) {
            moved = true;
            event.preventDefault();
        } else if (event.key === "Enter" && expanded && (moved || input.getAttribute("aria-activedescendant"))) {
            moved = false;
            event.preventDefault();
        } else if (event.key === "Escape" && expanded) {
            moved = false;
            // A search box clears itself on Escape; with the list open, Escape only closes the list.
            event.preventDefault();
        }
    });
    return early && early.path === location.pathname ? early.value : null;
}
