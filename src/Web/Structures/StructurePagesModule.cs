namespace Plateforme.Web.Structures;

/// <summary>Partner structures: their public pages, their administration, their dashboards and accompaniments.</summary>
public static class StructurePagesModule
{
    public static IHostApplicationBuilder AddStructurePages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<Dashboard.StructureFigureReader>();
        if (builder.Environment.IsDevelopment()) builder.Services.AddHostedService<Demo.StructureDemoSeeder>();
        return builder;
    }
}
