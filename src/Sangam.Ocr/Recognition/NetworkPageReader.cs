using Sangam.Ocr.Imaging;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Recognition;

/// <summary>
/// Reads a whole page with the PP-OCRv4 networks: the detector finds the runs of text, the line recogniser reads each
/// run, and the run's pixels say where its words part (<see cref="RunInk"/>, <see cref="RunWords"/>).
/// </summary>
/// <remarks>It owns the detector; the recogniser is shared with the second reading and owned by the document reader.</remarks>
internal sealed class NetworkPageReader(TextDetector detector, LineRecognizer recognizer) : IDisposable
{
    /// <summary>Runs wider than this many times their height are read in pieces, cut at the palest column near each cut.</summary>
    private const double MaximumAspect = 30;

    public List<Word> Read(GreyImage page)
    {
        var words = new List<Word>();
        foreach (var box in detector.Detect(page).Where(box => box.Width >= 4 && box.Height >= 4))
        {
            using var run = page.Cropped(box);
            var luminance = run.ToLuminance();
            var characters = new List<ReadCharacter>();
            foreach (var (from, to) in Pieces(luminance, run.Width, run.Height))
            {
                if (from == 0 && to == run.Width)
                {
                    characters.AddRange(recognizer.Read(run));
                    continue;
                }

                using var piece = run.Cropped(new Box(from, 0, to, run.Height));
                characters.AddRange(recognizer.Read(piece).Select(character => character with { Column = character.Column + from }));
            }

            words.AddRange(RunWords.Split(characters, RunInk.Measure(luminance, run.Width, run.Height), box));
        }

        return words;
    }

    private static List<(int From, int To)> Pieces(byte[] luminance, int width, int height)
    {
        var pieces = new List<(int, int)>();
        var longest = (int)(height * MaximumAspect);
        var from = 0;
        while (width - from > longest)
        {
            var cut = from + longest;
            var best = cut;
            var palest = long.MinValue;
            for (var x = from + (longest / 2); x < cut; x++)
            {
                long sum = 0;
                for (var y = 0; y < height; y++)
                {
                    sum += luminance[(y * width) + x];
                }

                if (sum > palest)
                {
                    (palest, best) = (sum, x);
                }
            }

            pieces.Add((from, best));
            from = best;
        }

        pieces.Add((from, width));
        return pieces;
    }

    public void Dispose() => detector.Dispose();
}
