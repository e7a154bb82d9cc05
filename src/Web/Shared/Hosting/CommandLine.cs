using Plateforme.Search;

namespace Plateforme.Web.Shared.Hosting;

/// <summary>Verbs the web host understands besides serving: `dotnet run --project src/Web -- rebuild-index`.</summary>
public static class CommandLine
{
    public static bool IsRebuildIndex(string[] args) =>
        args.Any(a => string.Equals(a, "rebuild-index", StringComparison.OrdinalIgnoreCase));

    public static async Task<int> RebuildIndexAsync(WebApplication app)
    {
        var count = await app.Services.RebuildSearchIndexAsync(CancellationToken.None);
        Console.WriteLine($"Index reconstruit : {count} appels publiés.");
        return 0;
    }
}
