using Plateforme.Search.Catalogue;
using Plateforme.Search.Moderation;

namespace Plateforme.Search.Tests.Moderation;

public sealed class EditableFieldsTests
{
    [Fact]
    public void Apply_writes_the_draft_and_returns_only_the_fields_that_changed()
    {
        var call = new FundingCall { Slug = "a", Title = "Ancien titre", Territory = "dep:80", Themes = ["sport"], MaxAmountCents = 100_000, Funders = ["region-hdf"] };
        var draft = CallDraft.From(call) with { Title = "Nouveau titre", MaxAmountCents = 250_000, Deadline = new DateOnly(2027, 1, 31) };

        var diff = EditableFields.Apply(call, draft);

        Assert.Equal(["Deadline", "MaxAmountCents", "Title"], diff.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(("Ancien titre", "Nouveau titre"), (diff["Title"]!["before"]!.GetValue<string>(), diff["Title"]!["after"]!.GetValue<string>()));
        Assert.Null(diff["Deadline"]!["before"]);
        Assert.Equal("2027-01-31", diff["Deadline"]!["after"]!.GetValue<string>());
        Assert.Equal(("Nouveau titre", 250_000L, new DateOnly(2027, 1, 31)), (call.Title, call.MaxAmountCents!.Value, call.Deadline!.Value));
        Assert.Equal(["region-hdf"], call.Funders);
    }

    [Fact]
    public void A_proposal_in_the_histories_json_form_is_written_back_onto_the_call()
    {
        var call = new FundingCall { Slug = "a", Title = "Titre", Territory = "dep:80" };
        var proposal = FieldChange.Parse("""
            {"Deadline":{"before":null,"after":"2027-06-30"},"DeadlineTime":{"before":null,"after":"12:00"},
             "Recurrence":{"before":"OneOff","after":"Permanent"},"EnvelopeCents":{"before":null,"after":90000000},
             "IsCallForProjects":{"before":false,"after":true},"Beneficiaries":{"before":[],"after":["association","commune"]}}
            """);

        foreach (var field in proposal) EditableFields.Find(field.Name)!.Write(call, field.After);

        Assert.Equal((new DateOnly(2027, 6, 30), new TimeOnly(12, 0), Recurrence.Permanent, 90_000_000L, true),
            (call.Deadline!.Value, call.DeadlineTime!.Value, call.Recurrence, call.EnvelopeCents!.Value, call.IsCallForProjects));
        Assert.Equal(["association", "commune"], call.Beneficiaries);
    }

    [Fact]
    public void A_broken_diff_reads_as_no_change()
    {
        Assert.Empty(FieldChange.Parse("{ pas du json"));
        Assert.Empty(FieldChange.Parse("[1, 2]"));
        Assert.Equal("x", FieldChange.Parse("""{"Title":{"after":"x"}}""")[0].After!.GetValue<string>());
    }
}
