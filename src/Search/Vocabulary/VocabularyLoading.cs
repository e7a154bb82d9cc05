using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Plateforme.Search.Vocabulary;

/// <summary>
/// Puts the administrators' vocabulary in force at start (after the catalogue's migration). When the database
/// cannot be read, searches go on with the shipped vocabulary rather than stopping the site.
/// </summary>
internal sealed class VocabularyLoading(VocabularyAdministration administration, ILogger<VocabularyLoading> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await administration.ReloadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "The vocabulary overrides could not be read: searching with the shipped vocabulary");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
