namespace Sangam.Api.Tests.Http;

public sealed class IdempotencyTests(SangamServer server) : IClassFixture<SangamServer>
{
    [Fact]
    public async Task A_repeated_post_with_the_same_key_replays_the_first_answer_and_does_nothing_twice()
    {
        var admin = await server.CreateAdminAsync();
        using var client = await server.ClientForAsync(admin);
        var slug = "idem-" + Guid.NewGuid().ToString("N")[..10];
        var key = Guid.NewGuid().ToString();

        using var first = await PostAsync(client, key, new { slug, name = "Idempotent Ltd" });
        using var second = await PostAsync(client, key, new { slug, name = "Idempotent Ltd" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());

        using var withoutKey = await client.PostAsJsonAsync("/api/v2/admin/accounts", new { slug, name = "Idempotent Ltd" });
        await withoutKey.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_key_reused_for_a_different_request_is_refused_with_422()
    {
        var admin = await server.CreateAdminAsync();
        using var client = await server.ClientForAsync(admin);
        var key = Guid.NewGuid().ToString();

        using var first = await PostAsync(client, key, new { slug = "idem-" + Guid.NewGuid().ToString("N")[..10], name = "One" });
        using var second = await PostAsync(client, key, new { slug = "idem-" + Guid.NewGuid().ToString("N")[..10], name = "Two" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await second.ShouldBeErrorEnvelopeAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Keys_are_scoped_to_the_account()
    {
        var firstAdmin = await server.CreateAdminAsync();
        var secondAdmin = await server.CreateAdminAsync();
        using var firstClient = await server.ClientForAsync(firstAdmin);
        using var secondClient = await server.ClientForAsync(secondAdmin);
        var key = Guid.NewGuid().ToString();

        using var first = await PostAsync(firstClient, key, new { slug = "idem-" + Guid.NewGuid().ToString("N")[..10], name = "One" });
        using var second = await PostAsync(secondClient, key, new { slug = "idem-" + Guid.NewGuid().ToString("N")[..10], name = "Two" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task An_overlong_key_is_a_400()
    {
        var admin = await server.CreateAdminAsync();
        using var client = await server.ClientForAsync(admin);

        using var response = await PostAsync(client, new string('k', 256), new { slug = "x-" + Guid.NewGuid().ToString("N")[..8], name = "X" });

        await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Keys_expire_after_24_hours()
    {
        var admin = await server.CreateAdminAsync();
        using var client = await server.ClientForAsync(admin);
        var key = Guid.NewGuid().ToString();
        using var first = await PostAsync(client, key, new { slug = "idem-" + Guid.NewGuid().ToString("N")[..10], name = "One" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        server.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        using var fresh = await server.ClientForAsync(admin);
        using var second = await PostAsync(fresh, key, new { slug = "idem-" + Guid.NewGuid().ToString("N")[..10], name = "Two" });

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v2/admin/accounts") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
