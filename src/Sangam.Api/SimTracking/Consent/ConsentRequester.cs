using Microsoft.Extensions.Options;
using Sangam.Api.Connectors.Operators;
using Sangam.India;

namespace Sangam.Api.SimTracking.Consent;

/// <summary>
/// Gets a driver's consent request to an operator. The operator of a number cannot be derived from its digits, so
/// the request is offered to the operators in turn (the known one first) until one accepts it. When an operator
/// fails, the request waits for the consent process to try again: the number may be that operator's.
/// Changes the driver in memory; the caller saves.
/// </summary>
public sealed partial class ConsentRequester(OperatorDirectory operators, TimeProvider time, IOptions<TrackingOptions> options, ILogger<ConsentRequester> logger)
{
    public async Task SendAsync(Driver driver, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var mobile = MobileNumber.Parse(driver.Mobile).Value;
        var notServing = new List<string>();
        foreach (var candidate in operators.All.OrderBy(o => o.Name == driver.Operator ? 0 : 1))
        {
            var asked = await candidate.RequestConsentAsync(new OperatorConsentRequest(mobile, driver.ConsentChannel, driver.Language), cancellationToken);
            if (asked.Failure is { } failure)
            {
                LogRequestFailed(logger, driver.Id, candidate.DisplayName, failure.Detail);
                driver.NextCheckAt = now + options.Value.Consent.Backoff(driver.CheckAttempts++);
                return;
            }

            var result = asked.Value;
            switch (result.Outcome)
            {
                case ConsentRequestOutcome.Sent:
                    driver.Operator = candidate.Name;
                    driver.ConsentRequestSentAt = now;
                    driver.ConsentDetail = null;
                    driver.CheckAttempts = 0;
                    driver.NextCheckAt = now + options.Value.Consent.FirstCheckAfter;
                    driver.RecordConsent(ConsentStatus.Pending, ConsentEventSource.Platform,
                        $"Consent requested by {driver.ConsentChannel.WireName()} in {driver.Language} through {candidate.DisplayName}", now);
                    LogRequested(logger, driver.Id, mobile.Masked, candidate.Name);
                    return;
                case ConsentRequestOutcome.Refused:
                    Fail(driver, ConsentEventSource.Operator, result.Message ?? $"{candidate.DisplayName} refused the consent request", now);
                    return;
                default:
                    notServing.Add(result.Message ?? $"{candidate.DisplayName}: not a subscriber");
                    break;
            }
        }

        if (notServing.Count == 0)
        {
            Fail(driver, ConsentEventSource.Platform, "No operator is configured on this server", now);
            return;
        }

        Fail(driver, ConsentEventSource.Operator,
            $"No configured operator serves this number ({string.Join("; ", notServing)}). BSNL and some ported numbers cannot be tracked", now);
    }

    private static void Fail(Driver driver, ConsentEventSource source, string why, DateTimeOffset now)
    {
        driver.ConsentDetail = Truncate(why);
        driver.NextCheckAt = null;
        driver.RecordConsent(ConsentStatus.Failed, source, Truncate(why), now);
    }

    internal static string Truncate(string text) =>
        text.Length <= TrackingConfiguration.DetailLength ? text : text[..(TrackingConfiguration.DetailLength - 1)] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Consent requested for driver {DriverId} ({Mobile}) through {Operator}")]
    private static partial void LogRequested(ILogger logger, long driverId, string mobile, string @operator);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consent request for driver {DriverId} failed at {Operator}: {Detail}; will retry")]
    private static partial void LogRequestFailed(ILogger logger, long driverId, string @operator, string detail);
}
