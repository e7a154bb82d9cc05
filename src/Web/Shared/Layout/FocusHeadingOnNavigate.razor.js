// The focus goes to the heading unless it rests on a control still on the page (a filter just ticked, the search
// box being typed in). Controls inside [data-moves-focus] (the pager) lead to a new page of results: they give
// the focus to the heading like any other navigation.
export function focusHeading(selector) {
    const active = document.activeElement;
    const inUse = active && active !== document.body && active.isConnected
        && !active.matches(selector) && !active.closest("[data-moves-focus]");
    if (inUse) return;
    const heading = document.querySelector(selector);
    if (!heading) return;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
}
