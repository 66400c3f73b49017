namespace Sangam.Api.Connectors.Ulip;

/// <summary>The ULIP services the platform calls.</summary>
public enum UlipService
{
    /// <summary><c>VAHAN/01</c>: registration certificate by vehicle number, as VAHAN's XML.</summary>
    Vahan,

    /// <summary><c>SARATHI/01</c>: driving licence by number and date of birth.</summary>
    Sarathi,

    /// <summary><c>FASTAG/01</c>: toll crossings of the last 72 hours.</summary>
    FastagCrossings,

    /// <summary><c>FASTAG/02</c>: tag details by vehicle number or tag id.</summary>
    FastagTag,

    /// <summary><c>ECHALLAN/01</c>: pending and disposed e-challans.</summary>
    Echallan,

    /// <summary>
    /// <c>VAHAN/04</c>: the registration certificate by vehicle number as JSON, which also carries the PUC certificate
    /// (<c>rcPuccUpto</c>) that VAHAN/01 leaves out.
    /// </summary>
    VahanDetails,
}

public static class UlipServices
{
    /// <summary>The service's path under <c>/ulip/v1.0.0/</c>, e.g. <c>VAHAN/01</c>.</summary>
    public static string Path(this UlipService service) => service switch
    {
        UlipService.Vahan => "VAHAN/01",
        UlipService.Sarathi => "SARATHI/01",
        UlipService.FastagCrossings => "FASTAG/01",
        UlipService.FastagTag => "FASTAG/02",
        UlipService.Echallan => "ECHALLAN/01",
        UlipService.VahanDetails => "VAHAN/04",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, null),
    };

    /// <summary>How errors and logs name the upstream, e.g. <c>ULIP VAHAN/01</c>.</summary>
    public static string UpstreamName(this UlipService service) => "ULIP " + service.Path();
}
