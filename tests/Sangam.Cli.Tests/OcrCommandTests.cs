using Sangam.Api.Accounts;
using Sangam.Ocr.Corpus.Documents;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Cli.Tests;

public sealed class OcrCommandTests(SharedServer shared) : IClassFixture<SharedServer>, IDisposable
{
    private readonly SangamServer server = shared.Server;

    private readonly CliRunner _cli = new();

    [Fact]
    public async Task Ocr_prints_the_fields_with_their_accuracy_and_the_line_items()
    {
        var invoice = InvoiceFactory.Create(seed: 41, interState: true, lineCount: 2);
        var file = await WriteAsync(PdfWriter.WriteTextLayer(InvoiceDrawer.Draw(invoice, InvoiceLayout.Classic)));
        await LoginAsync();

        var run = await _cli.RunAsync(null, "ocr", file, "--type", "invoice");

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("invoice_number", run.Output, StringComparison.Ordinal);
        Assert.Contains(invoice.InvoiceNumber, run.Output, StringComparison.Ordinal);
        Assert.Contains("Line items", run.Output, StringComparison.Ordinal);
        Assert.Contains(invoice.Lines[1].Hsn, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ocr_async_with_json_prints_the_whole_documents_reading()
    {
        var order = DeliveryOrderFactory.Create(seed: 42);
        var file = await WriteAsync(PdfWriter.WriteTextLayer([DeliveryOrderDrawer.Draw(order)]));
        await LoginAsync();

        var run = await _cli.RunAsync(null, "ocr", file, "--type", "delivery_order", "--async", "--json");

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Equal(order.DoNumber, (string?)run.Json["data"]!["delivery_orders"]![0]!["field_data"]!["do_number"]!["value"]);
    }

    [Fact]
    public async Task An_unknown_type_is_refused_before_calling_the_server()
    {
        var file = await WriteAsync([1, 2, 3]);

        var run = await _cli.RunAsync(null, "ocr", file, "--type", "receipt");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--type", run.All, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();

    private async Task<string> WriteAsync(byte[] bytes)
    {
        Directory.CreateDirectory(_cli.ConfigDirectory);
        var path = Path.Combine(_cli.ConfigDirectory, "document.pdf");
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    private async Task LoginAsync()
    {
        var user = await server.CreateAccountAsync(ApiFamily.Ocr);
        var login = await _cli.RunAsync(user.Password, "login", "--base-url", server.BaseAddress.ToString(), "-u", user.Username, "--password-stdin");
        Assert.True(login.ExitCode == 0, login.All);
    }
}
