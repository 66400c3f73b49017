namespace Sangam.India.Tests;

public class FinancialYearTests
{
    [Theory]
    [InlineData(2023, 4, 1, "2023-24")]
    [InlineData(2024, 3, 31, "2023-24")]
    [InlineData(2024, 1, 15, "2023-24")]
    [InlineData(2024, 4, 1, "2024-25")]
    [InlineData(2020, 8, 5, "2020-21")]
    [InlineData(1999, 5, 1, "1999-00")]
    [InlineData(2099, 12, 31, "2099-00")]
    public void Year_runs_from_April_to_March(int year, int month, int day, string expected)
    {
        var financialYear = FinancialYear.Of(new DateOnly(year, month, day));

        Assert.Equal(expected, financialYear.Value);
        Assert.Equal(expected, financialYear.ToString());
        Assert.Matches(FinancialYear.Pattern, financialYear.Value);
    }

    [Fact]
    public void Bounds_and_containment()
    {
        var financialYear = FinancialYear.FromStartYear(2023);

        Assert.Equal(new DateOnly(2023, 4, 1), financialYear.FirstDay);
        Assert.Equal(new DateOnly(2024, 3, 31), financialYear.LastDay);
        Assert.True(financialYear.Contains(new DateOnly(2024, 2, 29)));
        Assert.False(financialYear.Contains(new DateOnly(2023, 3, 31)));
        Assert.False(financialYear.Contains(new DateOnly(2024, 4, 1)));
    }

    [Theory]
    [InlineData("2023-24")]
    [InlineData(" 2023-24 ")]
    [InlineData("2023-2024")]
    [InlineData("2023/24")]
    public void Parses_the_written_forms(string text)
    {
        var result = FinancialYear.Parse(text);

        Assert.True(result.IsValid, result.Problem);
        Assert.Equal("2023-24", result.Value.Value);
        Assert.Equal(2023, result.Value.StartYear);
        Assert.Equal(FinancialYear.FromStartYear(2023), result.Value);
    }

    [Theory]
    [InlineData("2023-25", "the year after 2023 is 24, not 25")]
    [InlineData("2023-2025", "the year after 2023 is 2024, not 2025")]
    [InlineData("1999-01", "the year after 1999 is 00, not 01")]
    [InlineData("23-24", "expected a year like 2023-24")]
    [InlineData("2023", "expected a year like 2023-24")]
    [InlineData("abcd-ef", "expected a year like 2023-24")]
    [InlineData("0999-00", "start year 999 is outside 1000-9998")]
    [InlineData("२०२३-२४", "character 1 is '२' (U+0968): a non-ASCII digit; only A-Z and 0-9 are allowed")]
    public void Problems_are_named(string text, string problem)
    {
        Assert.Equal(problem, FinancialYear.Parse(text).Problem);
    }

    [Fact]
    public void Years_order_by_start()
    {
        var earlier = FinancialYear.FromStartYear(2022);
        var later = FinancialYear.FromStartYear(2023);

        Assert.True(earlier < later);
        Assert.True(later >= earlier);
        Assert.True(earlier <= FinancialYear.FromStartYear(2022));
        Assert.False(earlier > later);
        Assert.Equal(-1, earlier.CompareTo(later));
    }

    [Theory]
    [InlineData(999)]
    [InlineData(9999)]
    public void Start_year_must_have_four_digits_and_a_representable_end(int startYear)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FinancialYear.FromStartYear(startYear));
    }

    [Fact]
    public void Every_date_falls_in_its_year_and_the_year_round_trips()
    {
        var random = new Random(401);
        var first = new DateOnly(1990, 1, 1).DayNumber;
        for (var n = 0; n < 5_000; n++)
        {
            var date = DateOnly.FromDayNumber(first + random.Next(50 * 366));

            var financialYear = FinancialYear.Of(date);

            Assert.True(financialYear.Contains(date), $"{date} not in {financialYear}");
            Assert.Equal(financialYear, FinancialYear.Parse(financialYear.Value).Value);
        }
    }
}
