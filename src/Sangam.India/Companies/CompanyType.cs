namespace Sangam.India.Companies;

/// <summary>The kind of company, from characters 13-15 of its CIN.</summary>
public enum CompanyType
{
    /// <summary>A code outside this list; read <see cref="Cin.CompanyTypeCode"/>.</summary>
    Other = 0,

    /// <summary>PLC: public limited company.</summary>
    PublicLimited,

    /// <summary>PTC: private limited company.</summary>
    PrivateLimited,

    /// <summary>OPC: one person company.</summary>
    OnePerson,

    /// <summary>NPL: not-for-profit licensed company (section 8).</summary>
    NotForProfit,

    /// <summary>FTC: private company that is a subsidiary of a foreign company.</summary>
    ForeignSubsidiary,

    /// <summary>FLC: public company in the financial lease business.</summary>
    FinancialLease,

    /// <summary>GOI: company owned by the Government of India.</summary>
    CentralGovernment,

    /// <summary>SGC: company owned by a state government.</summary>
    StateGovernment,

    /// <summary>GAP: general association, public.</summary>
    GeneralAssociationPublic,

    /// <summary>GAT: general association, private.</summary>
    GeneralAssociationPrivate,

    /// <summary>ULL: public company with unlimited liability.</summary>
    UnlimitedPublic,

    /// <summary>ULT: private company with unlimited liability.</summary>
    UnlimitedPrivate,
}
