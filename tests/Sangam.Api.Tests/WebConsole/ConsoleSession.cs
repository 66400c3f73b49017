using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Sangam.Api.Tests.WebConsole;

/// <summary>A browser's view of the console over HTTP: cookies kept, redirects not followed, forms posted with their antiforgery token.</summary>
public sealed partial class ConsoleSession : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _client;

    public ConsoleSession(SangamServer server)
    {
        _client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = _cookies }) { BaseAddress = server.BaseAddress };
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
    }

    /// <summary>A client that sends no cookies and follows no redirects, as an API client or an attacker would.</summary>
    public static HttpClient Bare(SangamServer server) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = server.BaseAddress };

    /// <summary>The Cookie header this browser sends to the console.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(new Uri(_client.BaseAddress!, "/console/"));

    public static async Task<ConsoleSession> SignedInAsync(SangamServer server, TestUser user)
    {
        var session = new ConsoleSession(server);
        using var response = await session.SignInAsync(user.Username, user.Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return session;
    }

    public async Task<HttpResponseMessage> SignInAsync(string username, string password) =>
        await PostFormAsync("/console/signin", "/console/signin", new() { ["username"] = username, ["password"] = password });

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(path);

    public async Task<string> PageAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Reads the form's page for its antiforgery token, then posts the fields as the browser would.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, string action, Dictionary<string, string> fields)
    {
        var page = await _client.GetStringAsync(pagePath);
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {pagePath}.");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await _client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, Dictionary<string, string> fields) =>
        _client.PostAsync(action, new FormUrlEncodedContent(fields));

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
