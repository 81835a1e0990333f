using Synthesis.Data.Storage;
using Synthesis.Server.Startup;

namespace Synthesis.Server.Web;

/// <summary>
/// The precursor formulas written in the kept literature reactions, commonest first (at most <see cref="Limit"/>),
/// counted once after start-up has loaded the database; 503 with the loading message until then.
/// </summary>
public sealed class PrecursorSuggestions(ServingState state, IReactionCatalog catalog)
{
    public const int Limit = 3000;

    private readonly Lazy<PrecursorFormulas> _formulas = new(() => new PrecursorFormulas(catalog.Summaries()
        .SelectMany(s => s.PrecursorFormulas.Distinct())
        .GroupBy(f => f)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Take(Limit)
        .Select(g => new PrecursorFormula(g.Key, g.Count()))
        .ToList()));

    public IResult Answer() =>
        state.IsReady ? Results.Ok(_formulas.Value)
            : Results.Json(new { code = 14, message = ServingState.LoadingMessage, details = Array.Empty<object>() }, statusCode: StatusCodes.Status503ServiceUnavailable);
}

public sealed record PrecursorFormulas(IReadOnlyList<PrecursorFormula> Formulas);

/// <summary>A formula as written in the literature and in how many kept reactions it is a precursor.</summary>
public sealed record PrecursorFormula(string Formula, int Reactions);
