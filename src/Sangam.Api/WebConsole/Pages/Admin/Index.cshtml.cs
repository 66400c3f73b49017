using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Administration;
using Sangam.Api.Data;
using Sangam.Api.Http.Envelopes;
using Sangam.Api.Webhooks;

namespace Sangam.Api.WebConsole.Pages.Admin;

/// <summary>Accounts, their users, families, GSTINs and Subids, and this account's webhook with its recent deliveries: through the API's handlers.</summary>
public sealed class IndexModel(
    AccountAdministration accounts, UserAdministration users, SangamDb db, TimeProvider time, IOptions<WebhookOptions> webhooks) : ConsolePage
{
    public IReadOnlyList<AccountView> Accounts { get; private set; } = [];

    public WebhookRecord? Webhook { get; private set; }

    public IReadOnlyList<WebhookDeliveryRecord> Deliveries { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task OnPostCreateAccountAsync(string? slug, string? name, string[]? families, CancellationToken cancellationToken) =>
        await ActAsync(await AccountsApi.CreateAccount(new CreateAccountRequest(slug, name, families), accounts, cancellationToken), $"Account {slug} created.", cancellationToken);

    public async Task OnPostAddUserAsync(string slug, string? username, string? email, string? password, string? role, CancellationToken cancellationToken) =>
        await ActAsync(await AccountsApi.AddUser(slug, new AddUserRequest(username, email, password, role), users, cancellationToken), $"User {username} added to {slug}.", cancellationToken);

    public async Task OnPostFamilyAsync(string slug, string family, bool grant, CancellationToken cancellationToken) =>
        await ActAsync(grant ? await AccountsApi.GrantFamily(slug, family, accounts, cancellationToken) : await AccountsApi.RevokeFamily(slug, family, accounts, cancellationToken),
            $"{family} {(grant ? "granted to" : "revoked from")} {slug}.", cancellationToken);

    public async Task OnPostGstinAsync(string slug, string gstin, bool add, CancellationToken cancellationToken) =>
        await ActAsync(add ? await AccountsApi.AddGstin(slug, gstin, accounts, cancellationToken) : await AccountsApi.RemoveGstin(slug, gstin, accounts, cancellationToken),
            $"GSTIN {gstin} {(add ? "added to" : "removed from")} {slug}.", cancellationToken);

    public async Task OnPostSubidAsync(string slug, string subid, bool add, CancellationToken cancellationToken) =>
        await ActAsync(add ? await AccountsApi.AddSubid(slug, subid, accounts, cancellationToken) : await AccountsApi.RemoveSubid(slug, subid, accounts, cancellationToken),
            $"Subid {subid} {(add ? "added to" : "removed from")} {slug}.", cancellationToken);

    public async Task OnPostUserDisabledAsync(string username, bool disabled, CancellationToken cancellationToken) =>
        await ActAsync(await AccountsApi.UpdateUser(username, new UpdateUserRequest(disabled, null), users, cancellationToken),
            $"User {username} {(disabled ? "disabled" : "enabled")}.", cancellationToken);

    public async Task OnPostWebhookAsync(string? url, string[]? events, CancellationToken cancellationToken)
    {
        var answer = EndpointAnswer.Read<LookupEnvelope<WebhookRecord>>(
            (await WebhookEndpoints.SetWebhook(new WebhookRequest(url, events ?? []), Caller, db, time, webhooks, cancellationToken)).Result);
        Error = answer.Error;
        Notice = answer.Payload() is { } set ? $"Webhook set. Its signing secret, shown only now: {set.Secret}" : null;
        await LoadAsync(cancellationToken);
    }

    private async Task ActAsync(IResult result, string notice, CancellationToken cancellationToken)
    {
        var answer = EndpointAnswer.Read<object>(result);
        (Error, Notice) = (answer.Error, answer.Error is null ? notice : null);
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Accounts = await accounts.ListAsync(cancellationToken);
        Webhook = EndpointAnswer.Read<LookupEnvelope<WebhookRecord>>((await WebhookEndpoints.GetWebhook(Caller, db, cancellationToken)).Result).Payload();
        Deliveries = await WebhookHistory.RecentAsync(db.WebhookDeliveries.AsNoTracking().Where(d => d.AccountId == Caller.AccountId), 50, cancellationToken);
    }
}
