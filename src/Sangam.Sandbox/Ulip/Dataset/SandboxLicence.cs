namespace Sangam.Sandbox.Ulip.Dataset;

/// <summary>
/// A driving licence of the sandbox dataset. The issue date matches the year in the number; validity dates are
/// days from today (negative: expired).
/// </summary>
public sealed record SandboxLicence
{
    /// <summary>The normalised number, e.g. <c>GJ0420120005008</c>.</summary>
    public required string Number { get; init; }

    public required DateOnly DateOfBirth { get; init; }

    public required string FullName { get; init; }

    public required string FatherName { get; init; }

    public required string Gender { get; init; }

    public required string BloodGroup { get; init; }

    public required string AddressLine1 { get; init; }

    public required string AddressLine2 { get; init; }

    public required RtoOffice Rto { get; init; }

    public required DateOnly IssuedOn { get; init; }

    public string Status { get; init; } = "Active";

    public required int NonTransportValidDays { get; init; }

    /// <summary>Null when the licence has no transport class.</summary>
    public int? TransportValidDays { get; init; }

    public required IReadOnlyList<LicenceClass> Classes { get; init; }

    public string? Scenario { get; init; }

    /// <summary>The form SARATHI is asked with: RTO code, a space, the rest (<c>GJ04 20120005008</c>).</summary>
    public string SarathiNumber => $"{Number[..4]} {Number[4..]}";
}

/// <summary>A class of vehicle the licence covers (SARATHI <c>dlcovs</c>).</summary>
public sealed record LicenceClass(string Abbreviation, string Description, DateOnly IssuedOn)
{
    public static LicenceClass Of(string abbreviation, DateOnly issuedOn) => new(abbreviation, Describe(abbreviation), issuedOn);

    private static string Describe(string abbreviation) => abbreviation switch
    {
        "MCWG" => "MOTOR CYCLE WITH GEAR(NON TRANSPORT)",
        "MCWOG" => "MOTOR CYCLE WITHOUT GEAR(NON TRANSPORT)",
        "LMV" => "LIGHT MOTOR VEHICLE",
        "TRANS" => "TRANSPORT VEHICLE",
        "HGMV" => "HEAVY GOODS MOTOR VEHICLE",
        "HPMV" => "HEAVY PASSENGER MOTOR VEHICLE",
        "HTV" => "HEAVY TRANSPORT VEHICLE",
        "MGV" => "MEDIUM GOODS VEHICLE",
        _ => abbreviation,
    };
}
