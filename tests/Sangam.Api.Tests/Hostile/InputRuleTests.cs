using System.Text;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;

namespace Sangam.Api.Tests.Hostile;

/// <summary>
/// The input rules case by case, on whichever database the run uses: control characters refused with a 400 naming the
/// field and nothing stored, lengths checked before the database sees them, and the malformed requests that used to
/// reach a 500 answered 400 or 415 in the envelope.
/// </summary>
[Collection(HostileGroup.Name)]
public sealed class InputRuleTests(HostileServer server)
{
    private const string Login = "/api/v2/token-auth/";
    private const string Refresh = "/api/v2/api-token-refresh/";

    public static TheoryData<string, string, string, string> ControlCharacterInputs => new()
    {
        // name, method and path, JSON body, the field the answer names
        { "login username", $"POST {Login}", """{"username": "demo\u0000", "password": "sangam-demo"}""", "username" },
        { "driver name", "POST /api/v2/sim-tracking/drivers/", """{"mobile": "9876543210", "driver_name": "Ramesh\u0000Kumar"}""", "driver_name" },
        { "account name", "POST /api/v2/admin/accounts", """{"slug": "nul-name", "name": "Acme\u0000 Logistics", "families": ["mca"]}""", "name" },
        { "user e-mail", "POST /api/v2/admin/accounts/{slug}/users", """{"username": "nul-mail", "email": "a\u0000@example.com", "password": "long-enough-pw"}""", "email" },
        { "C1 control in a nested value", "POST /api/v2/sim-tracking/location/bulk", """{"mobiles": ["9876543210", "98765\u008543210"]}""", "mobiles[1]" },
        { "webhook URL", "PUT /api/v2/sim-tracking/webhook", """{"url": "https://example.com/\u0007"}""", "url" },
    };

    [Theory]
    [MemberData(nameof(ControlCharacterInputs))]
    public async Task A_control_character_in_any_json_text_is_a_400_naming_the_field_and_stores_nothing(string name, string request, string json, string field)
    {
        var before = await DatabaseSnapshot.TakeAsync(server);
        var (method, path) = (request.Split(' ')[0], request.Split(' ')[1].Replace("{slug}", server.Admin.Slug, StringComparison.Ordinal));

        using var response = await SendAsync(new HttpMethod(method), path, "application/json", Encoding.UTF8.GetBytes(json));

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
        Assert.True(message.StartsWith($"Data format failed OR wrong value entered at: {field}. Format should follow text without control characters", StringComparison.Ordinal),
            $"{name}: {message}");
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(server));
    }

    [Fact]
    public async Task A_control_character_in_a_form_field_a_query_parameter_a_header_or_the_path_is_a_400_naming_it()
    {
        using var form = await SendAsync(HttpMethod.Post, Login, "application/x-www-form-urlencoded", "username=demo%00&password=sangam-demo"u8.ToArray());
        using var query = await SendAsync(HttpMethod.Get, "/api/v2/mca/search?name=tata%01motors", null, null);
        using var header = await SendAsync(HttpMethod.Get, "/api/v2/users/me/", null, null, r => r.Headers.TryAddWithoutValidation("Subid", "DEMO\u0001"));
        using var path = await SendAsync(HttpMethod.Get, "/api/v2/sim-tracking/drivers/98765%0A43210", null, null);

        // The form reader itself refuses a control character in a URL-encoded value, before any field is named.
        Assert.StartsWith("The form body is malformed", await form.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("at: name.", await query.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("at: Subid.", await header.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("at: path.", await path.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_username_at_login_is_the_contracts_per_field_400_and_locks_out_nobody()
    {
        var username = new string('u', 400);
        var normalized = username.ToUpperInvariant();

        using var response = await SendAsync(HttpMethod.Post, Login, "application/json", Encoding.UTF8.GetBytes($$"""{"username": "{{username}}", "password": "whatever-it-is"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Ensure this field has no more than 150 characters.", (string?)body["username"]![0]);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        Assert.Equal(0, await db.LoginFailures.CountAsync(f => f.NormalizedUsername == normalized));
    }

    [Fact]
    public async Task A_json_string_over_the_platforms_text_limit_is_a_400_naming_it()
    {
        var json = $$"""{"mobile": "9876543210", "driver_name": "{{new string('x', 4097)}}"}""";

        using var response = await SendAsync(HttpMethod.Post, "/api/v2/sim-tracking/drivers/", "application/json", Encoding.UTF8.GetBytes(json));

        Assert.Equal(
            "Data format failed OR wrong value entered at: driver_name. Format should follow at most 4096 characters (this value has 4097)",
            await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData(Login)]
    [InlineData("/api/v2/admin/accounts")]
    public async Task A_body_in_an_unknown_or_foreign_charset_is_a_415(string path)
    {
        using var klingon = await SendAsync(HttpMethod.Post, path, "application/json; charset=klingon", """{"username": "demo"}"""u8.ToArray());
        using var utf16 = await SendAsync(HttpMethod.Post, path, "application/json; charset=utf-16", Encoding.Unicode.GetBytes("""{"username": "demo"}"""));

        await klingon.ShouldBeErrorEnvelopeAsync(HttpStatusCode.UnsupportedMediaType);
        await utf16.ShouldBeErrorEnvelopeAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData(Login, "username")]
    [InlineData(Refresh, "token")]
    public async Task Invalid_utf8_or_a_lone_surrogate_in_a_credential_is_a_400_naming_the_field(string path, string field)
    {
        byte[] invalidUtf8 = [.. Encoding.UTF8.GetBytes($$"""{"{{field}}": "a"""), 0xFF, 0xFE, .. "\", \"password\": \"long-enough-pw\"}"u8];
        var loneSurrogate = Encoding.UTF8.GetBytes($$"""{"{{field}}": "\ud800", "password": "long-enough-pw"}""");

        using var first = await SendAsync(HttpMethod.Post, path, "application/json", invalidUtf8);
        using var second = await SendAsync(HttpMethod.Post, path, "application/json", loneSurrogate);

        Assert.Contains($"at: {field}. Format should follow valid UTF-8 text", await first.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains($"at: {field}. Format should follow valid UTF-8 text", await second.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> MalformedForms()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { Login, Refresh, "/api/v2/ocr/upload", "/api/v2/ocr/async" })
        {
            foreach (var form in Forms.For(["file_url", "document_type", "format"]).Where(f => f.ContentType.StartsWith("multipart/", StringComparison.Ordinal)))
            {
                data.Add(path, form.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MalformedForms))]
    public async Task A_malformed_or_hostile_multipart_body_is_a_400(string path, string formName)
    {
        var form = Forms.For(["file_url", "document_type", "format"]).Single(f => f.Name == formName);

        using var response = await SendAsync(HttpMethod.Post, path, form.ContentType, form.Body);

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? contentType, byte[]? body, Action<HttpRequestMessage>? configure = null)
    {
        using var client = server.ClientWithToken(server.AdminToken);
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        configure?.Invoke(request);
        return await client.SendAsync(request);
    }
}
