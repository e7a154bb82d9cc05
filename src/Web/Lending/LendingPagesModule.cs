using Plateforme.Lending.Hosting;
using Plateforme.Lending.Portfolios;
using Plateforme.Web.Lending.Campaigns;
using Plateforme.Web.Lending.Dashboards;
using Plateforme.Web.Lending.Demo;
using Plateforme.Web.Lending.Documents;
using Plateforme.Web.Lending.Health;
using Plateforme.Web.Lending.Mail;
using Plateforme.Data.Cluster;

namespace Plateforme.Web.Lending;

/// <summary>
/// The lending module at work in the web process: its clock on a timer, its outbox sent as e-mails through the
/// accounts module's mailer, the campaign pages, dashboards, documents, photos and statistics, and the ledger's
/// health for administrators.
/// </summary>
public static class LendingPagesModule
{
    public static IHostApplicationBuilder AddLendingPages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddLendingClock();
        builder.Services.AddOptions<LendingMailOptions>()
            .Bind(builder.Configuration.GetSection(LendingMailOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<LendingMailComposer>();
        builder.Services.AddSingleton<LendingMailDrain>();
        var mail = builder.Configuration.GetSection(LendingMailOptions.SectionName).Get<LendingMailOptions>() ?? new LendingMailOptions();
        builder.Services.AddOnceAcrossNodes(builder.Configuration,
            new OnceAcrossNodesJob("lending-mail", mail.Enabled ? JobSchedule.Every(mail.Interval) : null,
                (services, cancellationToken) => services.GetRequiredService<LendingMailDrain>().DrainAsync(cancellationToken)),
            onOneMachine: services => services.AddHostedService(provider => provider.GetRequiredService<LendingMailDrain>()));
        builder.Services.AddLendingDashboardServices();
        builder.Services.AddOptions<PhotoUploadOptions>()
            .Bind(builder.Configuration.GetSection(PhotoUploadOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddRateLimiter(options => options.AddPolicy<string, PhotoUploadRateLimit>(PhotoUploadRateLimit.Name));
        builder.Services.AddOptions<LoanDocumentOptions>().Bind(builder.Configuration.GetSection(LoanDocumentOptions.SectionName));
        builder.Services.AddSingleton<LoanDocumentPdfRenderer>();
        // A first run in development shows campaigns at every stage; elsewhere only when asked (the tests that check them).
        if (builder.Configuration.GetValue(DemoCampaignSeeder.EnabledSetting, builder.Environment.IsDevelopment())) builder.Services.AddHostedService<DemoCampaignSeeder>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLendingPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapLendingHealth();
        app.MapLoanDocuments();
        app.MapCampaignPhotos();
        app.MapRepaymentPreviews();
        Receipts.ReceiptEndpoints.MapReceipts(app);
        Payments.StripeWebhookEndpoint.MapStripeWebhook(app);
        Payments.PaymentEndpoints.MapPaymentForms(app);
        return app;
    }
}
