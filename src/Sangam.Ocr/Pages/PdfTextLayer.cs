using System.Text.RegularExpressions;
using Sangam.Ocr.Layout;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using Word = Sangam.Ocr.Layout.Word;

namespace Sangam.Ocr.Pages;

/// <summary>
/// The words of a page's text layer, on the pixel grid of the page rendered at <see cref="PixelsPerInch"/> (origin at
/// the top left of the crop box, the area a renderer draws), split into the words that decode to text and the places
/// of those the page prints but the text layer does not give: words that do not decode (<see cref="TextDecoding"/>),
/// text drawn as outlines (<see cref="OutlinedText"/>) and invisible words (<see cref="IsInvisible"/>), whose place
/// shows whatever is drawn under them.
/// </summary>
/// <param name="Width">Page width in pixels.</param>
/// <param name="Height">Page height in pixels.</param>
/// <param name="Words">The words that decode, exact.</param>
/// <param name="Undecodable">Where the words that do not decode, are drawn as outlines or are invisible are printed.</param>
/// <param name="UndecodableShare">Share of the page's letters (not counting spaces) that do not decode or are invisible.</param>
internal sealed partial record PdfTextLayer(int Width, int Height, IReadOnlyList<Word> Words, IReadOnlyList<Box> Undecodable, double UndecodableShare)
{
    /// <summary>Text-layer words are placed on a 300 dpi grid, the scale OCR output uses.</summary>
    public const int PixelsPerInch = 300;

    private const double PointsPerInch = 72;

    /// <summary>Beyond this share of undecodable letters the page is read wholly from its pixels.</summary>
    private const double MostlyUndecodableShare = 0.5;

    /// <summary>Too little of the page decodes to piece the rest in: it is better read as a picture.</summary>
    public bool MostlyUndecodable => UndecodableShare > MostlyUndecodableShare;

    /// <summary>
    /// A letter drawn neither filled nor stroked (rendering mode 3, or 7 when it also clips): a scanner's own OCR laid
    /// over the page image, searchable but not printed. The image shows what the page says; the scanner's reading of
    /// it is often poor, and nothing checks it.
    /// </summary>
    public static bool IsInvisible(Letter letter) => letter.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip;

    /// <summary>
    /// A word's letters cut between figures: cells of figures set without a space between them come out of the word
    /// extractor as one word, whether each starts with its currency sign ("₹26.25₹245.00", a tax column against a total
    /// column) or not ("0.0028619.27", a discount of 0.00 against a taxable value of 28619.27, each to two decimals).
    /// </summary>
    private static IEnumerable<List<Letter>> Figures(List<Letter> letters)
    {
        var text = string.Concat(letters.Select(letter => letter.Value));
        var cut = letters.Count == text.Length && TwoFigures().Match(text) is { Success: true } glued ? glued.Groups[2].Index : -1;
        var piece = new List<Letter>();
        for (var i = 0; i < letters.Count; i++)
        {
            if (i == cut || (letters[i].Value is "₹" && piece is [.., { Value: [var last] }] && char.IsAsciiDigit(last)))
            {
                yield return piece;
                piece = [];
            }

            piece.Add(letters[i]);
        }

        yield return piece;
    }

    [GeneratedRegex(@"^([\d,]*\d\.\d\d)([\d,]*\d\.\d\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex TwoFigures();

    private static PdfRectangle Around(List<Letter> letters) => WithHeight(new(
        letters.Min(letter => letter.BoundingBox.Left), letters.Min(letter => letter.BoundingBox.Bottom),
        letters.Max(letter => letter.BoundingBox.Right), letters.Max(letter => letter.BoundingBox.Top)), letters);

    /// <summary>
    /// A word's box with the height of its type. The standard 14 fonts (Times, Helvetica, Courier), which report
    /// writers embed by name only, come with no glyph outlines, and their letters' boxes are flat lines on the
    /// baseline: every gap between words then looks wider than the text is tall, and each word becomes a phrase of its
    /// own, so "Invoice Date" is no longer one label. The font's own box (ascent to descent) stands in for such words.
    /// </summary>
    private static PdfRectangle WithHeight(PdfRectangle box, IReadOnlyList<Letter> letters)
    {
        var size = letters.Max(letter => letter.PointSize);
        if (box.Height >= FlatShare * size)
        {
            return box;
        }

        return new PdfRectangle(box.Left, letters.Min(letter => letter.GlyphRectangleLoose.Bottom), box.Right, letters.Max(letter => letter.GlyphRectangleLoose.Top));
    }

    /// <summary>A box lower than this share of its letters' type size is flat: its font gave no glyph heights.</summary>
    private const double FlatShare = 0.2;

    /// <summary>More than half of the page's letters (not counting spaces) are invisible: the page is a picture to read.</summary>
    public static bool MostlyInvisible(Page page)
    {
        var printed = page.Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).ToList();
        return 2 * printed.Count(IsInvisible) > printed.Count;
    }

    public static PdfTextLayer Read(Page page, TextDecoding decoding)
    {
        var scale = PixelsPerInch / PointsPerInch;
        var crop = page.CropBox.Bounds;
        var words = new List<Word>();
        var undecodable = new List<Box>();
        var letters = 0;
        var undecodableLetters = 0;
        foreach (var word in page.GetWords(NearestNeighbourWordExtractor.Instance))
        {
            var printed = word.Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).ToList();
            var bad = printed.Count(letter => IsInvisible(letter) || decoding.IsUndecodable(letter));
            letters += printed.Count;
            undecodableLetters += bad;
            if (bad > 0)
            {
                undecodable.Add(ToPixels(word.BoundingBox));
            }
            else if (printed.Count > 0)
            {
                var figures = Figures(printed).ToList();
                words.AddRange(figures.Count == 1
                    ? [new Word(word.Text, ToPixels(WithHeight(word.BoundingBox, printed)), Confidence: 100)]
                    : figures.Select(figure => new Word(string.Concat(figure.Select(letter => letter.Value)), ToPixels(Around(figure)), Confidence: 100)));
            }
        }

        undecodable.AddRange(OutlinedText.Find(page).Select(ToPixels));
        return new PdfTextLayer(
            (int)(crop.Width * scale), (int)(crop.Height * scale), words, undecodable, letters == 0 ? 0 : (double)undecodableLetters / letters);

        Box ToPixels(PdfRectangle box) => new(
            (int)((box.Left - crop.Left) * scale),
            (int)((crop.Top - box.Top) * scale),
            (int)Math.Ceiling((box.Right - crop.Left) * scale),
            (int)Math.Ceiling((crop.Top - box.Bottom) * scale));
    }
}
