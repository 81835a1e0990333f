namespace Synthesis.Server.Web;

/// <summary>
/// `curl -d '{…}' …/v1/reactions:predict` sends its body as application/x-www-form-urlencoded unless told otherwise;
/// the JSON routes take such a body (or one without a content type) as the JSON it is. Only JSON is ever read:
/// a body that is not JSON still fails with INVALID_ARGUMENT (HTTP 400), as with the right content type.
/// </summary>
public static class CurlBodyAsJson
{
    public static IApplicationBuilder UseCurlBodyAsJson(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/v1") && HttpMethods.IsPost(request.Method)
            && (string.IsNullOrEmpty(request.ContentType) || request.ContentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)))
            request.ContentType = "application/json";
        return next(context);
    });
}
