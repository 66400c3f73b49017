using Microsoft.AspNetCore.Mvc;
using Sangam.Api.Administration;
using Sangam.India;

namespace Sangam.Api.WebConsole.Pages.Admin;

/// <summary>The API keys of one account: issued (the key shown once), listed and revoked through the admin API's handlers.</summary>
public sealed class ApiKeysModel(AccountAdministration accounts, ApiKeyAdministration apiKeys) : ConsolePage
{
    [BindProperty(SupportsGet = true)]
    public string Slug { get; set; } = "";

    public AccountView? Account { get; private set; }

    public IReadOnlyList<ApiKeyView> Keys { get; private set; } = [];

    /// <summary>The key just issued, shown this once.</summary>
    public string? IssuedKey { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>Issues a key for the families ticked (none: every family of the account), working until the end of <c>validUntil</c> (IST) or forever.</summary>
    public async Task OnPostCreateAsync(string? name, string[]? families, DateOnly? validUntil, CancellationToken cancellationToken)
    {
        var expiresAt = validUntil is { } day ? Ist.FromWallClock(day.AddDays(1).ToDateTime(TimeOnly.MinValue)) : (DateTimeOffset?)null;
        var answer = EndpointAnswer.Read<IssuedApiKey>(
            (await ApiKeysAdminApi.CreateApiKey(Slug, new CreateApiKeyRequest(name, families is { Length: > 0 } ? families : null, expiresAt), Caller, apiKeys, cancellationToken)).Result);
        (Error, IssuedKey) = (answer.Error, answer.Value?.Key);
        Notice = answer.Value is { } issued ? $"API key {issued.ApiKey.Prefix} ({issued.ApiKey.Name}) created. Copy it now: it is shown only this once." : null;
        await LoadAsync(cancellationToken);
    }

    public async Task OnPostRevokeAsync(string keyId, CancellationToken cancellationToken)
    {
        var answer = EndpointAnswer.Read<ApiKeyView>((await ApiKeysAdminApi.RevokeApiKey(Slug, keyId, apiKeys, cancellationToken)).Result);
        (Error, Notice) = (answer.Error, answer.Value is { } key ? $"API key {key.Prefix} revoked." : null);
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var account = await accounts.GetAsync(Slug, cancellationToken);
        Account = account.Value;
        Error ??= account.Message;
        Keys = (await apiKeys.ListAsync(Slug, cancellationToken)).Value ?? [];
    }
}
