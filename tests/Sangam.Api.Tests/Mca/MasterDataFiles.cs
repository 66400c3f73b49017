using System.Text;

namespace Sangam.Api.Tests.Mca;

/// <summary>Master-data CSVs in the published shapes, with companies of a test's own (unique CINs per call).</summary>
internal static class MasterDataFiles
{
    public const string CurrentHeader =
        "CIN,CompanyName,CompanyROCcode,CompanyCategory,CompanySubCategory,CompanyClass,AuthorizedCapital,PaidupCapital,"
        + "CompanyRegistrationdate_date,Registered_Office_Address,Listingstatus,CompanyStatus,CompanyStateCode,"
        + "CompanyIndian/Foreign Company,nic_code,CompanyIndustrialClassification";

    public const string OlderHeader =
        "CORPORATE_IDENTIFICATION_NUMBER,DATE_OF_REGISTRATION,COMPANY_NAME,COMPANY_STATUS,COMPANY_CLASS,COMPANY_CATEGORY,"
        + "AUTHORIZED_CAPITAL,PAIDUP_CAPITAL,REGISTERED_STATE,REGISTRAR_OF_COMPANIES,PRINCIPAL_BUSINESS_ACTIVITY,"
        + "REGISTERED_OFFICE_ADDRESS,SUB_CATEGORY";

    private static int s_serial = 100_000 + Random.Shared.Next(0, 100_000) * 3;

    /// <summary>A CIN no other test uses.</summary>
    public static string NewCin(string state = "MH", string type = "PTC") =>
        $"U49231{state}2018{type}{Interlocked.Increment(ref s_serial) % 1_000_000:D6}";

    /// <summary>A row in the current layout.</summary>
    public static string Row(string cin, string name, string status = "Active", string address = "12, MG Road, Pune, Maharashtra, 411001", string date = "14-02-2018") =>
        $"{cin},{Quote(name)},RoC-Pune,Company limited by Shares,Non-govt company,Private,1000000,500000,{date},{Quote(address)},Unlisted,{status},MH,Indian,49231,Freight transport by road";

    public static string Csv(params string[] rows) => CurrentHeader + "\r\n" + string.Join("\r\n", rows) + "\r\n";

    public static HttpContent Content(string csv) => new StringContent(csv, Encoding.UTF8, "text/csv");

    public static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
