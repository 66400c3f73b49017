using Sangam.Testing;

namespace Sangam.Api.Tests.Testing;

/// <summary>The test servers' clock: timers fire when it is advanced past them, and a long advance replays no periods.</summary>
public sealed class TestClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_one_shot_timer_fires_once_when_the_clock_reaches_it_and_sees_the_new_time()
    {
        var clock = new TestClock(Start);
        var seen = new List<DateTimeOffset>();
        using var timer = clock.CreateTimer(_ => seen.Add(clock.GetUtcNow()), null, TimeSpan.FromMinutes(10), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Empty(seen);
        clock.Advance(TimeSpan.FromMinutes(2));
        clock.Advance(TimeSpan.FromHours(5));

        Assert.Equal([Start + TimeSpan.FromMinutes(11)], seen);
    }

    [Fact]
    public void A_periodic_timer_fires_once_per_advance_however_many_periods_passed_and_keeps_its_schedule()
    {
        var clock = new TestClock(Start);
        var fired = 0;
        using var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(1, fired);

        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(1, fired);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, fired);
    }

    [Fact]
    public void A_changed_or_disposed_timer_no_longer_fires_at_its_old_time()
    {
        var clock = new TestClock(Start);
        var fired = 0;
        var changed = clock.CreateTimer(_ => fired++, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);
        var disposed = clock.CreateTimer(_ => fired += 100, null, TimeSpan.FromMinutes(1), Timeout.InfiniteTimeSpan);

        changed.Change(TimeSpan.FromMinutes(5), Timeout.InfiniteTimeSpan);
        disposed.Dispose();
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(0, fired);

        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, fired);
        changed.Dispose();
    }

    [Fact]
    public async Task A_delay_on_the_clock_ends_only_when_the_clock_is_advanced()
    {
        var clock = new TestClock(Start);
        var delay = Task.Delay(TimeSpan.FromHours(1), clock);

        await Task.Delay(50);
        Assert.False(delay.IsCompleted);
        clock.Advance(TimeSpan.FromHours(1));

        await delay.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
