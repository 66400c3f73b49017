namespace Sangam.India.Tax;

/// <summary>
/// Repairs GSTINs read by OCR, which confuses O/0, I/1, S/5, B/8, Z/2 and G/6.
/// </summary>
public static class GstinOcr
{
    // What each position holds: digits, letters, the fixed 'Z', and '*' where either is legal
    // (entity number, check character), so only the check character can tell which reading is right.
    private const string Expected = "99AAAAA9999A*Z*";

    /// <summary>
    /// Repairs the classic OCR confusions position by position (a letter where a digit must be,
    /// and the reverse) and, where a position may hold either, tries both readings. Succeeds only
    /// if exactly one repair yields a GSTIN whose check character verifies.
    /// </summary>
    /// <param name="text">The OCR text of one GSTIN; spaces, hyphens and lower case are tolerated.</param>
    /// <param name="gstin">The repaired, strictly valid GSTIN.</param>
    /// <param name="changedCharacters">
    /// How many characters the repair changed; 0 when the text was already valid.
    /// Each change is a guess a caller may want to lower its confidence for.
    /// </param>
    public static bool TryRepair(string? text, out Gstin gstin, out int changedCharacters)
    {
        gstin = default;
        changedCharacters = 0;
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(text, buffer, " -", [], out var length, out _) || length != Gstin.Length)
        {
            return false;
        }

        var chars = buffer[..Gstin.Length];
        if (!TryFixByPosition(chars, out var forcedChanges))
        {
            return false;
        }

        Span<char> candidate = stackalloc char[Gstin.Length];
        Span<char> best = stackalloc char[Gstin.Length];
        var bestChanges = int.MaxValue;
        var ambiguous = false;
        foreach (var swapEntity in (ReadOnlySpan<bool>)[false, true])
        {
            foreach (var swapCheck in (ReadOnlySpan<bool>)[false, true])
            {
                chars.CopyTo(candidate);
                if (!TrySwap(candidate, 12, swapEntity) || !TrySwap(candidate, 14, swapCheck) || !IsValid(candidate))
                {
                    continue;
                }

                var changes = forcedChanges + (swapEntity ? 1 : 0) + (swapCheck ? 1 : 0);
                if (changes < bestChanges)
                {
                    candidate.CopyTo(best);
                    bestChanges = changes;
                    ambiguous = false;
                }
                else if (changes == bestChanges)
                {
                    ambiguous = true;
                }
            }
        }

        if (bestChanges == int.MaxValue || ambiguous)
        {
            return false;
        }

        gstin = Gstin.Parse(new string(best)).Value;
        changedCharacters = bestChanges;
        return true;
    }

    private static bool TryFixByPosition(Span<char> chars, out int changes)
    {
        changes = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            var repaired = Expected[i] switch
            {
                '9' => char.IsAsciiDigit(c) ? c : DigitLookingLike(c),
                'A' => char.IsAsciiLetterUpper(c) ? c : LetterLookingLike(c),
                'Z' => c == '2' ? 'Z' : c,
                _ => c,
            };
            if (repaired == default || (Expected[i] == 'Z' && repaired != 'Z'))
            {
                return false;
            }

            if (repaired != c)
            {
                chars[i] = repaired;
                changes++;
            }
        }

        return true;
    }

    private static bool TrySwap(Span<char> chars, int index, bool swap)
    {
        if (!swap)
        {
            return true;
        }

        var twin = char.IsAsciiDigit(chars[index]) ? LetterLookingLike(chars[index]) : DigitLookingLike(chars[index]);
        chars[index] = twin;
        return twin != default;
    }

    private static bool IsValid(ReadOnlySpan<char> chars)
    {
        List<string>? warnings = null;
        return Gstin.FindProblem(chars, ValidationMode.Strict, ref warnings) is null;
    }

    private static char DigitLookingLike(char letter) => letter switch
    {
        'O' => '0',
        'I' => '1',
        'Z' => '2',
        'S' => '5',
        'G' => '6',
        'B' => '8',
        _ => default,
    };

    private static char LetterLookingLike(char digit) => digit switch
    {
        '0' => 'O',
        '1' => 'I',
        '2' => 'Z',
        '5' => 'S',
        '6' => 'G',
        '8' => 'B',
        _ => default,
    };
}
