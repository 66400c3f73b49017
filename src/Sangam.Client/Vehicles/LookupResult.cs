using System.Text.Json;

namespace Sangam.Client.Vehicles;

/// <summary>
/// The answer of a vehicle or driver lookup: whether the upstream found it, the typed record when it did, and the
/// payload exactly as the upstream sent it.
/// </summary>
/// <typeparam name="T">The typed record.</typeparam>
public sealed class LookupResult<T>
    where T : class
{
    internal LookupResult(T? record, string responseStatus, JsonElement rawPayload)
    {
        Record = record;
        ResponseStatus = responseStatus;
        RawPayload = rawPayload;
    }

    /// <summary>True when the upstream found the vehicle, licence, tag or challans asked for.</summary>
    public bool Found => Record is not null;

    /// <summary>The typed record; null when not found.</summary>
    public T? Record { get; }

    /// <summary>The item's <c>responseStatus</c>: <c>SUCCESS</c>, or <c>ERROR</c> for some "not found" answers.</summary>
    public string ResponseStatus { get; }

    /// <summary>The upstream payload as received (VAHAN's XML is a JSON string), including fields the typed record leaves out.</summary>
    public JsonElement RawPayload { get; }
}
