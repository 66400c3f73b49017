using Sangam.India.Tax;

namespace Sangam.India.Tests;

/// <summary>Random valid identifiers for property tests; every caller seeds its own Random.</summary>
internal static class Generate
{
    public const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    public const string Digits = "0123456789";
    public const string Alphanumerics = Digits + Letters;

    public static char Letter(Random random) => Letters[random.Next(Letters.Length)];

    public static char Digit(Random random) => Digits[random.Next(Digits.Length)];

    public static string PanText(Random random, char holderType = 'C') => string.Create(10, (random, holderType), static (span, state) =>
    {
        var (r, holder) = state;
        for (var i = 0; i < 5; i++)
        {
            span[i] = Letter(r);
        }

        span[3] = holder;
        for (var i = 5; i < 9; i++)
        {
            span[i] = Digit(r);
        }

        span[9] = Letter(r);
    });

    public static string GstinText(Random random)
    {
        var states = IndianStates.All;
        var state = states[random.Next(states.Count)];
        var entity = "123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[random.Next(35)];
        var first14 = $"{state.GstCode}{PanText(random, "CPHFATBLJG"[random.Next(10)])}{entity}Z";
        return first14 + Gstin.ComputeCheckCharacter(first14);
    }

    /// <summary>Spaces, hyphens and lower case sprinkled into a normalised identifier.</summary>
    public static string Scramble(Random random, string value)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in value)
        {
            if (random.Next(4) == 0)
            {
                builder.Append(" -"[random.Next(2)]);
            }

            builder.Append(random.Next(2) == 0 ? char.ToLowerInvariant(c) : c);
        }

        return (random.Next(2) == 0 ? "  " : "") + builder + (random.Next(2) == 0 ? " " : "");
    }
}
