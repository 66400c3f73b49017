using Sangam.Ocr.Corpus.Documents;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Corpus.Truth;
using Sangam.Ocr.Documents;

namespace Sangam.Ocr.Tests;

[Collection(SharedReader.Name)]
public sealed class CustomsDocumentTests(ReaderFixture fixture)
{
    [Fact]
    public async Task A_delivery_order_gives_every_field_and_checks_each_container_number()
    {
        var order = DeliveryOrderFactory.Create(seed: 51, containerCount: 3, misprintedContainer: 2);

        var reading = Assert.IsType<DeliveryOrderReading>(await Read(DocumentRenderer.Render([DeliveryOrderDrawer.Draw(order)], RenderSpec.CleanPng()), DocumentType.DeliveryOrder));

        foreach (var (key, expected) in order.ExpectedFields)
        {
            Assert.True(reading.Fields.TryGetValue(key, out var field), $"{key} was not extracted");
            Assert.True(string.Equals(expected, field.Text, StringComparison.OrdinalIgnoreCase), $"{key}: expected '{expected}', read '{field.Text}'");
        }

        Assert.Equal([true, true, false], reading.Containers.Select(container => container.CheckDigitValid));
        Assert.True(reading.Containers[2].Accuracy <= FieldAccuracy.FailedCheckCap);
    }

    /// <summary>
    /// A carrier's letters in a shipping reference read from pixels as zeros ("D0ONE...", "0NE...") are Os; zeros beside
    /// digits stay digits, and a text layer's characters are exact.
    /// </summary>
    [Theory]
    [InlineData(OutputFormat.Jpeg, "DOONE4625384", "ONE352305888")]
    [InlineData(OutputFormat.TextPdf, "D0ONE4625384", "0NE352305888")]
    public async Task Zeros_among_a_shipping_references_letters_read_from_pixels_are_Os(OutputFormat format, string doNumber, string blNumber)
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "DELIVERY ORDER", 14, bold: true);
            drawing.Text(36, 110, "Delivery Order No: D0ONE4625384", 11);
            drawing.Text(36, 140, "B/L No: 0NE352305888", 11);
            drawing.Text(36, 170, "IGM No: 2300481", 11);
        });

        var reading = Assert.IsType<DeliveryOrderReading>(await Read(DocumentRenderer.Render([page], new RenderSpec(format, 300, Degradation.None)), DocumentType.DeliveryOrder));

        Assert.Equal(doNumber, reading.Fields["do_number"].Text);
        Assert.Equal(blNumber, reading.Fields["bl_number"].Text);
        Assert.Equal("2300481", reading.Fields["igm_number"].Text);
    }

    [Fact]
    public async Task A_bill_of_entry_gives_the_flat_boe_fields_and_the_part_wise_model()
    {
        var boe = BillOfEntryFactory.Create(seed: 52);

        var reading = Assert.IsType<BillOfEntryReading>(await Read(PdfWriter.WriteTextLayer([BillOfEntryDrawer.Draw(boe)]), DocumentType.BillOfEntry));

        var flat = reading.Flat;
        foreach (var (key, expected) in boe.ExpectedFields)
        {
            Assert.True(flat.TryGetValue(key, out var field), $"{key} was not extracted");
            Assert.True(expected == field.Text, $"{key}: expected '{expected}', read '{field.Text}'");
        }

        Assert.Equal(boe.Invoices.Count, reading.Invoices.Count);
        Assert.Equal(boe.Items.Select(item => item.Cth), reading.Items.Select(item => item["cth"].Text));
        Assert.Contains("item duties add up", reading.Header["total_duty"].Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scanned_bill_of_entry_gives_its_identifying_fields()
    {
        var boe = BillOfEntryFactory.Create(seed: 53);

        var reading = Assert.IsType<BillOfEntryReading>(await Read(DocumentRenderer.Render([BillOfEntryDrawer.Draw(boe)], RenderSpec.CleanPng()), DocumentType.BillOfEntry));

        foreach (var key in new[] { "port_code", "boe_num", "boe_date", "iec", "gstin", "total_duty", "total_amount" })
        {
            Assert.Equal(boe.ExpectedFields[key], reading.Header[key].Text);
        }
    }

    /// <summary>
    /// A scanned ICEGATE header read with a comma for the point of a numbered label, and a cell whose value is empty
    /// so that the label under it is the nearest words: neither label becomes a value.
    /// </summary>
    [Fact]
    public async Task No_printed_label_is_a_value_even_read_with_a_comma_or_found_under_an_empty_cell()
    {
        var page = Samples.Page(draw =>
        {
            draw.Text(60, 80, "BILL OF ENTRY FOR HOME CONSUMPTION", 12, bold: true);
            draw.Text(60, 120, "BE No");
            draw.Text(160, 120, "3958621");
            draw.Text(60, 150, "COUNTRY OF CONSIGNMENT");
            draw.Text(300, 150, "16,PORT OF SHIPMENT");
            draw.Text(60, 180, "15.PORT OF LOADING");
            draw.Text(60, 200, "IMPORTER NAME & ADDRESS");
            draw.Text(60, 220, "EPIROC MINING INDIA LIMITED");
        });

        var reading = Assert.IsType<BillOfEntryReading>(await Read(PdfWriter.WriteTextLayer([page]), DocumentType.BillOfEntry));

        Assert.Equal("3958621", reading.Flat["boe_num"].Text);
        Assert.False(reading.Flat.ContainsKey("country_of_consignment"), $"country: {reading.Flat.GetValueOrDefault("country_of_consignment")?.Text}");
        Assert.False(reading.Flat.ContainsKey("port_of_shipment"), $"port of shipment: {reading.Flat.GetValueOrDefault("port_of_shipment")?.Text}");
    }

    /// <summary>
    /// A header row whose cells a scan reads as one phrase joined by the table's rules ("|"): a label's value is the
    /// cell under it in the next row, and only there.
    /// </summary>
    [Fact]
    public async Task A_label_ended_by_a_table_rule_takes_the_cell_under_it_in_the_next_row_only()
    {
        var page = Samples.Page(draw =>
        {
            draw.Text(60, 80, "BILL OF ENTRY FOR HOME CONSUMPTION", 12, bold: true);
            draw.Text(60, 120, "PortCode | BENo | BE Date | BE Type");
            draw.Text(60, 134, "INBOM4 | 3958621 | 15/05/2021 | H");
            draw.Text(60, 200, "13.HEALTH 14.TOTAL DUTY | 15.INT 16.PNLTY");
            draw.Text(400, 214, "ab");
            draw.Text(60, 228, "1916097 | 18/05/2021 | 2 | 518");
        });

        var reading = Assert.IsType<BillOfEntryReading>(await Read(PdfWriter.WriteTextLayer([page]), DocumentType.BillOfEntry));

        Assert.Equal("15/05/2021", reading.Flat["boe_date"].Text);
        Assert.False(reading.Flat.ContainsKey("total_duty"), $"total duty: {reading.Flat.GetValueOrDefault("total_duty")?.Text}");
    }

    /// <summary>
    /// A paid bill of entry whose summary row is unread: the item's own duty (with paise) is under the same label, and
    /// the challans that paid it give the rounded total duty and the total amount.
    /// </summary>
    [Fact]
    public async Task The_paid_challans_settle_a_total_duty_read_with_paise_and_give_the_total_amount()
    {
        var page = Samples.Page(draw =>
        {
            draw.Text(60, 80, "BILL OF ENTRY FOR HOME CONSUMPTION", 12, bold: true);
            draw.Text(60, 120, "BE No");
            draw.Text(160, 120, "3958621");
            draw.Text(60, 160, "29. ASSESS VALUE");
            draw.Text(300, 160, "30. TOTAL DUTY");
            draw.Text(300, 174, "21845.40");
            draw.Text(60, 220, "1.SR NO | 2.CHALLAN NO | 3.PAID ON | 4.AMOUNT(Rs.)");
            draw.Text(60, 234, "1 | 2034999281 | 19/05/2021 | 20000");
            draw.Text(60, 248, "2 | 2034999307 | 20/05/2021 | 1845");
        });

        var reading = Assert.IsType<BillOfEntryReading>(await Read(PdfWriter.WriteTextLayer([page]), DocumentType.BillOfEntry));

        Assert.Equal("21845.00", reading.Header["total_duty"].Text);
        Assert.Equal("21845.00", reading.Header["total_amount"].Text);
        Assert.Contains("paid by challan", reading.Header["total_amount"].Evidence, StringComparison.Ordinal);
    }

    private async Task<DocumentReading> Read(byte[] file, DocumentType type) =>
        (await fixture.Reader.ReadAsync(file, type, fixture.Keys)).GetValueOrThrow();
}
