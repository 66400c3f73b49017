using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sangam.Client.Http;

namespace Sangam.Client.Tests;

/// <summary>
/// A part of the server's answer the SDK deliberately does not keep, by path (<c>$.a.b</c>, array indices as
/// <c>[*]</c>; the entry covers everything under the path), with the reason.
/// </summary>
internal sealed record WireAllowance(string Path, string Reason);

/// <summary>
/// Holds an SDK record against the server's own JSON: the SDK's reading of the answer, written back, must carry every
/// property the server sent with the same value. Numbers compare as decimals and ISO 8601 times as instants; a null
/// the server sent may be absent from the SDK's writing.
/// </summary>
internal static partial class WireRoundTrip
{
    /// <summary>Reads <paramref name="server"/> as <typeparamref name="T"/> with the SDK's settings, writes it back and compares.</summary>
    public static void Assert<T>(JsonNode server, params WireAllowance[] allowed)
    {
        var read = server.Deserialize<T>(SangamJson.Options);
        AssertKept(typeof(T).Name, server, JsonSerializer.SerializeToNode(read, SangamJson.Options), allowed);
    }

    /// <summary>Compares the server's JSON with what the SDK kept of it, failing with every lost, changed or SDK-only path.</summary>
    public static void AssertKept(string what, JsonNode server, JsonNode? kept, params WireAllowance[] allowed)
    {
        var differences = new List<(string Path, string Text)>();
        Compare(server, kept, "$", differences);
        var unexplained = differences.Where(d => !allowed.Any(a => Covers(a, d.Path))).Select(d => d.Text).ToList();
        var stale = allowed.Where(a => !differences.Any(d => Covers(a, d.Path))).Select(a => $"allowed but not dropped: {a.Path}").ToList();
        Xunit.Assert.True(unexplained.Count == 0 && stale.Count == 0,
            $"{what} does not round-trip the server's JSON:\n  " + string.Join("\n  ", unexplained.Concat(stale)) + $"\nServer's JSON: {server.ToJsonString()}");
    }

    private static bool Covers(WireAllowance allowance, string path)
    {
        var general = Index().Replace(path, "[*]");
        return general == allowance.Path || general.StartsWith(allowance.Path + ".", StringComparison.Ordinal)
            || general.StartsWith(allowance.Path + "[", StringComparison.Ordinal);
    }

    private static void Compare(JsonNode? server, JsonNode? sdk, string path, List<(string, string)> differences)
    {
        switch (server)
        {
            case null:
                if (sdk is not null)
                {
                    differences.Add((path, $"changed {path}: server null, SDK {sdk.ToJsonString()}"));
                }

                return;
            case JsonObject serverObject when sdk is JsonObject sdkObject:
                foreach (var (name, value) in serverObject)
                {
                    var child = $"{path}.{name}";
                    if (sdkObject.TryGetPropertyValue(name, out var sdkValue))
                    {
                        Compare(value, sdkValue, child, differences);
                    }
                    else if (value is not null)
                    {
                        differences.Add((child, $"lost {child}: {value.ToJsonString()}"));
                    }
                }

                foreach (var (name, value) in sdkObject.Where(p => p.Value is not null && !serverObject.ContainsKey(p.Key)))
                {
                    differences.Add(($"{path}.{name}", $"SDK-only {path}.{name}: {value!.ToJsonString()}"));
                }

                return;
            case JsonArray serverArray when sdk is JsonArray sdkArray && serverArray.Count == sdkArray.Count:
                for (var i = 0; i < serverArray.Count; i++)
                {
                    Compare(serverArray[i], sdkArray[i], $"{path}[{i}]", differences);
                }

                return;
            case JsonValue when sdk is JsonValue && SameValue(server, sdk):
                return;
            default:
                differences.Add((path, sdk is null
                    ? $"lost {path}: {server.ToJsonString()}"
                    : $"changed {path}: server {server.ToJsonString()}, SDK {sdk.ToJsonString()}"));
                return;
        }
    }

    private static bool SameValue(JsonNode server, JsonNode sdk) => (server.GetValueKind(), sdk.GetValueKind()) switch
    {
        (JsonValueKind.Number, JsonValueKind.Number) => Number(server) == Number(sdk),
        (JsonValueKind.String, JsonValueKind.String) => server.GetValue<string>() == sdk.GetValue<string>()
            || (Instant(server.GetValue<string>()) is { } instant && instant == Instant(sdk.GetValue<string>())),
        var (a, b) => a == b && a is JsonValueKind.True or JsonValueKind.False,
    };

    private static decimal Number(JsonNode number) => decimal.Parse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static DateTimeOffset? Instant(string text) =>
        IsoTime().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) ? instant : null;

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex IsoTime();
}
