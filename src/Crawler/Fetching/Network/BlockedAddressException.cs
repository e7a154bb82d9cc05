using System.Net;

namespace Plateforme.Crawler.Fetching.Network;

/// <summary>Thrown from the connect callback so that the pipeline can tell a refusal from a network error.</summary>
internal sealed class BlockedAddressException : Exception
{
    public BlockedAddressException()
    {
    }

    public BlockedAddressException(string message)
        : base(message)
    {
    }

    public BlockedAddressException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BlockedAddressException(string host, IReadOnlyCollection<IPAddress> addresses)
        : base($"{host} resolves to a non-public address ({string.Join(", ", addresses)}).")
    {
    }

    /// <summary>Whether this refusal is somewhere in an HttpClient exception's chain.</summary>
    public static bool IsIn(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is BlockedAddressException)
            {
                return true;
            }
        }

        return false;
    }
}
