using System.Net.Http.Headers;

namespace Sangam.Api.Tests.ApiKeys;

/// <summary>API keys as the tests issue and use them: through the admin API, as an administrator would.</summary>
internal static class ApiKeyCalls
{
    public static string KeysOf(string slug) => $"/api/v2/admin/accounts/{slug}/api-keys";

    /// <summary>Issues a key for <paramref name="slug"/> with <paramref name="admin"/>'s client; the key and its listing.</summary>
    public static async Task<(string Key, JsonNode ApiKey)> IssueAsync(this HttpClient admin, string slug, object? body = null)
    {
        using var response = await admin.PostAsJsonAsync(KeysOf(slug), body ?? new { name = "test client" });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var json = JsonNode.Parse(text)!;
        return ((string)json["key"]!, json["api_key"]!);
    }

    /// <summary>An HTTP client that sends <c>Authorization: ApiKey &lt;key&gt;</c>.</summary>
    public static HttpClient ClientWithApiKey(this SangamServer server, string key)
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return client;
    }

    public static Task<HttpResponseMessage> VahanAsync(this HttpClient client) =>
        client.PostAsJsonAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "MH12NW4402" });
}
