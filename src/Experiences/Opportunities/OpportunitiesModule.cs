using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Plateforme.Data;
using Plateforme.Data.Health;
using Plateforme.Experiences.Opportunities.Files;
using Plateforme.Experiences.Opportunities.Store;
using Plateforme.Experiences.Opportunities.Suggestions;

namespace Plateforme.Experiences.Opportunities;

/// <summary>
/// The opportunity-detection workspace's composition: the teams' private files in their own store (schema
/// "opportunities"), and the suggestions drawn from the calls' index and the experiences' index. Needs
/// <see cref="ExperiencesModule.AddExperiences"/> and the search module (the calls' index) in the same host.
/// </summary>
public static class OpportunitiesModule
{
    public static IHostApplicationBuilder AddOpportunities(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddModuleStore(OpportunitiesDbContext.Store, builder.Configuration, builder.Environment.ContentRootPath);
        services.AddMigrationAtStart<OpportunitiesDbContext>();
        services.AddSingleton<OpportunityService>();
        services.AddSingleton<OpportunitySuggestions>();
        services.AddHealthChecks().AddDatabaseCheck<OpportunitiesDbContext>("opportunities");
        return builder;
    }
}
