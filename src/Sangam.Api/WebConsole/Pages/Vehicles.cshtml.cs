using Microsoft.AspNetCore.Mvc;
using Sangam.Api.Accounts;
using Sangam.Api.Vehicles;
using Sangam.Api.Vehicles.Readiness;

namespace Sangam.Api.WebConsole.Pages;

/// <summary>A vehicle (and optionally its driver) checked for dispatch: the readiness verdict with the RC, FASTag, challan and licence evidence.</summary>
public sealed class VehiclesModel(DispatchReadiness readiness, TimeProvider time) : ConsolePage(ApiFamily.Vehicles)
{
    // Posted rather than sent in the address: licence numbers and dates of birth stay out of request logs and history.
    [BindProperty]
    public ReadinessForm Form { get; set; } = new();

    public ReadinessReport? Report { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var answer = EndpointAnswer.Read<ReadinessReport>((await VehiclesApi.CheckReadiness(
            new ReadinessBody(Form.VehicleNumber, Form.DlNumber, Form.Dob), Caller, readiness, time, HttpContext, cancellationToken)).Result);
        (Report, Error) = (answer.Value, answer.Error);
    }

    public sealed class ReadinessForm
    {
        public string? VehicleNumber { get; set; }

        public string? DlNumber { get; set; }

        public string? Dob { get; set; }
    }
}
