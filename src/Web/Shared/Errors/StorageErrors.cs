using Plateforme.Data.Health;

namespace Plateforme.Web.Shared.Errors;

/// <summary>
/// A write the storage refused (disk full, read-only database): 503, the site is unavailable for writing until an
/// operator acts, not broken by the visitor; the error page says so in French.
/// </summary>
public static class StorageErrors
{
    public static int StatusCode(Exception exception) =>
        StorageFailure.Is(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
}
