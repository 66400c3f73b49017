using System.Text;

namespace Sangam.Api.Mca.Registry;

/// <summary>
/// How company names are matched: the same normalisation for the names in the registry and the names people type.
/// Upper case, punctuation as spaces, <c>&amp;</c> as AND, and the abbreviations of legal forms written out, so
/// "Tata Motors Pvt. Ltd." and "TATA MOTORS PRIVATE LIMITED" have one key.
/// </summary>
public static class CompanyNames
{
    /// <summary>Most names end in these words; indexing them would only slow every search down.</summary>
    private static readonly HashSet<string> LegalFormWords = new(StringComparer.Ordinal)
    {
        "PRIVATE", "LIMITED", "LLP", "OPC", "THE", "AND", "OF",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalFormWordSpans = LegalFormWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["PVT"] = "PRIVATE",
        ["PVTLTD"] = "PRIVATE LIMITED",
        ["LTD"] = "LIMITED",
    };

    /// <summary>At most this many words of a name are indexed; the rest add nothing a search would rank on.</summary>
    public const int MaxTokens = 12;

    /// <summary>
    /// Indexed words are cut to this many characters, in the index and in searches alike, so no word can outgrow an
    /// index entry (PostgreSQL's B-tree refuses entries over about 2,700 bytes); real words are far shorter.
    /// </summary>
    public const int MaxTokenLength = 40;

    /// <summary>The normalised name: upper-case words separated by single spaces.</summary>
    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        foreach (var word in Words(name))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Abbreviations.GetValueOrDefault(word, word));
        }

        return builder.ToString();
    }

    /// <summary>The distinct words of the key that are worth indexing: two characters or more, not a legal form, cut to <see cref="MaxTokenLength"/>.</summary>
    public static IReadOnlyList<string> Tokens(string key)
    {
        var tokens = new List<string>(4);
        foreach (var whole in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = Token(whole);
            if (word.Length >= 2 && !LegalFormWords.Contains(word) && !tokens.Contains(word))
            {
                tokens.Add(word);
                if (tokens.Count == MaxTokens)
                {
                    break;
                }
            }
        }

        return tokens;
    }

    /// <summary>A word as the index keeps it.</summary>
    public static string Token(string word) => word.Length > MaxTokenLength ? word[..MaxTokenLength] : word;

    /// <summary>The key without its legal-form words: what distinguishes one company's name from another's.</summary>
    public static string Core(string key) =>
        string.Join(' ', key.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !LegalFormWords.Contains(word)));

    /// <summary>
    /// How the <see cref="Core"/> of <paramref name="key"/> compares with <paramref name="core"/>: 0 equal, 1 starts
    /// with it, 2 neither; what <c>Core(key)</c> and string comparison answer, without building the core.
    /// </summary>
    public static int CompareCore(string key, string core)
    {
        var matched = 0;
        foreach (var range in key.AsSpan().Split(' '))
        {
            var word = key.AsSpan(range);
            if (word.IsEmpty || LegalFormWordSpans.Contains(word))
            {
                continue;
            }

            if (matched > 0 && !Matches(" ") || !Matches(word))
            {
                return 2;
            }
        }

        return matched == core.Length ? 0 : matched > core.Length ? 1 : 2;

        // Consumes the next characters of the core; past its end, the key's core only starts with it.
        bool Matches(ReadOnlySpan<char> text)
        {
            if (matched >= core.Length)
            {
                matched = core.Length + 1;
                return true;
            }

            var length = Math.Min(text.Length, core.Length - matched);
            if (!text[..length].SequenceEqual(core.AsSpan(matched, length)))
            {
                return false;
            }

            matched += text.Length;
            return true;
        }
    }

    /// <summary>
    /// Whether one of the <see cref="Tokens"/> of <paramref name="key"/> starts with <paramref name="prefix"/> (a
    /// token, two characters or more), without listing them when the key has no more words than are indexed.
    /// </summary>
    public static bool HasTokenStartingWith(string key, string prefix)
    {
        if (key.AsSpan().Count(' ') >= MaxTokens)
        {
            return Tokens(key).Any(token => token.StartsWith(prefix, StringComparison.Ordinal));
        }

        // Every word of such a key is a token, unless it is a legal form: none is left out for the count.
        foreach (var range in key.AsSpan().Split(' '))
        {
            var word = key.AsSpan(range);
            if (word.StartsWith(prefix, StringComparison.Ordinal) && !LegalFormWordSpans.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word being typed can only be the start of a legal form ("PRIV", "LIM"), which no search can use.</summary>
    public static bool IsLegalFormPrefix(string word) =>
        LegalFormWords.Any(form => form.StartsWith(word, StringComparison.Ordinal))
        || Abbreviations.Keys.Any(form => form.StartsWith(word, StringComparison.Ordinal));

    private static IEnumerable<string> Words(string name)
    {
        var word = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToUpperInvariant(c));
                continue;
            }

            // Initials ("A.B.C.") and "Pvt." keep their letters together; anything else separates words.
            if (c is '.' or '\'' && word.Length > 0)
            {
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            if (c == '&')
            {
                yield return "AND";
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
