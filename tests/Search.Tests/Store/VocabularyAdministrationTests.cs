using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Plateforme.Search.Vocabulary;

namespace Plateforme.Search.Tests.Store;

/// <summary>Administrators' vocabulary changes, stored in the catalogue (SQLite) and in force at once and after a restart.</summary>
public sealed class VocabularyAdministrationTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Search:DemoData:Enabled"] = "false" };

    [Fact]
    public async Task An_added_group_is_in_force_at_once_and_again_after_a_restart()
    {
        var host = SearchTestHost.Build(Settings);
        await host.Host.StartAsync();
        var administration = host.Services.GetRequiredService<VocabularyAdministration>();

        var problem = await administration.AddAsync(VocabularyGroup.Parse(VocabularyKind.Synonyms, "potager | jardin familial"), "admin@plateforme.local");

        Assert.Equal(VocabularyEditProblem.None, problem);
        Assert.Contains("jardin familial", Alternatives(host.Services, "potager"));

        // Stopped and let go of (the index's lock too), its folder kept for the next start.
        await host.Host.StopAsync();
        host.Host.Dispose();

        await using var restarted = SearchTestHost.Reopen(host.Folder, Settings);
        await restarted.Host.StartAsync();
        Assert.Contains("jardin familial", Alternatives(restarted.Services, "potager"));
    }

    [Fact]
    public async Task A_shipped_group_switched_off_comes_back_when_its_override_is_removed()
    {
        await using var host = SearchTestHost.Build(Settings);
        await host.Host.StartAsync();
        var administration = host.Services.GetRequiredService<VocabularyAdministration>();
        var key = VocabularyGroup.Synonyms("foot").Key;

        Assert.Equal(VocabularyEditProblem.None, await administration.DisableAsync(key, "admin@plateforme.local"));
        Assert.Equal(VocabularyEditProblem.AlreadyDisabled, await administration.DisableAsync(key, "admin@plateforme.local"));
        Assert.Empty(Alternatives(host.Services, "foot"));

        var change = Assert.Single(await administration.OverridesAsync());
        Assert.Equal("admin@plateforme.local", change.ChangedBy);
        await administration.RemoveAsync(change.Id);

        Assert.Contains("football", Alternatives(host.Services, "foot"));
    }

    [Fact]
    public async Task Switching_off_a_group_that_is_not_shipped_is_refused()
    {
        await using var host = SearchTestHost.Build(Settings);
        await host.Host.StartAsync();

        var problem = await host.Services.GetRequiredService<VocabularyAdministration>().DisableAsync("inconnu", "admin@plateforme.local");

        Assert.Equal(VocabularyEditProblem.UnknownGroup, problem);
    }

    private static IReadOnlyList<string> Alternatives(IServiceProvider services, string typed) =>
        [.. services.GetRequiredService<SearchVocabularyProvider>().Current.Expand(typed).SelectMany(clause => clause.Alternatives).Select(alternative => alternative.Text)];
}
