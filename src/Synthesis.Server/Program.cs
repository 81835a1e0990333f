using Synthesis.Server.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddSynthesisServer();
var app = builder.Build();
app.MapSynthesisServer();
app.Run();
