using System.Collections.Frozen;
using Sangam.Api.Accounts;
using Sangam.Api.Auth;
using Sangam.Api.Connectors;
using Sangam.Api.Connectors.DataGovIn;
using Sangam.Api.Connectors.Irp;
using Sangam.Api.Connectors.Operators;
using Sangam.Api.Connectors.Ulip;

namespace Sangam.Api.WebConsole;

/// <summary>
/// Which API family each operation id (as metered in usage) belongs to, read from the endpoints' own
/// <see cref="ApiFamilyMetadata"/> so that it never drifts from the API.
/// </summary>
public sealed class OperationFamilies(EndpointDataSource endpoints)
{
    private FrozenDictionary<string, ApiFamily>? _byOperation;

    public ApiFamily? Of(string operationId) =>
        (_byOperation ??= Build()).TryGetValue(operationId, out var family) ? family : null;

    /// <summary>The name an API family's upstream reports its circuit breakers under (<see cref="UpstreamBreakers"/>), if it has one.</summary>
    public static string? BreakerUpstream(ApiFamily family) => family switch
    {
        ApiFamily.Vehicles => UlipConnector.Upstream,
        ApiFamily.SimTracking => OperatorResilience.Upstream,
        ApiFamily.EInvoices => IrpAccess.Upstream,
        ApiFamily.Mca => DataGovInConnector.Upstream,
        _ => null,
    };

    /// <summary>The upstream an API family's calls go to, as the overview names it.</summary>
    public static string Upstream(ApiFamily family) => family switch
    {
        ApiFamily.Vehicles => "ULIP (VAHAN, SARATHI, FASTag, e-Challan)",
        ApiFamily.SimTracking => "Mobile operators (consent, location)",
        ApiFamily.EInvoices => "NIC IRP",
        ApiFamily.Mca => "MCA master data (data.gov.in)",
        _ => "None (local OCR engine)",
    };

    private FrozenDictionary<string, ApiFamily> Build() => endpoints.Endpoints
        .Select(e => (Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, Family: e.Metadata.GetMetadata<ApiFamilyMetadata>()?.Family))
        .Where(e => e.Name is not null && e.Family is not null)
        .DistinctBy(e => e.Name)
        .ToFrozenDictionary(e => e.Name!, e => e.Family!.Value, StringComparer.Ordinal);
}
