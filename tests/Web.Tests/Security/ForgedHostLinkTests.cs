using System.Net;
using System.Xml.Linq;
using Plateforme.Web.Tests.Accounts;
using Plateforme.Web.Tests.Alerts;

namespace Plateforme.Web.Tests.Security;

/// <summary>
/// Link poisoning: a request naming another host (<c>Host: evil.example</c>) must not put that host into the links
/// the site writes. E-mails and feeds are built on the configured public address only.
/// </summary>
public sealed class ForgedHostLinkTests(ForgedHostApp app) : IClassFixture<ForgedHostApp>
{
    private static void AssertOnPublicAddress(Uri link)
    {
        Assert.DoesNotContain(ForgedHostApp.ForgedHost, link.AbsoluteUri, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(new Uri(ForgedHostApp.PublicAddress).GetLeftPart(UriPartial.Authority), link.GetLeftPart(UriPartial.Authority));
    }

    [Fact]
    public async Task A_password_reset_asked_with_a_forged_host_emails_a_link_on_the_public_address()
    {
        var email = AccountFlows.NewEmail("empoisonnement");
        using (await app.Alerts.Accounts.SignedInMemberAsync(email))
        {
        }

        using var forger = app.NewForgingVisitor();
        var asked = await forger.SubmitAsync("/compte/mot-de-passe-oublie", "forgot-form", new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.OK, asked.Status);
        var mail = await app.Alerts.Mailbox.SingleAsync(email, "Choisissez un nouveau mot de passe");
        Assert.DoesNotContain(ForgedHostApp.ForgedHost, mail.TextBody + mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        AssertOnPublicAddress(Mailbox.LinkTo(mail, "/compte/reinitialiser"));
    }

    [Fact]
    public async Task A_sign_up_with_a_forged_host_emails_a_confirmation_link_on_the_public_address()
    {
        var email = AccountFlows.NewEmail("inscription-forgee");
        using var forger = app.NewForgingVisitor();

        var signedUp = await forger.SignUpAsync(email);

        Assert.Equal(HttpStatusCode.OK, signedUp.Status);
        var mail = await app.Alerts.Mailbox.SingleAsync(email, "Confirmez votre adresse e-mail");
        Assert.DoesNotContain(ForgedHostApp.ForgedHost, mail.TextBody + mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        AssertOnPublicAddress(Mailbox.LinkTo(mail, "/compte/confirmer"));
    }

    [Fact]
    public async Task An_alert_asked_with_a_forged_host_emails_a_confirmation_link_on_the_public_address()
    {
        var email = AccountFlows.NewEmail("alerte-forgee");
        using var forger = app.NewForgingVisitor();

        var asked = await forger.AskForAlertAsync("?q=" + AlertFlows.NewWord(), email);

        Assert.Equal(HttpStatusCode.OK, asked.Status);
        var mail = await app.Alerts.Mailbox.SingleAsync(email, AlertFlows.ConfirmSubject);
        Assert.DoesNotContain(ForgedHostApp.ForgedHost, mail.TextBody + mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        AssertOnPublicAddress(Mailbox.LinkTo(mail, "/alertes/confirmer"));
    }

    [Fact]
    public async Task The_RSS_feed_asked_with_a_forged_host_links_to_the_public_address()
    {
        using var forger = app.NewForgingVisitor();

        using var response = await forger.Http.GetAsync(new Uri("/recherche/flux.rss?theme=sport", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ForgedHostApp.ForgedHost, text, StringComparison.OrdinalIgnoreCase);
        var channel = XDocument.Parse(text).Root!.Element("channel")!;
        AssertOnPublicAddress(new Uri(channel.Element("link")!.Value));
        Assert.All(channel.Elements("item"), item => AssertOnPublicAddress(new Uri(item.Element("link")!.Value)));
    }

    [Theory]
    [InlineData("/recherche/flux.atom?theme=sport")]
    [InlineData("/recherche/echeances.ics?theme=sport")]
    [InlineData("/recherche/export.csv?theme=sport")]
    [InlineData("/embed?theme=sport")]
    [InlineData("/recherche?theme=sport")]
    public async Task Feeds_calendars_exports_and_pages_asked_with_a_forged_host_never_name_it(string path)
    {
        using var forger = app.NewForgingVisitor();

        using var response = await forger.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(ForgedHostApp.ForgedHost, text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ForgedHostApp.PublicAddress + "/", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_page_and_its_calendar_asked_with_a_forged_host_link_to_the_public_address()
    {
        using var forger = app.NewForgingVisitor();
        using var feed = await forger.Http.GetAsync(new Uri("/recherche/flux.rss", UriKind.Relative));
        var first = new Uri(XDocument.Parse(await feed.Content.ReadAsStringAsync()).Root!.Element("channel")!.Element("item")!.Element("link")!.Value);

        var page = await forger.GetAsync(first.PathAndQuery);
        using var calendar = await forger.Http.GetAsync(new Uri(first.AbsolutePath + "/agenda.ics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain(ForgedHostApp.ForgedHost, page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(first.AbsoluteUri, page.Html.QuerySelector("head link[rel=canonical]")!.GetAttribute("href"));
        if (calendar.StatusCode == HttpStatusCode.OK)
        {
            // Unfolded: iCalendar folds lines longer than 75 octets.
            var ics = (await calendar.Content.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal);
            Assert.DoesNotContain(ForgedHostApp.ForgedHost, ics, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("URL:" + first.AbsoluteUri, ics, StringComparison.Ordinal);
        }
    }
}
