namespace Sangam.India.EInvoicing;

/// <summary>What verifying a NIC signed invoice or signed QR code found.</summary>
public enum NicJwsVerdict
{
    /// <summary>The text is not a compact JWS with JSON header and payload.</summary>
    NotJws = 0,

    /// <summary>The signature verifies with a key of the store.</summary>
    Verified = 1,

    /// <summary>No key of the store is meant for it: its kid is unknown and no key without kid verifies it.</summary>
    UnknownKey = 2,

    /// <summary>
    /// It does not verify with the key its kid names, or it is not RS256-signed at all
    /// (<c>none</c>, HMAC): the content may have been altered.
    /// </summary>
    BadSignature = 3,
}
