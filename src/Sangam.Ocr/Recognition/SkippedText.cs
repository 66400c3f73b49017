using Sangam.Ocr.Imaging;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Recognition;

/// <summary>
/// Reads again the print Tesseract returned no word for on a sheet read as one block. Tesseract can skip a ruled table
/// whole in that mode (a scanned bill's item row and "TOTAL 1800.00" came back as nothing, its header row read), because
/// the table's rules cut its rows into cells it does not take for text; and print on a grey shade is lost in the block
/// its threshold makes of the shade. Here the page's shading is flattened (<see cref="Shading"/>) and its table rules
/// are erased, the letter-sized marks that no word covers are gathered into runs along a line, and each run is read on
/// its own; the words found join the page's. Erasing the rules for the whole page's reading also reads such tables, but
/// changes what was read well elsewhere (bench/results/ocr-real.md); this only adds words where there were none.
/// </summary>
internal static class SkippedText
{
    /// <summary>A dark run at least this long is a rule, not a letter: a stroke of an 18 pt capital is a quarter of it.</summary>
    private const double RuleInches = 0.5;

    /// <summary>Paper painted white on each side of a rule, taking a scan's soft edges with it.</summary>
    private const int RuleMargin = 2;

    /// <summary>Marks between these heights are letters or digits (a 6 pt lower-case letter to an 18 pt capital).</summary>
    private const double SmallestLetterInches = 0.04;

    private const double LargestLetterInches = 0.25;

    /// <summary>A run of fewer marks (a speck, a rule's remains, a lone digit) is not worth a reading.</summary>
    private const int MinimumMarks = 3;

    /// <summary>A run with a word already read this near it on its line is left alone.</summary>
    private const double BesideInches = 1.0;

    /// <summary>Runs read at most per page, the longest first: a page Tesseract lost most of is better read whole another way.</summary>
    private const int MaximumRuns = 24;

    /// <summary>Words read with less confidence are the noise of a stamp or a logo, not print.</summary>
    private const double MinimumConfidence = 80;

    /// <summary>The words read on <paramref name="page"/> (at <paramref name="pixelsPerInch"/>) where Tesseract read none.</summary>
    public static async Task<List<Word>> ReadAsync(
        TesseractPool engines, GreyImage page, int pixelsPerInch, IReadOnlyList<Word> words, CancellationToken cancellationToken)
    {
        using var erased = page.Copy();
        Shading.Flatten(erased, pixelsPerInch);
        erased.EraseRules((int)Math.Round(pixelsPerInch * RuleInches), RuleMargin);
        var smallest = pixelsPerInch * SmallestLetterInches;
        var largest = pixelsPerInch * LargestLetterInches;
        var read = words.Select(word => word.Box).ToList();
        var uncovered = erased.Marks()
            .Where(mark => mark.Height >= smallest && mark.Height <= largest && mark.Width <= 2 * largest)
            .Where(mark => !read.Exists(box => box.Contains(mark.CenterX, mark.CenterY)))
            .ToList();
        var beside = (int)Math.Round(pixelsPerInch * BesideInches);
        var runs = Runs(uncovered)
            .Where(run => run.Count >= MinimumMarks)
            .Select(run => run.Skip(1).Aggregate(run[0], (union, mark) => union.Union(mark)))
            .Where(run => !read.Exists(word => Beside(word, run, beside)))
            .OrderByDescending(run => run.Width)
            .Take(MaximumRuns)
            .ToList();
        if (runs.Count == 0)
        {
            return [];
        }

        var found = await UndecodableWordReader.ReadAsync(engines, erased, pixelsPerInch, runs, cancellationToken);
        return [.. found.Where(word => word.Confidence >= MinimumConfidence && word.Text.Any(char.IsLetterOrDigit)
            && !read.Exists(box => box.Intersects(word.Box)))];
    }

    /// <summary>
    /// A word already read on the run's line, less than <paramref name="distance"/> from it: the run is part of a line
    /// Tesseract read (a heading's first word read, the rest not), and a word read apart would split what it read.
    /// </summary>
    private static bool Beside(Box word, Box run, int distance) => word.SharesLineWith(run) && word.HorizontalGap(run) < distance;

    /// <summary>Marks on one line, each a neighbour of the next (<see cref="UndecodableWordReader.Neighbours"/>).</summary>
    private static List<List<Box>> Runs(List<Box> marks)
    {
        var runs = new List<List<Box>>();
        foreach (var mark in marks.OrderBy(mark => mark.Left))
        {
            var run = runs.Find(candidate => UndecodableWordReader.Neighbours(candidate[^1], mark));
            if (run is null)
            {
                runs.Add([mark]);
            }
            else
            {
                run.Add(mark);
            }
        }

        return runs;
    }
}
