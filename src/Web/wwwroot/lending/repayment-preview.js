// Live repayment line under an amount field. The server computes the line (the schedule rule lives in C# only);
// this script just asks as the person types. Without it, the forms still show the line once sent.
// Markup: an element [data-preview-url] holding fields [data-preview-param=name] and one [data-preview-output].
const delayMs = 250;

function attach(root) {
    if (root.dataset.previewAttached) return;
    root.dataset.previewAttached = 'true';
    const output = root.querySelector('[data-preview-output]');
    if (!output) return;
    let timer = 0;
    let latest = 0;
    const refresh = async () => {
        const query = new URLSearchParams();
        for (const field of root.querySelectorAll('[data-preview-param]')) {
            if ((field.type === 'radio' || field.type === 'checkbox') && !field.checked) continue;
            query.set(field.dataset.previewParam, field.value);
        }
        const ticket = ++latest;
        try {
            const response = await fetch(`${root.dataset.previewUrl}?${query}`, { headers: { Accept: 'application/json' } });
            if (ticket !== latest) return;
            output.textContent = response.ok ? (await response.json()).line : '';
        } catch {
            // Offline for a moment: keep the last line rather than show an error beside a field being typed.
        }
    };
    const schedule = () => { clearTimeout(timer); timer = setTimeout(refresh, delayMs); };
    root.addEventListener('input', event => { if (event.target.closest('[data-preview-param]')) schedule(); });
    root.addEventListener('change', event => { if (event.target.closest('[data-preview-param]')) schedule(); });
}

document.querySelectorAll('[data-preview-url]').forEach(attach);

// The amount a visitor tries before having an account follows them through sign-up: it rides in « retour ».
document.addEventListener('input', event => {
    const field = event.target instanceof HTMLInputElement && event.target.dataset.previewParam === 'montant' ? event.target : null;
    if (!field) return;
    for (const link of document.querySelectorAll('a[data-keep-amount]')) {
        const url = new URL(link.href, location.origin);
        const back = new URL(url.searchParams.get('retour') ?? location.pathname, location.origin);
        if (field.value.trim()) back.searchParams.set('montant', field.value.trim());
        else back.searchParams.delete('montant');
        url.searchParams.set('retour', back.pathname + back.search + back.hash);
        link.href = url.pathname + url.search;
    }
});

// Campaign share box: copy the address; without the script the address stays selectable in its field.
document.addEventListener('click', async event => {
    const button = event.target instanceof Element ? event.target.closest('[data-copy-target]') : null;
    if (!button) return;
    const field = document.getElementById(button.dataset.copyTarget);
    const status = document.getElementById(button.dataset.copyStatus);
    if (!field) return;
    try {
        await navigator.clipboard.writeText(field.value);
    } catch {
        field.select();
        document.execCommand('copy');
    }
    if (status) status.textContent = button.dataset.copiedText;
});
