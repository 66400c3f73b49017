using System.Globalization;
using Sangam.Api.Connectors.Ulip;
using Sangam.Api.Http.Errors;
using Sangam.Api.Vehicles.Caching;
using Sangam.India.Vehicles;

namespace Sangam.Api.Vehicles;

/// <summary>
/// The vehicle and driver lookups, each through the <see cref="LookupCache"/> to ULIP. Requests arrive here
/// validated and normalised, so equal requests share cache entries however the caller spelt them.
/// </summary>
public sealed class VehicleLookups(LookupCache cache, UlipClient ulip)
{
    public Task<UpstreamResult<CachedAnswer>> RegistrationAsync(long accountId, VehicleNumber vehicle, bool fresh, CancellationToken cancellationToken) =>
        LookupAsync(accountId, UlipService.Vahan, vehicle.Value, new VehicleNumberRequest(vehicle.Value), fresh, cancellationToken);

    /// <summary>VAHAN/04: the same record as JSON, with the PUC certificate that VAHAN/01 leaves out.</summary>
    public Task<UpstreamResult<CachedAnswer>> RegistrationDetailsAsync(long accountId, VehicleNumber vehicle, bool fresh, CancellationToken cancellationToken) =>
        LookupAsync(accountId, UlipService.VahanDetails, vehicle.Value, new VehicleNumberRequest(vehicle.Value), fresh, cancellationToken);

    public Task<UpstreamResult<CachedAnswer>> LicenceAsync(long accountId, DrivingLicence licence, DateOnly dateOfBirth, bool fresh, CancellationToken cancellationToken)
    {
        var dob = dateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return LookupAsync(accountId, UlipService.Sarathi, $"{licence.Value}|{dob}", new SarathiRequest(licence.SarathiForm, dob), fresh, cancellationToken);
    }

    public Task<UpstreamResult<CachedAnswer>> TollCrossingsAsync(long accountId, VehicleNumber vehicle, bool fresh, CancellationToken cancellationToken) =>
        LookupAsync(accountId, UlipService.FastagCrossings, vehicle.Value, new VehicleNumberRequest(vehicle.Value), fresh, cancellationToken);

    public Task<UpstreamResult<CachedAnswer>> TagsOfVehicleAsync(long accountId, VehicleNumber vehicle, bool fresh, CancellationToken cancellationToken) =>
        LookupAsync(accountId, UlipService.FastagTag, "vehicle:" + vehicle.Value, new VehicleNumberRequest(vehicle.Value), fresh, cancellationToken);

    public Task<UpstreamResult<CachedAnswer>> TagAsync(long accountId, FastagTagId tag, bool fresh, CancellationToken cancellationToken) =>
        LookupAsync(accountId, UlipService.FastagTag, "tag:" + tag.Value, new TagIdRequest(tag.Value), fresh, cancellationToken);

    public Task<UpstreamResult<CachedAnswer>> ChallansAsync(long accountId, VehicleNumber vehicle, bool fresh, CancellationToken cancellationToken) =>
        LookupAsync(accountId, UlipService.Echallan, vehicle.Value, new EchallanRequest(vehicle.Value), fresh, cancellationToken);

    private Task<UpstreamResult<CachedAnswer>> LookupAsync(long accountId, UlipService service, string normalisedRequest, UlipRequest request, bool fresh, CancellationToken cancellationToken) =>
        cache.GetAsync(LookupKey.For(accountId, service, normalisedRequest), fresh, token => ulip.CallAsync(service, request, token), cancellationToken);
}
