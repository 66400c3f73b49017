using System.Globalization;
using Sangam.India;

namespace Sangam.Api.Vehicles.Readiness;

/// <summary>Builds <see cref="ReadinessCheck"/>s, including the common "is this document still valid" check.</summary>
internal static class CheckResults
{
    /// <summary>A document expiring within this many days passes with a warning.</summary>
    public const int ExpiryWarningDays = 15;

    public static ReadinessCheck Create(string name, string source, CheckStatus status, string detail, params (string Key, string? Value)[] evidence) =>
        new(name, source, status, detail, evidence.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));

    /// <summary>A check left unknown because <paramref name="source"/> failed.</summary>
    public static ReadinessCheck Unknown(string name, SourceResult source) => Create(name, source.Name, CheckStatus.Unknown, source.FailureDetail);

    /// <summary>Pass, warn (expiring soon), fail (expired) or unknown (no readable date) for a validity date.</summary>
    public static ReadinessCheck Validity(string name, string source, string document, (string Field, string? Value) evidence, DateOnly today)
    {
        if (evidence.Value is not { } raw)
        {
            return Create(name, source, CheckStatus.Unknown, $"{source} records no validity for the {document}", evidence);
        }

        if (!GovernmentDate.TryParse(raw, out var until))
        {
            return Create(name, source, CheckStatus.Unknown, $"{source}'s date '{raw}' for the {document} could not be read", evidence);
        }

        var daysLeft = until.DayNumber - today.DayNumber;
        var date = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return daysLeft switch
        {
            < 0 => Create(name, source, CheckStatus.Fail, $"The {document} expired on {date}", evidence),
            <= ExpiryWarningDays => Create(name, source, CheckStatus.Warn, $"The {document} expires on {date}, in {daysLeft} days", evidence),
            _ => Create(name, source, CheckStatus.Pass, $"The {document} is valid until {date}", evidence),
        };
    }
}
