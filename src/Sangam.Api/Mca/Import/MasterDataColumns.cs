namespace Sangam.Api.Mca.Import;

/// <summary>The fields of the MCA company master data that the registry keeps.</summary>
internal enum MasterDataField
{
    Cin,
    Name,
    RocCode,
    Category,
    SubCategory,
    CompanyClass,
    AuthorizedCapital,
    PaidUpCapital,
    IncorporationDate,
    RegisteredAddress,
    ListingStatus,
    Status,
    State,
    Origin,
    NicCode,
    Activity,
}

/// <summary>
/// Where each field sits in a master-data record. Both header variants of the published data are recognised (the
/// current <c>CIN, CompanyName, ...</c> and the older <c>CORPORATE_IDENTIFICATION_NUMBER, COMPANY_NAME, ...</c>), and so
/// are the data.gov.in API's records, which use the current names as keys. Unknown columns are ignored.
/// </summary>
internal sealed class MasterDataColumns
{
    private static readonly Dictionary<string, MasterDataField> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CIN"] = MasterDataField.Cin,
        ["CompanyName"] = MasterDataField.Name,
        ["CompanyROCcode"] = MasterDataField.RocCode,
        ["CompanyCategory"] = MasterDataField.Category,
        ["CompanySubCategory"] = MasterDataField.SubCategory,
        ["CompanyClass"] = MasterDataField.CompanyClass,
        ["AuthorizedCapital"] = MasterDataField.AuthorizedCapital,
        ["PaidupCapital"] = MasterDataField.PaidUpCapital,
        ["CompanyRegistrationdate_date"] = MasterDataField.IncorporationDate,
        ["Registered_Office_Address"] = MasterDataField.RegisteredAddress,
        ["Listingstatus"] = MasterDataField.ListingStatus,
        ["CompanyStatus"] = MasterDataField.Status,
        ["CompanyStateCode"] = MasterDataField.State,
        ["CompanyIndian/Foreign Company"] = MasterDataField.Origin,
        ["nic_code"] = MasterDataField.NicCode,
        ["CompanyIndustrialClassification"] = MasterDataField.Activity,

        ["CORPORATE_IDENTIFICATION_NUMBER"] = MasterDataField.Cin,
        ["DATE_OF_REGISTRATION"] = MasterDataField.IncorporationDate,
        ["COMPANY_NAME"] = MasterDataField.Name,
        ["COMPANY_STATUS"] = MasterDataField.Status,
        ["COMPANY_CLASS"] = MasterDataField.CompanyClass,
        ["COMPANY_CATEGORY"] = MasterDataField.Category,
        ["AUTHORIZED_CAPITAL"] = MasterDataField.AuthorizedCapital,
        ["PAIDUP_CAPITAL"] = MasterDataField.PaidUpCapital,
        ["REGISTERED_STATE"] = MasterDataField.State,
        ["REGISTRAR_OF_COMPANIES"] = MasterDataField.RocCode,
        ["PRINCIPAL_BUSINESS_ACTIVITY"] = MasterDataField.Activity,
        ["REGISTERED_OFFICE_ADDRESS"] = MasterDataField.RegisteredAddress,
        ["SUB_CATEGORY"] = MasterDataField.SubCategory,
    };

    private static readonly int FieldCount = Enum.GetValues<MasterDataField>().Length;

    private readonly int[] _indexes;

    private MasterDataColumns(int[] indexes, int width)
    {
        _indexes = indexes;
        Width = width;
    }

    /// <summary>Columns in the header; a record with another count is malformed.</summary>
    public int Width { get; }

    /// <summary>Maps a header; fails unless it names at least the identifier and the name columns.</summary>
    public static bool TryCreate(IReadOnlyList<string> header, out MasterDataColumns columns, out string problem)
    {
        var indexes = new int[FieldCount];
        Array.Fill(indexes, -1);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (KnownNames.TryGetValue(name, out var field) && indexes[(int)field] < 0)
            {
                indexes[(int)field] = i;
            }
        }

        columns = new MasterDataColumns(indexes, header.Count);
        problem = indexes[(int)MasterDataField.Cin] < 0 || indexes[(int)MasterDataField.Name] < 0
            ? "The first line is not an MCA company master data header: it needs a CIN column (CIN or CORPORATE_IDENTIFICATION_NUMBER) "
              + "and a name column (CompanyName or COMPANY_NAME)."
            : "";
        return problem.Length == 0;
    }

    /// <summary>The field's value in <paramref name="record"/>, trimmed; null when the column is absent or the value is empty or "NA".</summary>
    public string? Get(IReadOnlyList<string> record, MasterDataField field)
    {
        var index = _indexes[(int)field];
        if (index < 0 || index >= record.Count)
        {
            return null;
        }

        return Clean(record[index]);
    }

    /// <summary>A lookup over a keyed record (the data.gov.in API's JSON), with the same names as the CSV header.</summary>
    public static string? Get(IReadOnlyDictionary<string, string?> record, MasterDataField field)
    {
        foreach (var (name, value) in record)
        {
            if (KnownNames.TryGetValue(name, out var known) && known == field)
            {
                return Clean(value);
            }
        }

        return null;
    }

    // The published files write a missing value as an empty field or as "NA".
    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed is "NA" or "N/A" or "-" or "null" ? null : trimmed;
    }
}
