using System.Text.RegularExpressions;

namespace Sangam.Ocr.Documents;

/// <summary>"for ABC Traders Pvt Ltd" above the signature: the issuer's name once more, in its own case.</summary>
internal static partial class SignatureLine
{
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

    [GeneratedRegex(@"^\s*For\s+(?<name>[A-Za-z].{2,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForName();
}
