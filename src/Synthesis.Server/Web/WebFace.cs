using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi.Models;
using Synthesis.Server.Options;

namespace Synthesis.Server.Web;

/// <summary>
/// The server's HTTP/1.1 face: the lab's web page (wwwroot, plain files), the HTTP/JSON routes that gRPC JSON
/// transcoding derives from the protos' google.api.http options, their OpenAPI description at /openapi/v1.json,
/// and the precursor formulas the page suggests. Kestrel without TLS cannot offer HTTP/1.1 and HTTP/2 on one port,
/// so this face listens on Synthesis:HttpAddress beside gRPC's HTTP/2 one.
/// </summary>
public static class WebFace
{
    public const string OpenApiRoute = "openapi/{documentName}.json";

    public static WebApplicationBuilder AddSynthesisWeb(this WebApplicationBuilder builder, SynthesisOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.HttpAddress))
            builder.WebHost.ConfigureKestrel(kestrel =>
                kestrel.Listen(ListenAddress.Parse(options.HttpAddress, "Synthesis:HttpAddress"), listen => listen.Protocols = HttpProtocols.Http1));
        builder.Services.AddGrpcSwagger();
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(swagger => swagger.SwaggerDoc("v1", new OpenApiInfo
        {
            Title = "Synthesis",
            Version = "v1",
            Description = "Predicts the products of solid-state synthesis reactions and searches the text-mined literature reactions. " +
                          "The same services as gRPC (protos/synthesis/v1), with the same validation; errors are {code, message, details}.",
        }));
        builder.Services.AddSingleton<PrecursorSuggestions>();
        return builder;
    }

    public static WebApplication MapSynthesisWeb(this WebApplication app)
    {
        // Beside the binary, as appsettings.json: the page is part of the build, not of the working directory.
        var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        app.UseJsonRequests(app.Services.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxReceiveMessageSize);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.UseSwagger(swagger => swagger.RouteTemplate = OpenApiRoute);
        app.MapGet("/v1/precursors", (PrecursorSuggestions suggestions) => suggestions.Answer())
            .WithSummary("Precursor formulas of the stored reactions, commonest first, for suggestions while typing.");
        return app;
    }
}
