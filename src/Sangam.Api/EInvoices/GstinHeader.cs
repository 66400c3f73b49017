using System.Diagnostics.CodeAnalysis;
using Sangam.Api.Auth;
using Sangam.Api.Platform.Errors;
using Sangam.India.Tax;

namespace Sangam.Api.EInvoices;

/// <summary>The <c>Gstin</c> header of the IRN APIs: required, a valid GSTIN, and one the caller's account owns.</summary>
public static class GstinHeader
{
    public const string Name = "Gstin";

    public static bool TryResolve(string? header, Caller caller, [NotNullWhen(true)] out string? gstin, [NotNullWhen(false)] out ApiError? error)
    {
        gstin = null;
        if (string.IsNullOrWhiteSpace(header))
        {
            error = ApiError.BadRequest($"The {Name} header is required: the GSTIN whose e-invoices you ask for, e.g. {Name}: 27AAPFU0939F1ZV.");
            return false;
        }

        var parsed = Gstin.Parse(header);
        if (!parsed.IsValid)
        {
            error = ApiError.InvalidField(Name, Gstin.Pattern);
            return false;
        }

        if (!caller.Account.OwnsGstin(parsed.Value.Value))
        {
            error = ApiError.Forbidden($"GSTIN {parsed.Value.Value} is not one of your account's GSTINs.");
            return false;
        }

        gstin = parsed.Value.Value;
        error = null;
        return true;
    }
}
