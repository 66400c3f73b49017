namespace Sangam.Client.Tests;

/// <summary>The comparison behind <see cref="WireRoundTripTests"/>: what it reports, what it forgives.</summary>
public sealed class WireComparisonTests
{
    [Fact]
    public void Every_lost_changed_and_sdk_only_path_is_listed()
    {
        var error = Assert.ThrowsAny<Exception>(() => WireRoundTrip.AssertKept("Record",
            Json("""{"a": 1, "b": {"c": "x", "n": null}, "d": [1, 2], "f": "2026-01-01T12:00:00+05:30"}"""),
            Json("""{"a": 2, "b": {}, "d": [1], "e": true, "f": "2026-01-01T12:00:01+05:30"}""")));

        Assert.Contains("changed $.a: server 1, SDK 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("lost $.b.c: \"x\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("changed $.d: server [1,2], SDK [1]", error.Message, StringComparison.Ordinal);
        Assert.Contains("SDK-only $.e: true", error.Message, StringComparison.Ordinal);
        Assert.Contains("changed $.f", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("$.b.n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_compare_as_decimals_times_as_instants_and_a_null_may_be_absent()
    {
        WireRoundTrip.AssertKept("Record",
            Json("""{"amount": 11800.00, "at": "2026-01-01T12:00:00+05:30", "day": "2026-01-01", "none": null, "ok": false}"""),
            Json("""{"amount": 11800, "at": "2026-01-01T06:30:00+00:00", "day": "2026-01-01", "ok": false}"""));
    }

    [Fact]
    public void An_allowance_covers_its_subtree_at_every_index_and_one_that_covers_nothing_fails()
    {
        var server = Json("""{"keep": 1, "items": [{"x": 1, "raw": {"y": 2}}, {"x": 2, "raw": {"y": 3}}]}""");
        var kept = Json("""{"keep": 1, "items": [{"x": 1}, {"x": 2}]}""");
        var raw = new WireAllowance("$.items[*].raw", "kept elsewhere");

        WireRoundTrip.AssertKept("Record", server, kept, raw);
        var error = Assert.ThrowsAny<Exception>(() => WireRoundTrip.AssertKept("Record", server, kept, raw, new WireAllowance("$.gone", "stale")));

        Assert.Contains("allowed but not dropped: $.gone", error.Message, StringComparison.Ordinal);
    }

    private static JsonNode Json(string text) => JsonNode.Parse(text)!;
}
