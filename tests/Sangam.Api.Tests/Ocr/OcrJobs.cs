using System.Diagnostics;

namespace Sangam.Api.Tests.Ocr;

/// <summary>Queueing and polling asynchronous OCR jobs.</summary>
internal static class OcrJobs
{
    public static async Task<string> QueueAsync(this HttpClient client, byte[] file, string documentType, string? idempotencyKey = null)
    {
        using var form = OcrRequests.Form(file, documentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v2/ocr/async") { Content = form };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Expected 202, got {(int)response.StatusCode}: {text}");
        var jobId = (string)JsonNode.Parse(text)!["job_id"]!;
        if (!response.Headers.Contains("Idempotent-Replayed"))
        {
            Assert.Equal($"/api/v2/ocr/jobs/{jobId}", response.Headers.Location?.ToString());
        }

        return jobId;
    }

    public static async Task<JsonNode> GetJobAsync(this HttpClient client, string jobId)
    {
        using var response = await client.GetAsync($"/api/v2/ocr/jobs/{jobId}");
        return await response.ReadOkAsync();
    }

    /// <summary>Polls until the job has finished; fails after a minute.</summary>
    public static async Task<JsonNode> WaitForJobAsync(this HttpClient client, string jobId)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var job = await client.GetJobAsync(jobId);
            if ((string?)job["status"] is "succeeded" or "failed")
            {
                return job;
            }

            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), $"Job {jobId} did not finish: {job.ToJsonString()}");
            await Task.Delay(100);
        }
    }
}
