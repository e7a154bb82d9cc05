using Plateforme.Lending.Hosting;
using Plateforme.Web.Components.Lending.Moderation;
using Plateforme.Web.LendingOperations.Mail;

namespace Plateforme.Web.LendingOperations;

/// <summary>
/// The lending module at work in the web process: its clock on a timer, its outbox sent as e-mails through the
/// accounts module's mailer, and the ledger's health for administrators.
/// </summary>
public static class LendingOperationsModule
{
    public static IHostApplicationBuilder AddLendingOperations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddLendingClock();
        builder.Services.AddOptions<LendingMailOptions>()
            .Bind(builder.Configuration.GetSection(LendingMailOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ModerationBoard>();
        builder.Services.AddSingleton<LendingMailComposer>();
        builder.Services.AddSingleton<LendingMailDrain>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<LendingMailDrain>());
        return builder;
    }

    public static IEndpointRouteBuilder MapLendingOperations(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapLendingHealth();
        return app;
    }
}
