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

namespace Synthesis.Server.Validation;

/// <summary>
/// Turns requests into domain queries, or throws INVALID_ARGUMENT with a message that names the field and
/// says what is wrong ("query.precursors[1].formula: unknown element 'Xx' at position 0 in 'XxO'").
/// </summary>
public sealed class RequestValidator(IOptions<LimitsOptions> limits)
{
    public const int MinPrecursors = 2;
    public const int MaxPrecursors = 10;
    public const int MaxActions = 64;
    public const int MaxNeighbours = 50;
    public const int DefaultK = 10;
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;
    public const int DefaultMinScore = 70;
    public const int MaxSearchText = 256;
    public const int MaxSearchTerms = 16;

    public ReactionQuery Query(Proto.ReactionQuery? query, string field)
    {
        if (query is null) throw Invalid($"{field} is required");
        if (query.Precursors.Count is < MinPrecursors or > MaxPrecursors)
            throw Invalid($"{field}.precursors: a reaction needs {MinPrecursors} to {MaxPrecursors} precursors, got {query.Precursors.Count}");
        if (query.Actions.Count > MaxActions) throw Invalid($"{field}.actions: at most {MaxActions} actions, got {query.Actions.Count}");
        var precursors = query.Precursors.Select((p, i) => Precursor(p, $"{field}.precursors[{i}]")).ToList();
        var actions = query.Actions.Select((a, i) => ActionNames.TryParse(a, out var action) ? action
            : throw Invalid($"{field}.actions[{i}]: unknown action '{a}'; use one of: {string.Join(", ", ActionNames.Accepted)}")).ToList();
        return new ReactionQuery(precursors, actions);
    }

    public IReadOnlyList<ReactionQuery> Batch(Proto.PredictBatchRequest request)
    {
        var max = limits.Value.MaxBatchSize;
        if (request.Queries.Count == 0) throw Invalid("queries: the batch is empty");
        if (request.Queries.Count > max) throw Invalid($"queries: at most {max} reactions a batch, got {request.Queries.Count}");
        return request.Queries.Select((q, i) => Query(q, $"queries[{i}]")).ToList();
    }

    public int Neighbours(int neighbours) =>
        neighbours is >= 0 and <= MaxNeighbours ? neighbours : throw Invalid($"neighbours: must be 0 to {MaxNeighbours}, got {neighbours}");

    public int Candidates(int candidates) => candidates switch
    {
        0 => InputLimits.DefaultCandidates,
        >= 1 and <= InputLimits.MaxCandidates => candidates,
        _ => throw Invalid($"candidates: must be 1 to {InputLimits.MaxCandidates} (0 for {InputLimits.DefaultCandidates}), got {candidates}"),
    };

    public int K(int k) => k switch
    {
        0 => DefaultK,
        >= 1 and <= MaxNeighbours => k,
        _ => throw Invalid($"k: must be 1 to {MaxNeighbours} (0 for {DefaultK}), got {k}"),
    };

    public string ReactionId(string id) =>
        string.IsNullOrWhiteSpace(id) ? throw Invalid("reaction_id is required") : id.Trim();

    public (SearchQuery Query, int Offset, int PageSize) Search(Proto.SearchReactionsRequest request)
    {
        var text = request.Text.Trim();
        if (text.Length > MaxSearchText) throw Invalid($"text: at most {MaxSearchText} characters, got {text.Length}");
        var terms = SearchTerms.Of(text).Count();
        if (text.Length > 0 && terms == 0) throw Invalid($"text: '{text}' has no term to search for (a term needs a letter)");
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
        var offset = request.PageToken.Length == 0 ? 0
            : PageToken.Decode(request.PageToken, query.Fingerprint) ?? throw Invalid("page_token: not a token from a previous page of this same search");
        return (query, offset, pageSize);
    }

    private static Composition Precursor(Proto.Precursor precursor, string field)
    {
        if (precursor.Amount is { } amount && !(double.IsFinite(amount) && amount > 0))
            throw Invalid($"{field}.amount: must be a positive number, got {amount}");
        try
        {
            return FormulaParser.Parse(precursor.Formula);
        }
        catch (FormulaException e)
        {
            throw Invalid($"{field}.formula: {e.Reason} at position {e.Position} in '{e.Formula}'");
        }
    }

    private static UInt128 Elements(IEnumerable<string> symbols, string field)
    {
        var list = symbols.Select(s => s.Trim()).ToList();
        var unknown = list.FindIndex(s => !PeriodicTable.IsElement(s));
        if (unknown >= 0) throw Invalid($"{field}[{unknown}]: unknown element '{list[unknown]}'");
        return ElementMask.Of(list);
    }

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
