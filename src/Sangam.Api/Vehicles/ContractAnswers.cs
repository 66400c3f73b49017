using System.Text.Json;
using Sangam.Api.Connectors.Ulip;
using Sangam.Api.Http.Envelopes;

namespace Sangam.Api.Vehicles;

/// <summary>
/// The payload and <c>responseStatus</c> the contract shows for a ULIP answer: the answer as it came, except VAHAN's
/// and SARATHI's "not found". ULIP says those several ways (a VehicleDetails XML whose status is not OK, a null
/// payload with message code 231, SARATHI's <c>errorcd</c> -1 inside a SUCCESS item); the contract says each one
/// way, a text in an ERROR item.
/// </summary>
internal static class ContractAnswers
{
    public const string VehicleNotFound = "Vehicle Details not Found";

    public const string LicenceNotFound = "DL Details not Found";

    private static readonly JsonElement VehicleNotFoundPayload = JsonSerializer.SerializeToElement(VehicleNotFound);

    private static readonly JsonElement LicenceNotFoundPayload = JsonSerializer.SerializeToElement(LicenceNotFound);

    public static (JsonElement Payload, string ResponseStatus) Of(UlipService service, UlipAnswer answer) => (service, answer.Found) switch
    {
        (UlipService.Vahan, false) => (VehicleNotFoundPayload, Lookup.Error),
        (UlipService.Sarathi, false) => (LicenceNotFoundPayload, Lookup.Error),
        _ => (answer.Payload, answer.ResponseStatus),
    };
}
