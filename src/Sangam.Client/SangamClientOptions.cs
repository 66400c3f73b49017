namespace Sangam.Client;

/// <summary>How a <see cref="SangamClient"/> reaches and authenticates to a server.</summary>
public sealed class SangamClientOptions
{
    /// <summary>
    /// The server, e.g. <c>http://localhost:8080/</c> for Sangam or <c>https://api-platform.mastersindia.co/</c> for the
    /// hosted platform it is compatible with. Paths under <c>/api/v2/</c> are added by the client.
    /// </summary>
    public Uri BaseAddress { get; set; } = new("http://localhost:8080/");

    /// <summary>Username for automatic (re-)login when no valid token is at hand. Optional when tokens are supplied.</summary>
    public string? Username { get; set; }

    /// <summary>Password for automatic (re-)login.</summary>
    public string? Password { get; set; }

    /// <summary>Tokens from an earlier login (e.g. loaded from a file) to start with.</summary>
    public SangamTokens? Tokens { get; set; }

    /// <summary>The access token is refreshed when it expires within this margin.</summary>
    public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Retries of requests that are safe to repeat (GETs, and POSTs carrying an <c>Idempotency-Key</c>) after 429, 502,
    /// 503, 504 or a network failure, with exponential back-off. 0 turns retries off.
    /// </summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Per-request timeout (OCR of long documents can take a while).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Sent as <c>Subid</c> on lookup and OCR calls when set.</summary>
    public string? Subid { get; set; }
}
