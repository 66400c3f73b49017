using Sangam.Api.Mca.Registry;

namespace Sangam.Api.Tests.Mca;

/// <summary>
/// The shortcuts search ranks with answer what the definitions they stand for answer: the core of a name key against
/// a query's core, and whether a token of the key starts with a typed prefix.
/// </summary>
public sealed class CompanyNamesTests
{
    private static readonly string[] Names =
    [
        "Narmada Gupta Roadways Private Limited", "Narmada Gupta", "The Narmada Gupta Co", "Narmada Guptas Ltd", "Narmada  Gupta",
        "Private Limited", "", "Gupta Narmada", "Narmada & Gupta LLP", "Narm", "Narmada Gupta Private Limited Roadways",
        "A B C D E F G H I J K L M N O P Guptarth", "Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj Kk Ll Guptarth", "Aa Bb Aa Cc Dd Ee Ff Gg Hh Ii Jj Kk Guptarth",
        "Shah Sheth Shetty", "Sh Shah", "Limited Limitless", new string('G', 45) + " Gupta",
    ];

    private static readonly string[] Queries =
        ["Narmada Gupta", "narmada gup", "Narmada", "Gupta", "The Narmada Gupta", "narmada gupta roadways pvt ltd", "x", "Limitless", "Guptarth"];

    [Fact]
    public void CompareCore_answers_what_comparing_the_cores_answers()
    {
        foreach (var name in Names)
        {
            var key = CompanyNames.Key(name);
            foreach (var query in Queries.Append(""))
            {
                var core = CompanyNames.Core(CompanyNames.Key(query));
                var keyCore = CompanyNames.Core(key);
                var expected = keyCore == core ? 0 : keyCore.StartsWith(core, StringComparison.Ordinal) ? 1 : 2;
                Assert.True(expected == CompanyNames.CompareCore(key, core), $"'{key}' against '{core}': expected {expected}");
            }
        }
    }

    [Fact]
    public void HasTokenStartingWith_answers_what_the_tokens_answer()
    {
        string[] prefixes = ["GUP", "GUPTA", "GUPTAR", "SH", "SHE", "LIMITL", "NARMADA", new string('G', 41), "GUPTARTHX"];
        foreach (var key in Names.Select(CompanyNames.Key))
        {
            foreach (var prefix in prefixes.Select(CompanyNames.Token))
            {
                var expected = CompanyNames.Tokens(key).Any(token => token.StartsWith(prefix, StringComparison.Ordinal));
                Assert.True(expected == CompanyNames.HasTokenStartingWith(key, prefix), $"'{key}' and '{prefix}': expected {expected}");
            }
        }
    }
}
