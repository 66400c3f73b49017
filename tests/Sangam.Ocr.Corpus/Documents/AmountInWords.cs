namespace Sangam.Ocr.Corpus.Documents;

/// <summary>Rupee amounts in words with the Indian scale (thousand, lakh, crore).</summary>
internal static class AmountInWords
{
    private static readonly string[] Small =
    [
        "Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen",
    ];

    private static readonly string[] Tens = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"];

    public static string Format(decimal amount)
    {
        var rupees = (long)Math.Floor(amount);
        if (rupees == 0)
        {
            return Small[0];
        }

        var parts = new List<string>();
        foreach (var (unit, name) in new[] { (10_000_000L, "Crore"), (100_000L, "Lakh"), (1000L, "Thousand"), (100L, "Hundred") })
        {
            if (rupees >= unit)
            {
                parts.Add($"{Format(rupees / unit)} {name}");
                rupees %= unit;
            }
        }

        if (rupees > 0)
        {
            parts.Add(rupees < 20 ? Small[rupees] : Tens[rupees / 10] + (rupees % 10 > 0 ? " " + Small[rupees % 10] : string.Empty));
        }

        return string.Join(' ', parts);
    }
}
