using System.Text.RegularExpressions;

namespace Sangam.Ocr.Documents.Parsing;

/// <summary>
/// Reads an amount written in Indian English words, as invoices print it under the total ("Rupees Two Lakh
/// Twenty Thousand Three Hundred Seventy Seven and Sixty Paise Only"): lakh and crore as well as million,
/// paise after "and" or a decimal "point", the spoken "seven ninety three" for 793, and the usual misspellings
/// ("ninty", "fourty", "thousend") and OCR slips (one letter off in a long word). It is an independent
/// reading of the total: anything it cannot read makes the whole phrase unreadable rather than a guess.
/// </summary>
public static partial class AmountInWords
{
    /// <summary>True when every word of <paramref name="text"/> is a number word, a currency word or "only": the words go on.</summary>
    public static bool AreAmountWords(string text)
    {
        var tokens = Tokens().Matches(Separated(text).ToLowerInvariant()).Select(match => NumberWords.Normalise(match.Value)).ToList();
        return tokens.Count > 0 && tokens.All(token => token is not null);
    }

    /// <summary>True when the words reach their end: "Only", or the paise.</summary>
    public static bool IsComplete(string text) => EndOf(Separated(text)) is not null;

    /// <summary>The amount of a phrase that ends with "Only" or the paise (what follows is ignored); null when it does not end so.</summary>
    public static decimal? ParseComplete(string text) => Separated(text) is var words && EndOf(words) is { } end ? ParseSeparated(words[..end]) : null;

    /// <summary>True when the text holds a word only amounts in words use ("Thousand", "Lakh", "Rupees", "Only"), run together with others or not.</summary>
    public static bool MentionsAmount(string text) => AmountWord().IsMatch(Separated(text));

    /// <summary>
    /// The words with a space wherever a capital starts a new one ("INRFortyOne" is "INR Forty One"): OCR and the line
    /// network both lose the narrow spaces of a blurred line, and a capitalised amount keeps its words' starts.
    /// </summary>
    private static string Separated(string text) => WordStart().Replace(text, " ");

    /// <summary>
    /// Where the words end, or null: after the first closing word ("Only", "Paise"), after the paise when they
    /// are written after their word ("and Paise Fifty-six Only"), or before a last "On" whose "ly" was lost ("On!").
    /// </summary>
    private static int? EndOf(string text)
    {
        var tokens = Tokens().Matches(text.ToLowerInvariant()).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = NumberWords.Normalise(tokens[i].Value);
            if (token is "only" || (token is not null && NumberWords.PaiseWords.Contains(token)))
            {
                var last = i;
                while (token != "only" && last + 1 < tokens.Count && NumberWords.Normalise(tokens[last + 1].Value) is { } next && (NumberWords.IsNumber(next) || next == "only"))
                {
                    last++;
                    token = next == "only" ? next : token;
                }

                return tokens[last].Index + tokens[last].Length;
            }
        }

        return tokens is [.., var before, var clipped] && clipped.Value == "on" && NumberWords.Normalise(before.Value) is { } word && NumberWords.IsNumber(word) ? clipped.Index : null;
    }

    /// <summary>The amount the words say, or null when any word is not part of a number.</summary>
    /// <param name="words">The phrase, e.g. "INR Thirteen Thousand Two Hundred Eighty Nine and Sixteen paise Only".</param>
    public static decimal? Parse(string words) => ParseSeparated(Separated(words));

    private static decimal? ParseSeparated(string words)
    {
        var tokens = Tokens().Matches(words.ToLowerInvariant()).Select(match => NumberWords.Normalise(match.Value)).ToList();
        if (tokens.Any(token => token is null))
        {
            return null;
        }

        var known = tokens.Select(token => token!).Where(token => !NumberWords.Fillers.Contains(token)).ToList();
        var paiseAt = known.FindIndex(NumberWords.PaiseWords.Contains);
        var pointAt = known.IndexOf("point");
        if (paiseAt >= 0 && paiseAt != known.Count - 1 && !known[(paiseAt + 1)..].All(NumberWords.IsNumber))
        {
            return null;
        }

        // "... Seventy Nine and Ninety Two Paisa": the number words just before "paise" are the paise; the
        // rupees end where a new run of number words starts after "and" (which the tokens dropped), so the
        // paise are taken as the longest trailing run that reads as a number below 100.
        List<string> rupeeWords = known, paiseWords = [];
        if (paiseAt >= 0 && paiseAt != known.Count - 1)
        {
            // "... Two and Paise Fifty-six": the paise follow their word.
            (rupeeWords, paiseWords) = (known[..paiseAt], known[(paiseAt + 1)..]);
        }
        else if (paiseAt >= 0)
        {
            var numberWords = known[..paiseAt];
            (rupeeWords, paiseWords) = SplitPaise(words, numberWords);
        }
        else if (pointAt >= 0)
        {
            rupeeWords = known[..pointAt];
            paiseWords = known[(pointAt + 1)..];
        }

        if (rupeeWords.Count == 0 || Whole(rupeeWords) is not { } rupees)
        {
            return null;
        }

        decimal paise = 0;
        if (pointAt >= 0)
        {
            if (Digits(paiseWords) is not { } fraction)
            {
                return null;
            }

            paise = fraction;
        }
        else if (paiseWords.Count > 0)
        {
            if (Whole(paiseWords) is not { } cents || cents >= 100)
            {
                return null;
            }

            paise = cents / 100m;
        }

        return rupees + paise;
    }

    /// <summary>Splits "... Nine and Ninety Two" before "paise" at its last "and": rupees before, paise after.</summary>
    private static (List<string> Rupees, List<string> Paise) SplitPaise(string words, List<string> numberWords)
    {
        var lower = words.ToLowerInvariant();
        var paise = lower.LastIndexOf("pais", StringComparison.Ordinal);
        var and = AndWord().Matches(lower[..Math.Max(0, paise)]).LastOrDefault();
        if (and is null)
        {
            return ([], numberWords);
        }

        var paiseCount = Tokens().Matches(lower[(and.Index + and.Length)..paise]).Select(match => NumberWords.Normalise(match.Value)).Count(token => token is not null && !NumberWords.Fillers.Contains(token));
        return (numberWords[..^paiseCount], numberWords[^paiseCount..]);
    }

    /// <summary>Digit words after "point": "eight" is .8, "zero five" is .05.</summary>
    private static decimal? Digits(List<string> words)
    {
        if (words.Count is 0 or > 2)
        {
            return null;
        }

        decimal fraction = 0, scale = 0.1m;
        foreach (var word in words)
        {
            if (!NumberWords.Units.TryGetValue(word, out var digit) || digit > 9)
            {
                return null;
            }

            fraction += digit * scale;
            scale /= 10;
        }

        return fraction;
    }

    /// <summary>A whole number from its words, scales in descending order (crore, lakh, thousand, hundred).</summary>
    private static long? Whole(List<string> words)
    {
        long total = 0, group = 0;
        long lastScale = long.MaxValue;
        var previous = Kind.None;
        foreach (var word in words)
        {
            if (NumberWords.Units.TryGetValue(word, out var unit))
            {
                if (previous == Kind.Unit || (previous == Kind.Tens && unit >= 10))
                {
                    return null;
                }

                group += unit;
                previous = Kind.Unit;
            }
            else if (NumberWords.Tens.TryGetValue(word, out var tens))
            {
                // "seven ninety three" is 793: a digit followed straight by a tens word is hundreds, as it is said.
                if (previous == Kind.Unit && group is >= 1 and <= 9)
                {
                    group *= 100;
                }
                else if (previous is Kind.Unit or Kind.Tens)
                {
                    return null;
                }

                group += tens;
                previous = Kind.Tens;
            }
            else if (word == "hundred")
            {
                if (group is 0 or >= 100)
                {
                    return null;
                }

                group *= 100;
                previous = Kind.Hundred;
            }
            else if (NumberWords.Scales.TryGetValue(word, out var scale))
            {
                if (group == 0 || scale >= lastScale)
                {
                    return null;
                }

                total += group * scale;
                group = 0;
                lastScale = scale;
                previous = Kind.Scale;
            }
            else
            {
                return null;
            }
        }

        return previous == Kind.None ? null : total + group;
    }

    private enum Kind
    {
        None,
        Unit,
        Tens,
        Hundred,
        Scale,
    }

    [GeneratedRegex(@"\b(?:thousand|thousend|hundred|lakhs?|lacs?|crores?|rupees?|paisa|paise|only)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AmountWord();

    [GeneratedRegex(@"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex WordStart();

    [GeneratedRegex(@"[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();

    [GeneratedRegex(@"\band\b", RegexOptions.CultureInvariant)]
    private static partial Regex AndWord();
}
