using Plateforme.Search;
using Plateforme.Web;
using Plateforme.Web.Api;
using Plateforme.Web.Components;

var builder = WebApplication.CreateBuilder(args);

builder.AddSearch();
builder.AddWebApi();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

if (CommandLine.IsRebuildIndex(args))
{
    return await CommandLine.RebuildIndexAsync(app);
}

app.UseWebApiErrors();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapWebApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

/// <summary>Lets the tests host the real application.</summary>
public partial class Program;
