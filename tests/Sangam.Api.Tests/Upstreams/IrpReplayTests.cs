using Sangam.Api.Connectors.Irp;
using Sangam.Api.Http.Errors;
using Sangam.Api.Tests.EInvoices;
using Sangam.Testing.EInvoices;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>What the connector must make of one real IRP answer, and what the caller then gets.</summary>
/// <param name="Found">The e-invoice is read (AckNo's digits kept), and importing it gives this signature verdict.</param>
/// <param name="Unavailable">Get-by-IRN's refusal, in NIC's words; the detail endpoint answers 404 quoting it.</param>
/// <param name="Failure">The connector's failure; the detail endpoint answers it in the error envelope.</param>
internal sealed record IrpReplayCase(string SampleId, string Call, string? Found = null, string? Unavailable = null, (UpstreamFailureKind Kind, string Detail)? Failure = null);

/// <summary>
/// Every real IRP answer in <c>tests/upstream-samples/irp/</c>, replayed through the IRP connector over NIC's protocol
/// (v1.04 auth, AES session payloads): what the connector reads or how it fails, and, where the platform has an
/// answer for it, the contract answer, the metering outcome and whether the IRP is asked again.
/// </summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class IrpReplayTests(IrpReplayServer server) : IClassFixture<IrpReplayServer>
{
    private const string Upstream = "irp";
    private const string Irn = "2dcf96dedb78955d5c2cc44a495b9810d2fbd9509fd970b7a7d3a9dd32799547";
    private const string Refused = "authentication for GSTIN {0} was refused: ";

    private static readonly Dictionary<string, IrpReplayCase> Cases = new IrpReplayCase[]
    {
        new("auth_ok_doc", IrpReplay.GetByIrn, Found: "verified"),
        new("auth_ok_relay_2020", IrpReplay.GetByIrn, Found: "verified"),
        new("auth_ok_taxpro_sandbox_2025", IrpReplay.GetByIrn, Failure: (UpstreamFailureKind.Refused, "it answered an empty Sek: the session key is held by a GSP, "
            + "whose pass-through endpoints this connector does not speak; point Irp:BaseUrl at the IRP itself")),
        new("auth_error_5003_empty_body", IrpReplay.GetByIrn, Failure: (UpstreamFailureKind.Refused, Refused + "5003 Data cannot be null or empty")),
        new("auth_error_1020_decryption_failed", IrpReplay.GetByIrn, Failure: (UpstreamFailureKind.Refused, Refused + "1020 Decryption failed")),
        new("auth_error_1019_incorrect_password", IrpReplay.GetByIrn, Failure: (UpstreamFailureKind.Refused, Refused + "1019 Incorrect Password")),
        new("generate_ok_sandbox_2021", IrpReplay.Generate, Found: "verified"),
        new("generate_ok_sandbox_2025_with_ewb", IrpReplay.Generate, Found: "unknown_key"),
        new("generate_ok_mastersindia_2023", IrpReplay.Generate, Found: "unknown_key"),
        new("generate_duplicate_2150_dupirn", IrpReplay.Generate, Failure: (UpstreamFailureKind.Rejected, "generate IRN answered 2150 Duplicate IRN (the document already "
            + "has IRN 34f69bc52f5d101a68c22d561e8d1edeb96953799f34feab16b7d154307b110b, AckNo 152510024521002 of 2025-03-08 12:24:00)")),
        new("generate_error_2258_state_code", IrpReplay.Generate, Failure: (UpstreamFailureKind.Rejected,
            "generate IRN answered 2258 Supplier GSTIN state codedoes not match with the state code passed in supplier details")),
        new("generate_error_3038_pincode", IrpReplay.Generate, Failure: (UpstreamFailureKind.Rejected,
            "generate IRN answered 3038 Seller details Details:Pincode-101301 does not exists")),
        new("getirn_ok_variant", IrpReplay.GetByIrn, Found: "verified"),
        new("getirn_error_2283_older_than_2_days", IrpReplay.GetByIrn, Unavailable: "2283 IRN details cannot be provided as it is generated more than 2 days prior"),
        new("getirn_error_2148_not_available", IrpReplay.GetByIrn, Unavailable: "2148 Requested IRN data is not available"),
        new("any_error_1005_invalid_token", IrpReplay.GetByIrn, Failure: (UpstreamFailureKind.Refused, "it refused a fresh session of GSTIN {0}: 1005 Invalid Token")),
    }.ToDictionary(c => c.SampleId, StringComparer.Ordinal);

    public static TheoryData<string> Samples => [.. UpstreamSample.IdsOf(Upstream)];

    [Fact]
    public void Every_sample_has_a_case_and_every_case_a_sample() =>
        Assert.Equal(UpstreamSample.IdsOf(Upstream).Order(StringComparer.Ordinal), Cases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_real_answer_is_read_or_fails_as_it_should(string id)
    {
        var expected = Cases[id];
        var gstin = Answer(id);
        await using var scope = server.Services.CreateAsyncScope();
        var irp = scope.ServiceProvider.GetRequiredService<IrpClient>();

        var result = expected.Call == IrpReplay.Generate
            ? (await irp.GenerateAsync(gstin, TestEInvoices.InvoiceJson(new EInvoiceSpec(gstin, TestEInvoices.NewGstin(), server.IstNow())), CancellationToken.None))
                .Map(invoice => new IrpInvoiceLookup(invoice, null))
            : await irp.GetByIrnAsync(gstin, Irn, CancellationToken.None);

        if (expected.Failure is { } failure)
        {
            Assert.Equal(failure.Kind, result.Failure?.Kind);
            Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, failure.Detail, gstin), result.Failure!.Detail);
            return;
        }

        Assert.True(result.Succeeded, result.Failure?.Detail);
        Assert.Equal(expected.Unavailable, result.Value.Unavailable);
        if (expected.Found is { } verdict)
        {
            var invoice = result.Value.Invoice!;
            var data = UpstreamSample.Load(Upstream, id.StartsWith("auth", StringComparison.Ordinal) ? "getirn_ok_variant" : id).Body!["Data"]!;
            Assert.Equal(((long)data["AckNo"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), invoice.AckNo);
            Assert.Equal((string?)data["Irn"], invoice.Irn);
            await AssertImportedAsync(invoice, verdict);
        }
    }

    [Theory]
    [InlineData("getirn_error_2283_older_than_2_days", HttpStatusCode.NotFound, "the IRP answered 2283 IRN details cannot be provided as it is generated more than 2 days prior.", "not_found")]
    [InlineData("getirn_error_2148_not_available", HttpStatusCode.NotFound, "the IRP answered 2148 Requested IRN data is not available.", "not_found")]
    [InlineData("auth_error_1019_incorrect_password", HttpStatusCode.BadGateway, "1019 Incorrect Password. This is not a problem with your request, and retrying will not help", "refused")]
    [InlineData("any_error_1005_invalid_token", HttpStatusCode.BadGateway, "1005 Invalid Token. This is not a problem with your request, and retrying will not help", "refused")]
    public async Task A_store_miss_the_irp_cannot_serve_is_answered_in_nics_words_metered_and_asked_again_next_time(
        string id, HttpStatusCode status, string message, string outcome)
    {
        var gstin = Answer(id);
        var user = await server.CreateAccountAsync();
        await server.AddGstinsAsync(user, gstin);
        using var client = await server.ClientForAsync(user);

        using var first = await client.DetailAsync(gstin, Irn);
        var calls = IrpCalls();
        using var second = await client.DetailAsync(gstin, Irn);

        Assert.Contains(message, await first.ShouldBeErrorEnvelopeAsync(status), StringComparison.Ordinal);
        Assert.True(IrpCalls() > calls, "the IRP was not asked again");
        Assert.Equal(outcome, await server.FirstUpstreamOutcomeAsync(user, "getIrn"));
    }

    // The sample answers its call; the auth answers a real success unless the sample is an auth answer itself.
    private string Answer(string id)
    {
        var sample = UpstreamSample.Load(Upstream, id);
        server.Irp.ForgetSessions();
        server.Irp.Answer(IrpReplay.Auth, UpstreamSample.Load(Upstream, "auth_ok_relay_2020"));
        server.Irp.Answer(IrpReplay.GetByIrn, UpstreamSample.Load(Upstream, "getirn_ok_variant"));
        server.Irp.Answer(sample.Service == "*" ? IrpReplay.GetByIrn : sample.Service, sample);

        // A GSTIN of its own per case, so no session of an earlier case is reused.
        return TestEInvoices.NewGstin();
    }

    private async Task AssertImportedAsync(IrpInvoiceResponse invoice, string verdict)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync());
        var body = await client.ImportAsync(invoice.ToJson());
        var item = Assert.Single(body["results"]!.AsArray())!;
        Assert.Equal("imported", (string?)item["outcome"]);
        Assert.Equal(verdict, (string?)item["signature"]!["verdict"]);
        Assert.True((bool)item["irn_check"]!["matches"]!);
    }

    private int IrpCalls() => server.Irp.CallsTo(IrpReplay.Auth) + server.Irp.CallsTo(IrpReplay.GetByIrn);
}
