using Sangam.Client;

namespace Sangam.Client.Tests;

internal static class ClientFixture
{
    /// <summary>
    /// An SDK client for <paramref name="server"/> on the server's clock, logging in as <paramref name="user"/> when
    /// needed, over <paramref name="http"/> when given (the caller disposes it).
    /// </summary>
    public static SangamClient ClientFor(this SangamServer server, TestUser? user, Action<SangamClientOptions>? configure = null, HttpClient? http = null)
    {
        var options = new SangamClientOptions
        {
            BaseAddress = server.BaseAddress,
            Username = user?.Username,
            Password = user?.Password,
        };
        configure?.Invoke(options);
        return new SangamClient(http, options, server.Clock);
    }
}
