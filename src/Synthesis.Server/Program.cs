using Synthesis.Models.Torch;
using Synthesis.Server.Extensions;

// Before anything allocates natively (libtorch above all): two glibc arenas, or resident memory grows per request;
// and OpenMP threads that sleep when idle, or a busy machine starves the model thread.
NativeAllocator.LimitArenas();
OpenMpWaiting.Passive();

// appsettings.json is read from beside the binary; data, model and dataset paths stay relative to the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddSynthesisServer();
var app = builder.Build();
app.MapSynthesisServer();
try
{
    app.Run();
    return Environment.ExitCode; // 1 when start-up failed (StartupLoader says why)
}
catch (IOException e)
{
    // An address already in use (another server on the port) is a start-up failure with a reason, not a crash.
    Console.Error.WriteLine($"synthesis server: cannot start listening: {e.Message}");
    return 1;
}
