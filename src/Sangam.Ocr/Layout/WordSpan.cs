namespace Sangam.Ocr.Layout;

/// <summary>
/// The words of a phrase or line joined by single spaces, with each word's character offset, so a
/// regular-expression match on the text can be mapped back to the words (and boxes) it covers.
/// </summary>
internal sealed class WordSpan
{
    private readonly int[] _starts;

    public WordSpan(IReadOnlyList<Word> words)
    {
        Words = words;
        _starts = new int[words.Count];
        var offset = 0;
        for (var i = 0; i < words.Count; i++)
        {
            _starts[i] = offset;
            offset += words[i].Text.Length + 1;
        }

        Text = string.Join(' ', words.Select(word => word.Text));
    }

    public IReadOnlyList<Word> Words { get; }

    public string Text { get; }

    /// <summary>Words that overlap the character range [start, end).</summary>
    public List<Word> Covering(int start, int end)
    {
        var covered = new List<Word>();
        for (var i = 0; i < Words.Count; i++)
        {
            var wordEnd = _starts[i] + Words[i].Text.Length;
            if (_starts[i] < end && wordEnd > start)
            {
                covered.Add(Words[i]);
            }
        }

        return covered;
    }

    /// <summary>Words starting at or after character <paramref name="start"/>, with the part of a word the match cut into.</summary>
    public List<Word> From(int start)
    {
        var rest = new List<Word>();
        for (var i = 0; i < Words.Count; i++)
        {
            var wordEnd = _starts[i] + Words[i].Text.Length;
            if (_starts[i] >= start)
            {
                rest.Add(Words[i]);
            }
            else if (wordEnd > start)
            {
                // "No.:RLP-11292" read as one word: keep the part after the label.
                rest.Add(Words[i] with { Text = Words[i].Text[(start - _starts[i])..] });
            }
        }

        return rest;
    }
}
