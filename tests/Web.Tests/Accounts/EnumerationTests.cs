using System.Diagnostics;
using System.Net;

namespace Plateforme.Web.Tests.Accounts;

/// <summary>Nothing a visitor sees tells whether an address has an account.</summary>
[Collection(AccountsCollection.Name)]
public sealed class EnumerationTests(AccountsApp app)
{
    [Fact]
    public async Task Sign_in_answers_the_same_for_an_unknown_address_and_a_wrong_password()
    {
        var known = AccountFlows.NewEmail("connu");
        using (await app.SignedInMemberAsync(known))
        {
        }

        using var visitor = app.NewVisitor();
        var (unknownPage, unknownTime) = await TimedSignInAsync(visitor, AccountFlows.NewEmail("inconnu"));
        var (knownPage, knownTime) = await TimedSignInAsync(visitor, known);

        Assert.Equal(HttpStatusCode.OK, unknownPage.Status);
        Assert.Equal(knownPage.Status, unknownPage.Status);
        Assert.Equal(knownPage.Message, unknownPage.Message);
        // Both pay for one password hash: an unknown address must not answer many times faster.
        Assert.True(unknownTime * 4 > knownTime, $"unknown {unknownTime.TotalMilliseconds} ms, known {knownTime.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Password_reset_answers_the_same_for_an_unknown_address_and_sends_nothing()
    {
        var known = AccountFlows.NewEmail("connu");
        using (await app.SignedInMemberAsync(known))
        {
        }

        var unknown = AccountFlows.NewEmail("inconnu");
        using var visitor = app.NewVisitor();
        var forKnown = await visitor.SubmitAsync("/compte/mot-de-passe-oublie", "forgot-form", new Dictionary<string, string> { ["Input.Email"] = known });
        var forUnknown = await visitor.SubmitAsync("/compte/mot-de-passe-oublie", "forgot-form", new Dictionary<string, string> { ["Input.Email"] = unknown });

        Assert.Equal(forKnown.Status, forUnknown.Status);
        Assert.Equal(forKnown.Message, forUnknown.Message);
        Assert.StartsWith("Si un compte existe pour cette adresse", forUnknown.Message, StringComparison.Ordinal);
        Assert.Empty(await app.Mailbox.ToAsync(unknown));
        Assert.Single(await app.Mailbox.ToAsync(known), m => m.Subject == "Choisissez un nouveau mot de passe");
    }

    [Fact]
    public async Task Signing_up_with_a_taken_address_looks_the_same_and_tells_the_owner_by_email()
    {
        var taken = AccountFlows.NewEmail("pris");
        using (await app.SignedInMemberAsync(taken, "Alix Durand"))
        {
        }

        using var visitor = app.NewVisitor();
        var again = await visitor.SignUpAsync(taken, "Quelqu'un d'autre");
        var fresh = await visitor.SignUpAsync(AccountFlows.NewEmail("nouveau"), "Quelqu'un d'autre");

        Assert.Equal(fresh.Status, again.Status);
        Assert.Equal(fresh.Message, again.Message);
        var warning = await app.Mailbox.SingleAsync(taken, "Tentative d'inscription avec votre adresse");
        Assert.Contains("Bonjour Alix Durand,", warning.TextBody, StringComparison.Ordinal);
        Assert.Equal("/compte/mot-de-passe-oublie", Mailbox.LinkTo(warning, "/compte/mot-de-passe-oublie").AbsolutePath);
        // Still one confirmation e-mail only: no second account was made.
        Assert.Single(await app.Mailbox.ToAsync(taken), m => m.Subject == "Confirmez votre adresse e-mail");
    }

    private static async Task<(AccountClient.Page Page, TimeSpan Time)> TimedSignInAsync(AccountClient visitor, string email)
    {
        // Warm the page first so the timing covers the post only.
        await visitor.GetAsync("/compte/connexion");
        var watch = Stopwatch.StartNew();
        var page = await visitor.SubmitAsync("/compte/connexion", "sign-in-form", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "pas-le-bon-mot-de-passe",
        });
        return (page, watch.Elapsed);
    }
}
