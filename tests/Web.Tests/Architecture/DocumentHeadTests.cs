namespace Plateforme.Web.Tests.Architecture;

/// <summary>
/// The page's head is written once per full load (App.razor renders the HeadOutlet without the circuit, to keep it
/// out of every circuit's memory). A page that wrote the framework's PageTitle would keep its first title after a
/// navigation inside the circuit, and head content drawn in the circuit would go nowhere while costing components:
/// read from the source files, like the feature boundaries.
/// </summary>
public sealed class DocumentHeadTests
{
    [Fact]
    public void Pages_name_themselves_with_DocumentTitle()
    {
        var web = FeatureBoundaryTests.WebSourceDirectory();

        var offenders = RazorFiles(web)
            .Where(f => !f.EndsWith("DocumentTitle.razor", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("<PageTitle>", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(web, f))
            .ToList();

        Assert.True(offenders.Count == 0, "Use <DocumentTitle>, which keeps the tab's title current inside the circuit: " + string.Join(", ", offenders));
        Assert.Contains(RazorFiles(web), f => File.ReadAllText(f).Contains("<DocumentTitle>", StringComparison.Ordinal));
    }

    [Fact]
    public void Head_content_is_drawn_for_the_first_response_only()
    {
        var web = FeatureBoundaryTests.WebSourceDirectory();
        var offenders = new List<string>();
        foreach (var file in RazorFiles(web))
        {
            var lines = File.ReadAllLines(file);
            if (lines.Any(l => l.Contains("[ExcludeFromInteractiveRouting]", StringComparison.Ordinal))) continue;
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].TrimStart().StartsWith("<HeadContent>", StringComparison.Ordinal)) continue;
                var guarded = i >= 2 && lines[i - 1].Trim() == "{" && lines[i - 2].Trim() == "@if (!RendererInfo.IsInteractive)";
                if (!guarded) offenders.Add($"{Path.GetRelativePath(web, file)}:{i + 1}");
            }
        }

        Assert.True(offenders.Count == 0, "Wrap <HeadContent> in @if (!RendererInfo.IsInteractive) { … }: " + string.Join(", ", offenders));
    }

    private static IEnumerable<string> RazorFiles(string web) =>
        FeatureBoundaryTests.SourceFiles(web).Where(f => f.EndsWith(".razor", StringComparison.Ordinal));
}
