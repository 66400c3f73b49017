using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Connectors.Operators;
using Sangam.Api.Data;
using Sangam.Api.Hosting.Telemetry;
using Sangam.India;

namespace Sangam.Api.SimTracking.Consent;

/// <summary>
/// The due step of one driver claimed by the <see cref="ConsentWorker"/>: send a request that has not reached an
/// operator yet, check a pending or allowed consent, or finish a deletion at the operator.
/// </summary>
public sealed partial class ConsentStep(
    SangamDb db, LocatableDrivers drivers, OperatorDirectory operators, ConsentRequester requester, DriverErasure erasure, ConsentWebhooks webhooks,
    SangamMetrics metrics, TimeProvider time, IOptions<TrackingOptions> options, ILogger<ConsentStep> logger)
{
    private ConsentProcessOptions Settings => options.Value.Consent;

    public async Task RunAsync(long driverId, CancellationToken cancellationToken)
    {
        var driver = await db.Drivers.FirstOrDefaultAsync(d => d.Id == driverId, cancellationToken);
        if (driver is null)
        {
            return;
        }

        if (driver.DeletedAt is not null)
        {
            await erasure.ReleaseAsync(driver.Id, cancellationToken);
            return;
        }

        var before = driver.ConsentStatus;
        try
        {
            if (driver.ConsentRequestSentAt is null)
            {
                await requester.SendAsync(driver, cancellationToken);
            }
            else
            {
                await CheckAsync(driver, cancellationToken);
            }

            driver.LeaseExpiresAt = null;
            await webhooks.QueueAsync(driver, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            // Also when the save failed: a revocation erases the positions before it saves the new status.
            await drivers.EvictAsync(driver.AccountId, driver.Mobile);
        }

        if (driver.ConsentStatus != before)
        {
            metrics.ConsentEntered(driver.ConsentStatus.ToString().ToUpperInvariant());
        }
    }

    private async Task CheckAsync(Driver driver, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (operators.Find(driver.Operator) is not { } connector)
        {
            Settle(driver, ConsentStatus.Failed, ConsentEventSource.Platform, $"The operator '{driver.Operator}' is no longer configured on this server", now);
            return;
        }

        var asked = await connector.GetConsentAsync(MobileNumber.Parse(driver.Mobile).Value, cancellationToken);
        if (asked.Failure is { } failure)
        {
            LogCheckFailed(logger, driver.Id, connector.DisplayName, failure.Detail);
            driver.NextCheckAt = now + Settings.Backoff(driver.CheckAttempts++);
            return;
        }

        if (asked.Value is not { } answer)
        {
            Settle(driver, ConsentStatus.Failed, ConsentEventSource.Operator, $"{connector.DisplayName} no longer has this number registered", now);
            return;
        }

        var status = ConsentRules.FromOperator(answer, driver.ConsentRequestedAt);
        if (status == ConsentStatus.Allowed)
        {
            Allow(driver, answer.UpdatedAt + connector.ConsentValidity, answer.LastEvent, now);
        }
        else if (status == ConsentStatus.Pending && now - driver.ConsentRequestedAt >= Settings.AnswerTimeout)
        {
            Settle(driver, ConsentStatus.Failed, ConsentEventSource.Platform, $"No answer within {InWords(Settings.AnswerTimeout)}", now);
        }
        else if (status == ConsentStatus.Pending)
        {
            if (answer.LastEvent is { } step && step != driver.ConsentDetail)
            {
                driver.ConsentDetail = step;
                driver.RecordConsent(ConsentStatus.Pending, ConsentEventSource.Operator, Capitalise(step), now);
            }

            driver.NextCheckAt = now + Settings.Backoff(driver.CheckAttempts++);
        }
        else
        {
            var revoked = driver.ConsentStatus is ConsentStatus.Allowed or ConsentStatus.Expired && status == ConsentStatus.Rejected;
            var detail = status == ConsentStatus.Rejected ? "The driver refused or revoked consent" : "The operator could not get the driver's answer";
            if (revoked)
            {
                // Consent withdrawn: what was collected under it goes too (DPDP Act 2023, s. 6(6)).
                var erased = await db.DriverPositions.Where(p => p.DriverId == driver.Id).ExecuteDeleteAsync(CancellationToken.None);
                detail += $"; {erased} stored positions erased";
            }

            Settle(driver, status, ConsentEventSource.Operator, answer.LastEvent is { } step ? $"{detail} ({step})" : detail, now);
        }
    }

    private void Allow(Driver driver, DateTimeOffset validTill, string? step, DateTimeOffset now)
    {
        driver.ConsentValidTill = validTill;
        driver.CheckAttempts = 0;
        if (validTill <= now)
        {
            Settle(driver, ConsentStatus.Expired, ConsentEventSource.Platform, "The operator's consent validity ended", now);
            return;
        }

        if (driver.ConsentStatus != ConsentStatus.Allowed)
        {
            driver.ConsentDetail = step;
            driver.RecordConsent(ConsentStatus.Allowed, ConsentEventSource.Operator,
                $"The driver allowed location{(step is null ? "" : $" ({step})")}; valid till {validTill.ToWire().ToString("yyyy-MM-dd HH:mm 'IST'", CultureInfo.InvariantCulture)}", now);
        }

        // Checked again now and then to learn a revocation, and at the end of the validity to record the expiry.
        var recheck = now + Settings.RecheckInterval;
        driver.NextCheckAt = recheck < validTill ? recheck : validTill;
    }

    private static void Settle(Driver driver, ConsentStatus status, ConsentEventSource source, string detail, DateTimeOffset now)
    {
        driver.NextCheckAt = null;
        driver.CheckAttempts = 0;
        if (driver.ConsentStatus != status)
        {
            driver.ConsentDetail = ConsentRequester.Truncate(detail);
            driver.RecordConsent(status, source, ConsentRequester.Truncate(detail), now);
        }
    }

    private static string InWords(TimeSpan span) =>
        span.TotalDays >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0.#} days")
        : span.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} hours")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0} minutes");

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Consent check of driver {DriverId} failed at {Operator}: {Detail}; will retry")]
    private static partial void LogCheckFailed(ILogger logger, long driverId, string @operator, string detail);
}
