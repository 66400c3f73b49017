namespace Sangam.Ocr.Documents.Parsing;

/// <summary>
/// The letters and digits OCR takes for one another in print: O, D and Q for 0, I and L for 1, Z for 2, S for 5, G for
/// 6, B for 8 (upper case; callers fold case where a field allows it). Identifiers are repaired and numbers compared by
/// this one table.
/// </summary>
internal static class LookAlikes
{
    /// <summary>The digit a letter stands for where a digit belongs; any other character as it is.</summary>
    public static char AsDigit(char c) => c switch { 'O' or 'D' or 'Q' => '0', 'I' or 'L' => '1', 'Z' => '2', 'S' => '5', 'G' => '6', 'B' => '8', _ => c };

    /// <summary>The letter a digit stands for where a letter belongs; any other character as it is.</summary>
    public static char AsLetter(char c) => c switch { '0' => 'O', '1' => 'I', '2' => 'Z', '5' => 'S', '6' => 'G', '8' => 'B', _ => c };

    /// <summary>A digit and a letter that look alike (0 and O, 1 and L, 8 and B); two letters or two digits never do.</summary>
    public static bool Alike(char a, char b) =>
        char.IsAsciiDigit(a) ? !char.IsAsciiDigit(b) && AsDigit(b) == a : char.IsAsciiDigit(b) && AsDigit(a) == b;
}
