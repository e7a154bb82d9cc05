using Plateforme.Experiences;
using Plateforme.Web.Experiences.Api;

namespace Plateforme.Web.Experiences;

/// <summary>The third face: experience sheets, their search and map, their writing and moderation.</summary>
public static class ExperiencePagesModule
{
    public static IHostApplicationBuilder AddExperiencePages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddExperiences();
        builder.Services.AddOptions<ExperienceMapOptions>().Bind(builder.Configuration.GetSection(ExperienceMapOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>(Shared.OpenApi.ApiDocuments.Public,
            options => options.AddOperationTransformer(new Api.ExperienceParameterDocs()));
        builder.Services.AddSingleton<Pdf.SheetPdfLicence>();
        return builder;
    }

    public static IEndpointRouteBuilder MapExperiencePages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapExperiencesApi();
        Pdf.SheetPdfEndpoint.MapSheetPdf(app);
        return app;
    }
}
