using System.Diagnostics;

namespace Sangam.Cluster.Tests;

/// <summary>Calls the cluster tests make on either node.</summary>
internal static class ClusterCalls
{
    public const string Drivers = "/api/v2/sim-tracking/drivers/";

    /// <summary>Calls <paramref name="path"/> until it answers <paramref name="expected"/>, for at most a second; the last status.</summary>
    public static async Task<HttpStatusCode> StatusWithinASecondAsync(this HttpClient client, string path, HttpStatusCode expected)
    {
        var started = Stopwatch.StartNew();
        HttpStatusCode last;
        do
        {
            using var response = await client.GetAsync(path);
            last = response.StatusCode;
            if (last == expected)
            {
                break;
            }

            await Task.Delay(50);
        }
        while (started.Elapsed < TimeSpan.FromSeconds(1));

        return last;
    }

    public static async Task<string?> ConsentStatusAsync(this HttpClient client, string mobile)
    {
        using var response = await client.GetAsync($"{Drivers}{mobile}/consent");
        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (string?)body["response"]![0]!["response"]!["consent_status"];
    }
}
