namespace Sangam.Api.Sandbox;

/// <summary>
/// The account a sandbox seeds on first start, so the API can be tried at once. Never created in production mode,
/// so these well-known passwords can open nothing real.
/// </summary>
public static class DemoAccount
{
    public const string Slug = "demo";
    public const string Name = "Demo Logistics Pvt Ltd";
    public const string Username = "demo";
    public const string Password = "sangam-demo";
    public const string Email = "demo@sangam.invalid";
    public const string AdminUsername = "admin";
    public const string AdminPassword = "sangam-admin";
    public const string Subid = "DEMO-SUB-0001";

    /// <summary>GSTINs the demo account owns (valid check characters), for the IRN APIs.</summary>
    public static IReadOnlyList<string> Gstins { get; } = ["27AAPFU0939F1ZV", "24AACCT3352M1Z9", "06AABCO6063D1ZQ"];
}
