using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace Sangam.Api.Tests.Vehicles.Bulk;

/// <summary>Uploads of bulk readiness CSVs and polls of their jobs.</summary>
internal static class BulkReadinessCalls
{
    public const string Path = "/api/v2/pod/vehicle-readiness/bulk";

    /// <summary>Posts the CSV as the form's <c>file</c> field.</summary>
    public static async Task<HttpResponseMessage> UploadFormAsync(this HttpClient client, string csv, string? idempotencyKey = null)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var form = new MultipartFormDataContent { { file, "file", "fleet.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = form };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Posts the CSV as a text/csv body.</summary>
    public static async Task<HttpResponseMessage> UploadBodyAsync(this HttpClient client, string csv)
    {
        using var content = new StringContent(csv, Encoding.UTF8, "text/csv");
        return await client.PostAsync(Path, content);
    }

    /// <summary>Uploads and returns the 202's body, after checking its status URL.</summary>
    public static async Task<JsonNode> QueueAsync(this HttpClient client, string csv)
    {
        using var response = await client.UploadFormAsync(csv);
        return await AcceptedAsync(response);
    }

    public static async Task<JsonNode> AcceptedAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Expected 202, got {(int)response.StatusCode}: {text}");
        var body = JsonNode.Parse(text)!;
        Assert.Equal($"{Path}/{(string?)body["job_id"]}", (string?)body["status_url"]);
        if (!response.Headers.Contains("Idempotent-Replayed"))
        {
            Assert.Equal((string?)body["status_url"], response.Headers.Location?.ToString());
        }

        return body;
    }

    public static async Task<JsonNode> GetJobAsync(this HttpClient client, string jobId)
    {
        using var response = await client.GetAsync($"{Path}/{jobId}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Polls until the job has finished; fails after a minute.</summary>
    public static async Task<JsonNode> WaitForJobAsync(this HttpClient client, string jobId)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var job = await client.GetJobAsync(jobId);
            if ((string?)job["status"] is "completed" or "failed")
            {
                return job;
            }

            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), $"Job {jobId} did not finish: {job.ToJsonString()}");
            await Task.Delay(100);
        }
    }

    /// <summary>The finished row of a job that starts on <paramref name="line"/>.</summary>
    public static JsonNode Row(this JsonNode job, int line) => job["rows"]!.AsArray().Single(r => (int)r!["line"]! == line)!;

    public static string[] Strings(this JsonNode node) => [.. node.AsArray().Select(s => (string)s!)];
}
