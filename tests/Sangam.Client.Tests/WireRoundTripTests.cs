using System.Text.Json;
using Sangam.Client;
using Sangam.Client.Auth;
using Sangam.Client.EInvoices;
using Sangam.Client.Http;
using Sangam.Client.Mca;
using Sangam.Client.Ocr;
using Sangam.Client.Usage;
using Sangam.Client.Vehicles;
using Sangam.Ocr.Corpus.Documents;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Corpus.Truth;
using Sangam.Sandbox.DataGovIn;
using Sangam.Testing.EInvoices;

namespace Sangam.Client.Tests;

/// <summary>
/// The SDK's records against the server's JSON, endpoint by endpoint: each SDK method is called on the sandbox server,
/// and what it read of the answer, written back, must carry every property of the answer (<see cref="WireRoundTrip"/>).
/// A field the server adds and the SDK does not know, or one the SDK renames, fails here. SIM tracking is in
/// <see cref="TrackingWireRoundTripTests"/>.
/// </summary>
[Collection(RegistryImports.Name)]
public sealed class WireRoundTripTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task Who_am_i()
    {
        using var wire = await RecorderAsync();

        WireRoundTrip.Assert<WhoAmI>(await wire.BodyOfAsync(c => c.Auth.WhoAmIAsync()));
    }

    [Fact]
    public async Task Login_and_refresh()
    {
        var user = await server.CreateAccountAsync();
        using var wire = new WireRecorder(server, user);

        var (tokens, login) = await wire.CaptureAsync(c => c.Auth.LoginAsync(user.Username, user.Password));
        var (refreshed, refresh) = await wire.CaptureAsync(c => c.Auth.RefreshAsync());

        // The SDK reads the token answer by hand into SangamTokens: what it keeps is the pair.
        WireRoundTrip.AssertKept("Login", login, new JsonObject { ["token"] = tokens.AccessToken, ["refresh_token"] = tokens.RefreshToken }, WireAllowances.SpacedRefreshToken);
        WireRoundTrip.AssertKept("Refresh", refresh, new JsonObject { ["token"] = refreshed.AccessToken, ["refresh_token"] = refreshed.RefreshToken }, WireAllowances.SpacedRefreshToken);
    }

    [Fact]
    public async Task Usage()
    {
        using var wire = await RecorderAsync();
        await wire.Client.Auth.WhoAmIAsync();
        // Calls are metered in the background: wait until the report has a row, so the rows are compared too.
        for (var i = 0; i < 100 && (await wire.Client.Usage.GetAsync()).Data.Count == 0; i++)
        {
            await Task.Delay(100);
        }

        var (report, body) = await wire.CaptureAsync(c => c.Usage.GetAsync());

        Assert.NotEmpty(report.Data);
        WireRoundTrip.Assert<UsageReport>(body);
    }

    [Theory]
    [InlineData("VAHAN")]
    [InlineData("SARATHI")]
    [InlineData("FASTAG crossings")]
    [InlineData("FASTAG tags of a vehicle")]
    [InlineData("FASTAG tag by id")]
    [InlineData("ECHALLAN")]
    public async Task Vehicle_lookups(string lookup)
    {
        using var wire = await RecorderAsync();

        var (found, answer, kept, allowed) = lookup switch
        {
            "VAHAN" => await LookupAsync(wire, c => c.Vehicles.GetRegistrationAsync("KA01AB1234"), WireAllowances.FlatAndWrapped),
            "SARATHI" => await LookupAsync(wire, c => c.Vehicles.GetDrivingLicenceAsync("GJ04 20120005008", new DateOnly(1987, 5, 26)), WireAllowances.FlatAndWrapped),
            "FASTAG crossings" => await LookupAsync(wire, c => c.Vehicles.GetTollCrossingsAsync("MH12NW4402"), WireAllowances.Wrapped),
            "FASTAG tags of a vehicle" => await LookupAsync(wire, c => c.Vehicles.GetFastagsAsync("AP16TL3333"), WireAllowances.Wrapped),
            "FASTAG tag by id" => await LookupAsync(wire, c => c.Vehicles.GetFastagByTagIdAsync("34161FA820328972487BE420"), WireAllowances.Wrapped),
            "ECHALLAN" => await LookupAsync(wire, c => c.Vehicles.GetChallansAsync("TN09BZ7777"), WireAllowances.Wrapped),
            _ => throw new ArgumentOutOfRangeException(nameof(lookup)),
        };

        Assert.True(found);
        WireRoundTrip.AssertKept(lookup, answer, kept, allowed);
    }

    [Fact]
    public async Task Dispatch_readiness()
    {
        using var wire = await RecorderAsync();

        WireRoundTrip.Assert<DispatchReadiness>(await wire.BodyOfAsync(c => c.Vehicles.CheckReadinessAsync("TG09HP1212", "HR51 20210018922", new DateOnly(1987, 5, 26))));
    }

    [Fact]
    public async Task Mca_company()
    {
        using var wire = await RecorderAsync();

        var body = await wire.BodyOfAsync(c => c.Mca.GetCompanyAsync(SandboxCompanies.ListedWithFinancials));

        WireRoundTrip.Assert<McaEnvelope>(body, WireAllowances.FlatBesideWrapped);
        WireRoundTrip.Assert<McaCompanyWire>(body["response"]![0]!["response"]!);
    }

    [Fact]
    public async Task Mca_search()
    {
        using var wire = await RecorderAsync();

        WireRoundTrip.Assert<McaSearchResult>(await wire.BodyOfAsync(c => c.Mca.SearchAsync("konkan freight", limit: 5)));
    }

    [Fact]
    public async Task Mca_import()
    {
        using var wire = new WireRecorder(server, await server.CreateAdminAsync());
        var csv = $"CIN,CompanyName,CompanyStatus,CompanyRegistrationdate_date\nU52109KA2020PTC{Random.Shared.Next(100_000, 999_999)},Wire Check Private Limited,Active,01-02-2020\nBAD,Broken Row,Active,01-01-2019\n";

        var body = await wire.BodyOfAsync(c => c.Mca.ImportAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv))));

        WireRoundTrip.Assert<McaImportSummary>(body);
    }

    [Fact]
    public async Task Irn_list_detail_and_import()
    {
        var gstin = TestEInvoices.NewGstin();
        var user = await server.CreateAccountAsync();
        await server.AddGstinsAsync(user, gstin);
        using var wire = new WireRecorder(server, user);
        var ackDt = server.IstNow().AddHours(-2);
        var issued = server.IssueAsSandboxIrp(new EInvoiceSpec(gstin, TestEInvoices.NewGstin("29"), ackDt) { EwbNo = 291001112223, EwbDt = ackDt.AddMinutes(5) });
        var irn = (string)issued["Irn"]!;
        // One e-invoice to import and one the server refuses, so the answer has an item with problems too.
        var batch = new JsonArray(issued.DeepClone(), new JsonObject { ["Irn"] = "not-an-irn" }).ToJsonString();

        var (import, imported) = await wire.CaptureAsync(c => c.EInvoices.ImportJsonAsync(batch));
        var (page, list) = await wire.CaptureAsync(c => c.EInvoices.ListAsync(gstin, ackDt.Year, ackDt.Month, IrnType.Sales));
        var detail = await wire.BodyOfAsync(c => c.EInvoices.GetAsync(gstin, irn));

        Assert.Equal((1, 1), (import.Imported, import.Rejected));
        Assert.NotNull(Assert.Single(page.Data).Data);
        WireRoundTrip.Assert<IrnImportResult>(imported);
        WireRoundTrip.Assert<IrnListPage>(list);
        WireRoundTrip.Assert<IrnDetail>(detail);
    }

    [Theory]
    [InlineData(OcrDocumentType.Invoice, null)]
    [InlineData(OcrDocumentType.DeliveryOrder, null)]
    [InlineData(OcrDocumentType.BillOfEntry, BoeFormat.Boe)]
    [InlineData(OcrDocumentType.BillOfEntry, BoeFormat.BoeV2)]
    public async Task Ocr_upload(OcrDocumentType type, BoeFormat? format)
    {
        using var wire = await RecorderAsync();

        WireRoundTrip.Assert<OcrResult>(await wire.BodyOfAsync(c => c.Ocr.ReadAsync(Document(type), type, format)));
    }

    [Fact]
    public async Task Ocr_upload_of_an_e_invoice_qr_code()
    {
        using var wire = await RecorderAsync();

        var (result, body) = await wire.CaptureAsync(c => c.Ocr.ReadAsync(Document(OcrDocumentType.QrCode), OcrDocumentType.QrCode));

        Assert.NotNull(Assert.Single(result.Data.QrCodes!).Claims);
        WireRoundTrip.Assert<OcrResult>(body);
    }

    [Fact]
    public async Task Ocr_job()
    {
        using var wire = await RecorderAsync();

        var (accepted, acceptedBody) = await wire.CaptureAsync(c => c.Ocr.StartJobAsync(Document(OcrDocumentType.Invoice), OcrDocumentType.Invoice));
        await wire.Client.Ocr.WaitForJobAsync(accepted.JobId, pollInterval: TimeSpan.FromMilliseconds(100));
        var (finished, job) = await wire.CaptureAsync(c => c.Ocr.GetJobAsync(accepted.JobId));

        Assert.NotNull(finished.Result);
        WireRoundTrip.Assert<OcrJobAccepted>(acceptedBody);
        WireRoundTrip.Assert<OcrJob>(job);
    }

    private async Task<WireRecorder> RecorderAsync() => new(server, await server.CreateAccountAsync());

    /// <summary>
    /// A vehicle lookup reads the answer as a JSON tree and gives back the item's payload as sent
    /// (<see cref="LookupResult{T}.RawPayload"/>) and its status: that item, where the SDK took it from, is what it kept.
    /// </summary>
    private static async Task<(bool Found, JsonNode Server, JsonNode Kept, WireAllowance[] Allowed)> LookupAsync<T>(
        WireRecorder wire, Func<SangamClient, Task<LookupResult<T>>> lookup, WireAllowance[] allowed)
        where T : class
    {
        var (result, answer) = await wire.CaptureAsync(lookup);
        var item = new JsonObject { ["response"] = JsonSerializer.SerializeToNode(result.RawPayload), ["responseStatus"] = result.ResponseStatus };
        var envelope = new JsonObject { ["response"] = new JsonArray(item) };
        var kept = answer["data"]?["response"] is null ? envelope : new JsonObject { ["data"] = envelope };
        return (result.Found, answer, kept, allowed);
    }

    private static byte[] Document(OcrDocumentType type) => DocumentRenderer.Render(type switch
    {
        OcrDocumentType.Invoice => InvoiceDrawer.Draw(InvoiceFactory.Create(seed: 41, interState: true, lineCount: 2), InvoiceLayout.Classic),
        // Signed with a key the server does not know, so the signature verdict carries its reason.
        OcrDocumentType.QrCode => InvoiceDrawer.Draw(InvoiceFactory.Create(seed: 42, interState: false, lineCount: 1, new EInvoiceSigner()), InvoiceLayout.Classic),
        OcrDocumentType.DeliveryOrder => [DeliveryOrderDrawer.Draw(DeliveryOrderFactory.Create(seed: 43, containerCount: 2, misprintedContainer: 1))],
        _ => [BillOfEntryDrawer.Draw(BillOfEntryFactory.Create(seed: 44))],
    }, new RenderSpec(OutputFormat.TextPdf, 300, Degradation.None));
}
