using System.Text.Json;

namespace Sangam.India.Tests.EInvoicing;

/// <summary>The public 2020 IRP response shipped with the tests, signed with NIC's einv_prod_11092020 key.</summary>
internal static class IrpSample
{
    private static readonly Lazy<JsonElement> Response = new(() =>
        JsonElement.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "irp-response-2020.json"))));

    public static string SignedInvoice => Response.Value.GetProperty(nameof(SignedInvoice)).GetString()!;

    public static string SignedQrCode => Response.Value.GetProperty("SignedQRCode").GetString()!;

    public static string Irn => Response.Value.GetProperty(nameof(Irn)).GetString()!;

    public const string Prod2020Kid = "115F4426617A7938BE1BA06DBEE91A427584EDAB";

    public const string SandboxKid = "EDC57DE1358B300BA9F79340A6696831F3C85047";
}
