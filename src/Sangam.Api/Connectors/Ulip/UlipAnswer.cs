using System.Text.Json;

namespace Sangam.Api.Connectors.Ulip;

/// <summary>
/// What a ULIP service answered about the subject asked for: the item's payload as sent (an object, or a string:
/// VAHAN/01's XML), its <c>responseStatus</c> and <c>responseCode</c>, and whether the service found the subject.
/// Each service says "not found" its own way (<see cref="UlipItemReader"/>); <see cref="Found"/> is the verdict.
/// </summary>
public sealed record UlipAnswer(JsonElement Payload, string ResponseStatus, string? ResponseCode, bool Found);
