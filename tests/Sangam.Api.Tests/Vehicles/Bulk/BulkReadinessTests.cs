using System.Text;
using Sangam.Api.Accounts;

namespace Sangam.Api.Tests.Vehicles.Bulk;

/// <summary>A CSV of vehicles and drivers checked as a job: upload, progress, per-row results and their downloads.</summary>
public sealed class BulkReadinessTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private const string Fleet = """
        Vehicle No.,Driver,DL Number,Date of Birth
        MH12NW4402,Ramesh,GJ04 20120005008,26/05/1987
        ka-01-ab-1234,Suresh,,
        TN09BZ7777,,,

        MH12,Mahesh,,
        MH12NW4402,Dinesh,GJ04 20120005008,
        """;

    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task Every_row_gets_its_verdict_blockers_and_warnings_and_bad_rows_their_error_without_stopping_the_others()
    {
        using var client = await ClientAsync();

        var accepted = await client.QueueAsync(Fleet);
        Assert.Equal("queued", (string?)accepted["status"]);
        Assert.Equal(5, (int)accepted["rows_total"]!);
        Assert.Equal(2, (int)accepted["rows_invalid"]!);
        var job = await client.WaitForJobAsync((string)accepted["job_id"]!);

        Assert.Equal("completed", (string?)job["status"]);
        Assert.Equal(5, (int)job["progress"]!["rows_done"]!);
        Assert.Equal(5, (int)job["progress"]!["rows_total"]!);
        Assert.Equal([2, 3, 4, 6, 7], job["rows"]!.AsArray().Select(r => (int)r!["line"]!));
        var counts = job["counts"]!;
        Assert.Equal((2, 1, 2, 0), ((int)counts["ready"]!, (int)counts["not_ready"]!, (int)counts["invalid"]!, (int)counts["pending"]!));

        var ready = job.Row(2);
        Assert.Equal(("checked", "ready", "GJ04 20120005008"), ((string?)ready["state"], (string?)ready["verdict"], (string?)ready["dl_number"]));
        Assert.Empty(ready["blockers"]!.AsArray());
        var notReady = job.Row(3);
        Assert.Equal(("KA01AB1234", "not_ready"), ((string?)notReady["vehicle_number"], (string?)notReady["verdict"]));
        Assert.Contains(notReady["blockers"]!.Strings(), b => b.StartsWith("insurance: The insurance expired on", StringComparison.Ordinal));
        Assert.Contains(notReady["unverified"]!.Strings(), u => u.StartsWith("licence: ", StringComparison.Ordinal));
        Assert.Equal(["challans: 3 pending e-challans, fines of INR 24,000"], job.Row(4)["warnings"]!.Strings());

        var badVehicle = job.Row(6);
        Assert.Equal(("MH12", "invalid"), ((string?)badVehicle["vehicle_number"], (string?)badVehicle["state"]));
        Assert.Null(badVehicle["verdict"]);
        Assert.StartsWith("Data format failed OR wrong value entered at: vehiclenumber.", (string?)badVehicle["error"], StringComparison.Ordinal);
        Assert.StartsWith("Data format failed OR wrong value entered at: dob.", (string?)job.Row(7)["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_csv_body_without_a_header_reads_vehicle_licence_and_birth_date_in_that_order()
    {
        using var client = await ClientAsync();
        using var response = await client.UploadBodyAsync("mh12nw4402,GJ04 20120005008,1987-05-26\r\n\"KA01AB1234\"\r\n");

        var job = await client.WaitForJobAsync((string)(await BulkReadinessCalls.AcceptedAsync(response))["job_id"]!);

        Assert.Equal("completed", (string?)job["status"]);
        Assert.Equal(["ready", "not_ready"], job["rows"]!.AsArray().Select(r => (string)r!["verdict"]!));
        Assert.Equal([1, 2], job["rows"]!.AsArray().Select(r => (int)r!["line"]!));
    }

    [Fact]
    public async Task Each_row_checked_is_metered_as_one_readiness_call_and_bad_rows_are_not()
    {
        using var client = await ClientAsync();

        await client.WaitForJobAsync((string)(await client.QueueAsync(Fleet))["job_id"]!);

        var usage = await client.UsageRowAsync("vehicleReadiness", 3);
        Assert.Equal(3, (long)usage["calls"]!);
    }

    [Fact]
    public async Task The_results_download_as_csv_and_xlsx_with_one_line_per_row()
    {
        using var client = await ClientAsync();
        var jobId = (string)(await client.QueueAsync(Fleet))["job_id"]!;
        await client.WaitForJobAsync(jobId);

        using var csv = await client.GetAsync($"{BulkReadinessCalls.Path}/{jobId}/results?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"readiness-{jobId}.csv", csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Line,Vehicle number,DL number,Result,Blockers,Warnings,Not verified,Error,Checked at (IST)", lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("2,MH12NW4402,GJ04 20120005008,ready,,,", lines[1], StringComparison.Ordinal);
        Assert.Matches(@"^3,KA01AB1234,,not ready,""?insurance: The insurance expired on .*; pollution: ", lines[2]);
        Assert.StartsWith("4,TN09BZ7777,,ready,,\"challans: 3 pending e-challans, fines of INR 24,000\",", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("6,MH12,,invalid,,,,\"Data format failed OR wrong value entered at: vehiclenumber.", lines[4], StringComparison.Ordinal);

        using var xlsx = await client.GetAsync($"{BulkReadinessCalls.Path}/{jobId}/results?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var sheet = XlsxSheet.Read(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(6, sheet.Count);
        Assert.Equal("Checked at (IST)", sheet[0][8].Text);
        Assert.Equal((3d, "KA01AB1234", "not ready"), (sheet[2][0].Number!.Value, sheet[2][1].Text, sheet[2][3].Text));
        Assert.Equal(server.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(5.5)).Date, DateTime.FromOADate(sheet[2][8].Number!.Value).Date);

        using var badFormat = await client.GetAsync($"{BulkReadinessCalls.Path}/{jobId}/results?format=pdf");
        Assert.Contains("format", await badFormat.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_account_cannot_see_the_job_or_its_results()
    {
        using var owner = await ClientAsync();
        using var stranger = await ClientAsync();
        var jobId = (string)(await owner.QueueAsync(Fleet))["job_id"]!;

        using var status = await stranger.GetAsync($"{BulkReadinessCalls.Path}/{jobId}");
        using var results = await stranger.GetAsync($"{BulkReadinessCalls.Path}/{jobId}/results");
        using var unknown = await owner.GetAsync($"{BulkReadinessCalls.Path}/not-a-job-id");

        await status.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
        await results.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
        await unknown.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
        Assert.Equal("completed", (string?)(await owner.WaitForJobAsync(jobId))["status"]);
    }

    [Fact]
    public async Task An_account_without_the_vehicle_family_is_refused()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Ocr));

        using var response = await client.UploadFormAsync(Fleet);

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_file_with_more_rows_than_allowed_is_refused_naming_the_first_row_too_many()
    {
        using var client = await ClientAsync();
        var csv = new StringBuilder("vehiclenumber\n");
        for (var i = 0; i < 5001; i++)
        {
            csv.Append("MH12NW4402\n");
        }

        using var response = await client.UploadFormAsync(csv.ToString());

        Assert.Equal("The file has more than 5000 rows (line 5002 is row 5001); split it into files of at most 5000 rows.",
            await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("", "The file has no rows")]
    [InlineData("vehiclenumber\n\n", "The file has no rows")]
    [InlineData("DL Number,Date of Birth\nGJ04 20120005008,1987-05-26\n", "The header row names no vehicle number column")]
    [InlineData("Vehicle\n12345\nMH 12\n", "No row of the file can be checked. line 2: Data format failed OR wrong value entered at: vehiclenumber.")]
    public async Task A_file_that_cannot_be_a_job_is_refused_as_a_whole(string csv, string message)
    {
        using var client = await ClientAsync();

        using var response = await client.UploadFormAsync(csv);

        Assert.StartsWith(message, await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_csv_is_refused()
    {
        using var client = await ClientAsync();

        using var json = await client.PostAsJsonAsync(BulkReadinessCalls.Path, new { vehiclenumber = "MH12NW4402" });
        using var noFile = await client.PostAsync(BulkReadinessCalls.Path, new FormUrlEncodedContent([new("vehiclenumber", "MH12NW4402")]));

        await json.ShouldBeErrorEnvelopeAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("\"file\"", await noFile.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_upload_with_the_same_idempotency_key_queues_the_file_once()
    {
        using var client = await ClientAsync();
        var key = Guid.NewGuid().ToString();

        using var first = await client.UploadFormAsync(Fleet, key);
        using var second = await client.UploadFormAsync(Fleet, key);

        Assert.Equal((string?)(await BulkReadinessCalls.AcceptedAsync(first))["job_id"], (string?)(await BulkReadinessCalls.AcceptedAsync(second))["job_id"]);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
    }

    private async Task<HttpClient> ClientAsync() => await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Vehicles));
}
