using Plateforme.Search.Indexing;
using static Plateforme.Search.Tests.Lucene.CallBuilder;
using static Plateforme.Search.Tests.Lucene.TestIndex;

namespace Plateforme.Search.Tests.Lucene;

public class SimilarTests
{
    [Fact]
    public async Task Similar_finds_calls_sharing_words_and_themes_but_not_itself()
    {
        CallDocument source = Call("Insertion professionnelle des jeunes").Summary("Accompagnement vers l'emploi des jeunes de 16 à 25 ans.").Theme("emploi", "Emploi");
        CallDocument close = Call("Emploi des jeunes en milieu rural").Summary("Insertion professionnelle des jeunes ruraux.").Theme("emploi", "Emploi");
        CallDocument sameTheme = Call("Création d'entreprise").Summary("Aide aux créateurs.").Theme("emploi", "Emploi");
        CallDocument unrelated = Call("Restauration du patrimoine").Summary("Églises et lavoirs.").Theme("culture", "Culture");
        using var index = await WithAsync(source, close, sameTheme, unrelated, Call("Jeunes et sport").Summary("Pratique sportive."));

        var similar = index.Similar(source.Id, Today);

        Assert.Equal(close.Id, similar[0].Call.Id);
        Assert.Contains(similar, hit => hit.Call.Id == sameTheme.Id);
        Assert.DoesNotContain(similar, hit => hit.Call.Id == source.Id || hit.Call.Id == unrelated.Id);
    }

    [Fact]
    public async Task Similar_puts_open_calls_first()
    {
        CallDocument source = Call("Jardins partagés").Summary("Créer des jardins partagés en ville.");
        CallDocument closedTwin = Call("Jardins partagés urbains").Summary("Créer des jardins partagés en ville.").Deadline(Day(-2));
        CallDocument openCousin = Call("Jardins pédagogiques").Summary("Des jardins dans les écoles.").Deadline(Day(20));
        using var index = await WithAsync(source, closedTwin, openCousin);

        var similar = index.Similar(source.Id, Today);

        Assert.Equal([openCousin.Id, closedTwin.Id], similar.Select(hit => hit.Call.Id));
        Assert.Equal(CallStatus.Closed, similar[1].Status);
    }

    [Fact]
    public async Task Similar_returns_at_most_max()
    {
        var calls = TenSimilarCalls();
        using var index = await WithAsync(calls);

        var similar = index.Similar(calls[0].Id, Today, max: 3);

        Assert.Equal(3, similar.Count);
    }

    [Fact]
    public async Task Similar_returns_nothing_for_an_unknown_id()
    {
        using var index = await WithAsync(TenSimilarCalls());

        var similar = index.Similar(Guid.NewGuid(), Today);

        Assert.Empty(similar);
    }

    private static CallDocument[] TenSimilarCalls() =>
        Enumerable.Range(1, 10).Select(i => (CallDocument)Call($"Jardins partagés {i}").Theme("nature", "Nature")).ToArray();
}
