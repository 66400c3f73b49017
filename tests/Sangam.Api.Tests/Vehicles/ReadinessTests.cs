using Sangam.Sandbox.Faults;

namespace Sangam.Api.Tests.Vehicles;

public sealed class ReadinessTests(SangamServer server) : IClassFixture<SangamServer>, IDisposable
{
    private const string Path = "/api/v2/pod/vehicle-readiness";

    [Fact]
    public async Task A_vehicle_with_every_document_valid_and_a_fitting_driver_is_ready()
    {
        var report = await CheckAsync(new { vehiclenumber = "MH12NW4402", dlnumber = "GJ04 20120005008", dob = "1987-05-26" });

        Assert.Equal("ready", (string?)report["verdict"]);
        Assert.True((bool)report["dispatchable"]!);
        Assert.Empty(report["blockers"]!.AsArray());
        Assert.Equal(
            ["registration", "registration_validity", "fitness", "insurance", "pollution", "road_tax", "permit", "blacklist", "fastag", "challans", "licence", "licence_validity", "licence_class"],
            report["checks"]!.AsArray().Select(c => (string)c!["name"]!));
        Assert.All(report["checks"]!.AsArray().Where(c => (string?)c!["name"] != "permit"), c => Assert.Equal("pass", (string?)c!["status"]));
        Assert.Equal("VAHAN/04", (string?)report["checks"]!.AsArray().Single(c => (string?)c!["name"] == "pollution")!["source"]);
        Assert.Equal(["VAHAN", "VAHAN/04", "FASTAG", "ECHALLAN", "SARATHI"], report["sources"]!.AsArray().Select(s => (string)s!["service"]!));
        Assert.All(report["sources"]!.AsArray(), s => Assert.Equal("found", (string?)s!["outcome"]));
        Assert.Equal("GJ04 20120005008", (string?)report["dl_number"]);
        Assert.EndsWith("+05:30", (string?)report["checked_at"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KA01AB1234", "GJ04 20120005008", "1987-05-26", "insurance", "The insurance expired on")]
    [InlineData("KA01AB1234", "GJ04 20120005008", "1987-05-26", "pollution", "The PUC certificate expired on")]
    [InlineData("RJ14GB5678", "GJ04 20120005008", "1987-05-26", "blacklist", "blacklisted (BLACKLISTED)")]
    [InlineData("MH04SU0404", "GJ04 20120005008", "1987-05-26", "registration", "SUSPENDED")]
    [InlineData("UP32HT9999", "TN09 20100004321", "1978-03-03", "fitness", "The fitness certificate expired on")]
    [InlineData("GJ01IN7007", "GJ04 20120005008", "1987-05-26", "fastag", "Inactive")]
    [InlineData("HR55AK4321", "GJ04 20120005008", "1987-05-26", "fastag", "Blacklisted")]
    [InlineData("PB10CL5555", "GJ04 20120005008", "1987-05-26", "fastag", "Closed")]
    [InlineData("OD02CZ2020", "HR51 20210018922", "1987-05-26", "fastag", "No FASTag is registered")]
    [InlineData("KA51TX7070", "KA51 20150001234", "1990-01-15", "licence_validity", "transport validity expired on")]
    [InlineData("TG09HP1212", "HR51 20210018922", "1987-05-26", "licence_class", "does not cover a heavy goods vehicle")]
    [InlineData("MH12NW4402", "MH12 20180009876", "1985-08-20", "licence", "Suspended")]
    [InlineData("MH12NW4402", "GJ04 20120005008", "1990-01-01", "licence", "SARATHI has no licence")]
    [InlineData("MH01ZZ9999", "GJ04 20120005008", "1987-05-26", "registration", "VAHAN has no registration")]
    public async Task What_blocks_dispatch_is_named_with_its_evidence(string vehicle, string dl, string dob, string check, string detail)
    {
        var report = await CheckAsync(new { vehiclenumber = vehicle, dlnumber = dl, dob });

        Assert.Equal("not_ready", (string?)report["verdict"]);
        Assert.False((bool)report["dispatchable"]!);
        var failed = report["checks"]!.AsArray().Single(c => (string?)c!["name"] == check)!;
        Assert.Equal("fail", (string?)failed["status"]);
        Assert.Contains(detail, (string?)failed["detail"], StringComparison.Ordinal);
        Assert.Contains(report["blockers"]!.AsArray(), b => ((string)b!).StartsWith(check + ": ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pending_challans_warn_with_count_and_amount_without_blocking()
    {
        var report = await CheckAsync(new { vehiclenumber = "TN09BZ7777", dlnumber = "GJ04 20120005008", dob = "1987-05-26" });

        Assert.Equal("ready", (string?)report["verdict"]);
        var challans = report["checks"]!.AsArray().Single(c => (string?)c!["name"] == "challans")!;
        Assert.Equal("warn", (string?)challans["status"]);
        Assert.Equal("3 pending e-challans, fines of INR 24,000", (string?)challans["detail"]);
        Assert.Equal("3", (string?)challans["evidence"]!["pending"]);
    }

    [Theory]
    [InlineData("MP09DJ2744", "licence_class", "pass")]
    [InlineData("AP16TL3333", "fastag", "pass")]
    [InlineData("WB02AZ4321", "fastag", "not_applicable")]
    [InlineData("WB02AZ4321", "permit", "not_applicable")]
    [InlineData("22BH1234AA", "road_tax", "pass")]
    [InlineData("MP09HF4987", "fastag", "pass")]
    [InlineData("MP09DJ2744", "permit", "unavailable")]
    [InlineData("22BH1234AA", "permit", "not_applicable")]
    [InlineData("RJ14CN1724", "registration", "unknown")]
    [InlineData("RJ14CN1724", "insurance", "unknown")]
    public async Task Checks_follow_the_kind_of_vehicle(string vehicle, string check, string status)
    {
        var report = await CheckAsync(new { vehiclenumber = vehicle, dlnumber = "HR51 20210018922", dob = "1987-05-26" });

        Assert.Equal(status, (string?)report["checks"]!.AsArray().Single(c => (string?)c!["name"] == check)!["status"]);
    }

    [Fact]
    public async Task A_permit_no_ulip_service_reports_is_unavailable_and_listed_without_changing_the_verdict()
    {
        var report = await CheckAsync(new { vehiclenumber = "MH12NW4402", dlnumber = "GJ04 20120005008", dob = "1987-05-26" });

        Assert.Equal("ready", (string?)report["verdict"]);
        var permit = report["checks"]!.AsArray().Single(c => (string?)c!["name"] == "permit")!;
        Assert.Equal("unavailable", (string?)permit["status"]);
        Assert.Contains("No ULIP service reports permits", (string?)permit["detail"], StringComparison.Ordinal);
        Assert.Contains(report["unverified"]!.AsArray(), u => ((string)u!).StartsWith("permit: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_record_without_status_or_validity_dates_is_unknown_not_a_blocker()
    {
        var report = await CheckAsync(new { vehiclenumber = "RJ14CN1724" });

        Assert.Equal("unknown", (string?)report["verdict"]);
        Assert.Empty(report["blockers"]!.AsArray());
        Assert.Equal("VAHAN's record carries no registration status",
            (string?)report["checks"]!.AsArray().Single(c => (string?)c!["name"] == "registration")!["detail"]);
    }

    [Fact]
    public async Task Another_vehicles_record_leaves_the_vahan_checks_unknown()
    {
        var report = await CheckAsync(new { vehiclenumber = "UP32KH0320" });

        Assert.Equal("unknown", (string?)report["verdict"]);
        var source = report["sources"]!.AsArray().Single(s => (string?)s!["service"] == "VAHAN")!;
        Assert.Equal("failed", (string?)source["outcome"]);
        Assert.Equal("unknown", (string?)report["checks"]!.AsArray().Single(c => (string?)c!["name"] == "insurance")!["status"]);
    }

    [Fact]
    public async Task Without_a_licence_the_driver_is_reported_as_not_checked()
    {
        var report = await CheckAsync(new { vehiclenumber = "MH12NW4402" });

        Assert.Equal("ready", (string?)report["verdict"]);
        Assert.Equal("not_checked", (string?)report["checks"]!.AsArray().Single(c => (string?)c!["name"] == "licence")!["status"]);
        Assert.Contains(report["unverified"]!.AsArray(), u => ((string)u!).StartsWith("licence: ", StringComparison.Ordinal));
        Assert.DoesNotContain(report["sources"]!.AsArray(), s => (string?)s!["service"] == "SARATHI");
    }

    [Fact]
    public async Task A_failing_upstream_makes_its_checks_unknown_not_the_whole_answer_an_error()
    {
        server.Faults.Set("ulip-echallan", new FaultProfile { ErrorRate = 1 });

        var report = await CheckAsync(new { vehiclenumber = "MH12NW4402", dlnumber = "GJ04 20120005008", dob = "1987-05-26" });

        Assert.Equal("unknown", (string?)report["verdict"]);
        Assert.Equal("unknown", (string?)report["checks"]!.AsArray().Single(c => (string?)c!["name"] == "challans")!["status"]);
        Assert.Equal("pass", (string?)report["checks"]!.AsArray().Single(c => (string?)c!["name"] == "insurance")!["status"]);
        var source = report["sources"]!.AsArray().Single(s => (string?)s!["service"] == "ECHALLAN")!;
        Assert.Equal("failed", (string?)source["outcome"]);
        Assert.Contains("HTTP 502", (string?)source["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_government_system_down_behind_ulip_is_quoted_in_the_unknown_checks()
    {
        server.Faults.Set("ulip-sarathi", new FaultProfile { DownRate = 1 });

        var report = await CheckAsync(new { vehiclenumber = "MH12NW4402", dlnumber = "GJ04 20120005008", dob = "1987-05-26" });

        Assert.Equal("unknown", (string?)report["verdict"]);
        var licence = report["checks"]!.AsArray().Single(c => (string?)c!["name"] == "licence")!;
        Assert.Equal("unknown", (string?)licence["status"]);
        Assert.Equal("SARATHI could not be asked: it answered \"SARATHI_01 - 3rd party service is down!\"", (string?)licence["detail"]);
    }

    [Fact]
    public async Task Without_vahan_the_licence_cannot_be_matched_to_the_vehicle()
    {
        server.Faults.Set("ulip-vahan", new FaultProfile { ErrorRate = 1 });

        var report = await CheckAsync(new { vehiclenumber = "MH12NW4402", dlnumber = "GJ04 20120005008", dob = "1987-05-26" });

        Assert.Equal("unknown", (string?)report["verdict"]);
        string[] unknown = ["registration", "fitness", "insurance", "licence_class", "licence_validity"];
        Assert.All(unknown, name => Assert.Equal("unknown", (string?)report["checks"]!.AsArray().Single(c => (string?)c!["name"] == name)!["status"]));
        Assert.Equal("pass", (string?)report["checks"]!.AsArray().Single(c => (string?)c!["name"] == "licence")!["status"]);
    }

    [Fact]
    public async Task A_repeated_check_is_answered_from_cache()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var body = new { vehiclenumber = "KA01AB1234", dlnumber = "GJ04 20120005008", dob = "1987-05-26" };
        using var first = await client.PostAsync(Path, body);
        using var second = await client.PostAsync(Path, body);

        Assert.Equal("MISS", first.CacheHeader());
        Assert.Equal("HIT", second.CacheHeader());
        Assert.All((await second.ReadJsonAsync())["sources"]!.AsArray(), s => Assert.True((bool)s!["cache_hit"]!));
    }

    [Theory]
    [InlineData("MH12", null, null, "vehiclenumber")]
    [InlineData("MH12NW4402", "GJ04 20120005008", null, "dob")]
    [InlineData("MH12NW4402", null, "1987-05-26", "dlnumber")]
    [InlineData("MH12NW4402", "GJ04 20120005008", "26/05/1987", "dob")]
    public async Task Bad_input_is_a_400_naming_the_field(string vehiclenumber, string? dlnumber, string? dob, string field)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync(Path, new { vehiclenumber, dlnumber, dob });

        Assert.StartsWith($"Data format failed OR wrong value entered at: {field}.", await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    public void Dispose() => server.Faults.Reset();

    private async Task<JsonNode> CheckAsync(object body)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        using var response = await client.PostAsync(Path, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }
}
