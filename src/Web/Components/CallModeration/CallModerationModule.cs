using Plateforme.Accounts.Personal;
using Plateforme.Search.Moderation;
using Plateforme.Web.Components.Submissions;

namespace Plateforme.Web.Components.CallModeration;

/// <summary>Funders' own calls and their moderation: the services behind the pages of Submissions/ and CallModeration/.</summary>
public static class CallModerationModule
{
    public static IHostApplicationBuilder AddCallModeration(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<FunderSubmissions>();
        services.AddSingleton<ModerationReader>();
        services.AddSingleton<ModerationDecisions>();
        services.AddSingleton<ModerationErasure>();
        services.AddSingleton<CallFormReader>();
        services.AddSingleton<ModerationFieldLabels>();
        services.AddScoped<SubmitterNotifier>();
        services.AddSingleton<IPersonalDataContributor, ModerationRecordKeeper>();
        return builder;
    }
}
