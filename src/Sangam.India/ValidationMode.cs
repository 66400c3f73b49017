namespace Sangam.India;

/// <summary>How strictly an identifier with a check character or check digit is validated.</summary>
public enum ValidationMode
{
    /// <summary>Reject anything the issuing authority would not issue, including a wrong check character.</summary>
    Strict = 0,

    /// <summary>
    /// Accept values that are well-formed but fail the check character (and, for GSTINs, the
    /// fixed characters), reporting each as a warning. Meant for sandbox data, such as NIC
    /// sandbox GSTINs that fail their checksum, and for reporting OCR results rather than hiding them.
    /// </summary>
    Lenient = 1,
}
