namespace Sangam.India.Vehicles;

/// <summary>The status of a FASTag (NETC <c>TAGSTATUS</c>). Each member's value is its one-letter code.</summary>
public enum FastagTagStatus
{
    /// <summary>A: active.</summary>
    Active = 'A',

    /// <summary>I: inactive, e.g. an older tag of a vehicle that has since been issued another.</summary>
    Inactive = 'I',

    /// <summary>B: blacklisted, e.g. for low balance; toll plazas refuse it.</summary>
    Blacklisted = 'B',

    /// <summary>H: hotlisted.</summary>
    Hotlisted = 'H',

    /// <summary>C: closed.</summary>
    Closed = 'C',

    /// <summary>L: reported lost.</summary>
    Lost = 'L',

    /// <summary>E: on the exception list.</summary>
    Exception = 'E',
}
