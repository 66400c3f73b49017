using Microsoft.EntityFrameworkCore;
using Sangam.Api.SimTracking.Consent;

namespace Sangam.Api.SimTracking;

/// <summary>How drivers are read and shown: the account scope every query starts from, and the wire records.</summary>
public static class DriverViews
{
    /// <summary>The account's live drivers. Every tracking query starts here, so no account ever reaches another's.</summary>
    public static IQueryable<Driver> Live(this DbSet<Driver> drivers, long accountId) =>
        drivers.Where(d => d.AccountId == accountId && d.DeletedAt == null);

    public static DriverRecord ToRecord(this Driver driver, DateTimeOffset now) => new(
        driver.Mobile,
        driver.Name,
        driver.VehicleNumber,
        driver.Operator,
        ConsentRules.Effective(driver.ConsentStatus, driver.ConsentValidTill, now),
        driver.ConsentChannel.WireName(),
        driver.Language,
        driver.ConsentRequestedAt.ToWire(),
        driver.ConsentUpdatedAt.ToWire(),
        driver.ConsentValidTill.ToWire(),
        driver.ConsentDetail,
        driver.CreatedAt.ToWire());

    public static ConsentRecord ToConsentRecord(this Driver driver, IEnumerable<ConsentEvent> events, DateTimeOffset now) => new(
        driver.Mobile,
        driver.Operator,
        ConsentRules.Effective(driver.ConsentStatus, driver.ConsentValidTill, now),
        driver.ConsentChannel.WireName(),
        driver.ConsentRequestedAt.ToWire(),
        driver.ConsentUpdatedAt.ToWire(),
        driver.ConsentValidTill.ToWire(),
        driver.ConsentDetail,
        [.. events.Select(e => new ConsentEventRecord(e.Status, e.Source, e.Detail, e.OccurredAt.ToWire()))]);

    public static LocationRecord Location(string mobile, StoredFix fix) =>
        new(mobile, fix.Latitude, fix.Longitude, fix.AccuracyM, fix.LocatedAt.ToWire(), Address: null, Source: "operator");
}
