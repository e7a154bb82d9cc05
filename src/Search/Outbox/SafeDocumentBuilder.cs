using Microsoft.Extensions.Logging;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;

namespace Plateforme.Search.Outbox;

/// <summary>
/// One malformed call must not block the indexing of all the others: it is logged and left out of
/// the index (a rebuild after fixing the data brings it back).
/// </summary>
internal static partial class SafeDocumentBuilder
{
    public static CallDocument? TryBuild(
        this CallDocumentBuilder builder, FundingCall call, IReadOnlyDictionary<string, Funder> fundersBySlug, ILogger logger)
    {
        try
        {
            return builder.Build(call, fundersBySlug);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogUnbuildable(logger, exception, call.Id, call.Slug);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Call {CallId} ({Slug}) cannot be turned into a search document: left out of the index")]
    private static partial void LogUnbuildable(ILogger logger, Exception exception, Guid callId, string slug);
}
