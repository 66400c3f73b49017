namespace Sangam.Sandbox.Airtel;

/// <summary>Configuration section <c>Sandbox:Airtel</c>: the sandbox Airtel Locate account and how its subscribers behave.</summary>
public sealed class AirtelEmulatorOptions
{
    public const string Section = "Sandbox:Airtel";

    /// <summary>The sandbox customer (billing account) id; calls for any other id get 404, as Airtel answers.</summary>
    public string CustomerBaId { get; set; } = AirtelSandboxAccount.CustomerBaId;

    public string ClientId { get; set; } = AirtelSandboxAccount.ClientId;

    public string ClientSecret { get; set; } = AirtelSandboxAccount.ClientSecret;

    /// <summary>How long after the consent SMS or call a sandbox driver answers (see <see cref="ConsentSteering"/>).</summary>
    public TimeSpan ConsentAnswerDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Share of location fetches (0-1) that fail with 502, as Airtel documents for HLR/MME/MSC errors.</summary>
    public double NetworkFailureRate { get; set; } = 0.05;

    /// <summary>Share of location fetches (0-1) refused with 429 for the licence's location rate.</summary>
    public double RateLimitRate { get; set; } = 0.02;

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(24);
}

/// <summary>The well-known credentials of the sandbox Airtel Locate account; they open nothing real.</summary>
public static class AirtelSandboxAccount
{
    public const string CustomerBaId = "SANGAM-SANDBOX-BA";
    public const string ClientId = "sangam-sandbox";
    public const string ClientSecret = "sangam-sandbox-secret";
}
