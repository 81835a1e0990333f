namespace Synthesis.Server.Options;

/// <summary>
/// The curation API's settings, from "Synthesis:Curation" (ApiKey) or the environment (SYNTHESIS_API_KEY). Without a
/// key the server still serves flags and exports but refuses every review.
/// </summary>
public sealed class CurationOptions
{
    public const string Section = "Synthesis:Curation";
    public const string ApiKeyVariable = "SYNTHESIS_API_KEY";

    public string? ApiKey { get; set; }

    public static CurationOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<CurationOptions>() ?? new CurationOptions();
        if (string.IsNullOrEmpty(options.ApiKey)) options.ApiKey = Environment.GetEnvironmentVariable(ApiKeyVariable);
        return options;
    }
}
