using System.Net;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.Experiences;

/// <summary>Without a PDF licence the sheet is offered for printing only: no PDF link, and its address says why in French.</summary>
[Collection(ExperiencesCollection.Name)]
public sealed class ExperienceSheetPdfTests(AccountsApp app)
{
    [Fact]
    public async Task Without_a_pdf_licence_the_sheet_has_no_pdf_link_and_the_address_is_a_french_problem()
    {
        using var visitor = app.NewVisitor();

        var sheet = await visitor.GetAsync("/experiences/place-aux-entreprises-une-marque-et-une-plaquette-pour-les-hotels-d-entreprises");
        using var pdf = await visitor.Http.GetAsync(new Uri("/experiences/place-aux-entreprises-une-marque-et-une-plaquette-pour-les-hotels-d-entreprises/fiche.pdf", UriKind.Relative));
        using var unknown = await visitor.Http.GetAsync(new Uri("/experiences/une-fiche-qui-n-existe-pas/fiche.pdf", UriKind.Relative));

        Assert.Null(sheet.Html.QuerySelector("[data-testid=sheet-pdf]"));
        Assert.NotNull(sheet.Html.QuerySelector("[data-testid=print]"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Contains("imprimez sa page", await pdf.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
