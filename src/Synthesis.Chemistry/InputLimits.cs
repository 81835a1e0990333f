namespace Synthesis.Chemistry;

/// <summary>
/// Every bound on what a caller may send, in one home: the formula parser, the request validator, the model
/// and the store all read these, so a limit changes in one place. Chosen well above what the literature needs
/// (the longest precursor formula in the 30,031 text-mined reactions is far under 256 characters, the deepest
/// nesting 3 brackets) and low enough that no request can exhaust the stack, the memory or the cores.
/// </summary>
public static class InputLimits
{
    /// <summary>Characters in one formula.</summary>
    public const int MaxFormulaLength = 256;

    /// <summary>Brackets open at once in one formula: "((((A))))" is depth 4.</summary>
    public const int MaxNestingDepth = 16;

    /// <summary>Largest amount (subscript, multiplier or fraction) a formula may state.</summary>
    public const double MaxAmount = 1e6;

    public const int MinPrecursors = 2;
    public const int MaxPrecursors = 10;

    /// <summary>Actions a caller may send; the model reads the first 20 of them.</summary>
    public const int MaxActions = 64;

    public const int MaxNeighbours = 50;

    public const int DefaultCandidates = 5;
    public const int MaxCandidates = 20;

    /// <summary>Reactions in one PredictBatch call (the server may configure fewer, never more).</summary>
    public const int MaxBatchSize = 1024;

    public const int MaxSearchText = 256;
    public const int MaxSearchTerms = 16;
    public const int MaxPageSize = 200;

    /// <summary>Characters in a reaction id ("r" + 12 hex digits, with a "-N" suffix for repeats).</summary>
    public const int MaxReactionIdLength = 64;

    /// <summary>Characters in a curation flag id ("f" + 15 hex digits).</summary>
    public const int MaxFlagIdLength = 64;

    /// <summary>Characters in a curator's name in a review.</summary>
    public const int MaxReviewerLength = 64;

    /// <summary>Characters in a review's note.</summary>
    public const int MaxReviewNoteLength = 2000;

    public const int DefaultFlagPageSize = 20;

    /// <summary>Rows in one file of judgements that `synthesis curate apply` records (the whole dataset has ~23,000 reactions).</summary>
    public const int MaxJudgementRows = 100_000;

    /// <summary>Symbols in one element filter of a search (there are 118 elements).</summary>
    public const int MaxElementFilter = 118;

    /// <summary>Characters in a search page token (the server's own tokens are under 64).</summary>
    public const int MaxPageTokenLength = 128;

    /// <summary>Characters in one Aflow-style protostructure label ("AB6C3_hR30_160_a_2b_b:Hf-N-Zn" is 29).</summary>
    public const int MaxProtostructureLabelLength = 512;

    /// <summary>Elements in one protostructure label or crystal structure.</summary>
    public const int MaxStructureElements = 16;

    /// <summary>Occupied Wyckoff sets in one label: the nodes of one Wren graph.</summary>
    public const int MaxWyckoffSets = 256;

    /// <summary>Characters in one crystal structure given as text (CIF or pymatgen JSON).</summary>
    public const int MaxStructureTextLength = 1 << 20;

    /// <summary>Atomic sites in one crystal structure, after its symmetry operations are applied.</summary>
    public const int MaxStructureSites = 2048;

    /// <summary>Symmetry operations in one CIF (192 is the most any standard setting has: Fm-3m).</summary>
    public const int MaxSymmetryOperations = 192;

    /// <summary>Characters of a caller's input repeated back in an error message or a log line.</summary>
    public const int MaxEchoedInput = 64;

    /// <summary>The input as it may appear in an error or a log line: at most <see cref="MaxEchoedInput"/> characters, marked when cut.</summary>
    public static string Echo(string? input) =>
        input is null ? "" : input.Length <= MaxEchoedInput ? input : string.Concat(input.AsSpan(0, MaxEchoedInput), $"… ({input.Length:N0} characters)");
}
