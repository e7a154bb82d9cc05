using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Plateforme.Lending.Messages;
using Plateforme.Web.Tests.Accounts;
using static Plateforme.Web.Tests.Lending.OperationsArrange;

namespace Plateforme.Web.Tests.Lending.Mail;

/// <summary>
/// The lending e-mails go through a real SMTP conversation (MailKit to a server on loopback) that refuses what real
/// servers refuse: one unknown address must not keep the other lenders from hearing of their loans, and a server
/// away for a while must lose nothing.
/// </summary>
public sealed class LendingMailRetryTests : IAsyncLifetime
{
    private const int MaxAttempts = 3;
    private readonly LoopbackSmtp smtp = new();
    private AccountsApp app = null!;

    public async Task InitializeAsync()
    {
        // The app's port is chosen before it binds, and these tests open many short SMTP connections whose local
        // ports come from the same range: on the rare collision, start on another port.
        for (var attempt = 1; ; attempt++)
        {
            app = new AccountsApp(new Dictionary<string, string?>
            {
                ["Accounts:Mail:Delivery"] = "Smtp",
                ["Accounts:Mail:SmtpHost"] = "127.0.0.1",
                ["Accounts:Mail:SmtpPort"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
                ["Accounts:Mail:SmtpUseTls"] = "false",
                // The drains of these tests run when the tests say, not on the app's timer.
                ["Lending:Mail:Enabled"] = "false",
                ["Lending:Mail:MaxAttempts"] = MaxAttempts.ToString(CultureInfo.InvariantCulture),
            });
            try
            {
                using var started = app.App.CreateClient();
                return;
            }
            catch (IOException) when (attempt < 3)
            {
                await app.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task An_address_the_server_refuses_does_not_hold_back_the_other_lenders_and_is_tried_again_after_a_wait()
    {
        var arranged = await app.CollectingAsync(30_000, 3, 10_000, 10_000);
        var title = arranged.Campaign.Title;
        var (refused, other) = (arranged.Lenders[0].Person, arranged.Lenders[1].Person);
        smtp.Refuse(refused.Email);

        await app.DrainMailAsync();

        Assert.Contains($"Votre participation à « {title} » est enregistrée", smtp.SubjectsTo(other.Email));
        Assert.Empty(smtp.SubjectsTo(refused.Email));
        var waiting = await WaitingForAsync(refused);
        Assert.Equal(1, waiting.FailedAttempts);
        Assert.Contains("Recipient address rejected", waiting.LastError, StringComparison.Ordinal);
        Assert.Equal(app.App.Clock.GetUtcNow() + SendRetries.DelayAfter(1), waiting.RetryAt);

        // Before its wait is over the message is not tried again.
        await app.DrainMailAsync();
        Assert.Equal(1, smtp.Refusals);

        smtp.Accept(refused.Email);
        app.App.Clock.Advance(SendRetries.DelayAfter(1));
        await app.DrainMailAsync();
        await app.DrainMailAsync();

        Assert.Equal([$"Votre participation à « {title} » est enregistrée"], smtp.SubjectsTo(refused.Email));
        Assert.Single(smtp.SubjectsTo(other.Email), $"Votre participation à « {title} » est enregistrée");
        Assert.DoesNotContain(await UnsentAsync(), m => m.CampaignId == arranged.Campaign.Id);
    }

    [Fact]
    public async Task An_address_refused_every_time_is_given_up_after_the_last_attempt_and_listed_for_the_administrators()
    {
        var arranged = await app.CollectingAsync(30_000, 3, 10_000);
        var refused = arranged.Lenders[0].Person;
        smtp.Refuse(refused.Email);

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            await app.DrainMailAsync();
            app.App.Clock.Advance(SendRetries.DelayAfter(attempt));
        }

        await app.DrainMailAsync();
        Assert.Equal(MaxAttempts, smtp.Refusals);
        var message = Assert.Single(await app.LendingAsync(s => s.GetRequiredService<OutgoingMessages>().ListGivenUpAsync()));
        Assert.Equal(refused.Id, message.RecipientUserId);
        Assert.DoesNotContain(await app.LendingAsync(s => s.GetRequiredService<OutgoingMessages>().ListDueAsync(1000)), m => m.Id == message.Id);

        using var admin = await app.ModeratorAsync();
        var health = await admin.GetAsync("/api/admin/lending/health");
        Assert.Equal(HttpStatusCode.OK, health.Status);
        using var json = JsonDocument.Parse(health.Text);
        var line = Assert.Single(json.RootElement.GetProperty("undeliveredMessages").EnumerateArray());
        Assert.Equal(message.Id, line.GetProperty("id").GetGuid());
        Assert.Equal(arranged.Campaign.Id, line.GetProperty("campaignId").GetGuid());
        Assert.Equal(MaxAttempts, line.GetProperty("failedAttempts").GetInt32());
        Assert.Contains("550", line.GetProperty("lastError").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_away_pauses_the_drain_after_a_few_failures_and_every_message_leaves_once_when_it_is_back()
    {
        var arranged = await app.CollectingAsync(40_000, 3, 10_000, 10_000, 10_000, 10_000);
        var due = (await UnsentAsync()).Count(m => m.CampaignId == arranged.Campaign.Id);
        smtp.Away = true;

        await app.DrainMailAsync();

        // Three refusals in a row: the drain stops rather than knocking once per waiting message.
        Assert.Equal(3, smtp.Refusals);
        Assert.True(due > 3, $"{due} messages for the campaign");
        Assert.Equal(due, (await UnsentAsync()).Count(m => m.CampaignId == arranged.Campaign.Id));

        smtp.Away = false;
        app.App.Clock.Advance(SendRetries.DelayAfter(1));
        await app.DrainMailAsync();

        Assert.DoesNotContain(await UnsentAsync(), m => m.CampaignId == arranged.Campaign.Id);
        foreach (var lender in arranged.Lenders)
        {
            Assert.Single(smtp.SubjectsTo(lender.Person.Email));
        }
    }

    private Task<IReadOnlyList<OutgoingMessage>> UnsentAsync() =>
        app.LendingAsync(s => s.GetRequiredService<OutgoingMessages>().ListUnsentAsync(1000));

    private async Task<OutgoingMessage> WaitingForAsync(Person person) =>
        Assert.Single(await UnsentAsync(), m => m.RecipientUserId == person.Id);

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await smtp.DisposeAsync();
    }
}
