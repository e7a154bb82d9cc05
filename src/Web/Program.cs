using Plateforme.Accounts;
using Plateforme.Search;
using Plateforme.Web;
using Plateforme.Web.Api;

var builder = WebApplication.CreateBuilder(args);

builder.AddSearch();
builder.AddAccounts();
builder.AddWebApi();
builder.AddWebUi();

var app = builder.Build();

if (CommandLine.IsRebuildIndex(args))
{
    return await CommandLine.RebuildIndexAsync(app);
}

app.UseWebApiErrors();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapAccounts();
app.MapWebApi();
app.MapWebUi();

await app.RunAsync();
return 0;

/// <summary>Lets the tests host the real application.</summary>
public partial class Program;
