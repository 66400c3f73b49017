using Sangam.Api.Connectors.Irp;
using Sangam.Sandbox.Faults;
using Sangam.Testing.EInvoices;

namespace Sangam.Api.Tests.EInvoices;

/// <summary>A server whose IRP calls give up quickly, so upstream failures show within a test.</summary>
public sealed class FastFailingIrpServer : SangamServer
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Irp:AttemptTimeout"] = "00:00:01",
        ["Irp:TotalTimeout"] = "00:00:02",
        ["Irp:MaxRetries"] = "1",
    };
}

/// <summary>The IRP connector against the sandbox IRP over real HTTP: sessions, failures and timeouts as the detail endpoint sees them.</summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class IrpConnectorTests(FastFailingIrpServer server) : IClassFixture<FastFailingIrpServer>, IDisposable
{
    [Fact]
    public async Task A_failing_irp_is_a_502_that_names_it_and_never_a_not_found()
    {
        var (client, gstin) = await NewAccountAsync();
        server.Faults.Set("irp", new FaultProfile { ErrorRate = 1, ErrorStatus = 503 });

        using var detail = await client.DetailAsync(gstin, new string('b', 64));

        Assert.Contains("NIC IRP failed: it answered HTTP 503", await detail.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadGateway), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_irp_that_does_not_answer_is_a_504()
    {
        var (client, gstin) = await NewAccountAsync();
        server.Faults.Set("irp", new FaultProfile { TimeoutRate = 1 });

        using var detail = await client.DetailAsync(gstin, new string('c', 64));

        Assert.Contains("NIC IRP did not answer in time", await detail.ShouldBeErrorEnvelopeAsync(HttpStatusCode.GatewayTimeout), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_is_reused_and_opened_again_after_it_expires()
    {
        var gstin = TestEInvoices.NewGstin();
        var generated = await server.GenerateAtIrpAsync(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), server.IstNow()));
        await using var scope = server.Services.CreateAsyncScope();
        var irp = scope.ServiceProvider.GetRequiredService<IrpClient>();

        var again = await irp.GetByIrnAsync(gstin, generated.Irn!, CancellationToken.None);
        var loginsBefore = Logins(gstin);
        server.Clock.Advance(TimeSpan.FromHours(7));
        var afterExpiry = await irp.GetByIrnAsync(gstin, generated.Irn!, CancellationToken.None);

        Assert.Equal(1, loginsBefore);
        Assert.Equal(2, Logins(gstin));
        Assert.Equal(generated.SignedInvoice, again.Value.Invoice!.SignedInvoice);
        Assert.Equal(generated.SignedInvoice, afterExpiry.Value.Invoice!.SignedInvoice);
    }

    [Fact]
    public async Task Generating_the_same_document_twice_is_rejected_by_the_irp_as_a_duplicate()
    {
        var spec = new EInvoiceSpec(TestEInvoices.NewGstin(), TestEInvoices.NewGstin(), server.IstNow());
        await server.GenerateAtIrpAsync(spec);
        await using var scope = server.Services.CreateAsyncScope();

        var duplicate = await scope.ServiceProvider.GetRequiredService<IrpClient>().GenerateAsync(spec.SellerGstin, TestEInvoices.InvoiceJson(spec), CancellationToken.None);

        Assert.Equal(Sangam.Api.Http.Errors.UpstreamFailureKind.Rejected, duplicate.Failure!.Kind);
        Assert.Contains("2150 Duplicate IRN", duplicate.Failure.Detail, StringComparison.Ordinal);
    }

    public void Dispose() => server.Faults.Reset();

    private int Logins(string gstin) => server.Logs.Lines.Count(m => m.Contains($"IRP session opened for GSTIN {gstin}", StringComparison.Ordinal));

    private async Task<(HttpClient Client, string Gstin)> NewAccountAsync()
    {
        var gstin = TestEInvoices.NewGstin();
        var user = await server.CreateAccountAsync();
        await server.AddGstinsAsync(user, gstin);
        return (await server.ClientForAsync(user), gstin);
    }
}
