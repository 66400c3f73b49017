namespace Sangam.Ocr.Layout;

/// <summary>Words that sit next to each other on a line with no wide gap: "Invoice No.: 123", one cell, one label and its value.</summary>
public sealed record Phrase(IReadOnlyList<Word> Words)
{
    public string Text { get; } = string.Join(' ', Words.Select(word => word.Text));

    public Box Box { get; } = Words.Skip(1).Aggregate(Words[0].Box, (box, word) => box.Union(word.Box));

    /// <summary>The weakest word's confidence: a value is only as sure as its least sure part.</summary>
    public double Confidence => Words.Min(word => word.Confidence);
}

/// <summary>A line of text across the page, left to right, split into phrases at wide gaps (columns).</summary>
public sealed record TextLine(IReadOnlyList<Phrase> Phrases)
{
    public IEnumerable<Word> Words => Phrases.SelectMany(phrase => phrase.Words);

    public string Text { get; } = string.Join(PhraseSeparator, Phrases.Select(phrase => phrase.Text));

    public Box Box { get; } = Phrases.Skip(1).Aggregate(Phrases[0].Box, (box, phrase) => box.Union(phrase.Box));

    private const string PhraseSeparator = "  ";

    /// <summary>The phrase holding the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public Phrase PhraseAt(int index)
    {
        var end = 0;
        foreach (var phrase in Phrases)
        {
            end += phrase.Text.Length + PhraseSeparator.Length;
            if (index < end)
            {
                return phrase;
            }
        }

        return Phrases[^1];
    }
}
