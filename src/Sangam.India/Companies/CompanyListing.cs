namespace Sangam.India.Companies;

/// <summary>Whether a company's shares are listed on a stock exchange, the first character of its CIN.</summary>
public enum CompanyListing
{
    /// <summary>L: listed.</summary>
    Listed = 'L',

    /// <summary>U: unlisted.</summary>
    Unlisted = 'U',
}
