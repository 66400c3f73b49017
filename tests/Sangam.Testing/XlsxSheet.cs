using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace Sangam.Testing;

/// <summary>One cell of a downloaded workbook: its text, or its number with the number format its style gives it.</summary>
public sealed record XlsxCell(string? Text, double? Number, string? NumberFormat)
{
    public decimal Amount => (decimal)(Number ?? throw new InvalidOperationException($"Not a number: {Text}"));

    public DateOnly Date => DateOnly.FromDateTime(DateTime.FromOADate(Number ?? throw new InvalidOperationException($"Not a date: {Text}")));
}

/// <summary>
/// Reads the first worksheet of an XLSX file as the rows of cells a spreadsheet program shows, from the package's XML
/// (inline and shared strings, numbers and their number formats), so tests check what a user's program would read.
/// </summary>
public static class XlsxSheet
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static IReadOnlyList<IReadOnlyList<XlsxCell>> Read(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var sharedStrings = Load(zip, "xl/sharedStrings.xml")?.Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList() ?? [];
        var formats = NumberFormats(Load(zip, "xl/styles.xml"));
        var sheet = Load(zip, "xl/worksheets/sheet1.xml") ?? throw new InvalidDataException("The workbook has no first worksheet.");
        return [.. sheet.Descendants(Main + "row").Select(row => (IReadOnlyList<XlsxCell>)[.. row.Elements(Main + "c").Select(c => Cell(c, sharedStrings, formats))])];
    }

    private static XlsxCell Cell(XElement cell, List<string> sharedStrings, List<string?> formats)
    {
        var value = cell.Element(Main + "v")?.Value;
        var format = int.TryParse((string?)cell.Attribute("s"), CultureInfo.InvariantCulture, out var style) && style < formats.Count ? formats[style] : null;
        return (string?)cell.Attribute("t") switch
        {
            "inlineStr" => new(string.Concat(cell.Descendants(Main + "t").Select(t => t.Value)), null, format),
            "s" => new(sharedStrings[int.Parse(value!, CultureInfo.InvariantCulture)], null, format),
            "str" or "b" or "e" => new(value, null, format),
            _ => new(value, value is null ? null : double.Parse(value, CultureInfo.InvariantCulture), format),
        };
    }

    // The format code of each cell style (cellXfs), built-in formats by their id where the file does not define them.
    private static List<string?> NumberFormats(XDocument? styles)
    {
        if (styles is null)
        {
            return [];
        }

        var custom = styles.Descendants(Main + "numFmt").ToDictionary(f => (string)f.Attribute("numFmtId")!, f => (string?)f.Attribute("formatCode"));
        return [.. styles.Descendants(Main + "cellXfs").Elements(Main + "xf").Select(xf => (string?)xf.Attribute("numFmtId") is { } id
            ? custom.GetValueOrDefault(id) ?? "builtin:" + id
            : null)];
    }

    private static XDocument? Load(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path);
        if (entry is null)
        {
            return null;
        }

        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
