using Plateforme.Accounts;
using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Scheduling;
using Plateforme.Lending;
using Plateforme.Search;
using Plateforme.Web;
using Plateforme.Web.Feeds;
using Plateforme.Web.Api;
using Plateforme.Web.Api.Admin;
using Plateforme.Web.Components.Lending.Dashboards;
using Plateforme.Web.LendingOperations;
using Plateforme.Web.Components.CallModeration;

var builder = WebApplication.CreateBuilder(args);

builder.AddTelemetry();
builder.AddSearch();
if (builder.Environment.IsDevelopment()) Plateforme.DemoData.DemoDataModule.AddDemoCatalogue(builder);
builder.AddCrawler();
// The sources are crawled on their schedules inside the web process unless a standalone worker does it.
if (builder.Configuration.GetValue(CrawlerSchedulingOptions.EnabledKey, defaultValue: true)) builder.AddCrawlerScheduling();
builder.AddAccounts();
builder.AddLending();
builder.AddLendingOperations();
builder.AddLendingDashboards();
builder.AddCallModeration();
builder.AddWebApi();
builder.AddCrawlerAdmin();
builder.AddWebUi();
builder.AddAlertsAndFeeds();

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
app.MapCrawlerAdmin();
app.MapLendingOperations();
app.MapLendingDashboards();
app.MapWebUi();
app.MapAlertsAndFeeds();

await app.RunAsync();
return 0;

/// <summary>Lets the tests host the real application.</summary>
public partial class Program;
