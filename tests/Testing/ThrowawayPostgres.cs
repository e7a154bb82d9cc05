using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Plateforme.Testing;

/// <summary>
/// A private PostgreSQL server for one test run: its own data folder under /tmp, loopback on a free port,
/// no durability (fsync off), trust authentication; stopped and deleted at the end. Share it through a
/// collection fixture and give each test its own database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
/// <remarks>xunit hands the fixture its diagnostic sink: with "diagnosticMessages" on, the start-up time is printed.</remarks>
public sealed class ThrowawayPostgres(IMessageSink? diagnostics = null) : IAsyncLifetime
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "plateforme-pg-" + Guid.NewGuid().ToString("N")[..12]);
    private PostgresBinaries? _binaries;
    private bool _running;

    public int Port { get; private set; }

    /// <summary>How long initdb and the server start took: worth printing when the suite feels slow.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>The server's major version folder, e.g. "/usr/lib/postgresql/15/bin".</summary>
    public string BinariesFolder => _binaries?.Folder ?? throw NotStarted();

    private string DataFolder => Path.Combine(_root, "data");
    private string SocketFolder => Path.Combine(_root, "sockets");
    private string LogFile => Path.Combine(_root, "server.log");

    public async Task InitializeAsync()
    {
        var watch = Stopwatch.StartNew();
        _binaries = PostgresBinaries.Find();
        Directory.CreateDirectory(SocketFolder);
        if (ProcessRunner.IsRoot) await ProcessRunner.RunAsync("chown", ["-R", "postgres:postgres", _root], false, CommandTimeout).ConfigureAwait(false);

        try
        {
            await InitDbAsync().ConfigureAwait(false);
            await StartAsync().ConfigureAwait(false);
        }
        catch
        {
            await DisposeAsync().ConfigureAwait(false);
            throw;
        }

        AppDomain.CurrentDomain.ProcessExit += StopOnExit;
        StartupTime = watch.Elapsed;
        diagnostics?.OnMessage(new DiagnosticMessage(
            "Throwaway PostgreSQL from {0} ready on port {1} in {2:0} ms", _binaries.Folder, Port, StartupTime.TotalMilliseconds));
    }

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        if (!_running) throw NotStarted();
        name ??= "test_" + Guid.NewGuid().ToString("N")[..16];
        if (!name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_'))
        {
            throw new ArgumentException("Use lower-case letters, digits and underscores in a database name.", nameof(name));
        }

        var admin = await OpenAsync(ConnectionString("postgres")).ConfigureAwait(false);
        await using (admin.ConfigureAwait(false))
        {
            var create = admin.CreateCommand();
            await using (create.ConfigureAwait(false))
            {
                // The name was checked above and identifiers cannot be parameters.
                create.CommandText = $"CREATE DATABASE \"{name}\"";
                await create.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }

        return ConnectionString(name);
    }

    public async Task DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= StopOnExit;
        NpgsqlConnection.ClearAllPools();
        if (_running && _binaries is not null)
        {
            await ProcessRunner.RunAsync(_binaries.PgCtl, ["stop", "-D", DataFolder, "-m", "immediate", "-w"], true, CommandTimeout)
                .ConfigureAwait(false);
            _running = false;
        }

        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        IncludeErrorDetail = true,
        // Many small test databases: don't keep idle connections to each of them for minutes.
        ConnectionIdleLifetime = 10,
        ConnectionPruningInterval = 5,
        MaxPoolSize = 20,
    }.ConnectionString;

    private async Task InitDbAsync()
    {
        try
        {
            await RunInitDbAsync("C.UTF-8").ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Some systems lack the C.UTF-8 locale; plain C still stores UTF-8 text.
            if (Directory.Exists(DataFolder)) Directory.Delete(DataFolder, recursive: true);
            await RunInitDbAsync("C").ConfigureAwait(false);
        }
    }

    private Task<string> RunInitDbAsync(string locale) => ProcessRunner.RunAsync(
        _binaries!.InitDb,
        ["-D", DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=" + locale, "--no-sync", "--no-instructions"],
        true,
        CommandTimeout);

    private async Task StartAsync()
    {
        // Another process may take the free port between our probe and the server's bind: try a few.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            var options = string.Join(' ',
                "-p", Port.ToString(CultureInfo.InvariantCulture), "-h", "127.0.0.1", "-k", SocketFolder,
                "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300");
            try
            {
                await ProcessRunner.RunAsync(_binaries!.PgCtl, ["start", "-D", DataFolder, "-l", LogFile, "-w", "-t", "60", "-o", options], true, CommandTimeout)
                    .ConfigureAwait(false);
                _running = true;
                break;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
            catch (InvalidOperationException exception)
            {
                var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile).ConfigureAwait(false) : "(no server log)";
                throw new InvalidOperationException($"PostgreSQL did not start:\n{log}", exception);
            }
        }

        var probe = await OpenAsync(ConnectionString("postgres")).ConfigureAwait(false);
        await probe.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        return connection;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // Last resort when the run is aborted before the fixture is disposed: never leave a server behind.
    private void StopOnExit(object? sender, EventArgs e)
    {
        if (!_running || _binaries is null) return;
        try
        {
            ProcessRunner.RunAsync(_binaries.PgCtl, ["stop", "-D", DataFolder, "-m", "immediate"], true, TimeSpan.FromSeconds(10))
                .GetAwaiter().GetResult();
            Directory.Delete(_root, recursive: true);
        }
        catch (InvalidOperationException)
        {
            // The process is exiting; nothing more can be done.
        }
        catch (IOException)
        {
        }
    }

    private static InvalidOperationException NotStarted() => new("The PostgreSQL server is not started: use it as an xunit fixture.");
}
