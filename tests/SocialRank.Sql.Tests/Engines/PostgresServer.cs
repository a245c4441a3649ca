using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SocialRank.Sql.Tests.Engines;

/// <summary>
/// A private PostgreSQL cluster for the tests: <c>initdb</c> in a temporary directory, <c>pg_ctl start</c> on a free local
/// port (as the <c>postgres</c> user when the tests run as root, which the server refuses), stopped and deleted at the end.
/// The binaries come from <c>$SOCIALRANK_PG_BIN</c> when set, else the newest <c>/usr/lib/postgresql/*/bin</c> (Debian's
/// <c>postgresql</c> package).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Missing = "PostgreSQL server binaries not found (initdb and pg_ctl at $SOCIALRANK_PG_BIN when set, else /usr/lib/postgresql/*/bin): install them with 'apt-get install -y postgresql'.";

    private readonly string? _directory;
    private readonly bool _asPostgres;

    public PostgresServer()
    {
        if (Bin is null)
        {
            Error = Missing;
            return;
        }

        try
        {
            _asPostgres = Environment.UserName == "root";
            _directory = Directory.CreateTempSubdirectory("socialrank-pg-").FullName;
            if (_asPostgres)
            {
                Run("chown", ["postgres:postgres", _directory], asPostgres: false);
            }

            string data = Path.Combine(_directory, "data");
            Run(Path.Combine(Bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync"], _asPostgres);
            int port = FreePort();
            Run(Path.Combine(Bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(_directory, "log"), "-o", $"-p {port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off", "-w", "start"], _asPostgres);
            ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true";
            using var connection = new NpgsqlConnection(ConnectionString);
            connection.Open();
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or NpgsqlException or System.ComponentModel.Win32Exception)
        {
            Error = "The PostgreSQL server could not be started: " + e.Message;
        }
    }

    /// <summary>Gets the directory of initdb and pg_ctl, or <see langword="null"/> when there is none.</summary>
    public static string? Bin { get; } = FindBin();

    /// <summary>Gets a value indicating whether the tests run under CI (CI=true), where a missing server fails them.</summary>
    public static bool InCi => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Gets why there is no server, or <see langword="null"/> when it runs.</summary>
    public string? Error { get; }

    public string? ConnectionString { get; }

    /// <summary>
    /// Opens a connection; when there is no server, skips the test (with the reason) outside CI and fails it under CI=true.
    /// </summary>
    public NpgsqlConnection Open()
    {
        if (Error is not null)
        {
            Skip.If(!InCi, Error + " Skipped outside CI; under CI=true the PostgreSQL tests fail instead.");
            Assert.Fail(Error + " Under CI=true the PostgreSQL tests need the server.");
        }

        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        if (_directory is null)
        {
            return;
        }

        if (ConnectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Run(Path.Combine(Bin!, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "fast", "-w", "stop"], _asPostgres);
        }

        Directory.Delete(_directory, recursive: true);
    }

    private static string? FindBin()
    {
        string? configured = Environment.GetEnvironmentVariable("SOCIALRANK_PG_BIN");
        IEnumerable<string> candidates = configured is not null
            ? [configured]
            : Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).OrderByDescending(d => d, StringComparer.Ordinal)
                : [];
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (string a in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish in 2 minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Trim()} {output.Result.Trim()}");
        }
    }
}

/// <summary>One server for every test of the collection.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
