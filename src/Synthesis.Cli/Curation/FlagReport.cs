using System.Globalization;
using System.Text;
using Synthesis.Data.Curation;
using static System.Net.WebUtility;

namespace Synthesis.Cli.Curation;

/// <summary>
/// One self-contained HTML page (inline CSS, no scripts, no external resources) of the top flags: what a chemist needs
/// to decide each in a minute — recorded vs predicted product, confidence, candidates, neighbours, the source
/// paragraph and a link to the paper.
/// </summary>
public static class FlagReport
{
    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
        h1{font-size:1.4em} .flag{border:1px solid #ccc;border-radius:6px;padding:.8em 1em;margin:1em 0}
        .head{display:flex;gap:1em;align-items:baseline;flex-wrap:wrap} .score{font-weight:bold;font-size:1.2em}
        .products{font-size:1.15em;margin:.4em 0} .recorded{color:#a11} .predicted{color:#161}
        .reason{background:#eef;border-radius:3px;padding:0 .4em;margin-right:.3em;font-size:.9em}
        table{border-collapse:collapse;margin:.3em 0} td,th{padding:.1em .6em;text-align:left;border-bottom:1px solid #eee}
        .paragraph{background:#f7f7f4;padding:.5em .8em;border-left:3px solid #bbb;white-space:pre-wrap}
        .muted{color:#777;font-size:.9em} code{font-size:.95em}
        """;

    public static string Render(RunRecord run, int total, IReadOnlyList<FlagDetail> flags, DateTime generatedUtc)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Synthesis curation: top flags</title><style>")
            .Append(Style).Append("</style></head><body>\n");
        html.Append($"<h1>Top {flags.Count} of {total:N0} flags</h1>\n<p class=\"muted\">Run <code>{HtmlEncode(run.Id)}</code> ({HtmlEncode(run.Mode)}"
                    + $"{(run.Mode == RunRecord.InSample ? ": the model trained on these reactions, so disagreement is understated" : "")}), model "
                    + $"<code>{HtmlEncode(run.ModelVersion)}</code>, dataset version {run.DatasetVersion}, threshold {Number(run.Threshold)}; "
                    + $"generated {generatedUtc:u}. Score: {HtmlEncode(FlagScore.Formula)}.</p>\n");
        foreach (var (detail, rank) in flags.Select((f, i) => (f, i + 1))) Flag(html, detail, rank);
        return html.Append("</body></html>\n").ToString();
    }

    private static void Flag(StringBuilder html, FlagDetail detail, int rank)
    {
        var f = detail.Flag;
        html.Append($"<section class=\"flag\" id=\"{HtmlEncode(f.Id)}\"><div class=\"head\"><span class=\"score\">#{rank} · {Number(f.Score)}</span>")
            .Append($"<span>{string.Concat(f.Reasons.Select(r => $"<span class=\"reason\">{CurationNames.Of(r)}</span>"))}</span>")
            .Append($"<span class=\"muted\">{HtmlEncode(CurationNames.Of(f.Status))} · flag <code>{HtmlEncode(f.Id)}</code> rev {f.Revision} · reaction <code>{HtmlEncode(f.ReactionId)}</code></span></div>\n");
        html.Append($"<div class=\"products\">recorded <b class=\"recorded\">{HtmlEncode(f.RecordedProduct)}</b> · predicted <b class=\"predicted\">"
                    + $"{HtmlEncode(f.PredictedProduct.Length > 0 ? f.PredictedProduct : "—")}</b> <span class=\"muted\">(confidence {Number(f.Confidence)})</span></div>\n");
        html.Append($"<div><code>{HtmlEncode(f.ReactionString)}</code></div>\n");
        html.Append($"<div>Paper: <a href=\"https://doi.org/{HtmlEncode(Uri.EscapeDataString(f.Doi).Replace("%2F", "/", StringComparison.Ordinal))}\">{HtmlEncode(f.Doi)}</a></div>\n");
        foreach (var finding in f.Findings) html.Append($"<div>Rule: {HtmlEncode(finding.Detail)}</div>\n");
        if (f.Signals is { } s)
            html.Append($"<div class=\"muted\">Recorded product's rank {(s.RecordedRank > 0 ? s.RecordedRank.ToString(CultureInfo.InvariantCulture) : "— (not a candidate)")}, "
                        + $"L1 {Number(s.L1Error)}, EleMD {Number(s.EleMdError)}, neighbours closer to the prediction: {s.NeighbourAgreement:P0} of {s.NeighboursConsidered}"
                        + $"{(s.HasCandidates ? "" : "; no candidate scorer yet: the prediction is the model's rounded fractions")}.</div>\n");
        if (f.Candidates.Count > 0)
        {
            html.Append("<table><tr><th>candidate</th><th>probability</th><th>from</th></tr>");
            foreach (var c in f.Candidates)
                html.Append($"<tr><td>{HtmlEncode(c.Formula)}</td><td>{Number(c.Probability)}</td><td>{HtmlEncode(string.Join(", ", c.Sources))}</td></tr>");
            html.Append("</table>\n");
        }
        if (f.Neighbours.Count > 0)
        {
            html.Append("<table><tr><th>similarity</th><th>nearest literature reactions</th><th>paper</th></tr>");
            foreach (var n in f.Neighbours)
                html.Append($"<tr><td>{Number(n.Similarity)}</td><td><code>{HtmlEncode(n.ReactionString)}</code></td><td>{HtmlEncode(n.Doi)}</td></tr>");
            html.Append("</table>\n");
        }
        html.Append(detail.Paragraph is { Length: > 0 } paragraph
            ? $"<div class=\"paragraph\">{HtmlEncode(paragraph)}</div>\n"
            : "<div class=\"muted\">No source paragraph stored (import the dataset again to keep it).</div>\n");
        foreach (var r in detail.History)
            html.Append($"<div class=\"muted\">Review {r.Revision}: {HtmlEncode(CurationNames.Of(r.Status))}{(r.CorrectedTarget is { } t ? " → " + HtmlEncode(t) : "")} "
                        + $"by {HtmlEncode(r.Reviewer)} at {r.ReviewedUtc.ToUniversalTime():u}{(r.Note.Length > 0 ? ": " + HtmlEncode(r.Note) : "")}</div>\n");
        html.Append("</section>\n");
    }

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
