namespace Synthesis.Data.Curation;

/// <summary>
/// A reaction a flagging run found suspicious, with the evidence (signals, rule findings, candidates, neighbours)
/// and where its review stands. The evidence is the run's; <see cref="Status"/> and <see cref="Revision"/> change
/// only through <see cref="CurationStore.Review"/>, and survive a re-run of the same run.
/// </summary>
public sealed class FlagRecord
{
    public const string Collection = "curation_flags";

    /// <summary>"f" + 15 hex digits of SHA-256 over the run id and the reaction id: the same flag on a re-run.</summary>
    public string Id { get; set; } = "";
    public string RunId { get; set; } = "";
    public string ReactionId { get; set; } = "";
    public string Doi { get; set; } = "";
    public string ReactionString { get; set; } = "";
    public List<FlagReason> Reasons { get; set; } = [];
    /// <summary>0 to 1: see <see cref="FlagScore"/>.</summary>
    public double Score { get; set; }
    public string RecordedProduct { get; set; } = "";
    /// <summary>The model's top candidate (empty without a model).</summary>
    public string PredictedProduct { get; set; } = "";
    public double Confidence { get; set; }
    public ModelSignals? Signals { get; set; }
    public List<RuleFinding> Findings { get; set; } = [];
    public List<FlagCandidate> Candidates { get; set; } = [];
    public List<FlagNeighbour> Neighbours { get; set; } = [];
    public int DatasetVersion { get; set; }
    public string ModelVersion { get; set; } = "";
    public bool InSample { get; set; }
    public ReviewStatus Status { get; set; } = ReviewStatus.Unreviewed;
    /// <summary>Reviews so far; a review must name it (optimistic concurrency).</summary>
    public int Revision { get; set; }
    public DateTime? LastReviewedUtc { get; set; }
}

/// <summary>What the model says about the record (see the Curation proto's ModelSignals for each field's range).</summary>
public sealed class ModelSignals
{
    /// <summary>1 = top candidate; 0 = not among the candidates.</summary>
    public int RecordedRank { get; set; }
    public double RecordedProbability { get; set; }
    public double TopProbability { get; set; }
    public double L1Error { get; set; }
    public double EleMdError { get; set; }
    public List<string> ExtraElements { get; set; } = [];
    public List<string> MissingElements { get; set; } = [];
    public double NeighbourAgreement { get; set; }
    public int NeighboursConsidered { get; set; }
    /// <summary>False when the model had no candidate scorer and its rounded fractions stood in as the one candidate.</summary>
    public bool HasCandidates { get; set; }
}

// Plain settable classes: LiteDB maps them without constructor conventions.

public sealed class RuleFinding
{
    public FlagReason Reason { get; set; }
    public string Detail { get; set; } = "";
}

public sealed class FlagCandidate
{
    public string Formula { get; set; } = "";
    public double Probability { get; set; }
    public List<string> Sources { get; set; } = [];
}

public sealed class FlagNeighbour
{
    public string ReactionId { get; set; } = "";
    public string Doi { get; set; } = "";
    public string ReactionString { get; set; } = "";
    public string Target { get; set; } = "";
    public double Similarity { get; set; }
}
