using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Recognition;

/// <summary>
/// A run's characters, as the recognition network read them, made into words: parted where the network read a space
/// or where a blank wide enough to be one lies between two characters.
/// </summary>
internal static class RunWords
{
    /// <summary>
    /// Between the characters of a figure or a code, and before a point or colon, a blank must be this share of the
    /// letters' height to part words: figures are printed with a fixed advance, so a narrow 1 stands in a blank as wide
    /// as a space, and a point or colon stands apart from the word it ends by its own margin.
    /// </summary>
    private const double FigureSpaceShare = 0.6;

    /// <param name="characters">The run's characters, their columns in the run's pixels.</param>
    /// <param name="ink">Where the run's letters and blanks lie.</param>
    /// <param name="run">The run's box on the page.</param>
    public static List<Word> Split(IReadOnlyList<ReadCharacter> characters, RunInk ink, Box run)
    {
        var words = new List<Word>();
        var current = new List<ReadCharacter>();
        foreach (var character in characters)
        {
            if (character.Character == ' ' || (current.Count > 0 && IsSpaced(ink, current[^1], character)))
            {
                Flush();
            }

            if (character.Character != ' ')
            {
                current.Add(character);
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Count == 0)
            {
                return;
            }

            // The word reaches from the blank before its first character to the blank after its last.
            var (first, last) = (current[0].Column, current[^1].Column);
            var from = ink.Blanks.Where(blank => blank.To <= first).Select(blank => blank.To).DefaultIfEmpty(0).Max();
            var to = ink.Blanks.Where(blank => blank.From >= last).Select(blank => blank.From).DefaultIfEmpty(run.Width).Min();
            var box = new Box(run.Left + from, run.Top + ink.Top, run.Left + to, run.Top + ink.Bottom);
            words.Add(new Word(new string([.. current.Select(character => character.Character)]), box, 100 * current.Min(character => character.Probability)));
            current.Clear();
        }
    }

    private static bool IsSpaced(RunInk ink, ReadCharacter before, ReadCharacter after)
    {
        var least = IsFigurePair(before.Character, after.Character) || after.Character is '.' or ',' or ':' or ';'
            ? Math.Max(ink.SpaceWidth, FigureSpaceShare * ink.LetterHeight)
            : ink.SpaceWidth;
        return ink.Blanks.Exists(blank => blank.From > before.Column && blank.To < after.Column && blank.Width >= least);
    }

    /// <summary>A digit beside a digit, a capital or a mark figures are printed with.</summary>
    private static bool IsFigurePair(char before, char after) =>
        (char.IsAsciiDigit(before) && IsFigurePart(after)) || (char.IsAsciiDigit(after) && IsFigurePart(before));

    private static bool IsFigurePart(char character) => char.IsAsciiDigit(character) || char.IsAsciiLetterUpper(character) || character is ',' or '.' or '-';
}
