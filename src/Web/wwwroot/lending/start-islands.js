// Starts Blazor for the interactive islands of a static page (the carrier form's territory picker) without its
// enhanced navigation: links and the posted form keep loading whole pages, so each page's own scripts still run.
Blazor.start({ ssr: { disableDomPreservation: true } });
