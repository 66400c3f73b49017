using System.Buffers.Binary;
using Sangam.Ocr.Corpus.Drawing;
using Sangam.Ocr.Corpus.Output;
using Sangam.Ocr.Tests.RealDocuments;

namespace Sangam.Ocr.Tests;

[Collection(SharedReader.Name)]
public sealed class PageOrientationTests(ReaderFixture fixture)
{
    /// <summary>
    /// A real electricity bill (a landscape screenshot on an A4 sheet) with a barcode printed down its left margin
    /// and ruled tables: counted with every mark on the page, its ascender statistics say the text runs sideways.
    /// </summary>
    [Fact]
    public async Task An_upright_bill_with_a_barcode_down_its_margin_is_not_turned_sideways()
    {
        var file = RealCorpus.Document("JahanviSharma16__bill-extractor/BSES.pdf");

        var page = Assert.Single((await fixture.Reader.ReadPagesAsync(file)).GetValueOrThrow().Pages);

        Assert.Equal(0, page.Preprocessing?.QuarterTurns);
        Assert.Contains(page.Lines, line => line.Text.Contains("07AAGCS3187H2Z3", StringComparison.Ordinal));
    }

    /// <summary>
    /// A phone photo stored lying on its side, with the Exif orientation that says how to turn it upright (6: a
    /// quarter turn clockwise): it is turned by the camera's word before any guess from the text is needed.
    /// </summary>
    [Fact]
    public async Task A_photo_stored_on_its_side_is_turned_as_its_exif_orientation_says()
    {
        var page = Samples.Page(drawing =>
        {
            drawing.Text(36, 60, "TAX INVOICE", 16, bold: true);
            drawing.Text(36, 100, "Invoice No. : KSH25260417", 12);
            drawing.Text(36, 125, "Invoice Date : 15-05-2025", 12);
            drawing.Text(36, 150, "Grand Total : 1120.00", 12);
        });
        var sideways = DocumentRenderer.Render([page], new RenderSpec(OutputFormat.Jpeg, 200, Degradation.None with { QuarterTurns = 3, JpegQuality = 92 }));

        var read = Assert.Single((await fixture.Reader.ReadPagesAsync(WithExifOrientation(sideways, 6))).GetValueOrThrow().Pages);

        Assert.Equal(0, read.Preprocessing?.QuarterTurns);
        Assert.True(read.Height > read.Width, $"{read.Width}x{read.Height}");
        Assert.Contains(read.Lines, line => line.Text.Contains("KSH25260417", StringComparison.Ordinal));
    }

    /// <summary>The JPEG with an Exif block recording <paramref name="orientation"/> inserted after its start marker.</summary>
    private static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        // "Exif\0\0", then a big-endian TIFF header and one directory with one SHORT entry: tag 274, the orientation.
        byte[] tiff = [(byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0];
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(18), orientation);
        byte[] segment = [0xFF, 0xE1, 0, 0, .. "Exif\0\0"u8, .. tiff];
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(segment.Length - 2));
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }
}
