using Grpc.Core;
using Microsoft.Extensions.Options;
using Synthesis.Chemistry;
using Synthesis.Chemistry.Elements;
using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;
using Synthesis.Models.Reactions;
using Synthesis.Server.Options;
using Synthesis.Server.Search;
using Proto = Synthesis.Grpc.V1;
using static Synthesis.Chemistry.InputLimits;

namespace Synthesis.Server.Validation;

/// <summary>
/// Turns requests into domain queries, or throws INVALID_ARGUMENT with a message that names the field and
/// says what is wrong ("query.precursors[1].formula: unknown element 'Xx' at position 0 in 'XxO'"). Every bound is
/// one of <see cref="InputLimits"/>; caller input is repeated back only through <see cref="InputLimits.Echo"/>.
/// Counts and lengths are checked before anything is parsed, so an oversize request costs no more than its size.
/// </summary>
public sealed class RequestValidator(IOptions<LimitsOptions> limits)
{
    public const int DefaultK = 10;
    public const int DefaultPageSize = 20;
    public const int DefaultMinScore = 70;

    public ReactionQuery Query(Proto.ReactionQuery? query, string field)
    {
        if (query is null) throw Invalid($"{field} is required");
        if (query.Precursors.Count is < MinPrecursors or > MaxPrecursors)
            throw Invalid($"{field}.precursors: a reaction needs {MinPrecursors} to {MaxPrecursors} precursors, got {query.Precursors.Count}");
        if (query.Actions.Count > MaxActions) throw Invalid($"{field}.actions: at most {MaxActions} actions, got {query.Actions.Count}");
        var precursors = query.Precursors.Select((p, i) => Precursor(p, $"{field}.precursors[{i}]")).ToList();
        var actions = query.Actions.Select((a, i) => ActionNames.TryParse(a, out var action) ? action
            : throw Invalid($"{field}.actions[{i}]: unknown action '{Echo(a)}'; use one of: {string.Join(", ", ActionNames.Accepted)}")).ToList();
        return new ReactionQuery(precursors, actions);
    }

    /// <summary>The batch's queries; at most the configured batch size, which is never above <see cref="InputLimits.MaxBatchSize"/>.</summary>
    public IReadOnlyList<ReactionQuery> Batch(Proto.PredictBatchRequest request)
    {
        var max = limits.Value.EffectiveMaxBatchSize;
        if (request.Queries.Count == 0) throw Invalid("queries: the batch is empty");
        if (request.Queries.Count > max) throw Invalid($"queries: at most {max} reactions a batch, got {request.Queries.Count}");
        return request.Queries.Select((q, i) => Query(q, $"queries[{i}]")).ToList();
    }

    public int Neighbours(int neighbours) =>
        neighbours is >= 0 and <= MaxNeighbours ? neighbours : throw Invalid($"neighbours: must be 0 to {MaxNeighbours}, got {neighbours}");

    public int Candidates(int candidates) => candidates switch
    {
        0 => DefaultCandidates,
        >= 1 and <= MaxCandidates => candidates,
        _ => throw Invalid($"candidates: must be 1 to {MaxCandidates} (0 for {DefaultCandidates}), got {candidates}"),
    };

    public int K(int k) => k switch
    {
        0 => DefaultK,
        >= 1 and <= MaxNeighbours => k,
        _ => throw Invalid($"k: must be 1 to {MaxNeighbours} (0 for {DefaultK}), got {k}"),
    };

    public string ReactionId(string id)
    {
        if (string.IsNullOrWhiteSpace(id)) throw Invalid("reaction_id is required");
        var trimmed = id.Trim();
        return trimmed.Length <= MaxReactionIdLength ? trimmed
            : throw Invalid($"reaction_id: at most {MaxReactionIdLength} characters, got {trimmed.Length:N0} ('{Echo(trimmed)}')");
    }

    public (SearchQuery Query, int Offset, int PageSize) Search(Proto.SearchReactionsRequest request)
    {
        var text = request.Text.Trim();
        if (text.Length > MaxSearchText) throw Invalid($"text: at most {MaxSearchText} characters, got {text.Length:N0}");
        var terms = SearchTerms.Of(text).Count();
        if (text.Length > 0 && terms == 0) throw Invalid($"text: '{Echo(text)}' has no term to search for (a term needs a letter)");
        if (terms > MaxSearchTerms) throw Invalid($"text: at most {MaxSearchTerms} terms, got {terms}");
        var pageSize = request.PageSize switch
        {
            0 => DefaultPageSize,
            >= 1 and <= MaxPageSize => request.PageSize,
            _ => throw Invalid($"page_size: must be 1 to {MaxPageSize} (0 for {DefaultPageSize}), got {request.PageSize}"),
        };
        var minScore = request.MinScore switch
        {
            0 => DefaultMinScore,
            >= 1 and <= 100 => request.MinScore,
            _ => throw Invalid($"min_score: must be 1 to 100 (0 for {DefaultMinScore}), got {request.MinScore}"),
        };
        var include = Elements(request.IncludeElements, "include_elements");
        var exclude = Elements(request.ExcludeElements, "exclude_elements");
        if ((include & exclude) != UInt128.Zero) throw Invalid("include_elements and exclude_elements name the same element");
        var query = new SearchQuery(text.ToLowerInvariant(), include, exclude, minScore);
        return (query, Offset(request.PageToken, query), pageSize);
    }

    private static int Offset(string token, SearchQuery query)
    {
        if (token.Length == 0) return 0;
        if (token.Length > MaxPageTokenLength) throw Invalid($"page_token: at most {MaxPageTokenLength} characters, got {token.Length:N0}");
        return PageToken.Decode(token, query.Fingerprint) ?? throw Invalid("page_token: not a token from a previous page of this same search");
    }

    /// <summary>
    /// A precursor's composition. The length is checked before parsing (the parser also enforces it, with
    /// <see cref="InputLimits.MaxNestingDepth"/> and <see cref="InputLimits.MaxAmount"/>); a composition whose
    /// amounts overflow (the same element repeated with huge counts) is refused, since no model input is infinite.
    /// </summary>
    private static Composition Precursor(Proto.Precursor precursor, string field)
    {
        if (precursor.Amount is { } amount && !(double.IsFinite(amount) && amount > 0))
            throw Invalid($"{field}.amount: must be a positive finite number, got {amount}");
        return Formula(precursor.Formula, $"{field}.formula");
    }

    /// <summary>A formula field's composition, or INVALID_ARGUMENT naming <paramref name="field"/> (precursors, property queries).</summary>
    internal static Composition Formula(string formula, string field)
    {
        if (formula.Length > MaxFormulaLength)
            throw Invalid($"{field}: at most {MaxFormulaLength} characters, got {formula.Length:N0} ('{Echo(formula)}')");
        Composition composition;
        try
        {
            composition = FormulaParser.Parse(formula);
        }
        catch (FormulaException e)
        {
            throw Invalid($"{field}: {e.Reason} at position {e.Position} in '{Echo(e.Formula)}'");
        }
        if (!double.IsFinite(composition.Total) || composition.Any(e => !(e.Value > 0 && double.IsFinite(e.Value))))
            throw Invalid($"{field}: the amounts in '{Echo(formula)}' add up beyond a finite number");
        return composition;
    }

    private static UInt128 Elements(IReadOnlyCollection<string> symbols, string field)
    {
        if (symbols.Count > MaxElementFilter) throw Invalid($"{field}: at most {MaxElementFilter} elements, got {symbols.Count:N0}");
        var list = symbols.Select(s => s.Trim()).ToList();
        var unknown = list.FindIndex(s => !PeriodicTable.IsElement(s));
        if (unknown >= 0) throw Invalid($"{field}[{unknown}]: unknown element '{Echo(list[unknown])}'");
        return ElementMask.Of(list);
    }

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
