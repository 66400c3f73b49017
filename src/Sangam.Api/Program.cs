using Sangam.Api.Administration;
using Sangam.Api.Auth;
using Sangam.Api.Data;
using Sangam.Api.EInvoices;
using Sangam.Api.Hosting;
using Sangam.Api.Mca;
using Sangam.Api.Ocr;
using Sangam.Api.OperatorCli;
using Sangam.Api.Sandbox;
using Sangam.Api.SimTracking;
using Sangam.Api.Usage;
using Sangam.Api.Vehicles;
using Sangam.Api.WebConsole;
using Sangam.Api.Webhooks;

if (OperatorCommands.IsOperatorInvocation(args))
{
    return await OperatorCommands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
builder.AddSangamData();
builder.AddSandbox();
builder.Services.AddAuth();
builder.Services.AddAccounts();
builder.AddVehicles();
builder.AddMca();
builder.AddEInvoices();
builder.AddSimTracking();
builder.AddOcr();
builder.AddWebhooks();
builder.Services.AddConsole();

var app = builder.Build();
app.UsePlatform();
app.MapPlatform();
app.MapAuth();
app.MapAccounts();
app.MapUsage();
app.MapVehicles();
app.MapMca();
app.MapEInvoices();
app.MapSimTracking();
app.MapOcr();
app.MapWebhooks();
app.MapConsole();
app.MapSandbox();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the tests' WebApplicationFactory can start the server.</summary>
public partial class Program;
