using System.Text.Json;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests.RealDocuments;

/// <summary>
/// Real documents whose key fields are all read right today (<c>regression-set.json</c>) must stay so: every key
/// field of every invoice or bill of entry they print equals the ground truth, and a document printing no invoice
/// gives none.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class RealDocumentRegressionTests(ReaderFixture fixture)
{
    /// <summary>As the asynchronous service: the whole file.</summary>
    private const int MaxPages = 500;

    private static readonly string[] InvoiceKeyFields = ["supplier_gstin", "buyer_gstin", "invoice_number", "invoice_date", "invoice_amount"];

    private static readonly string[] BillOfEntryKeyFields = ["boe_num", "boe_date", "port_code", "gstin", "total_ass_val", "total_duty", "total_amount"];

    public static TheoryData<string, string> Documents()
    {
        using var set = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RealDocuments", "regression-set.json")));
        var data = new TheoryData<string, string>();
        foreach (var document in set.RootElement.GetProperty("documents").EnumerateArray())
        {
            data.Add(document.GetProperty("document").GetString()!, document.GetProperty("type").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Key_fields_read_right_today_stay_right(string document, string type)
    {
        var file = RealCorpus.Document(document);
        if (type == "bill_of_entry")
        {
            var boe = Assert.IsType<BillOfEntryReading>((await fixture.Reader.ReadAsync(file, DocumentType.BillOfEntry, fixture.Keys, MaxPages)).GetValueOrThrow());
            AssertKeyFields(document, Assert.Single(RealCorpus.Truth(document, "bills_of_entry")), boe.Flat, BillOfEntryKeyFields);
            return;
        }

        var reading = await fixture.ReadInvoices(file, MaxPages);
        var printed = RealCorpus.Truth(document, "invoices");
        Assert.Equal(printed.Count, reading.Invoices.Count);
        foreach (var truth in printed)
        {
            // A file of several invoices may give them in any order: each printed invoice is matched by its number.
            var read = reading.Invoices.FirstOrDefault(invoice => Value(invoice.Fields, "invoice_number") == truth["invoice_number"]) ?? reading.Invoices[printed.IndexOf(truth)];
            AssertKeyFields(document, truth, read.Fields, InvoiceKeyFields);
        }
    }

    private static void AssertKeyFields(string document, Dictionary<string, string?> truth, IReadOnlyDictionary<string, ExtractedField> read, string[] keys)
    {
        foreach (var key in keys)
        {
            var expected = truth.GetValueOrDefault(key);
            var actual = Value(read, key);
            Assert.True(expected == actual, $"{document}, {key}: printed {expected ?? "nothing"}, read {actual ?? "nothing"} ({read.GetValueOrDefault(key)?.Evidence})");
        }
    }

    private static string? Value(IReadOnlyDictionary<string, ExtractedField> fields, string key) => RealCorpus.Canonical(key, fields.GetValueOrDefault(key)?.Text);
}
