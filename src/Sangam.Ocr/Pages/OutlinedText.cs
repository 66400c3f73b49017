using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Sangam.Ocr.Pages;

/// <summary>
/// Finds text a PDF page prints as filled outlines instead of letters: some tools convert chosen fonts to curves, so
/// a label or a whole block is visible on the page but absent from its text layer. An outline is taken for a letter
/// when it is filled, sized like printed text and drawn with curves or many straight edges (a rule, a box or a
/// table's shading is a rectangle), and when no letter of the text layer covers it. A few such shapes are a logo's
/// ornament; several are text to read from the rendered page.
/// </summary>
internal static class OutlinedText
{
    /// <summary>Fewer letter-like shapes than this with no text over them are taken for a drawing, not for words.</summary>
    private const int MinimumShapes = 8;

    /// <summary>Letter heights, in points, from small print to a large heading.</summary>
    private const double SmallestLetter = 1.5;

    private const double LargestLetter = 36;

    /// <summary>A polygon with this many straight edges or more may be a letter; fewer is a rectangle or a rule.</summary>
    private const int LetterEdges = 5;

    /// <summary>Where outlined letters are printed, one box per filled path (a letter, a word or a line), in PDF points.</summary>
    public static List<PdfRectangle> Find(Page page)
    {
        var places = new List<PdfRectangle>();
        var shapes = 0;
        List<PdfRectangle>? letters = null;
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled || path.IsClipping)
            {
                continue;
            }

            PdfRectangle? place = null;
            foreach (var subpath in path)
            {
                if (LetterShape(subpath) is not { } shape)
                {
                    continue;
                }

                letters ??= page.Letters.Where(letter => !string.IsNullOrWhiteSpace(letter.Value)).Select(letter => letter.BoundingBox).ToList();
                if (!letters.Exists(letter => Overlaps(letter, shape)))
                {
                    shapes++;
                    place = place is { } sofar ? Union(sofar, shape) : shape;
                }
            }

            if (place is { } found)
            {
                places.Add(found);
            }
        }

        return shapes >= MinimumShapes ? places : [];
    }

    /// <summary>The box of an outline drawn like a letter (or a hole in one), else null.</summary>
    private static PdfRectangle? LetterShape(PdfSubpath subpath) =>
        subpath.GetBoundingRectangle() is { } box
        && box.Height is >= SmallestLetter and <= LargestLetter
        && box.Width <= 2 * LargestLetter
        && (subpath.Commands.Any(command => command is PdfSubpath.BezierCurve)
            || subpath.Commands.Count(command => command is PdfSubpath.Line) >= LetterEdges)
            ? box
            : null;

    private static PdfRectangle Union(PdfRectangle a, PdfRectangle b) =>
        new(Math.Min(a.Left, b.Left), Math.Min(a.Bottom, b.Bottom), Math.Max(a.Right, b.Right), Math.Max(a.Top, b.Top));

    private static bool Overlaps(PdfRectangle a, PdfRectangle b) =>
        a.Left < b.Right && b.Left < a.Right && a.Bottom < b.Top && b.Bottom < a.Top;
}
