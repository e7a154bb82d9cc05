// Progressive enhancement of the territory field: the page lists régions and départements; typing three
// letters or more adds the matching communes and EPCI from the reference API. Without script, a name typed
// in full or a code still works (the server resolves it).
const input = document.querySelector("input[data-territory-search]");
const list = input && document.getElementById(input.getAttribute("list"));
let timer = null;
let controller = null;

if (input && list) {
    input.addEventListener("input", () => {
        clearTimeout(timer);
        const text = input.value.trim();
        if (text.length < 3 || text.includes(":")) return;
        timer = setTimeout(() => suggest(text), 200);
    });
}

async function suggest(text) {
    controller?.abort();
    controller = new AbortController();
    try {
        const response = await fetch(`${input.dataset.territorySearch}?q=${encodeURIComponent(text)}`, { signal: controller.signal });
        if (!response.ok) return;
        const values = await response.json();
        const known = new Set([...list.options].map(o => o.value));
        for (const value of values) {
            if (known.has(value.value)) continue;
            const option = document.createElement("option");
            option.value = value.value;
            option.textContent = value.description ? `${value.label} — ${value.description}` : value.label;
            list.appendChild(option);
        }
    } catch (error) {
        if (error.name !== "AbortError") console.warn("territory suggestions unavailable", error);
    }
}
