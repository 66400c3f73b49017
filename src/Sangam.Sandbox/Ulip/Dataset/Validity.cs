namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>Days from today until a document expires, drawn with a realistic share of expired and nearly expired ones.</summary>
internal static class Validity
{
    public static int Draw(Random random, double expired, double expiringSoon, int longest = 700) => random.NextDouble() switch
    {
        var x when x < expired => -random.Between(1, 400),
        var x when x < expired + expiringSoon => random.Between(0, 30),
        _ => random.Between(31, longest),
    };
}
