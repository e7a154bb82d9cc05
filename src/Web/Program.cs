using Plateforme.Crawler.Pipeline;
using Plateforme.Crawler.Scheduling;
using Plateforme.Lending;
using Plateforme.Lending.Personal;
using Plateforme.Search;
using Plateforme.Web.Accounts;
using Plateforme.Web.Admin;
using Plateforme.Web.Alerts;
using Plateforme.Web.Calls;
using Plateforme.Web.Experiences;
using Plateforme.Web.Lending;
using Plateforme.Web.Moderation;
using Plateforme.Web.OpenData;
using Plateforme.Web.Opportunities;
using Plateforme.Web.Seo;
using Plateforme.Web.Shared;
using Plateforme.Web.Shared.Errors;
using Plateforme.Web.Shared.Hosting;
using Plateforme.Web.Shared.Observability;
using Plateforme.Web.Shared.RateLimits;
using Plateforme.Web.Structures;
using Plateforme.Web.Associations;

var builder = WebApplication.CreateBuilder(args);

builder.AddTelemetry();
builder.AddSearch();
if (builder.Environment.IsDevelopment()) Plateforme.DemoData.DemoDataModule.AddDemoCatalogue(builder);
builder.AddCrawler();
// The sources are crawled on their schedules inside the web process unless a standalone worker does it.
if (builder.Configuration.GetValue(CrawlerSchedulingOptions.EnabledKey, defaultValue: true)) builder.AddCrawlerScheduling();
builder.AddAccountPages();
builder.AddLending();
builder.AddLendingRetentionPurge();
builder.AddLendingPages();
builder.AddModeration();
builder.AddShared();
builder.AddCalls();
builder.AddAdmin();
builder.AddAlertPages();
builder.AddPublicApi();
builder.AddOpenData();
builder.AddSeo();
builder.AddExperiencePages();
builder.AddStructurePages();
builder.AddAssociationPages();
builder.AddOpportunityPages();

var app = builder.Build();
if (CommandLine.IsRebuildIndex(args)) return await CommandLine.RebuildIndexAsync(app);
if (ExperienceCommandLine.IsImportUmap(args)) return await ExperienceCommandLine.ImportUmapAsync(app, args);

app.UseSharedErrors();
app.UseTransportSecurity();
// The public API's GET endpoints answer any origin (see PublicApiRegistration); preflights end here.
app.UseCors();
app.UseAuthentication();
// After authentication: the photo uploads are limited per signed-in person.
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();
app.UseAntiforgeryRefusalPage();

app.MapStaticAssets();
app.MapAccountPages();
app.MapShared();
app.MapCalls();
app.MapAdmin();
app.MapLendingPages();
app.MapAlertPages();
app.MapOpenData();
app.MapSeo();
app.MapExperiencePages();
app.MapAssociationPages();
app.MapOpportunityPages();

await app.RunAsync();
return 0;

/// <summary>Lets the tests host the real application.</summary>
public partial class Program;
