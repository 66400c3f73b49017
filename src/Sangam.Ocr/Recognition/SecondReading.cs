using Sangam.India.Tax;
using Sangam.Ocr.Imaging;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Recognition;

/// <summary>
/// A second reading, by another engine (<see cref="LineRecognizer"/>), of the figures Tesseract was unsure of on a page
/// it read from pixels. Each doubtful word (a figure read with low confidence, a GSTIN-shaped word whose check
/// character fails) is cut out with the run of same-height words it stands in and a little paper around them, and read
/// as one line. The network's characters are given to Tesseract's words by position, so the page keeps Tesseract's
/// words and boxes and only their text can change: a doubtful word takes the second reading when the network is sure
/// of every character of it, or, where both readings are as long, of every character they differ in (the rest the two
/// engines agree on); and a GSTIN that verifies wins over one that does not, either way. A figure Tesseract cut short
/// is the one place the second reading reaches past Tesseract's words (<see cref="FinishFigure"/>).
/// </summary>
internal static partial class SecondReading
{
    /// <summary>A word holding digits read with less confidence than this is doubtful.</summary>
    private const double DoubtfulConfidence = 80;

    /// <summary>At most this many runs are read again on a page, the least sure first: the cost stays bounded.</summary>
    private const int MaximumRunsPerPage = 24;

    /// <summary>Paper kept around a run, in its letters' heights: the network was trained on such margins.</summary>
    private const double Margin = 0.25;

    /// <summary>
    /// The network must give every character of a word (or every one the readings differ in) at least this probability
    /// for the word to change.
    /// </summary>
    private const double SureCharacter = 0.9;

    /// <summary>The share of the first reading's characters the second must keep.</summary>
    private const double KeptCharacters = 0.8;

    /// <summary>How far outside a word's box (in letter heights) a character of the second reading still counts as that word's.</summary>
    private const double LetterSlack = 0.3;

    /// <summary>Neighbouring words whose heights differ more than this are not read as one line (a logo beside a GSTIN).</summary>
    private const double HeightRatio = 1.5;

    private static readonly char[] EdgeMarks = ['-', '_', '|', '[', ']', '(', ')', '{', '}', ':', ';', '.', ',', '\'', '"', '‘', '’', '—'];

    /// <summary>The page's words, doubtful ones with the second reading's text where it is surer.</summary>
    public static List<Word> Apply(LineRecognizer recognizer, GreyImage page, List<Word> words)
    {
        var doubtful = LineBuilder.Build(words)
            .SelectMany(line => line.Phrases
                .SelectMany(SameHeightRuns)
                .Where(run => run.Words.Any(IsDoubtful))
                .Select(run => (Run: run, Tail: Tail.After(run, line))))
            .OrderBy(pair => pair.Run.Confidence)
            .Take(MaximumRunsPerPage)
            .ToList();
        if (doubtful.Count == 0)
        {
            return words;
        }

        // A word read again keeps the latest reading; a word a finished figure covers is gone for good.
        var replaced = new Dictionary<Word, Word?>();
        foreach (var (run, tail) in doubtful)
        {
            foreach (var (first, second) in Reread(recognizer, page, run).Concat(FinishFigure(recognizer, page, run, tail)))
            {
                if (!replaced.TryGetValue(first, out var earlier) || earlier is not null)
                {
                    replaced[first] = second;
                }
            }
        }

        return [.. words.Select(word => replaced.TryGetValue(word, out var second) ? second : word).OfType<Word>()];
    }

    /// <summary>A phrase split where the letters change size.</summary>
    private static IEnumerable<Phrase> SameHeightRuns(Phrase phrase)
    {
        var run = new List<Word> { phrase.Words[0] };
        foreach (var word in phrase.Words.Skip(1))
        {
            var (low, high) = (Math.Min(run[^1].Box.Height, word.Box.Height), Math.Max(run[^1].Box.Height, word.Box.Height));
            if (high > HeightRatio * low)
            {
                yield return new Phrase(run);
                run = [];
            }

            run.Add(word);
        }

        yield return new Phrase(run);
    }

    private static bool IsDoubtful(Word word) =>
        (word.Confidence < DoubtfulConfidence && word.Text.Any(char.IsAsciiDigit)) || (GstinShaped(word.Text) && !VerifiesAsGstin(word.Text));

    /// <summary>The run's words whose second reading replaces the first, with their replacements.</summary>
    private static IEnumerable<(Word First, Word? Second)> Reread(LineRecognizer recognizer, GreyImage page, Phrase run)
    {
        var height = run.Words.Select(word => word.Box.Height).Order().ElementAt(run.Words.Count / 2);
        var ordered = Window(run);
        var cut = new Box(ordered[0].Box.Left, run.Box.Top, ordered[^1].Box.Right, run.Box.Bottom)
            .Grown((int)Math.Ceiling(Margin * height))
            .ClippedTo(page.Width, page.Height);
        if (cut.Width <= 0 || cut.Height <= 0)
        {
            yield break;
        }

        IReadOnlyList<ReadCharacter> characters;
        using (var crop = page.Cropped(cut))
        {
            characters = recognizer.Read(crop);
        }

        var readings = new List<ReadCharacter>[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            readings[i] = [];
        }

        foreach (var character in characters.Where(character => !char.IsWhiteSpace(character.Character)))
        {
            // A character beside every word is one Tesseract did not see at all: a second reading corrects words, it
            // does not add them.
            var word = Owner(ordered, cut.Left + character.Column, LetterSlack * height);
            if (word >= 0)
            {
                readings[word].Add(character);
            }
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            var first = ordered[i];
            if (readings[i].Count == 0)
            {
                continue;
            }

            var text = new string([.. readings[i].Select(character => character.Character)]);
            var sureness = Sureness(first.Text, readings[i]);
            if (text != first.Text && Replaces(first, text, sureness))
            {
                yield return (first, first with { Text = text, Confidence = 100 * sureness });
            }
        }
    }

    /// <summary>
    /// The run's words from the one before its first doubtful word to the one after its last, left to right. The network
    /// reads a character from a few letters around it, so a neighbour on each side is context enough; the rest of a long
    /// run (a sentence of terms beside a numbered clause) only costs time, which grows with the cut-out's width. The
    /// cut-out keeps the whole run's height, so the window is scaled as the run would be.
    /// </summary>
    private static List<Word> Window(Phrase run)
    {
        var ordered = run.Words.OrderBy(word => word.Box.Left).ToList();
        var (first, last) = (ordered.FindIndex(IsDoubtful), ordered.FindLastIndex(IsDoubtful));
        return ordered[Math.Max(0, first - 1)..Math.Min(ordered.Count, last + 2)];
    }

    /// <summary>The word a character at <paramref name="x"/> lies in, else the nearest one within <paramref name="slack"/>; -1 for none.</summary>
    private static int Owner(List<Word> ordered, double x, double slack)
    {
        var (owner, nearest) = (-1, slack);
        for (var i = 0; i < ordered.Count; i++)
        {
            var box = ordered[i].Box;
            var away = x < box.Left ? box.Left - x : x > box.Right ? x - box.Right : 0;
            if (away <= nearest)
            {
                (owner, nearest) = (i, away);
            }
        }

        return owner;
    }

    /// <summary>
    /// How sure the network is of its reading where it matters: of every character, or, where the two readings are as long
    /// as each other, of the characters it reads differently (the rest two engines agree on).
    /// </summary>
    private static double Sureness(string first, List<ReadCharacter> second) =>
        second.Count == first.Length
            ? second.Where((character, i) => character.Character != first[i]).Select(character => character.Probability).DefaultIfEmpty(1).Min()
            : second.Min(character => character.Probability);

    private static bool Replaces(Word first, string second, double sureness)
    {
        // Letters the network knows but invoices do not print, a word shortened to a fraction of itself (its characters
        // went to a neighbour), or a figure that lost every digit are no corrections.
        if (second.Any(character => character > '\u024F' && character != '₹')
            || second.Length < KeptCharacters * first.Text.Length
            || (first.Text.Any(char.IsAsciiDigit) && !second.Any(char.IsAsciiDigit)))
        {
            return false;
        }

        var (before, after) = (VerifiesAsGstin(first.Text), VerifiesAsGstin(second));
        if (before != after)
        {
            return after;
        }

        return IsDoubtful(first) && sureness >= SureCharacter;
    }

    private static bool GstinShaped(string text) =>
        text.Length is >= 14 and <= 16 && text.Count(char.IsAsciiDigit) >= 4 && text.Count(char.IsAsciiLetterUpper) >= 4;

    /// <summary>The word ends in a GSTIN whose check character verifies, once marks at its edges are set aside ("GSTIN:27…", "27…|").</summary>
    private static bool VerifiesAsGstin(string text)
    {
        var core = text.Trim(EdgeMarks);
        return core.Length >= 15 && Gstin.TryParse(core[^15..], out _);
    }
}
