namespace Sangam.Client.Tests;

/// <summary>Everything the SDK deliberately does not keep of the server's answers, and why.</summary>
internal static class WireAllowances
{
    private const string Status = "constant on every answer an SDK method returns (\"false\", \"200\", \"Success\"); a failure is a typed exception read from the HTTP status instead";

    /// <summary>Envelope A (SIM tracking): the SDK returns <c>response[0].response</c>; the envelope's status fields say nothing more.</summary>
    public static readonly WireAllowance[] Flat =
    [
        new("$.error", Status),
        new("$.code", Status),
        new("$.message", Status),
    ];

    /// <summary>Envelope B (FASTag, e-challan): the SDK keeps <c>data.response[0]</c>; the wrapper and the status fields say nothing more.</summary>
    public static readonly WireAllowance[] Wrapped =
    [
        new("$.success", "envelope B's wrapper: true on every answer an SDK method returns"),
        new("$.message", "envelope B's wrapper: \"Success\" on every answer an SDK method returns"),
        new("$.data.error", Status),
        new("$.data.code", Status),
        new("$.data.message", Status),
    ];

    /// <summary>
    /// Envelopes A and B in one body (VAHAN, SARATHI): the SDK keeps envelope B's item; envelope A's <c>response</c> at
    /// the top is the same item again, for clients of the hosted platform that read <c>response[0]</c>.
    /// </summary>
    public static readonly WireAllowance[] FlatAndWrapped =
    [
        .. Wrapped,
        new("$.response", "envelope A's copy of the item the SDK keeps from data.response[0]"),
        new("$.error", Status),
        new("$.code", Status),
    ];

    /// <summary>The login and refresh answers name the refresh token twice; the SDK reads either spelling into one property.</summary>
    public static readonly WireAllowance[] SpacedRefreshToken =
    [
        new("$.refresh token", "the documented spelling of refresh_token, carrying the same token (SangamTokens.RefreshToken)"),
    ];

    /// <summary>
    /// Envelopes A and B in one body as the MCA client reads them: it keeps envelope A's item; envelope B under
    /// <c>data</c> is the same item again.
    /// </summary>
    public static readonly WireAllowance[] FlatBesideWrapped =
    [
        .. Flat,
        new("$.success", "envelope B's wrapper: true on every answer an SDK method returns"),
        new("$.data", "envelope B's copy of the item the SDK keeps from response[0]"),
    ];
}
