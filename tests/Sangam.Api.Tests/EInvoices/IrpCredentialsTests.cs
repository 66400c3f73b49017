using Sangam.Testing.EInvoices;

namespace Sangam.Api.Tests.EInvoices;

/// <summary>A server configured with an IRP password the IRP does not accept.</summary>
public sealed class WrongIrpPasswordServer : SangamServer
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Irp:Users:0:Gstin"] = "*",
        ["Irp:Users:0:UserName"] = "sandbox",
        ["Irp:Users:0:Password"] = "not-the-password",
    };
}

[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class IrpCredentialsTests(WrongIrpPasswordServer server) : IClassFixture<WrongIrpPasswordServer>
{
    [Fact]
    public async Task Refused_irp_credentials_are_a_502_that_says_so_with_nics_code()
    {
        var gstin = TestEInvoices.NewGstin();
        var user = await server.CreateAccountAsync();
        await server.AddGstinsAsync(user, gstin);
        using var client = await server.ClientForAsync(user);

        using var detail = await client.DetailAsync(gstin, new string('d', 64));

        var message = await detail.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadGateway);
        Assert.Contains($"NIC IRP refused this server: authentication for GSTIN {gstin} was refused: 1019 Incorrect Password", message, StringComparison.Ordinal);
        Assert.False((bool)(await detail.ReadJsonAsync())["retryable"]!);
    }
}
