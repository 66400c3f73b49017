using System.Globalization;
using System.Text.Json;
using Sangam.Client.Http;

namespace Sangam.Client.Vehicles;

/// <summary>
/// Vehicle and driver checks: VAHAN registration, SARATHI licence, FASTag crossings and tags, e-challans, and the
/// dispatch readiness verdict. Lookups return a <see cref="LookupResult{T}"/>: "not found" is an answer, not an
/// exception; a failed government system is a <see cref="SangamUpstreamException"/>.
/// </summary>
public sealed class VehiclesClient
{
    private readonly SangamConnection _connection;

    internal VehiclesClient(SangamConnection connection) => _connection = connection;

    /// <summary>The registration certificate of a vehicle (<c>POST /api/v2/sbt/VAHAN/</c>).</summary>
    public Task<LookupResult<VehicleRegistration>> GetRegistrationAsync(string vehicleNumber, CancellationToken cancellationToken = default) =>
        LookupAsync("api/v2/sbt/VAHAN/", new { vehiclenumber = vehicleNumber },
            payload => VehicleRegistration.Parse(payload.ValueKind == JsonValueKind.String ? payload.GetString() : null), cancellationToken);

    /// <summary>A driving licence; SARATHI finds it only with the holder's date of birth (<c>POST /api/v2/sbt/SARATHI/</c>).</summary>
    public Task<LookupResult<DrivingLicenceDetails>> GetDrivingLicenceAsync(string dlNumber, DateOnly dateOfBirth, CancellationToken cancellationToken = default) =>
        LookupAsync("api/v2/sbt/SARATHI/", new { dlnumber = dlNumber, dob = dateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            DrivingLicenceDetails.Parse, cancellationToken);

    /// <summary>Toll plazas the vehicle's FASTag crossed in the last 72 hours, newest first (<c>POST /api/v2/sbt/FASTAG/</c>).</summary>
    public Task<LookupResult<IReadOnlyList<TollCrossing>>> GetTollCrossingsAsync(string vehicleNumber, CancellationToken cancellationToken = default) =>
        LookupAsync("api/v2/sbt/FASTAG/", new { vehiclenumber = vehicleNumber }, TollCrossing.ParseAll, cancellationToken);

    /// <summary>The FASTags issued for a vehicle, old and current (<c>POST /api/v2/sbt/FASTAG/02</c>).</summary>
    public Task<LookupResult<IReadOnlyList<FastagTag>>> GetFastagsAsync(string vehicleNumber, CancellationToken cancellationToken = default) =>
        LookupAsync("api/v2/sbt/FASTAG/02", new { vehiclenumber = vehicleNumber }, FastagTag.ParseAll, cancellationToken);

    /// <summary>A FASTag by its tag id (<c>POST /api/v2/sbt/FASTAG/02</c>).</summary>
    public Task<LookupResult<IReadOnlyList<FastagTag>>> GetFastagByTagIdAsync(string tagId, CancellationToken cancellationToken = default) =>
        LookupAsync("api/v2/sbt/FASTAG/02", new { tagid = tagId }, FastagTag.ParseAll, cancellationToken);

    /// <summary>Pending and disposed e-challans of a vehicle (<c>POST /api/v2/sbt/ECHALLAN/</c>).</summary>
    public Task<LookupResult<ChallanList>> GetChallansAsync(string vehicleNumber, CancellationToken cancellationToken = default) =>
        LookupAsync("api/v2/sbt/ECHALLAN/", new { vehiclenumber = vehicleNumber }, ChallanList.Parse, cancellationToken);

    /// <summary>
    /// Whether a vehicle, and optionally its driver, may be dispatched (<c>POST /api/v2/pod/vehicle-readiness</c>).
    /// This endpoint is Sangam's own; the hosted platform does not offer it.
    /// </summary>
    public Task<DispatchReadiness> CheckReadinessAsync(string vehicleNumber, string? dlNumber = null, DateOnly? dateOfBirth = null, CancellationToken cancellationToken = default) =>
        _connection.SendAsync<DispatchReadiness>(HttpMethod.Post, "api/v2/pod/vehicle-readiness", SangamConnection.Json(new
        {
            vehiclenumber = vehicleNumber,
            dlnumber = dlNumber,
            dob = dateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }), cancellationToken);

    private async Task<LookupResult<T>> LookupAsync<T>(string path, object body, Func<JsonElement, T?> parse, CancellationToken cancellationToken)
        where T : class
    {
        var envelope = await _connection.SendAsync<JsonElement>(HttpMethod.Post, path, SangamConnection.Json(body), cancellationToken);
        var (payload, responseStatus) = PayloadReader.ItemOf(envelope);
        return new LookupResult<T>(parse(payload), responseStatus, payload);
    }
}
