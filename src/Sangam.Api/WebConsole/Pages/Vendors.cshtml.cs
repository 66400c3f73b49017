using Microsoft.AspNetCore.Mvc;
using Sangam.Api.Accounts;
using Sangam.Api.Http.Envelopes;
using Sangam.Api.Mca;
using Sangam.Api.Mca.Registry;
using Sangam.Api.Mca.Search;

namespace Sangam.Api.WebConsole.Pages;

/// <summary>A company by CIN or LLPIN, and companies by name, through the MCA endpoints' handlers.</summary>
public sealed class VendorsModel(CompanyLookup lookup, CompanySearch search) : ConsolePage(ApiFamily.Mca)
{
    [BindProperty(SupportsGet = true)]
    public string? Cin { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    public McaCompanyPayload? Company { get; private set; }

    public bool CompanyMissing { get; private set; }

    public McaSearchResponse? Matches { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Cin))
        {
            var answer = EndpointAnswer.Read<FlatAndWrappedLookupEnvelope<McaCompanyPayload>>(
                (await McaApi.LookupCompany(new McaRequest(Cin), lookup, HttpContext, cancellationToken)).Result);
            Error = answer.Error;
            Company = answer.Value is { Response: [var item, ..] } ? item.Response : null;
            CompanyMissing = answer.Succeeded && Company is null;
        }

        if (!string.IsNullOrWhiteSpace(Name))
        {
            var answer = EndpointAnswer.Read<McaSearchResponse>((await McaApi.SearchCompanies(Name, 50, search, cancellationToken)).Result);
            (Matches, Error) = (answer.Value, answer.Error ?? Error);
        }
    }
}
