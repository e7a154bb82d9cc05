using Microsoft.Extensions.Logging.Abstractions;
using Plateforme.Search.Indexing.Lucene;
using Plateforme.Search.Vocabulary;
using static Plateforme.Search.Tests.Lucene.CallBuilder;

namespace Plateforme.Search.Tests.Lucene;

/// <summary>The field's vocabulary applied by the Lucene index at query time.</summary>
public class VocabularySearchTests
{
    private static readonly Plateforme.Search.Indexing.CallDocument[] Calls =
    [
        Call("Contrat de ville").Summary("Pour les habitants des quartiers prioritaires de la politique de la ville."),
        Call("Quartiers d'été").Summary("Activités pour les jeunes des QPV."),
        Call("Soutien à la parentalité").Summary("La CAF finance les groupes de parole."),
        Call("Fonds d'aide au football amateur"),
        Call("Mars bleu").Summary("Sensibilisation en mars."),
    ];

    [Fact]
    public async Task An_acronym_finds_the_calls_that_spell_it_out_and_the_reverse()
    {
        using var index = await TestIndex.WithAsync(Calls);

        Assert.Equal(["Contrat de ville", "Quartiers d'été"], index.Search("QPV").Titles().Order());
        Assert.Equal(["Contrat de ville", "Quartiers d'été"], index.Search("quartiers prioritaires").Titles().Order());
    }

    [Fact]
    public async Task A_dotted_acronym_and_the_spelled_out_name_find_the_acronym()
    {
        using var index = await TestIndex.WithAsync(Calls);

        Assert.Equal(["Soutien à la parentalité"], index.Search("C.A.F.").Titles());
        Assert.Equal(["Soutien à la parentalité"], index.Search("caisse d'allocations familiales").Titles());
    }

    [Fact]
    public async Task A_synonym_finds_the_call_and_a_changed_vocabulary_applies_at_the_next_search_without_reindexing()
    {
        var vocabulary = new SearchVocabularyProvider();
        using var index = new LuceneSearchIndex(new LuceneIndexOptions(), NullLogger<LuceneSearchIndex>.Instance, vocabulary);
        await index.UpsertAsync(Calls);
        await index.CommitAsync();

        Assert.Equal(["Fonds d'aide au football amateur"], index.Search("foot").Titles());
        Assert.Empty(index.Search("ballon rond").Hits);

        vocabulary.Replace(new SearchVocabulary([VocabularyGroup.Synonyms("ballon rond", "football")]));

        Assert.Equal(["Fonds d'aide au football amateur"], index.Search("ballon rond").Titles());
        Assert.Empty(index.Search("foot").Hits);
    }

    [Fact]
    public async Task A_preview_searches_with_another_vocabulary_and_leaves_the_one_in_force()
    {
        using var index = await TestIndex.WithAsync(Calls);

        var preview = index.Search(TestIndex.Query("foot"), SearchVocabulary.Empty);

        Assert.Empty(preview.Hits);
        Assert.Single(index.Search("foot").Hits);
    }
}
