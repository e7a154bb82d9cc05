using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Faults.Tests.Harness;
using Plateforme.Lending.Campaigns;

namespace Plateforme.Faults.Tests.Lending;

/// <summary>
/// Neighbours pledging at the same time on one campaign through the real pages, each pledge of an amount no other
/// has (so a recorded pledge, its e-mail and its answer can be matched), while the host dies.
/// </summary>
public sealed class PledgeBurst(FaultSite site)
{
    public const int Lenders = 3;

    private readonly ConcurrentDictionary<long, string> sentAmounts = new();
    private readonly ConcurrentDictionary<long, string> acknowledged = new();
    private readonly List<(Visitor Browser, string Email)> lenders = [];
    private readonly ConcurrentQueue<string> refusals = new();
    private int nextAmount;

    // Account ids are GUIDs: the campaign page looks its carrier up by id.
    private static readonly string Carrier = Guid.NewGuid().ToString();

    /// <summary>Answers that were neither a receipt nor a dropped connection: what the page said instead.</summary>
    public IReadOnlyCollection<string> Refusals => refusals;

    public Guid CampaignId { get; private set; }

    /// <summary>Amount (cents) → lender e-mail of every pledge the host answered with a receipt.</summary>
    public IReadOnlyDictionary<long, string> Acknowledged => acknowledged;

    /// <summary>Amount (cents) → lender e-mail of every pledge posted, answered or not.</summary>
    public IReadOnlyDictionary<long, string> Sent => sentAmounts;

    public IEnumerable<string> LenderEmails => lenders.Select(l => l.Email);

    /// <summary>Signs up the lenders through the pages (the e-mailed link confirms them) and publishes the campaign.</summary>
    public async Task ArrangeAsync()
    {
        for (var i = 0; i < Lenders; i++)
        {
            var email = $"preteur{i}-{Guid.NewGuid():N}@exemple.fr";
            var browser = new Visitor(site.Address);
            await browser.SignUpAsync(email, $"Voisin {i}");
            var link = await Eventually.ValueAsync(
                () => Mailbox.To(site.MailFolder, email).Select(m => Mailbox.LinkTo(m, "/compte/confirmer")).FirstOrDefault(l => l is not null),
                l => l is not null, $"the confirmation e-mail of {email}");
            await browser.ConfirmAsync(link!);
            await browser.SignInAsync(email, Visitor.Password);
            lenders.Add((browser, email));
        }

        var campaigns = site.Services.GetRequiredService<CampaignService>();
        var endDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(40));
        var draft = await campaigns.CreateDraftAsync(new CampaignDraft(
            Carrier, "Atelier de réparation solidaire", "<p>Un atelier de réparation au cœur du quartier.</p>",
            "mobilite", "com:59350", 500_000, endDate, TermMonths: 12, GraceMonths: 1));
        await campaigns.SubmitAsync(draft.Id, Carrier);
        CampaignId = (await campaigns.PublishAsync(draft.Id, "moderateur-fautes")).Id;
    }

    /// <summary>
    /// Every lender posts up to <paramref name="perLender"/> loans in a row, the lenders at the same time; a lender
    /// stops at the first request the host does not answer (it died). Returns when every lender stopped.
    /// </summary>
    public Task RunAsync(int perLender) => Task.WhenAll(lenders.Select(lender => Task.Run(async () =>
    {
        for (var i = 0; i < perLender; i++)
        {
            var cents = 1_000 + Interlocked.Increment(ref nextAmount);
            sentAmounts[cents] = lender.Email;
            try
            {
                var (status, page) = await PostAsync(lender.Browser, cents);
                if (page.QuerySelector("[data-testid=pledge-receipt]") is not null) acknowledged[cents] = lender.Email;
                else refusals.Enqueue($"{(int)status}: {string.Join(" | ", page.QuerySelectorAll(".validation-message, h1").Select(e => e.TextContent.Trim()))}");
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                // The host died under this request (or before the page of the next one): its outcome is unknown.
                return;
            }
        }
    })));

    /// <summary>One loan by the first lender: the answer's status, whether it is a receipt, and the page's title.</summary>
    public async Task<(HttpStatusCode Status, bool Receipt, string Heading)> PledgeOnceAsync()
    {
        var (browser, email) = lenders[0];
        var cents = 1_000 + Interlocked.Increment(ref nextAmount);
        sentAmounts[cents] = email;
        var (status, page) = await PostAsync(browser, cents);
        var receipt = page.QuerySelector("[data-testid=pledge-receipt]") is not null;
        if (receipt) acknowledged[cents] = email;
        return (status, receipt, page.QuerySelector("h1")?.TextContent.Trim() ?? "");
    }

    private Task<(HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Html)> PostAsync(Visitor browser, long cents) =>
        browser.SubmitAsync($"/prets/{CampaignId}", "pledge-form", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Loan",
            ["Input.Amount"] = (cents / 100m).ToString("0.00", CultureInfo.GetCultureInfo("fr-FR")),
            ["Input.LenderName"] = "Voisin du quartier",
            ["Input.AddressLine"] = "3 rue des Lilas",
            ["Input.PostalCode"] = "59350",
            ["Input.City"] = "Lille",
            ["Input.Anonymous"] = "false",
        });

    public void Dispose()
    {
        foreach (var (browser, _) in lenders) browser.Dispose();
    }
}
