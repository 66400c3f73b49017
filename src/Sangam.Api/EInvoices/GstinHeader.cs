using System.Diagnostics.CodeAnalysis;
using Sangam.Api.Accounts;
using Sangam.Api.Http.Errors;
using Sangam.India;
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
            error = ApiError.BadRequest($"The {Name} header is required: the GSTIN whose e-invoices you ask for, e.g. {Name}: {Gstin.Example}.");
            return false;
        }

        var parsed = Gstin.Parse(header);
        if (!parsed.IsValid)
        {
            // A GSTIN of the right shape with a mistyped character fails only the check character (or the fixed Z):
            // saying which character is wrong helps more than the pattern it already follows.
            error = Gstin.TryParse(header, ValidationMode.Lenient, out _)
                ? ApiError.InvalidValue(Name, parsed.Problem, "e.g. " + Gstin.Example)
                : ApiError.InvalidField(Name, Gstin.Pattern, "e.g. " + Gstin.Example);
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
