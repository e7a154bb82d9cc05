using Plateforme.Search.Indexing;

namespace Plateforme.Web.Tests.Components;

/// <summary>Builds the calls the component tests render, with plausible defaults.</summary>
public sealed class CallBuilder
{
    private CallDocument call = new()
    {
        Id = Guid.Parse("7d4c9a52-1e44-4a55-9a31-0d3a7e0f6b21"),
        Slug = "aap-insertion-jeunes-somme-2027",
        Title = "Appel à projets « Insertion des jeunes » 2027",
        Summary = "Soutenir les associations qui accompagnent les jeunes vers l'emploi.",
        Funders = [new LabelledValue("departement-somme", "Département de la Somme")],
        Themes = [new LabelledValue("emploi-insertion", "Emploi et insertion professionnelle")],
        Beneficiaries = [new LabelledValue("association", "Association"), new LabelledValue("commune", "Commune")],
        AidTypes = [new LabelledValue("subvention", "Subvention")],
        Territory = new LabelledValue("dep:80", "Somme"),
        Deadline = ComponentTestContext.Today.AddDays(30),
        Recurrence = "ponctuelle",
        PublishedAt = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero),
    };

    private string? snippet;

    public CallBuilder With(Func<CallDocument, CallDocument> change)
    {
        call = change(call);
        return this;
    }

    public CallBuilder WithSnippet(string text)
    {
        snippet = text;
        return this;
    }

    public CallDocument Build() => call;

    public SearchHit Hit() => new()
    {
        Call = call,
        Status = CallStatusRules.StatusOn(ComponentTestContext.Today, call.OpensOn, call.Deadline),
        Snippet = snippet,
    };
}
