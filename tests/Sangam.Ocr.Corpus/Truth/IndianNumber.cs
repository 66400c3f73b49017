using System.Globalization;
using System.Text;

namespace Sangam.Ocr.Corpus.Truth;

/// <summary>Prints amounts the Indian way: lakhs and crores, e.g. 12,34,567.89.</summary>
public static class IndianNumber
{
    public static string Format(decimal amount)
    {
        var text = Math.Abs(amount).ToString("0.00", CultureInfo.InvariantCulture);
        var whole = text[..^3];
        var grouped = new StringBuilder();
        var head = whole.Length > 3 ? whole[..^3] : string.Empty;
        for (var i = 0; i < head.Length; i++)
        {
            if (i > 0 && (head.Length - i) % 2 == 0)
            {
                grouped.Append(',');
            }

            grouped.Append(head[i]);
        }

        if (head.Length > 0)
        {
            grouped.Append(',');
        }

        grouped.Append(whole.Length > 3 ? whole[^3..] : whole).Append(text[^3..]);
        return (amount < 0 ? "-" : string.Empty) + grouped;
    }
}
