using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Plateforme.Data;
using Plateforme.Data.Health;
using Plateforme.Experiences.Finding;
using Plateforme.Experiences.Seeding;
using Plateforme.Experiences.Sheets;
using Plateforme.Experiences.Store;

namespace Plateforme.Experiences;

/// <summary>The experiences module's composition: sheets, their history, the reference content and their search.</summary>
public static class ExperiencesModule
{
    /// <summary>
    /// The experiences store in the platform's database ("Database"), migrated at start, then the reference sheets
    /// seeded (every environment: they are the base's content), the sheet service and the experiences' own index.
    /// </summary>
    public static IHostApplicationBuilder AddExperiences(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddModuleStore(ExperiencesDbContext.Store, builder.Configuration, builder.Environment.ContentRootPath);
        services.AddMigrationAtStart<ExperiencesDbContext>();
        services.AddSingleton<ExperienceService>();
        services.AddSingleton<ExperienceIndex>();
        services.AddSingleton<Import.UmapImporter>();
        // After the migration step registered above: hosted services start in order.
        services.AddSingleton<ExperienceSeeder>();
        services.AddHostedService(provider => provider.GetRequiredService<ExperienceSeeder>());
        services.AddHealthChecks().AddDatabaseCheck<ExperiencesDbContext>("experiences");
        return builder;
    }
}
