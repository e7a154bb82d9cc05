using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Plateforme.Crawler.Sources;
using Plateforme.Crawler.Sources.Definitions;

namespace Plateforme.Crawler.Store;

/// <summary>
/// The definitions the crawler runs, kept in the database: the shipped files are copied in at start (a file
/// replaces a row only with a higher revision), and an admin's edit raises the revision so no older file
/// can undo it.
/// </summary>
public sealed class SourceDefinitionStore(IDbContextFactory<CrawlerDbContext> contexts, SourceRegistry files, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Copies the file definitions into the database; returns how many rows were added or replaced.</summary>
    public async Task<int> SyncFromFilesAsync(CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.SourceDefinitions.ToDictionaryAsync(r => r.SourceId, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            var written = 0;
            foreach (var definition in files.All)
            {
                if (rows.TryGetValue(definition.Id, out var row) && row.Revision >= definition.Revision) continue;
                if (row is null)
                {
                    row = new StoredSourceDefinition { SourceId = definition.Id, Json = "", Schedule = "", UpdatedBy = "" };
                    db.SourceDefinitions.Add(row);
                }

                Fill(row, definition, $"file:{definition.Id}.json");
                written++;
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return written;
        }
    }

    /// <summary>Every stored definition, by id; a row that no longer parses is left out (and reported by <see cref="FindAsync"/>).</summary>
    public async Task<IReadOnlyList<SourceDefinition>> LoadAllAsync(CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await db.SourceDefinitions.AsNoTracking().OrderBy(r => r.SourceId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var definitions = new List<SourceDefinition>(rows.Count);
            foreach (var row in rows)
            {
                try
                {
                    definitions.Add(Parse(row));
                }
                catch (SourceDefinitionException)
                {
                    // An unreadable row must not stop the other sources; running it reports the fault.
                }
            }

            return definitions;
        }
    }

    /// <summary>The stored definition, or the file's when the database has none yet. Throws <see cref="SourceDefinitionException"/> for a broken row.</summary>
    public async Task<SourceDefinition?> FindAsync(string sourceId, CancellationToken cancellationToken = default)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = await db.SourceDefinitions.AsNoTracking().SingleOrDefaultAsync(r => r.SourceId == sourceId, cancellationToken).ConfigureAwait(false);
            return row is null ? files.Find(sourceId) : Parse(row);
        }
    }

    /// <summary>An admin's edit: stored with a revision above every earlier one, so files never overwrite it.</summary>
    public async Task<SourceDefinition> SaveEditAsync(SourceDefinition definition, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = await db.SourceDefinitions.SingleOrDefaultAsync(r => r.SourceId == definition.Id, cancellationToken).ConfigureAwait(false);
            var revision = Math.Max(row?.Revision ?? 0, files.Find(definition.Id)?.Revision ?? 0) + 1;
            var edited = definition with { Revision = revision };
            // Validate before storing: a broken edit is refused with the loader's French messages.
            SourceDefinitionLoader.Parse(Serialize(edited), definition.Id);
            if (row is null)
            {
                row = new StoredSourceDefinition { SourceId = definition.Id, Json = "", Schedule = "", UpdatedBy = "" };
                db.SourceDefinitions.Add(row);
            }

            Fill(row, edited, actor);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return edited;
        }
    }

    /// <summary>The definition in the file format read by <see cref="SourceDefinitionLoader"/>.</summary>
    public static string Serialize(SourceDefinition definition) => JsonSerializer.Serialize(definition, Json);

    private void Fill(StoredSourceDefinition row, SourceDefinition definition, string actor)
    {
        row.Revision = definition.Revision;
        row.Json = Serialize(definition);
        row.Enabled = definition.Enabled;
        row.Schedule = definition.Schedule;
        row.UpdatedBy = actor;
        row.UpdatedAt = clock.GetUtcNow();
    }

    private static SourceDefinition Parse(StoredSourceDefinition row) => SourceDefinitionLoader.Parse(row.Json, $"{row.SourceId}.json");
}
