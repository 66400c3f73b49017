namespace Sangam.Sandbox.Airtel;

/// <summary>How a sandbox subscriber answers a consent request.</summary>
public enum SubscriberBehaviour
{
    /// <summary>Replies Y after the configured delay.</summary>
    Allows,

    /// <summary>Replies N after the configured delay.</summary>
    Rejects,

    /// <summary>Never answers: consent stays PENDING.</summary>
    NeverAnswers,

    /// <summary>Not an Airtel subscriber: the consent request is refused with 400.</summary>
    OtherOperator,

    /// <summary>The SMS or call cannot be delivered (phone off, out of coverage): consent FAILED.</summary>
    Unreachable,
}

/// <summary>
/// The documented rule that steers sandbox numbers by their last digit: 0-5 allow, 6 rejects, 7 never answers,
/// 8 is not on Airtel, 9 cannot be reached. A reply posted to <c>/sandbox/airtel/_sms/{msisdn}</c> overrides the rule.
/// </summary>
public static class ConsentSteering
{
    public static SubscriberBehaviour Of(string msisdn) => msisdn[^1] switch
    {
        '6' => SubscriberBehaviour.Rejects,
        '7' => SubscriberBehaviour.NeverAnswers,
        '8' => SubscriberBehaviour.OtherOperator,
        '9' => SubscriberBehaviour.Unreachable,
        _ => SubscriberBehaviour.Allows,
    };
}
