using Plateforme.Crawler.Health;

namespace Plateforme.Web.Admin.Sources.Api;

/// <summary>A source as the admin list shows it.</summary>
public sealed record AdminSourceResponse(
    string Id, string Name, string Kind, bool Enabled, string Schedule, int Revision, IReadOnlyList<Uri> EntryUrls,
    AdminHealthResponse Health, bool Running, int DeadLinks, AdminRunResponse? LastRun)
{
    public static AdminSourceResponse From(SourceStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var definition = status.Definition;
        return new(definition.Id, definition.Name, definition.Kind.ToString(), definition.Enabled, definition.Schedule, definition.Revision,
            definition.EntryUrls, AdminHealthResponse.From(status.Health), status.Running, status.DeadLinkCount,
            status.LastRun is null ? null : AdminRunResponse.From(status.LastRun));
    }
}
