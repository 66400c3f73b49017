namespace Sangam.India.Companies;

/// <summary>Which identifier a <see cref="CompanyIdentifier"/> holds.</summary>
public enum CompanyIdentifierKind
{
    /// <summary>A company's CIN.</summary>
    Cin = 1,

    /// <summary>A limited liability partnership's LLPIN.</summary>
    Llpin = 2,
}
