using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace Sangam.Ocr.Pages;

/// <summary>
/// Tells the letters of a PDF text layer that do not decode to text, although the page prints them. A font whose
/// codes have no usable Unicode map makes a reader fall back to the codes themselves, which are glyph numbers: they
/// come out as control characters, private-use or unassigned code points and replacement characters, or, for a
/// composite font with an Identity encoding and no <c>ToUnicode</c> map, as any character at all (glyph 36 is '$'
/// whatever the page shows). Such letters must be read from the rendered page instead. Used under the page source's
/// document lock, like the document itself.
/// </summary>
internal sealed class TextDecoding(PigDocument document)
{
    private readonly Dictionary<IndirectReference, bool> _glyphNumberFonts = [];

    /// <summary>True when the letter's text is not what its glyph shows.</summary>
    public bool IsUndecodable(Letter letter) =>
        !IsReadable(letter.Value) || (letter.FontDetails?.FontDictionaryReference is { } font && WritesGlyphNumbers(font));

    /// <summary>False when any character of <paramref name="text"/> is one that no decoded text contains.</summary>
    public static bool IsReadable(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            // Broken UTF-16 enumerates as the replacement character, so it is caught here too.
            if (rune == Rune.ReplacementChar)
            {
                return false;
            }

            var category = Rune.GetUnicodeCategory(rune);
            if ((category == UnicodeCategory.Control && !Rune.IsWhiteSpace(rune))
                || category is UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A Type0 font with an Identity CMap and no ToUnicode map: its codes are glyph numbers, never characters.</summary>
    private bool WritesGlyphNumbers(IndirectReference font)
    {
        if (!_glyphNumberFonts.TryGetValue(font, out var glyphNumbers))
        {
            glyphNumbers = document.Structure.GetObject(font).Data is DictionaryToken dictionary
                && dictionary.TryGet(NameToken.Subtype, out var subtype) && subtype is NameToken { Data: "Type0" }
                && dictionary.TryGet(NameToken.Encoding, out var encoding) && encoding is NameToken { Data: "Identity-H" or "Identity-V" }
                && !dictionary.ContainsKey(NameToken.ToUnicode);
            _glyphNumberFonts[font] = glyphNumbers;
        }

        return glyphNumbers;
    }
}
