using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Documents;
using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Ocr.Tests;

/// <summary>GSTINs read with slips that are not look-alikes, repaired against the PAN of a GSTIN verified elsewhere on the document.</summary>
[Collection(SharedReader.Name)]
public sealed class GstinSlipRepairTests(ReaderFixture fixture)
{
    private static readonly HashSet<string> KnownPan = ["AAPFU0939F"];

    [Fact]
    public void A_stray_mark_and_a_slip_are_repaired_when_one_gstin_of_a_known_pan_verifies()
    {
        // 27AAPFU0939F1ZV read with F for 7 and a stray X: no look-alike repair reaches it.
        Assert.Null(IdentifierSearch.FindGstin("GSTIN: 2FAAPFU09X39F1ZV"));

        var match = IdentifierSearch.FindGstinWithKnownPan("GSTIN: 2FAAPFU09X39F1ZV", KnownPan);

        Assert.Equal(new GstinMatch("27AAPFU0939F1ZV", 2, CheckCharacterValid: true, GstinLengthRepair.StrayCharacterDropped, PanSeenElsewhere: true), match);
        var (accuracy, evidence) = match!.Score(90);
        Assert.Equal(FieldAccuracy.Repaired(90, 2), accuracy);
        Assert.Contains("against the PAN of a GSTIN verified elsewhere", evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_whose_pan_is_not_known_is_not_repaired() =>
        Assert.Null(IdentifierSearch.FindGstinWithKnownPan("GSTIN: 2FAAPFU09X39F1ZV", new HashSet<string> { "AAPFU0939G" }));

    [Fact]
    public void Nothing_is_taken_when_two_repairs_verify()
    {
        // Without a stray mark the two slips may fall on the state code and the entity number: 21...AZV, 22...8ZV and more verify.
        Assert.Null(IdentifierSearch.FindGstinWithKnownPan("GSTIN: 2FAAPFU0939F1ZV", KnownPan));
    }

    [Fact]
    public void The_check_character_must_verify_as_read() =>
        Assert.Null(IdentifierSearch.FindGstinWithKnownPan("GSTIN: 2FAAPFU09X39F1ZW", KnownPan));

    [Fact]
    public void A_gstin_printed_with_fourteen_characters_is_returned_as_printed_with_its_check_failed()
    {
        var match = IdentifierSearch.FindGstin("GSTIN/UIN :22AAPF0939F1Z1 State Name");

        Assert.Equal(new GstinMatch("22AAPF0939F1Z1", 0, CheckCharacterValid: false), match);
        Assert.Equal(FieldAccuracy.FailedCheckCap, match!.Score(97).Accuracy);
    }

    [Fact]
    public async Task A_buyer_gstin_read_with_slips_is_repaired_against_the_suppliers_pan_on_the_document()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 90, "Invoice No. : AS/118", 9);
            drawing.Text(36, 105, "GSTIN : 29AAPFU0939F1ZR", 9);
            drawing.Text(36, 150, "Party GST No.", 9);
            drawing.Text(160, 150, ": 2FAAPFU09X39F1ZV", 9);
        });

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([page], Samples.TextPdf));
        var fields = Assert.Single(reading.Invoices).Fields;

        Assert.Equal("29AAPFU0939F1ZR", fields["supplier_gstin"].Text);
        Assert.Equal("27AAPFU0939F1ZV", fields["buyer_gstin"].Text);
        Assert.True(fields["buyer_gstin"].Accuracy < fields["supplier_gstin"].Accuracy);
    }
}
