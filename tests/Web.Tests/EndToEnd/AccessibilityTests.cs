using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Plateforme.Web.Tests.EndToEnd;

/// <summary>axe-core against WCAG 2.1 A and AA rules: no serious or critical violation on the public pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSession session)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("/")]
    [InlineData("/recherche?q=insertion&beneficiary=association&territory=dep:80")]
    [InlineData("/recherche?q=zzzzqqqq")]
    [InlineData("/mon-territoire")]
    [InlineData("/sources")]
    [InlineData("/embed?territory=dep:80&status=ouvert")]
    [InlineData("/recherche?q=prêt pour ma boulangerie")]
    [InlineData("/recherche/flux?q=insertion")]
    [InlineData("/prets/statistiques")]
    public Task Public_pages_have_no_serious_violation(string address) =>
        session.RunAsync(nameof(Public_pages_have_no_serious_violation), async page =>
        {
            await page.OpenSettledAsync(address);
            await AssertNoSeriousViolationAsync(page);
        });

    [Fact]
    public Task A_call_page_and_its_funder_page_have_no_serious_violation() =>
        session.RunAsync(nameof(A_call_page_and_its_funder_page_have_no_serious_violation), async page =>
        {
            await page.OpenAsync("/recherche?status=ouvert&sort=deadline");
            await page.Locator("[data-testid=result-title]").First.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/appels/", StringComparison.Ordinal));
            await AssertNoSeriousViolationAsync(page);

            await page.Locator("[data-testid=call-funder]").First.ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/financeurs/", StringComparison.Ordinal));
            await AssertNoSeriousViolationAsync(page);
        });

    [Fact]
    public Task The_loans_page_with_no_open_campaign_invites_and_has_no_violation_at_all() =>
        session.RunAsync(nameof(The_loans_page_with_no_open_campaign_invites_and_has_no_violation_at_all), async page =>
        {
            await page.OpenSettledAsync("/prets");
            await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-testid=campaigns-empty]")).ToBeVisibleAsync();
            var result = await page.RunAxe(Wcag21AA);
            Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"- {v.Impact} {v.Id}: {v.Help}")));
        });

    private static async Task AssertNoSeriousViolationAsync(Microsoft.Playwright.IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}:\n" + string.Join("\n", serious.Select(v =>
            $"- {v.Impact} {v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")));
    }
}
