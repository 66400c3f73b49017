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
