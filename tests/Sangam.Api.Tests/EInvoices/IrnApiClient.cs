using System.Globalization;
using System.Text;
using Sangam.Testing.EInvoices;

namespace Sangam.Api.Tests.EInvoices;

/// <summary>Calls of the IRN APIs with the <c>Gstin</c> header, for the tests.</summary>
internal static class IrnApiClient
{
    public const string ListPath = "/api/v2/saas-apis/irn/";
    public const string ImportPath = "/api/v2/saas-apis/irn/import";

    public static Task<HttpResponseMessage> ListAsync(this HttpClient client, string? gstin, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, ListPath + query);
        if (gstin is not null)
        {
            request.Headers.Add("Gstin", gstin);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> ListMonthAsync(this HttpClient client, string gstin, DateTime month, string irnType, string extra = "") =>
        client.ListAsync(gstin, string.Create(CultureInfo.InvariantCulture, $"?year={month.Year}&month={month.Month}&irn_type={irnType}{extra}"));

    public static Task<HttpResponseMessage> DetailAsync(this HttpClient client, string? gstin, string irn)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, ListPath + irn);
        if (gstin is not null)
        {
            request.Headers.Add("Gstin", gstin);
        }

        return client.SendAsync(request);
    }

    /// <summary>A new account owning a new GSTIN, and a client logged in to it.</summary>
    public static async Task<(HttpClient Client, string Gstin)> NewAccountWithGstinAsync(this SangamServer server)
    {
        var gstin = TestEInvoices.NewGstin();
        var user = await server.CreateAccountAsync();
        await server.AddGstinsAsync(user, gstin);
        return (await server.ClientForAsync(user), gstin);
    }

    /// <summary>The first day of the month before the fake clock's, IST.</summary>
    public static DateTime FirstOfLastMonth(this SangamServer server)
    {
        var now = server.IstNow();
        return new DateTime(now.Year, now.Month, 1).AddMonths(-1);
    }

    public static async Task<JsonNode> ImportAsync(this HttpClient client, params JsonNode[] responses)
    {
        using var response = await client.PostAsync(ImportPath, new StringContent(new JsonArray([.. responses.Select(r => r.DeepClone())]).ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();
        Assert.True((int)body["rejected"]! == 0, body.ToJsonString());
        return body;
    }
}
