using Plateforme.Accounts.Personal;
using Plateforme.Search.Moderation;
using Plateforme.Web.Moderation.Calls;
using Plateforme.Web.Moderation.Lending;

namespace Plateforme.Web.Moderation;

/// <summary>The moderators' work: funders' calls (Calls/) and lending campaigns (Lending/).</summary>
public static class ModerationModule
{
    public static IHostApplicationBuilder AddModeration(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<ModerationReader>();
        services.AddSingleton<ModerationDecisions>();
        services.AddSingleton<ModerationErasure>();
        services.AddScoped<SubmitterNotifier>();
        services.AddSingleton<IPersonalDataContributor, ModerationRecordKeeper>();
        services.AddSingleton<ModerationBoard>();
        return builder;
    }
}
