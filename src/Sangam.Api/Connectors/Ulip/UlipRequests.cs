using System.Text.Json.Serialization;

namespace Sangam.Api.Connectors.Ulip;

/// <summary>A request body of a ULIP service, with the exact key spelling each service wants.</summary>
public abstract record UlipRequest;

/// <summary><c>{"vehiclenumber": ...}</c>: VAHAN, FASTAG/01 and FASTAG/02 by vehicle.</summary>
public sealed record VehicleNumberRequest([property: JsonPropertyName("vehiclenumber")] string VehicleNumber) : UlipRequest;

/// <summary><c>{"vehicleNumber": ...}</c>: ECHALLAN alone wants camelCase and refuses the other spelling with a 400.</summary>
public sealed record EchallanRequest([property: JsonPropertyName("vehicleNumber")] string VehicleNumber) : UlipRequest;

/// <summary><c>{"tagid": ...}</c>: FASTAG/02 by tag.</summary>
public sealed record TagIdRequest([property: JsonPropertyName("tagid")] string TagId) : UlipRequest;

/// <summary><c>{"dlnumber": "GJ04 20120005008", "dob": "1987-05-26"}</c>: the licence keeps the space after its RTO code.</summary>
public sealed record SarathiRequest(
    [property: JsonPropertyName("dlnumber")] string DlNumber,
    [property: JsonPropertyName("dob")] string DateOfBirth) : UlipRequest;

/// <summary><c>{"username": ..., "password": ...}</c> of the login call.</summary>
internal sealed record UlipLogin(
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("password")] string Password);

[JsonSerializable(typeof(VehicleNumberRequest))]
[JsonSerializable(typeof(EchallanRequest))]
[JsonSerializable(typeof(TagIdRequest))]
[JsonSerializable(typeof(SarathiRequest))]
[JsonSerializable(typeof(UlipLogin))]
internal sealed partial class UlipJsonContext : JsonSerializerContext;
