using Plateforme.Search.Outbox;

namespace Plateforme.Web;

/// <summary>Verbs the web host understands besides serving: `dotnet run --project src/Web -- rebuild-index`.</summary>
public static class CommandLine
{
    public static bool IsRebuildIndex(string[] args) =>
        args.Any(a => string.Equals(a, "rebuild-index", StringComparison.OrdinalIgnoreCase));

    public static async Task<int> RebuildIndexAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var rebuilder = scope.ServiceProvider.GetRequiredService<IndexRebuilder>();
        var count = await rebuilder.RebuildAsync(CancellationToken.None);
        Console.WriteLine($"Index reconstruit : {count} appels publiés.");
        return 0;
    }
}
