using System.Globalization;

namespace Sangam.Testing;

/// <summary>
/// A server's clock in tests: it moves only when a test advances it, and each advance fires the timers that fell
/// due, synchronously, with the clock already at its new time. A periodic timer whose period passed many times in
/// one advance fires once, as a real timer that was held up does, where <c>FakeTimeProvider</c> fires it once per
/// period passed: a 30-day advance with a one-second timer was 2.6 million callbacks, seconds of processor time per
/// test for nothing the test could observe (a <see cref="PeriodicTimer"/> keeps one tick however often it fires).
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ClockTimer> _timers = [];
    private DateTimeOffset _now = start;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ClockTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward by <paramref name="delta"/> and fires what fell due, earliest first.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        lock (_lock)
        {
            _now += delta;
        }

        while (NextDue() is { } due)
        {
            due.Fire();
        }
    }

    public override string ToString() => GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The earliest timer due now, rescheduled (or disarmed) before it fires so its callback may change it.</summary>
    private ClockTimer? NextDue()
    {
        lock (_lock)
        {
            var due = _timers.Where(t => t.DueAt <= _now).MinBy(t => t.DueAt);
            if (due is null)
            {
                return null;
            }

            if (due.Period > TimeSpan.Zero)
            {
                // The first due time after now on the timer's own schedule: periods that passed whole are not replayed.
                var missed = (_now - due.DueAt).Ticks / due.Period.Ticks + 1;
                due.DueAt += due.Period * missed;
            }
            else
            {
                _timers.Remove(due);
            }

            return due;
        }
    }

    private sealed class ClockTimer(TestClock clock, TimerCallback callback, object? state) : ITimer
    {
        public DateTimeOffset DueAt { get; set; }

        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._lock)
            {
                clock._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    return true;
                }

                ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
                DueAt = clock._now + dueTime;
                Period = period == Timeout.InfiniteTimeSpan ? TimeSpan.Zero : period;
                clock._timers.Add(this);
            }

            // A timer due at once fires at once, as a system timer would.
            if (dueTime == TimeSpan.Zero)
            {
                clock.Advance(TimeSpan.Zero);
            }

            return true;
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock._lock)
            {
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
