using Sangam.Client;

namespace Sangam.Cli.Infrastructure;

/// <summary>Builds the SDK client for a command from its options and the stored login, saving refreshed tokens.</summary>
public static class ClientFactory
{
    public const string DefaultBaseUrl = "http://localhost:8080";

    public static string ResolveBaseUrl(GlobalSettings settings, StoredCredentials? stored)
    {
        if (settings.BaseUrl is { Length: > 0 } option)
        {
            return option;
        }

        var environment = Environment.GetEnvironmentVariable("SANGAM_BASE_URL");
        return !string.IsNullOrEmpty(environment) ? environment : stored?.BaseUrl ?? DefaultBaseUrl;
    }

    /// <summary>A client using the stored login; throws a clear error when there is none for this server.</summary>
    public static SangamClient Create(GlobalSettings settings, TimeSpan? timeout = null)
    {
        var stored = CredentialStore.Load();
        var baseUrl = ResolveBaseUrl(settings, stored);
        if (stored is null || !SameServer(stored.BaseUrl, baseUrl))
        {
            throw new CliException($"Not logged in to {baseUrl}. Run: sangam login --base-url {baseUrl}", ExitCodes.Authentication);
        }

        var options = new SangamClientOptions
        {
            BaseAddress = new Uri(baseUrl),
            Tokens = new SangamTokens(stored.AccessToken, stored.RefreshToken),
        };
        if (timeout is { } limit)
        {
            options.Timeout = limit;
        }

        var client = new SangamClient(options);
        client.Auth.TokensChanged += (_, tokens) => CredentialStore.Update(stored, tokens);
        return client;
    }

    private static bool SameServer(string a, string b) =>
        string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}

/// <summary>A problem the CLI reports in one line, exiting with <see cref="ExitCode"/> (see <see cref="ExitCodes"/>).</summary>
public sealed class CliException(string message, int exitCode) : Exception(message)
{
    public CliException()
        : this("The command failed.", ExitCodes.Usage)
    {
    }

    public CliException(string message)
        : this(message, ExitCodes.Usage)
    {
    }

    public CliException(string message, Exception innerException)
        : this(message + " " + innerException.Message, ExitCodes.Usage)
    {
    }

    public int ExitCode { get; } = exitCode;
}
