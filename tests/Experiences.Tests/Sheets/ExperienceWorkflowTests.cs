using Plateforme.Experiences.Sheets;
using Plateforme.Experiences.Tests.Support;

namespace Plateforme.Experiences.Tests.Sheets;

/// <summary>A member drafts and submits, a moderator publishes or returns; every step is in the history.</summary>
public sealed class ExperienceWorkflowTests
{
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly ExperienceActor Member = new(Guid.NewGuid(), [Organisation], IsModerator: false);
    private static readonly ExperienceActor Colleague = new(Guid.NewGuid(), [Organisation], IsModerator: false);
    private static readonly ExperienceActor Stranger = new(Guid.NewGuid(), [Guid.NewGuid()], IsModerator: false);
    private static readonly ExperienceActor Moderator = new(Guid.NewGuid(), [], IsModerator: true);

    [Fact]
    public async Task A_draft_is_not_public_until_a_moderator_publishes_it()
    {
        await using var store = await SheetBase.SqliteAsync();
        var draft = (await store.Sheets.SaveDraftAsync(null, SheetBase.Input(), Member)).Sheet!;

        Assert.Null(await store.Sheets.FindPublishedAsync(draft.Slug));
        Assert.True((await store.Sheets.SubmitAsync(draft.Id, Member)).Succeeded);
        Assert.Null(await store.Sheets.FindPublishedAsync(draft.Slug));
        Assert.Contains(await store.Sheets.QueueAsync(), s => s.Id == draft.Id);

        var published = await store.Sheets.PublishAsync(draft.Id, Moderator);

        Assert.True(published.Succeeded);
        Assert.Equal("Une boutique à l'essai dans le quartier", (await store.Sheets.FindPublishedAsync(draft.Slug))!.Title);
        Assert.Equal("une-boutique-a-l-essai-dans-le-quartier", draft.Slug);
    }

    [Fact]
    public async Task A_member_cannot_publish_and_a_stranger_cannot_edit_or_submit()
    {
        await using var store = await SheetBase.SqliteAsync();
        var draft = (await store.Sheets.SaveDraftAsync(null, SheetBase.Input(), Member)).Sheet!;
        await store.Sheets.SubmitAsync(draft.Id, Member);

        var selfPublished = await store.Sheets.PublishAsync(draft.Id, Member);
        var strangerEdit = await store.Sheets.SaveDraftAsync(draft.Id, SheetBase.Input("Détournée"), Stranger);

        Assert.False(selfPublished.Succeeded);
        Assert.Contains("Seuls les membres de la structure", Assert.Single(strangerEdit.Problems), StringComparison.Ordinal);
        Assert.Equal(ExperienceState.Submitted, (await store.Sheets.FindAsync(draft.Id))!.State);
    }

    [Fact]
    public async Task A_colleague_of_the_same_structure_edits_the_sheet_and_the_history_keeps_each_version()
    {
        await using var store = await SheetBase.SqliteAsync();
        var draft = (await store.Sheets.SaveDraftAsync(null, SheetBase.Input(), Member)).Sheet!;
        store.Clock.Advance(TimeSpan.FromHours(1));

        var edited = await store.Sheets.SaveDraftAsync(draft.Id, SheetBase.Input("Une boutique à l'essai à Amiens Nord"), Colleague);
        await store.Sheets.SubmitAsync(draft.Id, Colleague);
        await store.Sheets.ReturnAsync(draft.Id, Moderator, "Précisez les coûts.");

        Assert.True(edited.Succeeded);
        var history = await store.Sheets.HistoryAsync(draft.Id);
        Assert.Equal([RevisionKind.Created, RevisionKind.Edited, RevisionKind.Submitted, RevisionKind.Returned], history.Select(h => h.Kind));
        Assert.Equal("Une boutique à l'essai dans le quartier", history[0].ReadSnapshot().Title);
        Assert.Equal("Une boutique à l'essai à Amiens Nord", history[1].ReadSnapshot().Title);
        Assert.Equal(Colleague.UserId, history[1].UserId);
        var returned = (await store.Sheets.FindAsync(draft.Id))!;
        Assert.Equal(ExperienceState.Draft, returned.State);
        Assert.Equal("Précisez les coûts.", returned.ModerationNote);
    }

    [Fact]
    public async Task Bad_input_gets_french_messages_and_saves_nothing()
    {
        await using var store = await SheetBase.SqliteAsync();
        var input = SheetBase.Input() with { Title = " ", TerritoryCode = "com:99999", Themes = ["jardinage"], Latitude = 95, Links = "pas un lien" };

        var outcome = await store.Sheets.SaveDraftAsync(null, input, Member);

        Assert.False(outcome.Succeeded);
        Assert.Equal(5, outcome.Problems.Count);
        Assert.Contains(outcome.Problems, p => p.StartsWith("Choisissez la commune", StringComparison.Ordinal));
        Assert.Empty(await store.Sheets.EditableByAsync(Member));
    }

    [Theory]
    [InlineData(2024, 12, 5, false)]
    [InlineData(2024, 12, 4, true)]
    [InlineData(2017, 2, 1, true)]
    public void A_sheet_is_to_be_updated_two_years_after_its_last_review(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, Freshness.NeedsUpdate(new DateOnly(year, month, day), new DateOnly(2026, 12, 5)));
}
