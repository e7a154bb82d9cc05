using Microsoft.OpenApi;
using Plateforme.Experiences.Sheets;
using Plateforme.Web.Experiences.Finding;
using Plateforme.Web.Shared.OpenApi;

namespace Plateforme.Web.Experiences.Api;

/// <summary>
/// The query parameters of GET /api/experiences: the handler reads them by hand through
/// <see cref="ExperienceQueryParser"/> (the page, the map and the API share it), so the document would list none;
/// this gives each one its type and its accepted values, for a client generated from the document.
/// </summary>
internal sealed class ExperienceParameterDocs() : QueryParameterDocs(OperationId)
{
    public const string OperationId = "SearchExperiences";

    protected override IEnumerable<OpenApiParameter> Parameters()
    {
        yield return Single("q", "Mots cherchés en français (accents et pluriels tolérés) ; tous requis. Sans q, toutes les fiches publiées.",
            new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = ExperienceQueryParser.MaxTextLength });
        yield return new OpenApiParameter
        {
            Name = "theme",
            In = ParameterLocation.Query,
            Description = "Thèmes de la carte des expériences ; paramètre répété pour plusieurs (une fiche correspond si elle a l'un d'eux).",
            Style = ParameterStyle.Form,
            Explode = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = Nodes(ExperienceThemes.All) } },
        };
        yield return Single("innovation", "Catégorie d'innovation de l'étude du CGET.",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = Nodes(Enum.GetValues<InnovationCategory>().Select(ExperienceLabels.InnovationSlug)) });
        yield return Single("carrier", "Type de porteur.",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = Nodes(Enum.GetValues<CarrierType>().Select(ExperienceLabels.CarrierSlug)) });
        yield return Single("territory", "Territoire, code « niveau:code » (com:80021, epci:…, dep:80, reg:32, nat:FR) : une fiche est trouvée quand ce territoire est le sien ou l'englobe. Codes : GET /api/reference/territories.",
            new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^(com|epci|dep|reg|nat):[0-9A-Za-z]{1,12}$" });
        yield return Single("page", "Page, à partir de 1.", Integer(1, 1000, 1));
    }
}
