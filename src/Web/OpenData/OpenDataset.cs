using System.Text.Json;
using Microsoft.Extensions.Options;
using Plateforme.Accounts;
using Plateforme.Search.Catalogue;
using Plateforme.Search.Indexing;

namespace Plateforme.Web.OpenData;

/// <summary>
/// The published catalogue as open data, regenerated once a day (Europe/Paris): the first request of a new day builds
/// the JSON, CSV and DCAT files from the database, later ones are served from memory; nothing is built twice at once.
/// </summary>
public sealed class OpenDataset(PublishedCatalogue catalogue, PublishedCalls calls, IOptions<PublicSiteOptions> site, TimeProvider clock) : IDisposable
{
    /// <summary>Licence of the calls funders post on the platform itself (no source of their own).</summary>
    public const string PlatformLicence = "Licence Ouverte 2.0 (Etalab)";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly SemaphoreSlim gate = new(1, 1);
    private DatasetSnapshot? current;

    public async Task<DatasetSnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var today = CallStatusRules.TodayInParis(clock);
        if (current is { } fresh && fresh.Day == today) return fresh;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is { } built && built.Day == today) return built;
            current = await BuildAsync(today, cancellationToken);
            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<DatasetSnapshot> BuildAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var funders = (await calls.FunderNamesAsync(cancellationToken)).ToDictionary(f => f.Slug, f => f.Name, StringComparer.Ordinal);
        var rows = new List<DatasetCall>();
        await foreach (var call in catalogue.AllAsync(cancellationToken))
        {
            rows.Add(Describe(call, funders, today));
        }
        var generatedAt = clock.GetUtcNow();
        var json = JsonSerializer.SerializeToUtf8Bytes(new { generatedAt, licence = PlatformLicence, count = rows.Count, calls = rows }, Json);
        var csv = DatasetCsv.Write(rows);
        var dcat = DcatCatalogue.Write(site.Value, generatedAt, rows.Count, json.Length, csv.Length);
        return new DatasetSnapshot(today, generatedAt, rows.Count, json, csv, dcat);
    }

    private DatasetCall Describe(FundingCall call, IReadOnlyDictionary<string, string> funders, DateOnly today)
    {
        var sources = call.Sources.OrderBy(s => s.FirstSeenAt).Select(s => new DatasetSource(s.SourceId, s.Url, s.Licence)).ToList();
        var licences = sources.Select(s => s.Licence).Where(l => !string.IsNullOrWhiteSpace(l)).Distinct(StringComparer.Ordinal).ToList();
        var credits = sources.Select(s => s.SourceId).Distinct(StringComparer.Ordinal).ToList();
        if (!string.IsNullOrWhiteSpace(call.AttributionMention)) credits.Add(call.AttributionMention!);
        if (!string.IsNullOrWhiteSpace(call.AttributionLicence)) licences.Add(call.AttributionLicence);
        return new DatasetCall
        {
            Id = call.Id,
            Slug = call.Slug,
            Title = call.Title,
            Summary = call.Summary,
            PageUrl = site.Value.Link("/appels/" + Uri.EscapeDataString(call.Slug)).AbsoluteUri,
            ApiUrl = site.Value.Link("/api/calls/" + call.Id).AbsoluteUri,
            Funders = [.. call.Funders.Select(f => new DatasetFunder(f, funders.GetValueOrDefault(f, f)))],
            Themes = call.Themes,
            Beneficiaries = call.Beneficiaries,
            AidTypes = call.AidTypes,
            Publics = call.Publics,
            Destinations = call.Destinations,
            Territories = call.Territories.Count > 0 ? call.Territories : [call.Territory],
            Status = CallStatusRules.StatusOn(today, call.OpensOn, call.Deadline).ToSlug(),
            Recurrence = call.Recurrence.ToSlug(),
            OpensOn = call.OpensOn,
            Deadline = call.Deadline,
            MinAmountCents = call.MinAmountCents,
            MaxAmountCents = call.MaxAmountCents,
            EnvelopeCents = call.EnvelopeCents,
            PublishedAt = call.PublishedAt,
            UpdatedAt = call.UpdatedAt,
            Licence = licences.Count > 0 ? string.Join(" ; ", licences) : PlatformLicence,
            Attribution = credits.Count > 0 ? string.Join(" ; ", credits) : "Plateforme",
            Sources = sources,
        };
    }

    public void Dispose() => gate.Dispose();
}
