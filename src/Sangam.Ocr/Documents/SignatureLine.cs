using System.Text.RegularExpressions;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents;

/// <summary>"for ABC Traders Pvt Ltd" above the signature: the issuer's name once more, in its own case.</summary>
internal static partial class SignatureLine
{
    /// <summary>How far above its GSTIN a signature block prints the issuer's name (a PAN or code may come between).</summary>
    private const int BlockLines = 3;

    /// <summary>The name on the last such line of the document.</summary>
    public static (string Name, double Confidence, int PageNumber)? Find(DocumentText text)
    {
        foreach (var page in text.Pages.Reverse())
        {
            foreach (var line in page.Lines.Reverse())
            {
                if (ForName().Match(line.Text) is { Success: true } match)
                {
                    return (match.Groups["name"].Value.Trim(' ', ':', ',', '.', '-', '|', '_'), line.Phrases.Min(phrase => phrase.Confidence), page.PageNumber);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a "for ABC Traders" signature phrase is printed before <paramref name="box"/> on its line or on one of the
    /// few lines above it: what is printed there (a GSTIN in the signature block) is the issuer's.
    /// </summary>
    public static bool IsUnder(PageReading page, int lineIndex, Box box) =>
        page.Lines[lineIndex].Phrases.Any(phrase => phrase.Box.Right <= box.Left && ForName().IsMatch(phrase.Text))
        || page.Lines.Take(lineIndex).TakeLast(BlockLines).Any(line => line.Phrases.Any(phrase => ForName().IsMatch(phrase.Text)));

    [GeneratedRegex(@"^\s*For\s+(?<name>[A-Za-z].{2,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForName();
}
