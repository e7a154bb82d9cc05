using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Catalogue.Store;
using Plateforme.Search.Moderation;
using Plateforme.Search.Tests.Store;

namespace Plateforme.Search.Tests.Moderation;

/// <summary>The submission and moderation services against a real catalogue database (one subclass per provider).</summary>
public abstract class ModerationServicesTests : CatalogueTestBase
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly OrganisationFunder Organisation = new(Guid.NewGuid(), "Fondation des Étangs", "fondation", "dep:80");
    private static readonly Guid Member = Guid.NewGuid();
    private static readonly Guid Moderator = Guid.NewGuid();

    private readonly FakeTimeProvider clock = new(Now);

    private IDbContextFactory<CatalogueDbContext> Contexts => CatalogueDbContext.Store.CreateFactory(Provider, ConnectionString);

    [Fact]
    public async Task A_submitted_draft_is_locked_for_its_organisation_and_names_it_as_funder()
    {
        await MigrateAsync();
        var submissions = new FunderSubmissions(Contexts, clock);

        var call = await submissions.CreateDraftAsync(Organisation, Member, Draft("Étangs vivants"));
        var submitted = await submissions.SubmitAsync(Organisation.Id, call.Id, Member);
        var edited = await submissions.UpdateDraftAsync(Organisation, call.Id, Member, Draft("Autre titre"));
        var elsewhere = await submissions.SubmitAsync(Guid.NewGuid(), call.Id, Member);

        Assert.Equal((SubmissionOutcome.Done, SubmissionOutcome.Locked, SubmissionOutcome.NotFound), (submitted, edited, elsewhere));
        await using var db = NewContext();
        var stored = await db.FundingCalls.SingleAsync(c => c.Id == call.Id);
        var funder = await db.Funders.SingleAsync(f => f.Slug == stored.Funders[0]);
        Assert.Equal((ModerationState.ToReview, "Étangs vivants", Now), (stored.State, stored.Title, stored.SubmittedAt!.Value));
        Assert.Equal(("Fondation des Étangs", "fondation"), (funder.Name, funder.Kind));
    }

    [Fact]
    public async Task A_call_is_decided_once_when_two_moderators_act_together()
    {
        await MigrateAsync();
        var call = await SubmittedAsync("Décision unique");
        var decisions = new ModerationDecisions(Contexts, clock);

        var results = await Task.WhenAll(
            decisions.ApproveAsync(call.Id, Moderator, null),
            decisions.RejectAsync(call.Id, Guid.NewGuid(), "Trop tard."));

        Assert.Single(results, r => r.Outcome == ModerationOutcome.Done);
        Assert.Single(results, r => r.Outcome == ModerationOutcome.AlreadyDecided);
        await using var db = NewContext();
        Assert.Single(await db.ModerationRecords.Where(r => r.CallId == call.Id).ToListAsync());
        Assert.Contains(call.Id, await OutboxCallIdsAsync());
    }

    [Fact]
    public async Task Corrections_at_approval_are_recorded_and_protected_and_the_person_is_anonymised_later()
    {
        await MigrateAsync();
        var call = await SubmittedAsync("Titre à corriger");
        var decisions = new ModerationDecisions(Contexts, clock);

        var result = await decisions.ApproveAsync(call.Id, Moderator, Draft("Titre corrigé") with { MaxAmountCents = 300_000 });
        await new ModerationErasure(Contexts).AnonymiseAsync(Moderator);
        await new ModerationErasure(Contexts).AnonymiseAsync(Member);

        Assert.Equal(ModerationOutcome.Done, result.Outcome);
        await using var db = NewContext();
        var stored = await db.FundingCalls.Include(c => c.History).SingleAsync(c => c.Id == call.Id);
        var record = await db.ModerationRecords.SingleAsync(r => r.CallId == call.Id);
        Assert.Equal((ModerationState.Published, "Titre corrigé", 300_000L), (stored.State, stored.Title, stored.MaxAmountCents!.Value));
        Assert.Equal(["MaxAmountCents", "Title"], stored.ModeratorEditedFields.Order(StringComparer.Ordinal));
        Assert.Equal((ModerationAction.EditedAndApproved, (Guid?)null), (record.Action, record.ModeratorId));
        Assert.Null(stored.SubmittedByUserId);
        Assert.DoesNotContain(stored.History, h => h.Actor.Contains(Moderator.ToString(), StringComparison.Ordinal));
        Assert.Equal(2, stored.History.Count(h => h.Actor == Actors.AnonymousModerator));
    }

    private async Task<FundingCall> SubmittedAsync(string title)
    {
        var submissions = new FunderSubmissions(Contexts, clock);
        var call = await submissions.CreateDraftAsync(Organisation, Member, Draft(title));
        await submissions.SubmitAsync(Organisation.Id, call.Id, Member);
        return call;
    }

    private static CallDraft Draft(string title) => new()
    {
        Title = title,
        Summary = "Restaurer les étangs communaux.",
        DescriptionHtml = "Premier paragraphe.\n\nSecond paragraphe.",
        Territory = "dep:80",
        Themes = ["environnement"],
        Beneficiaries = ["association"],
        AidTypes = ["subvention"],
        Deadline = new DateOnly(2027, 3, 31),
        MinAmountCents = 100_000,
        MaxAmountCents = 200_000,
    };
}
