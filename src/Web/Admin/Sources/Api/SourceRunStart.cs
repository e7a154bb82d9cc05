


namespace Plateforme.Web.Admin.Sources.Api;

/// <summary>What asking to run a source now did.</summary>
public enum SourceRunStart
{
    Started,
    AlreadyRunning,
    UnknownSource,
}
