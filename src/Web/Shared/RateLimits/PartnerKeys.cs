using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Plateforme.Web.Shared.RateLimits;

/// <summary>
/// The partners' API keys, managed by administrators. A key is shown once, at creation; only its SHA-256 hash is
/// kept (a 256-bit random secret needs no slow hash: nothing can be guessed from its digest). Kept in one small JSON
/// file beside the database, written whole and atomically, and read once into memory.
/// </summary>
public sealed class PartnerKeys(IOptions<PartnerKeyOptions> options, IHostEnvironment environment, TimeProvider clock) : IDisposable
{
    private const string SecretPrefix = "plk_";
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly string path = System.IO.Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
    private List<PartnerKey>? keys;

    public async Task<IReadOnlyList<PartnerKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return [.. (await LoadAsync(cancellationToken)).OrderByDescending(k => k.CreatedAt)];
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The live key whose secret this is; null for an unknown or revoked one.</summary>
    public async Task<PartnerKey?> FindAsync(string secret, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var hash = Hash(secret.Trim());
        await gate.WaitAsync(cancellationToken);
        try
        {
            return (await LoadAsync(cancellationToken)).FirstOrDefault(k => k.IsLive && k.Hash == hash);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Creates a key for a partner; the secret returned is never stored nor shown again.</summary>
    public async Task<(PartnerKey Key, string Secret)> CreateAsync(string partner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partner);
        var secret = SecretPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var key = new PartnerKey(Guid.NewGuid(), partner.Trim(), Hash(secret), secret[..(SecretPrefix.Length + 6)], clock.GetUtcNow());
        await ChangeAsync(list => list.Add(key), cancellationToken);
        return (key, secret);
    }

    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var found = false;
        await ChangeAsync(list =>
        {
            var index = list.FindIndex(k => k.Id == id && k.IsLive);
            if (index < 0) return;
            list[index] = list[index] with { RevokedAt = clock.GetUtcNow() };
            found = true;
        }, cancellationToken);
        return found;
    }

    private async Task ChangeAsync(Action<List<PartnerKey>> change, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var list = await LoadAsync(cancellationToken);
            change(list);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(list), cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<List<PartnerKey>> LoadAsync(CancellationToken cancellationToken)
    {
        if (keys is not null) return keys;
        keys = File.Exists(path)
            ? JsonSerializer.Deserialize<List<PartnerKey>>(await File.ReadAllTextAsync(path, cancellationToken)) ?? []
            : [];
        return keys;
    }

    public void Dispose() => gate.Dispose();

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
