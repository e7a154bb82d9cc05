using System.Net;
using Plateforme.Search.Catalogue;
using Plateforme.Web.Tests.Accounts;

namespace Plateforme.Web.Tests.CallModeration;

/// <summary>A member of an organisation posts a call: form, French messages, preview, draft, submission, status.</summary>
[Collection(CallModerationCollection.Name)]
public sealed class SubmissionTests(AccountsApp app)
{
    [Fact]
    public async Task A_wrong_form_comes_back_with_a_French_message_beside_each_field_and_nothing_is_saved()
    {
        using var funder = await app.FunderAsync();
        var fields = CallModerationArrange.CallFields(" ", "enregistrer");
        fields["Input.Territory"] = "Atlantide";
        fields["Input.Deadline"] = "31/02/2027";
        fields["Input.MinAmount"] = "30000";
        fields["Input.MaxAmount"] = "douze";
        fields["Input.ApplicationUrl"] = "javascript:alert(1)";
        fields.Remove("theme");

        var page = await funder.Client.SubmitAsync(funder.NewCallPath, "call-form", fields);
        var list = await funder.Client.GetAsync(funder.CallsPath);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var errors = page.Html.QuerySelectorAll("[data-testid=field-error]").ToDictionary(e => e.GetAttribute("data-field")!, e => e.TextContent.Trim());
        Assert.Equal("Indiquez le titre de l'appel.", errors["Title"]);
        Assert.StartsWith("Territoire inconnu", errors["Territory"], StringComparison.Ordinal);
        Assert.Equal("Date invalide : utilisez le format jj/mm/aaaa.", errors["Deadline"]);
        Assert.StartsWith("Montant invalide", errors["MaxAmount"], StringComparison.Ordinal);
        Assert.StartsWith("Adresse invalide", errors["ApplicationUrl"], StringComparison.Ordinal);
        Assert.Equal("Choisissez au moins une thématique.", errors["theme"]);
        Assert.Equal("Le formulaire contient des erreurs : corrigez les champs signalés.", page.Message);
        Assert.NotNull(list.Html.QuerySelector("[data-testid=calls-empty]"));
    }

    [Fact]
    public async Task Garbage_in_the_form_and_the_addresses_never_gives_a_server_error()
    {
        using var funder = await app.FunderAsync();
        using var moderator = await app.ModeratorAsync();
        var fields = CallModerationArrange.CallFields(new string('x', 600), "soumettre");
        fields["Input.IsCallForProjects"] = "peut-être";
        fields["Input.Recurrence"] = "Jamais";
        fields["Input.DeadlineTime"] = "25:99";
        fields["Input.RateMin"] = "-5";
        fields["Input.MaxWinners"] = "0";
        fields["theme"] = "pas-un-theme";
        fields["Input.Action"] = "autre-chose";

        var posted = await funder.Client.SubmitAsync(funder.NewCallPath, "call-form", fields);
        var journal = await moderator.GetAsync("/moderation/journal?page=abc");
        var missingCall = await moderator.GetAsync($"/moderation/appels/{Guid.NewGuid()}");
        var missingChange = await moderator.GetAsync("/moderation/appels/modifications/987654321");
        var missingOwnCall = await funder.Client.GetAsync($"{funder.CallsPath}/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        var errors = posted.Html.QuerySelectorAll("[data-testid=field-error]").Select(e => e.GetAttribute("data-field")).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Title", "Recurrence", "DeadlineTime", "RateMin", "MaxWinners", "theme" }, errors);
        Assert.Equal(HttpStatusCode.OK, journal.Status);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (missingCall.Status, missingOwnCall.Status));
        Assert.Equal("/moderation/appels?fait=deja", missingChange.Redirect);
    }

    [Fact]
    public async Task The_preview_shows_the_public_page_with_a_sanitised_description_without_saving()
    {
        using var funder = await app.FunderAsync("Fondation Aperçu");
        var fields = CallModerationArrange.CallFields("Jardins partagés en aperçu", "apercu");
        fields["Input.Territory"] = "Somme";

        var page = await funder.Client.SubmitAsync(funder.NewCallPath, "call-form", fields);
        var list = await funder.Client.GetAsync(funder.CallsPath);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var preview = page.Html.QuerySelector("[data-testid=call-preview]")!;
        Assert.Equal("Jardins partagés en aperçu", preview.QuerySelector("[data-testid=preview-title]")!.TextContent.Trim());
        Assert.Equal("Somme", preview.QuerySelector("[data-testid=preview-territory]")!.TextContent.Trim());
        Assert.Matches(@"5\s000", preview.QuerySelector("[data-testid=preview-amount]")!.TextContent);
        Assert.Contains("Fondation Aperçu", preview.TextContent, StringComparison.Ordinal);
        var description = preview.QuerySelector("[data-testid=preview-description]")!;
        Assert.Equal(2, description.QuerySelectorAll("p").Length);
        Assert.Null(description.QuerySelector("script"));
        Assert.NotNull(list.Html.QuerySelector("[data-testid=calls-empty]"));
    }

    [Fact]
    public async Task A_draft_is_saved_edited_then_submitted_and_its_status_follows()
    {
        using var funder = await app.FunderAsync();
        var title = CallModerationArrange.Unique("Brouillon jardins");

        var callId = await funder.SubmitCallAsync(title, "enregistrer");
        var draftPage = await funder.Client.GetAsync($"{funder.CallsPath}/{callId}?fait=enregistre");
        var edited = CallModerationArrange.CallFields(title + " (corrigé)", "soumettre");
        var submitted = await funder.Client.SubmitAsync($"{funder.CallsPath}/{callId}", "call-form", edited);
        var afterSubmit = await funder.Client.GetAsync(submitted.Redirect!);
        var list = await funder.Client.GetAsync(funder.CallsPath);
        var stored = await app.CallAsync(callId);

        Assert.Equal("Brouillon", draftPage.Html.QuerySelector("[data-testid=call-state]")!.TextContent.Trim());
        Assert.Equal("Le brouillon est enregistré.", draftPage.Message);
        Assert.Equal(HttpStatusCode.Redirect, submitted.Status);
        Assert.Equal("En attente de modération", afterSubmit.Html.QuerySelector("[data-testid=call-state]")!.TextContent.Trim());
        Assert.Null(afterSubmit.Html.QuerySelector("[data-testid=call-form]"));
        var row = list.Html.QuerySelector($"[data-testid=call-row][data-call='{callId}']")!;
        Assert.Contains(title + " (corrigé)", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("En attente de modération", row.QuerySelector("[data-testid=call-row-state]")!.TextContent.Trim());
        Assert.Equal(ModerationState.ToReview, stored.State);
        Assert.Equal((funder.OrganisationId, funder.UserId), (stored.SubmittedByOrganisationId, stored.SubmittedByUserId));
        Assert.Equal((500_000L, 2_000_050L, 20_000_000L), (stored.MinAmountCents!.Value, stored.MaxAmountCents!.Value, stored.EnvelopeCents!.Value));
        Assert.Equal((new DateOnly(2027, 3, 31), new TimeOnly(17, 0)), (stored.Deadline!.Value, stored.DeadlineTime!.Value));
        Assert.Equal(["emploi-insertion"], stored.Themes);
        Assert.DoesNotContain("<script", stored.DescriptionHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Single(stored.Funders);
        Assert.Contains(stored.History, h => h.Kind == CallChangeKind.StateChanged && h.Actor == $"organisation:{funder.OrganisationId}");
    }

    [Fact]
    public async Task A_form_posted_after_the_call_went_to_review_is_refused_with_a_message_and_changes_nothing()
    {
        using var funder = await app.FunderAsync();
        var title = CallModerationArrange.Unique("Verrouillé");
        var callId = await funder.SubmitCallAsync(title, "enregistrer");
        var staleForm = CallModerationArrange.HiddenFields(await funder.Client.GetAsync($"{funder.CallsPath}/{callId}"), "call-form");
        await funder.Client.SubmitAsync($"{funder.CallsPath}/{callId}", "call-form", CallModerationArrange.CallFields(title));

        foreach (var (name, value) in CallModerationArrange.CallFields("Autre titre", "enregistrer")) staleForm[name] = value;
        var posted = await funder.Client.PostAsync($"{funder.CallsPath}/{callId}", staleForm);
        var stored = await app.CallAsync(callId);

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.StartsWith("Cet appel est en cours de modération ou publié", posted.Message, StringComparison.Ordinal);
        Assert.Null(posted.Html.QuerySelector("[data-testid=call-form]"));
        Assert.Equal((title, ModerationState.ToReview), (stored.Title, stored.State));
    }

    [Fact]
    public async Task Another_organisations_call_is_not_found_through_ones_own_organisation()
    {
        using var owner = await app.FunderAsync();
        using var other = await app.FunderAsync();
        var callId = await owner.SubmitCallAsync(CallModerationArrange.Unique("Privé"), "enregistrer");

        var page = await other.Client.GetAsync($"{other.CallsPath}/{callId}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task My_calls_lists_the_organisations_of_the_signed_in_member()
    {
        using var funder = await app.FunderAsync("Fondation Liste");

        var page = await funder.Client.GetAsync("/mes-appels");

        var link = Assert.Single(page.Html.QuerySelectorAll("[data-testid=organisation-link]"));
        Assert.Equal(("Fondation Liste", funder.CallsPath), (link.TextContent.Trim(), link.GetAttribute("href")));
    }
}
