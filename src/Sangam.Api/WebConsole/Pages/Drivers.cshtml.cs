using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;
using Sangam.Api.Connectors.Operators;
using Sangam.Api.Data;
using Sangam.Api.Http.Envelopes;
using Sangam.Api.SimTracking;
using Sangam.Api.SimTracking.Consent;

namespace Sangam.Api.WebConsole.Pages;

/// <summary>
/// The account's drivers with their consent, a map of their last stored positions and one driver's trail. Every action
/// posts (mobile numbers stay out of addresses and logs) and goes through the API's own handler.
/// </summary>
public sealed class DriversModel(
    SangamDb db, TimeProvider time, OperatorDirectory operators, ConsentRequester requester, ConsentWebhooks webhooks,
    DriverErasure erasure, LocatableDrivers drivers, IOptions<TrackingOptions> tracking, IOptions<ConsoleOptions> console) : ConsolePage(ApiFamily.SimTracking)
{
    [BindProperty]
    public AddDriverForm NewDriver { get; set; } = new();

    public IReadOnlyList<DriverRecord> Drivers { get; private set; } = [];

    public IReadOnlyList<MapPosition> Positions { get; private set; } = [];

    public TrailRecord? Trail { get; private set; }

    public ConsoleOptions Map => console.Value;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task OnPostAddAsync(CancellationToken cancellationToken)
    {
        var answer = EndpointAnswer.Read<LookupEnvelope<DriverRecord>>((await DriverEndpoints.AddDriver(
            new AddDriverRequest(NewDriver.Mobile, NewDriver.Name, NewDriver.VehicleNumber, NewDriver.Channel, NewDriver.Language),
            Caller, db, operators, requester, webhooks, time, tracking, cancellationToken)).Result);
        Report(answer.Error, $"Driver {NewDriver.Name} saved; consent requested by {NewDriver.Channel ?? "SMS"}.");
        await LoadAsync(cancellationToken);
    }

    public async Task OnPostConsentAsync(string mobile, CancellationToken cancellationToken)
    {
        var answer = EndpointAnswer.Read<LookupEnvelope<ConsentRecord>>((await ConsentEndpoints.RequestConsentAgain(
            mobile, Caller, db, drivers, requester, webhooks, time, tracking, cancellationToken)).Result);
        Report(answer.Error, "Consent asked again.");
        await LoadAsync(cancellationToken);
    }

    public async Task OnPostDeleteAsync(string mobile, CancellationToken cancellationToken)
    {
        var answer = EndpointAnswer.Read<LookupEnvelope<DeletedDriver>>((await DriverEndpoints.DeleteDriver(
            mobile, Caller, db, erasure, cancellationToken)).Result);
        Report(answer.Error, "Driver deleted with every stored position.");
        await LoadAsync(cancellationToken);
    }

    public async Task OnPostTrailAsync(string mobile, string? from, string? to, CancellationToken cancellationToken)
    {
        var answer = EndpointAnswer.Read<LookupEnvelope<TrailRecord>>((await LocationEndpoints.GetTrail(
            mobile, NullIfEmpty(from), NullIfEmpty(to), Caller, db, time, cancellationToken)).Result);
        (Trail, Error) = (answer.Payload(), answer.Error);
        await LoadAsync(cancellationToken);
    }

    private void Report(string? error, string notice) => (Error, Notice) = (error, error is null ? notice : null);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var list = EndpointAnswer.Read<LookupEnvelope<DriverPage>>((await DriverEndpoints.ListDrivers(
            null, 1, DriverEndpoints.MaxPageSize, Caller, db, time, cancellationToken)).Result);
        Drivers = list.Payload()?.Drivers ?? [];
        var latest = await db.Drivers.Live(Caller.AccountId).AsNoTracking()
            .OrderBy(d => d.Id).Take(DriverEndpoints.MaxPageSize)
            .Select(LocatableDriver.FromDriver)
            .ToListAsync(cancellationToken);
        var names = Drivers.ToDictionary(d => d.Mobile, d => d.DriverName, StringComparer.Ordinal);
        Positions = [.. latest.Where(d => d.Latest is not null).Select(d => new MapPosition(
            names.GetValueOrDefault(d.Mobile, d.Mobile), d.Latest!.Latitude, d.Latest.Longitude, IndianFormat.Time(d.Latest.LocatedAt)))];
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public sealed record MapPosition(string Name, double Latitude, double Longitude, string LocatedAt);

    public sealed class AddDriverForm
    {
        public string? Mobile { get; set; }

        public string? Name { get; set; }

        public string? VehicleNumber { get; set; }

        public string? Channel { get; set; }

        public string? Language { get; set; }
    }
}
