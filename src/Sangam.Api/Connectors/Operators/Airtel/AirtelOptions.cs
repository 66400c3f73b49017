using Microsoft.Extensions.Options;

namespace Sangam.Api.Connectors.Operators.Airtel;

/// <summary>Configuration section <c>Operators:Airtel</c>: the Airtel Locate licence of this platform.</summary>
public sealed class AirtelOptions : OperatorConnectionOptions
{
    public const string Section = "Operators:Airtel";
    public const string ProductionBaseUrl = "https://openapi.airtel.in/";

    /// <summary>The upstream's short name, for <see cref="IUpstreamAddresses"/>.</summary>
    public const string Upstream = "airtel";

    /// <summary>On once <see cref="ClientId"/> is configured (sandbox mode configures its emulator's).</summary>
    public bool? Enabled { get; set; }

    /// <summary>Empty: <see cref="ProductionBaseUrl"/> (this server's emulator in sandbox mode).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The Airtel billing-account id of the licence (<c>customerBaId</c> in every path).</summary>
    public string? CustomerBaId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>How long an allowed consent lasts at Airtel.</summary>
    public TimeSpan ConsentValidity { get; set; } = TimeSpan.FromDays(365);

    internal static bool IsWanted(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return section.GetValue<bool?>(nameof(Enabled)) ?? !string.IsNullOrEmpty(section[nameof(ClientId)]);
    }
}

internal sealed class AirtelOptionsValidation : IValidateOptions<AirtelOptions>
{
    public ValidateOptionsResult Validate(string? name, AirtelOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.CustomerBaId) || string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            problems.Add($"{AirtelOptions.Section}: CustomerBaId, ClientId and ClientSecret are required (or set Enabled to false).");
        }

        if (options.BaseUrl is { Length: > 0 } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            problems.Add($"{AirtelOptions.Section}:BaseUrl must be an absolute URL.");
        }

        if (options.ConsentValidity <= TimeSpan.Zero)
        {
            problems.Add($"{AirtelOptions.Section}:ConsentValidity must be positive.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
