using System.Text.RegularExpressions;
using Sangam.Ocr.Imaging;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Recognition;

internal static partial class SecondReading
{
    /// <summary>How far past a figure cut short the second reading looks for its rest, in its letters' heights.</summary>
    private const double FigureReach = 6;

    /// <summary>The widest gap, in letter heights, between the centres of two neighbouring characters of one figure.</summary>
    private const double FigureGap = 1.2;

    /// <summary>
    /// A figure Tesseract cut short: a run ending in a doubtful piece of a figure ("= 13", "713,6!") followed on its line
    /// by nothing or by noise ("Ae", low confidence) is read again from that piece over the paper after it, up to the next
    /// word Tesseract was sure of (a figure on a band whose colour fades, or in a photo's glare, loses its end). When the
    /// network reads one figure to two decimals there ("13,650.00"), sure of every digit and point of it (a thousands
    /// comma, which changes no value, may be less sure), the piece becomes that figure and the noise it covers is
    /// dropped. The run's own second reading is not taken from this wider cut-out: more paper changes how the network
    /// reads the rest of the line.
    /// </summary>
    private static IEnumerable<(Word First, Word? Second)> FinishFigure(LineRecognizer recognizer, GreyImage page, Phrase run, Tail tail)
    {
        var piece = run.Words.MaxBy(word => word.Box.Left)!;
        if (!IsDoubtful(piece) || !FigurePiece().IsMatch(piece.Text) || WholeFigure().IsMatch(piece.Text))
        {
            yield break;
        }

        var height = piece.Box.Height;
        var cut = new Box(piece.Box.Left, run.Box.Top, tail.Reach(piece, height), run.Box.Bottom)
            .Grown((int)Math.Ceiling(Margin * height))
            .ClippedTo(page.Width, page.Height);
        if (cut.Width <= 0 || cut.Height <= 0)
        {
            yield break;
        }

        List<ReadCharacter> characters;
        using (var crop = page.Cropped(cut))
        {
            characters = [.. recognizer.Read(crop).SkipWhile(character => char.IsWhiteSpace(character.Character))];
        }

        // A space the network reads, or a gap wider than a letter between two of its characters, ends the figure: the
        // next column's figure is another word ("35" and "98830.00" are not 3598830.00).
        var figure = FigureAtStart().Match(new string([.. characters.Select(character => character.Character)]));
        if (!figure.Success)
        {
            yield break;
        }

        var used = characters.GetRange(figure.Index, figure.Length);
        var right = cut.Left + (int)Math.Ceiling(used[^1].Column + (LetterSlack * height));
        if (right <= piece.Box.Right
            || used.Exists(character => character.Character != ',' && character.Probability < SureCharacter)
            || used.Zip(used.Skip(1)).Any(pair => pair.Second.Column - pair.First.Column > FigureGap * height))
        {
            yield break;
        }

        var finished = new Word(figure.Value, piece.Box with { Right = right }, 100 * used.Where(character => character.Character != ',').Min(character => character.Probability));
        yield return (piece, finished);
        foreach (var noise in tail.Words.Where(word => word.Box.CenterX < right))
        {
            yield return (noise, null);
        }
    }

    /// <summary>A figure to two decimals at the start of a reading, after at most one mark (a currency sign read as something else).</summary>
    [GeneratedRegex(@"(?<=^[^\d\s]?\s?)(?:\d{1,3}(?:,\d{2,3})+|\d+)\.\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex FigureAtStart();

    /// <summary>
    /// The start of a figure as Tesseract misreads one: digits and the marks a figure is printed or misread with, after a
    /// currency sign read as a mark or a letter ("%13,65¢", "T12)"); a date, a reference or a GSTIN is none.
    /// </summary>
    [GeneratedRegex(@"^[^\w\s]?[A-Za-z]?\d[\d,.;:!()\[\]{}¢]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FigurePiece();

    /// <summary>A word that already holds a figure to two decimals: nothing cut short.</summary>
    [GeneratedRegex(@"\d\.\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex WholeFigure();

    /// <summary>The words right of a run on its line that Tesseract read with little confidence, up to the first it was sure of.</summary>
    private sealed record Tail(IReadOnlyList<Word> Words, int? SureLeft)
    {
        public static Tail After(Phrase run, TextLine line)
        {
            var right = line.Words.Where(word => word.Box.Left >= run.Box.Right).OrderBy(word => word.Box.Left).ToList();
            var sure = right.FindIndex(word => word.Confidence >= DoubtfulConfidence);
            return new Tail(sure < 0 ? right : right[..sure], sure < 0 ? null : right[sure].Box.Left);
        }

        /// <summary>Where the rest of a figure ending at <paramref name="piece"/> may lie: up to a sure word, at most <see cref="FigureReach"/> heights on.</summary>
        public int Reach(Word piece, int height) =>
            Math.Max(piece.Box.Right, Math.Min(piece.Box.Right + (int)(FigureReach * height), (SureLeft ?? int.MaxValue) - (int)(LetterSlack * height)));
    }
}
