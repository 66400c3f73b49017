namespace Sangam.Ocr.Documents.Parsing;

/// <summary>
/// The words amounts are written in: numbers (with lakh and crore), currency and filler words, and the
/// spellings and OCR slips they come in, each brought back to one form.
/// </summary>
internal static class NumberWords
{
    public static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    };

    public static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    public static readonly Dictionary<string, long> Scales = new(StringComparer.Ordinal)
    {
        ["hundred"] = 100, ["thousand"] = 1_000, ["lakh"] = 100_000, ["million"] = 1_000_000, ["crore"] = 10_000_000,
    };

    /// <summary>Spellings printed often enough to be the document's, not a misreading.</summary>
    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["ninty"] = "ninety", ["fourty"] = "forty", ["thousend"] = "thousand", ["thousands"] = "thousand", ["lakhs"] = "lakh",
        ["lac"] = "lakh", ["lacs"] = "lakh", ["lacks"] = "lakh", ["crores"] = "crore", ["hundreds"] = "hundred", ["millions"] = "million",

        // "Only" as OCR reads it at low resolution: too short a word for the one-letter repair.
        ["onl"] = "only", ["ont"] = "only", ["oniy"] = "only", ["oly"] = "only",
    };

    /// <summary>For a letter read, the letter printed that OCR reads so (shapes alike at low resolution).</summary>
    private static readonly Dictionary<char, char> LikeShapes = new()
    {
        ['d'] = 'o', ['c'] = 'e', ['e'] = 'c', ['l'] = 'i', ['i'] = 'l',
    };

    /// <summary>Words around the number that carry no value.</summary>
    public static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "rupees", "rupee", "rs", "inr", "indian", "and", "only", "amount", "of", "the", "total", "in", "words", "rupice", "rupies", "ruppees",
    };

    public static readonly HashSet<string> PaiseWords = new(StringComparer.Ordinal) { "paise", "paisa", "paisas", "ps" };

    /// <summary>True for a word that is part of a number ("six", "ninety", "hundred", "lakh").</summary>
    public static bool IsNumber(string word) => Units.ContainsKey(word) || Tens.ContainsKey(word) || Scales.ContainsKey(word);

    /// <summary>The vocabulary form of a token, or null when it is no number word, filler or paise word.</summary>
    public static string? Normalise(string token)
    {
        if (Variants.TryGetValue(token, out var variant))
        {
            return variant;
        }

        if (IsVocabulary(token))
        {
            return token;
        }

        // One letter off in a word of six or more letters is a slip ("feight", "thousaud"); shorter words are
        // too close to each other ("six"/"sixty" are not, but "ten"/"tens" would be) to repair.
        if (token.Length >= 6)
        {
            var repaired = Vocabulary.Where(word => word.Length >= 5 && OneEditApart(token, word)).ToList();
            if (repaired is [var only])
            {
                return only;
            }
        }
        else if (ShapeSlips(token).Distinct().ToList() is [var only])
        {
            return only;
        }

        return null;
    }

    /// <summary>
    /// The words a short token is one shape slip away from: a letter OCR takes for another of like shape ("zerd",
    /// "tcn", "fivc"). Too short for any one letter to be repaired, these slips still turn no number word into another.
    /// </summary>
    private static IEnumerable<string> ShapeSlips(string token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            if (LikeShapes.TryGetValue(token[i], out var printed) && string.Concat(token.AsSpan(0, i), [printed], token.AsSpan(i + 1)) is var word && IsVocabulary(word))
            {
                yield return word;
            }
        }
    }

    private static IEnumerable<string> Vocabulary =>
        Units.Keys.Concat(Tens.Keys).Concat(Scales.Keys).Concat(PaiseWords).Concat(Fillers).Append("point");

    private static bool IsVocabulary(string token) => IsNumber(token) || Fillers.Contains(token) || PaiseWords.Contains(token) || token == "point";

    private static bool OneEditApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var (i, j, edits) = (0, 0, 0);
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                (i, j) = (i + 1, j + 1);
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                (i, j) = (i + 1, j + 1);
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
