using System.Globalization;

namespace Sangam.Bench.Ocr;

/// <summary>The command line's <c>--name value</c> options and <c>--flag</c> switches.</summary>
internal sealed class Arguments(IReadOnlyList<string> args)
{
    public string? Value(string name)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }

    public int Int(string name, int fallback) => Value(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => args.Contains(name);
}
