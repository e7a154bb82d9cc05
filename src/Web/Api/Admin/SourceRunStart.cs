namespace Plateforme.Web.Api.Admin;

/// <summary>What asking to run a source now did.</summary>
public enum SourceRunStart
{
    Started,
    AlreadyRunning,
    UnknownSource,
}
