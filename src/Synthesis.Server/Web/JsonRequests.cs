using Microsoft.AspNetCore.Http.Features;

namespace Synthesis.Server.Web;

/// <summary>
/// How the JSON routes (/v1/…) read a request body. `curl -d '{…}'` sends it as application/x-www-form-urlencoded
/// unless told otherwise: such a body (or one without a content type) is read as the JSON it is; a body that is not
/// JSON still fails with INVALID_ARGUMENT (HTTP 400). And a body may be as large as a gRPC message
/// (Synthesis:Limits:MaxReceiveMessageSize), which transcoding does not check itself: larger ones are refused with
/// INVALID_ARGUMENT (HTTP 400, "Request body too large…") before the model sees them.
/// </summary>
public static class JsonRequests
{
    public static IApplicationBuilder UseJsonRequests(this IApplicationBuilder app, long maxBodyBytes) => app.Use((context, next) =>
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/v1")) return next(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = maxBodyBytes;
        if (HttpMethods.IsPost(request.Method)
            && (string.IsNullOrEmpty(request.ContentType) || request.ContentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)))
            request.ContentType = "application/json";
        return next(context);
    });
}
