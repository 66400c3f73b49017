using System.Globalization;
using System.Net.Http.Headers;
using Sangam.Ocr.Corpus.Documents;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Api.Tests.Ocr;

/// <summary>Corpus documents as the files a customer uploads, and the upload form.</summary>
internal static class OcrRequests
{
    public static readonly RenderSpec TextPdf = new(OutputFormat.TextPdf, 300, Degradation.None);

    public static byte[] Render(IReadOnlyList<PageDrawing> pages, string format) => format switch
    {
        "png" => DocumentRenderer.Render(pages, RenderSpec.CleanPng()),
        "pdf" => DocumentRenderer.Render(pages, TextPdf),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static IReadOnlyList<PageDrawing> Pages(InvoiceTruth invoice) => InvoiceDrawer.Draw(invoice, InvoiceLayout.Classic);

    public static MultipartFormDataContent Form(byte[]? file, string? documentType, string? format = null)
    {
        var form = new MultipartFormDataContent();
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "file_url", "document");
        }

        if (documentType is not null)
        {
            form.Add(new StringContent(documentType), "document_type");
        }

        if (format is not null)
        {
            form.Add(new StringContent(format), "format");
        }

        return form;
    }

    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[]? file, string? documentType, string? format = null)
    {
        using var form = Form(file, documentType, format);
        return await client.PostAsync("/api/v2/ocr/upload", form);
    }

    public static async Task<JsonNode> ReadOkAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>A wire value as the corpus's ground truth writes it: amounts with two decimals, lists joined by ", ".</summary>
    public static string Text(JsonNode? value) => value switch
    {
        JsonArray items => string.Join(", ", items.Select(Text)),
        JsonValue number when number.TryGetValue<decimal>(out var amount) => amount.ToString("0.00", CultureInfo.InvariantCulture),
        null => "(missing)",
        _ => value.ToString(),
    };

    public static void AssertFields(JsonNode fieldData, IReadOnlyDictionary<string, string> expected, IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            var read = Text(fieldData[key]?["value"]);
            var truth = expected[key];
            var same = decimal.TryParse(truth, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) && fieldData[key]?["value"] is JsonValue
                ? read == number.ToString("0.00", CultureInfo.InvariantCulture) || read == truth
                : string.Equals(read, truth, StringComparison.OrdinalIgnoreCase);
            Assert.True(same, $"{key}: expected '{truth}', read '{read}'");
        }
    }
}
