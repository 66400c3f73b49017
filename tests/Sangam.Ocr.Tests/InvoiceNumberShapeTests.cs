using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

/// <summary>
/// What belongs to an invoice number printed beside its label: a financial year set apart by spaces does, a separator
/// does not; marks no invoice number holds are the characters they were misread for.
/// </summary>
[Collection(SharedReader.Name)]
public sealed class InvoiceNumberShapeTests(ReaderFixture fixture)
{
    [Theory]
    [InlineData("Invoice No. : 382 / 24-25", "382 / 24-25")]
    [InlineData("Invoice No. : 2690 /24-25", "2690 /24-25")]
    [InlineData("Invoice No. : 118 /2025-26", "118 /2025-26")]
    [InlineData("Invoice No. -779/24-25", "779/24-25")]
    [InlineData("Invoice No: — 382 / 24-25", "382 / 24-25")]
    [InlineData("Invoice No. : 4512 / Date 02-02-2025", "4512")]
    [InlineData("Invoice No. : 4512 / 02/02/2025", "4512")]
    [InlineData("Invoice No. : 382 | 24-25", "382 / 24-25")]
    [InlineData("Bill No : $02001004-001126", "502001004-001126")]
    [InlineData("Invoice No. » 2/VSL/22002254", "2/VSL/22002254")]
    [InlineData("Invoice No. ~ 2/VSL/22002254", "2/VSL/22002254")]
    public async Task The_number_is_read_as_printed_without_its_separator(string printed, string number)
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 85, "Shree Ganesh Textiles", 11, bold: true);
            drawing.Text(36, 120, printed, 9);
            drawing.Text(36, 135, "Invoice Date : 02-02-2025", 9);
            drawing.Text(36, 200, "Cotton sarees", 9);
            drawing.Text(500, 200, "2400.00", 9, align: TextAlign.Right);
            drawing.Text(36, 220, "Total", 9, bold: true);
            drawing.Text(500, 220, "2520.00", 9, align: TextAlign.Right);
        }));

        Assert.Equal(number, fields["invoice_number"].Text);
    }

    /// <summary>Remarks quote a number ("REMARKS : BILL NO251", the label run into it); the header states the invoice's own.</summary>
    [Fact]
    public async Task A_number_quoted_in_the_remarks_is_not_the_invoices()
    {
        var fields = await fixture.ReadOneInvoice(Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(300, 100, "Invoice No", 9);
            drawing.Text(400, 100, "291", 9);
            drawing.Text(36, 200, "Kurta set", 9);
            drawing.Text(500, 200, "90750.00", 9, align: TextAlign.Right);
            drawing.Text(36, 240, "REMARKS : BILL NO251", 9);
        }));

        Assert.Equal("291", fields["invoice_number"].Text);
    }

    /// <summary>
    /// Receipt vouchers print their number under the title with no label: a serial with its financial year is the
    /// number, each page's its own, and a labelled number elsewhere outranks it.
    /// </summary>
    [Fact]
    public async Task An_unlabelled_serial_of_the_financial_year_under_the_title_is_the_number()
    {
        static PageDrawing Voucher(string number, string? labelled = null) => Samples.Page(drawing =>
        {
            drawing.Text(200, 60, "RECEIPT VOUCHER", 14, bold: true);
            drawing.Text(560, 80, number, 9, align: TextAlign.Right);
            drawing.Text(560, 95, "Date of Supply : 10/03/2023", 9, align: TextAlign.Right);
            drawing.Text(36, 200, "Towards Program Fees", 9);
            drawing.Text(500, 200, "21186.00", 9, align: TextAlign.Right);
            drawing.Text(36, 220, "Total", 9, bold: true);
            drawing.Text(500, 220, "21186.00", 9, align: TextAlign.Right);
            if (labelled is not null)
            {
                drawing.Text(36, 120, $"Receipt No : {labelled}", 9);
            }
        });

        var reading = await fixture.ReadInvoices(DocumentRenderer.Render([Voucher("UED/48931/22-23"), Voucher("UED/52787/22-23")], Samples.TextPdf));
        var labelled = await fixture.ReadOneInvoice(Voucher("UED/48931/22-23", labelled: "RV-118"));
        var notAYear = await fixture.ReadOneInvoice(Voucher("UED/48931/22-25"));

        Assert.Equal(["UED/48931/22-23", "UED/52787/22-23"], reading.Invoices.Select(invoice => invoice.Fields["invoice_number"].Text));
        Assert.All(reading.Invoices, invoice => Assert.True(invoice.Fields["invoice_number"].Accuracy < FieldAccuracy.TextLayer));
        Assert.Equal("RV-118", labelled["invoice_number"].Text);
        Assert.False(notAYear.ContainsKey("invoice_number"));
    }

    /// <summary>
    /// Small and capital c, o, p, s, u, v, w, x and z differ only in size or place on the line, and OCR reads them in
    /// either case: from pixels a number whose small letters are all such is taken in capitals, as invoice series are
    /// printed. A text layer's case is exact, and a small letter of another shape ("inv") keeps the number as read.
    /// </summary>
    [Theory]
    [InlineData(OutputFormat.Png, "pc/203/24-25", "PC/203/24-25")]
    [InlineData(OutputFormat.TextPdf, "pc/203/24-25", "pc/203/24-25")]
    [InlineData(OutputFormat.Png, "inv/203/24-25", "inv/203/24-25")]
    [InlineData(OutputFormat.Png, "UcPL012359", "UCPL012359")]
    public async Task Small_letters_of_a_capital_shape_read_from_pixels_are_capitals(OutputFormat format, string printed, string number)
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 120, $"Invoice No. : {printed}", 11);
            drawing.Text(36, 200, "Total", 11, bold: true);
            drawing.Text(500, 200, "2520.00", 11, align: TextAlign.Right);
        });

        var fields = await fixture.ReadOneInvoice(page, format);

        Assert.Equal(number, fields["invoice_number"].Text);
    }

    /// <summary>
    /// Digits set closer to a number's end than a space is wide are the rest of it, where OCR put a space that is not
    /// printed; a space's width apart, they are another word.
    /// </summary>
    [Theory]
    [InlineData(1f, "PCSI118122017001523")]
    [InlineData(8f, "PCSI11812201")]
    public async Task Digits_closer_than_a_space_to_a_number_read_from_pixels_are_its_own(float gap, string number)
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 14, bold: true);
            drawing.Text(36, 120, "Invoice Number :", 11);
            drawing.Text(250, 120, "PCSI11812201", 11, align: TextAlign.Right);
            drawing.Text(250 + gap, 120, "7001523", 11);
            drawing.Text(36, 200, "Total", 11, bold: true);
            drawing.Text(500, 200, "2520.00", 11, align: TextAlign.Right);
        });

        var fields = await fixture.ReadOneInvoice(page, OutputFormat.Png);

        Assert.Equal(number, fields["invoice_number"].Text);
    }
}
