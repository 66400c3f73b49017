using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Vehicles;

public static class VehicleCommands
{
    /// <summary>The vehicle and driver check commands: vahan, dl, fastag crossings|tag, challan, readiness.</summary>
    public static void AddVehicleCommands(this IConfigurator config)
    {
        config.AddCommand<VahanCommand>("vahan").WithDescription("Registration certificate of a vehicle (VAHAN).")
            .WithExample("vahan", "MH12AB1234");
        config.AddCommand<DlCommand>("dl").WithDescription("A driving licence (SARATHI).")
            .WithExample("dl", "HR51 20210018922", "--dob", "1987-05-26");
        config.AddBranch("fastag", fastag =>
        {
            fastag.SetDescription("FASTag toll crossings and tag details.");
            fastag.AddCommand<FastagCrossingsCommand>("crossings").WithDescription("Toll plazas crossed in the last 72 hours.")
                .WithExample("fastag", "crossings", "MH12NW4402");
            fastag.AddCommand<FastagTagCommand>("tag").WithDescription("The vehicle's FASTags, or one tag by --tag-id.")
                .WithExample("fastag", "tag", "MP09DJ2744");
        });
        config.AddCommand<ChallanCommand>("challan").WithDescription("Pending and disposed e-challans of a vehicle.")
            .WithExample("challan", "TN09BZ7777");
        config.AddCommand<ReadinessCommand>("readiness")
            .WithDescription("May this vehicle (and driver) be dispatched? Exit code 0 ready, 3 not ready, 2 some checks could not be made.")
            .WithExample("readiness", "MH12NW4402", "--dl", "GJ04 20120005008", "--dob", "1987-05-26");
    }
}
