namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>
/// Seeded randomness that gives the same sequence on every run and machine. A seeded <see cref="Random"/> is
/// stable across runs; string hash codes are not, so text seeds go through FNV-1a.
/// </summary>
public static class StableRandom
{
    public static Random For(string text, int salt = 0) => new(Seed(text) ^ salt);

    public static int Seed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return unchecked((int)hash);
    }

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static string Digits(this Random random, int count) => Characters(random, "0123456789", count);

    public static string Hex(this Random random, int count) => Characters(random, "0123456789ABCDEF", count);

    /// <summary>Series letters skip I and O, as registering authorities do.</summary>
    public static string SeriesLetters(this Random random, int count) => Characters(random, "ABCDEFGHJKLMNPQRSTUVWXYZ", count);

    public static string Alphanumerics(this Random random, int count) => Characters(random, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", count);

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    private static string Characters(Random random, string alphabet, int count) =>
        string.Create(count, (random, alphabet), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = state.alphabet[state.random.Next(state.alphabet.Length)];
            }
        });
}
