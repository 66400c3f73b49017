namespace Sangam.Api.Tests.Vehicles;

/// <summary>A server configured with ULIP credentials the (emulated) ULIP does not accept.</summary>
public sealed class WrongUlipCredentialsServer : SangamServer
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Ulip:Username"] = "sangam-sandbox",
        ["Ulip:Password"] = "not-the-password",
        ["Ulip:MaxRetries"] = "0",
    };
}

[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class UlipCredentialTests(WrongUlipCredentialsServer server) : IClassFixture<WrongUlipCredentialsServer>
{
    [Fact]
    public async Task A_refused_login_is_a_502_that_points_at_the_configuration()
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());

        using var response = await client.PostAsync("/api/v2/sbt/VAHAN/", new { vehiclenumber = "MH12NW4402" });

        var message = await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadGateway);
        Assert.Contains("login was refused with HTTP 401", message, StringComparison.Ordinal);
        Assert.Contains("Ulip:Password", message, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", server.Logs.All, StringComparison.Ordinal);
    }
}
