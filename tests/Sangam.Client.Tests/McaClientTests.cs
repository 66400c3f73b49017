using System.Text;
using Sangam.Api.Accounts;
using Sangam.Client;
using Sangam.Sandbox.DataGovIn;

namespace Sangam.Client.Tests;

[Collection(RegistryImports.Name)]
public sealed class McaClientTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task A_company_comes_back_typed_with_its_financials_parsed_from_the_padded_strings()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync(ApiFamily.Mca));

        var company = await client.Mca.GetCompanyAsync(SandboxCompanies.ListedWithFinancials);

        Assert.NotNull(company);
        Assert.Equal("Sahyadri Infotech Limited", company.CompanyName);
        Assert.True(company.IsActive);
        Assert.Equal(new DateOnly(2000, 10, 3), company.IncorporationDate);
        Assert.Null(company.RegisteredContactNo);
        var year = company.FinancialDetails.Single(f => f.Year == 2022);
        Assert.Equal((561_519_000m, 6_757_000m), (year.TurnOver, year.ProfitLoss));
    }

    [Fact]
    public async Task An_unknown_company_is_null_and_a_malformed_cin_a_validation_exception()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync(ApiFamily.Mca));

        var unknown = await client.Mca.GetCompanyAsync(SandboxCompanies.Unknown);
        var error = await Assert.ThrowsAsync<SangamValidationException>(() => client.Mca.GetCompanyAsync("L17110"));

        Assert.Null(unknown);
        Assert.Contains("Format should follow", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_by_name()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync(ApiFamily.Mca));

        var result = await client.Mca.SearchAsync("konkan freight", limit: 5);

        Assert.Equal(SandboxCompanies.Llp, result.Data[0].Cin);
        Assert.Equal("LLP", result.Data[0].CompanyClass);
    }

    [Fact]
    public async Task An_admin_imports_a_stream_and_sees_the_upload_progress_and_the_summary()
    {
        var cin = $"U52109TN2019PTC{Random.Shared.Next(100_000, 999_999)}";
        var csv = "CIN,CompanyName,CompanyStatus,CompanyRegistrationdate_date\n"
            + $"{cin},Chola Cold Chain Private Limited,Active,09-09-2019\nBAD,Broken Row Private Limited,Active,01-01-2019\n";
        using var admin = server.ClientFor(await server.CreateAdminAsync());
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var reported = new List<long>();

        var summary = await admin.Mca.ImportAsync(stream, new SynchronousProgress(reported.Add));

        Assert.Equal((2L, 1L, 1L), (summary.RowsRead, summary.Inserted, summary.Rejected));
        Assert.Equal("invalid_identifier", summary.Rejections.Single().Reason);
        Assert.Equal(stream.Length, reported.Max());
        Assert.Equal("Chola Cold Chain Private Limited", (await admin.Mca.GetCompanyAsync(cin))!.CompanyName);
    }

    [Fact]
    public async Task A_member_may_not_import()
    {
        using var member = server.ClientFor(await server.CreateAccountAsync(ApiFamily.Mca));
        using var stream = new MemoryStream("CIN,CompanyName\n"u8.ToArray());

        await Assert.ThrowsAsync<SangamForbiddenException>(() => member.Mca.ImportAsync(stream));
    }

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
