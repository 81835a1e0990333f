using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Synthesis.Web.Tests.Fixtures;

/// <summary>
/// Answers the Curation service's HTTP/JSON routes (/v1/flags, /v1/flags/{id}, POST /v1/flags/{id}:review) as
/// JSON transcoding of protos/synthesis/v1/curation.proto would — field names in lowerCamelCase, enums by name,
/// errors as {code, message} — from three flags in memory, so that the Review page can be driven before the
/// Curation service is part of this server. Reviews need the x-api-key <see cref="ApiKey"/> (else 401).
/// </summary>
public sealed class CurationQueueDouble : IStartupFilter
{
    public const string ApiKey = "curator-secret";
    private const string Unreviewed = "REVIEW_STATUS_UNREVIEWED";

    private readonly ConcurrentDictionary<string, JsonObject> _flags = new(new[]
    {
        Flag("f0000000000000a1", "1 SrCO3 + 1 TiO2 == 1 SrTiO3 + 1 CO2", "SrTiO3", "Sr2TiO4", 0.91, "FLAG_REASON_MODEL_DISAGREES"),
        Flag("f0000000000000a2", "1 BaCO3 + 1 TiO2 == 1 BaTiO3 + 1 CO2", "BaTiO3", "BaTiO3", 0.42, "FLAG_REASON_DOI_VARIANT"),
        Flag("f0000000000000a3", "1 NiO + 0.5 Na2O2 == 1 NaNiO2", "NaNiO", "NaNiO2", 0.77, "FLAG_REASON_TARGET_NOT_COMPOUND"),
    }.ToDictionary(f => (string)f["flagId"]!));

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            var path = context.Request.Path.Value ?? "";
            if (!path.StartsWith("/v1/flags", StringComparison.Ordinal)) await nextMiddleware(context);
            else await Answer(context, path["/v1/flags".Length..].TrimStart('/'));
        });
        next(app);
    };

    private async Task Answer(HttpContext context, string rest)
    {
        if (rest.Length == 0)
        {
            var statuses = context.Request.Query["statuses"].Where(s => !string.IsNullOrEmpty(s)).ToList();
            var flags = _flags.Values.Where(f => statuses.Count == 0 || statuses.Contains((string)f["status"]!))
                .OrderByDescending(f => (double)f["score"]!).Select(f => f.DeepClone()).ToArray();
            await Write(context, 200, new JsonObject
            {
                ["flags"] = new JsonArray(flags), ["nextPageToken"] = "", ["totalSize"] = flags.Length,
                ["run"] = new JsonObject { ["id"] = "run-1", ["mode"] = "in-sample" },
            });
            return;
        }
        var reviewing = rest.EndsWith(":review", StringComparison.Ordinal);
        var id = reviewing ? rest[..^":review".Length] : rest;
        if (!_flags.TryGetValue(id, out var flag)) await Error(context, 404, 5, $"no flag with id '{id}'");
        else if (!reviewing) await Write(context, 200, flag);
        else if (context.Request.Headers["x-api-key"] != ApiKey) await Error(context, 401, 16, "missing or wrong API key");
        else
        {
            var review = (await JsonNode.ParseAsync(context.Request.Body))!.AsObject();
            var revision = (int)flag["revision"]! + 1;
            var entry = new JsonObject
            {
                ["revision"] = revision, ["status"] = (string)review["status"]!, ["correctedTarget"] = (string?)review["corrected_target"] ?? "",
                ["reviewer"] = (string?)review["reviewer"] ?? "", ["note"] = (string?)review["note"] ?? "", ["reviewedAt"] = "2026-11-29T12:00:00Z",
            };
            flag["status"] = (string)review["status"]!;
            flag["revision"] = revision;
            flag["review"] = entry.DeepClone();
            flag["history"]!.AsArray().Add(entry);
            await Write(context, 200, flag);
        }
    }

    private static JsonObject Flag(string id, string reaction, string recorded, string predicted, double score, string reason) => new()
    {
        ["flagId"] = id, ["reactionId"] = "r" + id[1..13], ["doi"] = "10.1000/example." + id[^2..], ["reactionString"] = reaction,
        ["reasons"] = new JsonArray(reason), ["score"] = score, ["recordedProduct"] = recorded, ["predictedProduct"] = predicted,
        ["confidence"] = 0.8, ["findings"] = new JsonArray(new JsonObject { ["reason"] = reason, ["detail"] = $"the record says {recorded}" }),
        ["candidates"] = new JsonArray(new JsonObject { ["formula"] = predicted, ["probability"] = 0.8, ["sources"] = new JsonArray("model") }),
        ["neighbours"] = new JsonArray(), ["status"] = Unreviewed, ["revision"] = 0, ["history"] = new JsonArray(),
        ["paragraph"] = $"The powders were mixed and calcined to give {recorded}.",
    };

    private static Task Error(HttpContext context, int status, int code, string message) =>
        Write(context, status, new JsonObject { ["code"] = code, ["message"] = message, ["details"] = new JsonArray() });

    private static async Task Write(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(JsonSerializerOptions.Web));
    }
}
