using Plateforme.Experiences.Opportunities;
using Plateforme.Web.Opportunities.Workspace;

namespace Plateforme.Web.Opportunities;

/// <summary>
/// The opportunity-detection workspace: a team's private files after the detection grid, their suggestions (calls
/// that could fund them, experiences that resemble them), pins, and the way out to an experience sheet or a
/// solidarity-loan campaign draft.
/// </summary>
public static class OpportunityPagesModule
{
    public static IHostApplicationBuilder AddOpportunityPages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddOpportunities();
        builder.Services.AddScoped<OpportunityActors>();
        builder.Services.AddScoped<CampaignFromFile>();
        builder.Services.AddScoped<ExperienceFromFile>();
        // After the structures' demo seeder (registered before): the demo file belongs to one of its structures.
        if (builder.Environment.IsDevelopment()) builder.Services.AddHostedService<Demo.OpportunityDemoSeeder>();
        return builder;
    }

    public static IEndpointRouteBuilder MapOpportunityPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpportunityActions();
        return app;
    }
}
