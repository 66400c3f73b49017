using System.Globalization;

namespace Sangam.Sandbox.Airtel;

/// <summary>What Airtel reports about a subscriber's consent at one moment.</summary>
public sealed record ConsentView(string State, DateTimeOffset UpdatedAt, IReadOnlyList<AirtelConsentEvent> Events)
{
    /// <summary>The consent as Airtel's consent-status call answers it.</summary>
    public AirtelConsent ToWire()
    {
        var updatedAt = Subscriber.Timestamp(UpdatedAt);
        return new AirtelConsent(Events[0].Channel, State, Events, State, Events[0].Channel, updatedAt, updatedAt);
    }
}

/// <summary>
/// A number registered for location (an Airtel "resource") and its current consent round. The consent state is
/// computed from the clock when asked, so a sandbox run is deterministic and needs no timers: the SMS is delivered
/// two seconds after the request and the driver answers after the configured delay, as <see cref="ConsentSteering"/>
/// says, unless a reply was played through the sandbox control endpoint. Asking again does not suspend a consent
/// already given: it stays ALLOWED (with its old time) until the driver answers the new request.
/// </summary>
public sealed class Subscriber(string msisdn)
{
    private static readonly TimeSpan DeliveryTime = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Ist = new(5, 30, 0);

    private readonly Lock _gate = new();
    private readonly List<(string Text, DateTimeOffset At)> _replies = [];
    private string _channel = "SMS";
    private string _language = "EN";
    private DateTimeOffset _requestedAt;
    private DateTimeOffset? _allowedBefore;

    public string Msisdn { get; } = msisdn;

    public string? Alias { get; set; }

    public bool TrackingEnabled { get; set; } = true;

    public DateTimeOffset? LastLocatedAt { get; set; }

    public string Language
    {
        get
        {
            lock (_gate)
            {
                return _language;
            }
        }
    }

    /// <summary>Sends the consent SMS or call again; earlier replies no longer count.</summary>
    public void StartRound(string channel, string language, DateTimeOffset now, TimeSpan answerDelay)
    {
        lock (_gate)
        {
            var standing = _requestedAt == default ? null : ConsentAt(now, answerDelay);
            _allowedBefore = standing is { State: "ALLOWED" } ? standing.UpdatedAt : null;
            _channel = channel;
            _language = language;
            _requestedAt = now;
            _replies.Clear();
        }
    }

    /// <summary>The driver's reply: <c>Y</c> allows; <c>N</c> refuses; <c>STOP</c> revokes an earlier Y.</summary>
    public void Reply(string text, DateTimeOffset now)
    {
        lock (_gate)
        {
            _replies.Add((text.Trim().ToUpperInvariant(), now));
        }
    }

    public ConsentView ConsentAt(DateTimeOffset now, TimeSpan answerDelay)
    {
        lock (_gate)
        {
            var view = CurrentRound(now, answerDelay);
            return _allowedBefore is { } allowedAt && view.State is not ("ALLOWED" or "REJECTED")
                ? view with { State = "ALLOWED", UpdatedAt = allowedAt }
                : view;
        }
    }

    private ConsentView CurrentRound(DateTimeOffset now, TimeSpan answerDelay)
    {
        var sms = _channel == "SMS";
        var behaviour = ConsentSteering.Of(Msisdn);
        var events = new List<AirtelConsentEvent> { Event(sms ? "MT" : "CALL", "SUCCESS", _requestedAt, delivered: null, answered: false) };
        var deliveredAt = _requestedAt + (answerDelay < DeliveryTime ? answerDelay : DeliveryTime);
        if (now < deliveredAt)
        {
            return new ConsentView("INITIATED", _requestedAt, events);
        }

        var delivered = behaviour != SubscriberBehaviour.Unreachable || _replies.Count > 0;
        events.Add(Event(sms ? "DR" : "CDR", delivered ? "SUCCESS" : "FAIL", deliveredAt, delivered, answered: false));
        var view = new ConsentView(delivered ? "PENDING" : "FAILED", deliveredAt, events);

        if (_replies.Count > 0)
        {
            foreach (var (text, at) in _replies)
            {
                events.Add(Event(sms ? "MO" : "CDR", "SUCCESS", at, delivered: true, answered: true));
                view = view with { State = text == "Y" ? "ALLOWED" : "REJECTED", UpdatedAt = at };
            }
        }
        else if (behaviour is SubscriberBehaviour.Allows or SubscriberBehaviour.Rejects && now >= _requestedAt + answerDelay)
        {
            var answeredAt = _requestedAt + answerDelay;
            events.Add(Event(sms ? "MO" : "CDR", "SUCCESS", answeredAt, delivered: true, answered: true));
            view = view with { State = behaviour == SubscriberBehaviour.Allows ? "ALLOWED" : "REJECTED", UpdatedAt = answeredAt };
        }

        return view;
    }

    public static string Timestamp(DateTimeOffset at) =>
        at.ToOffset(Ist).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    // The customer's request starts the round; Airtel records the rest. On IVR the answer is a keypress during the call.
    private AirtelConsentEvent Event(string type, string status, DateTimeOffset at, bool? delivered, bool answered)
    {
        var consentId = $"{Msisdn[^4..]}-{_requestedAt.ToUnixTimeMilliseconds()}";
        var request = type is "MT" or "CALL";
        return new(_channel, consentId, request ? "CUSTOMER" : "PLATFORM",
            new AirtelConsentEventMeta(consentId, request ? _language : null, delivered, answered && _channel == "IVR" ? true : null),
            status, Timestamp(at), type);
    }
}
