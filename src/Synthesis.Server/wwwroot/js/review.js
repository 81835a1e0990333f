// Review: the curation queue (filter, sort, page), one flag with its evidence, and the curator's decision.
// Mutations send the API key the curator enters in the x-api-key header; a refused key gets a plain message.
import { getFlag, listFlags, reviewFlag } from "./api.js";
import { $, doiLink, el, fixed, meter, pager, reactionLink, replace, table } from "./dom.js";
import { attempt } from "./progress.js";

const Reasons = {
  FLAG_REASON_ELEMENT_NOT_IN_PRECURSORS: "element in no precursor",
  FLAG_REASON_TARGET_NOT_COMPOUND: "target not a compound",
  FLAG_REASON_INCONSISTENT_DUPLICATE: "inconsistent duplicate",
  FLAG_REASON_DOI_VARIANT: "DOI written differently",
  FLAG_REASON_MODEL_DISAGREES: "model disagrees",
  FLAG_REASON_ELEMENT_SET_MISMATCH: "element set differs",
  FLAG_REASON_NEIGHBOURS_DISAGREE: "neighbours disagree",
  FLAG_REASON_PRECURSOR_AS_PRODUCT: "precursor recorded as product",
};
const Statuses = {
  REVIEW_STATUS_UNREVIEWED: "unreviewed",
  REVIEW_STATUS_CONFIRMED_ERROR: "confirmed error",
  REVIEW_STATUS_FALSE_ALARM: "false alarm",
  REVIEW_STATUS_CORRECTED: "corrected",
};
const reasonName = (r) => Reasons[r] ?? r;
const statusName = (s) => Statuses[s] ?? s ?? "unreviewed";

let queue = null;
let current = null; // the flag on the flag page, as last read

export function setUpReview() {
  replace($("review-reason"), el("option", { value: "", text: "any" }),
    Object.entries(Reasons).map(([value, text]) => el("option", { value, text })));
  $("review-form").addEventListener("submit", (event) => {
    event.preventDefault();
    queue = {
      parameters: {
        statuses: $("review-status").value,
        reasons: $("review-reason").value,
        min_score: $("review-min-score").value,
        sort: $("review-sort").value,
      },
      pages: [""],
      page: 0,
    };
    showQueue();
  });
  $("flag-reviewer").value = localStorage.getItem("synthesis.reviewer") ?? "";
  $("flag-form").addEventListener("submit", (event) => {
    event.preventDefault();
    saveDecision();
  });
}

/** Opens the queue with the form's filters once, the first time the page is shown. */
export function showReviewPage() {
  if (!queue) $("review-form").requestSubmit();
}

async function showQueue() {
  const { parameters, pages, page } = queue;
  const result = $("review-result");
  const response = await attempt($("review-progress"), $("review-error"), "Reading the queue", $("review-form"),
    () => listFlags({ ...parameters, page_token: pages[page] }).catch(explainMissingService));
  if (!response) {
    replace(result);
    return;
  }
  const flags = response.flags ?? [];
  if (response.nextPageToken) pages[page + 1] = response.nextPageToken;
  const rows = flags.map((f) => [
    fixed(f.score, 2),
    el("a", { href: `#flag/${encodeURIComponent(f.flagId)}`, text: f.reactionString || f.reactionId }),
    (f.reasons ?? []).map(reasonName).join(", "),
    `${f.recordedProduct} → ${f.predictedProduct || "—"}`,
    statusName(f.status),
  ]);
  const flagsTable = table(null, ["Score", "Reaction", "Why", "Recorded → model", "Status"], rows, [0]);
  flagsTable.id = "review-table";
  replace(result,
    el("p", { id: "review-summary", role: "status", tabindex: "-1", text: flags.length ? `${response.totalSize} ${response.totalSize === 1 ? "flag matches" : "flags match"}` + (response.run ? ` (run ${response.run.id}, ${response.run.mode})` : "") : "No flag matches." }),
    flags.length ? flagsTable : null,
    pager("Queue pages", "review", page > 0, Boolean(response.nextPageToken), (step) => {
      queue.page += step;
      showQueue().then(() => $("review-summary")?.focus());
    }));
}

/** A server without the Curation service answers 404 on its routes: say that, not "HTTP 404". */
function explainMissingService(error) {
  if (error.status === 404 && error.code === undefined) error.message = "This server has no curation queue (the Curation service is not running here).";
  throw error;
}

export async function showFlag(id) {
  const result = $("flag-result");
  replace(result);
  $("flag-form").hidden = true;
  $("flag-review-error").textContent = "";
  const flag = await attempt($("flag-progress"), $("flag-error"), "Reading the flag", null, () => getFlag(id).catch(explainMissingService));
  if (!flag) return;
  renderFlag(flag);
}

function renderFlag(flag) {
  current = flag;
  $("flag-title").textContent = `Flag ${flag.flagId}`;
  const history = flag.history ?? [];
  replace($("flag-result"),
    el("p", { class: "equation", text: flag.reactionString }),
    el("dl", { class: "facts" },
      el("dt", { text: "Status" }), el("dd", { id: "flag-status", text: `${statusName(flag.status)} (revision ${flag.revision ?? 0})` }),
      el("dt", { text: "Recorded product" }), el("dd", { text: flag.recordedProduct }),
      el("dt", { text: "Model's product" }), el("dd", {}, flag.predictedProduct || "—", flag.confidence ? ` (${(100 * flag.confidence).toFixed(1)} %)` : ""),
      el("dt", { text: "Why" }), el("dd", { text: (flag.reasons ?? []).map(reasonName).join(", ") }),
      el("dt", { text: "Score" }), el("dd", { text: fixed(flag.score, 2) }),
      el("dt", { text: "Reaction" }), el("dd", {}, reactionLink(flag.reactionId)),
      el("dt", { text: "DOI" }), el("dd", {}, doiLink(flag.doi))),
    (flag.findings ?? []).length ? [el("h3", { text: "Rule findings" }), el("ul", {}, flag.findings.map((f) => el("li", { text: f.detail })))] : null,
    (flag.candidates ?? []).length ? [el("h3", { text: "The model's candidates" }),
      table(null, ["Formula", "Probability", "From"], flag.candidates.map((c) => [c.formula, meter(c.probability), (c.sources ?? []).join(", ")]))] : null,
    (flag.neighbours ?? []).length ? [el("h3", { text: "Nearest literature reactions" }),
      table(null, ["Similarity", "Reaction", "Target", "DOI"], flag.neighbours.map((n) => [fixed(n.similarity), reactionLink(n.reactionId, n.reactionString), n.target, doiLink(n.doi)]), [0])] : null,
    flag.paragraph ? [el("h3", { text: "From the paper" }), el("p", { class: "paragraph", text: flag.paragraph })] : null,
    history.length ? [el("h3", { text: "Reviews" }), table(null, ["#", "Decision", "Corrected", "Who", "When", "Note"],
      history.map((r) => [String(r.revision), statusName(r.status), r.correctedTarget ?? "", r.reviewer, r.reviewedAt ?? "", r.note ?? ""]), [0])] : null);
  $("flag-form").hidden = false;
}

async function saveDecision() {
  const decision = $("flag-form").querySelector('input[name="decision"]:checked');
  const error = $("flag-review-error");
  if (!decision) {
    error.textContent = "Choose a decision: confirm, correct or false alarm.";
    return;
  }
  const reviewer = $("flag-reviewer").value.trim();
  localStorage.setItem("synthesis.reviewer", reviewer);
  const review = {
    status: decision.value,
    corrected_target: decision.value === "REVIEW_STATUS_CORRECTED" ? $("flag-corrected").value.trim() : "",
    reviewer,
    note: $("flag-note").value,
    expected_revision: current.revision ?? 0,
  };
  const flag = await attempt($("flag-saving"), error, "Saving", $("flag-form"),
    () => reviewFlag(current.flagId, review, $("flag-key").value).catch(explainRefusal));
  if (!flag) return;
  renderFlag(flag);
  $("flag-saving").textContent = `Saved: ${statusName(flag.status)}.`;
}

function explainRefusal(error) {
  if (error.status === 401) error.message = `The curator API key was not accepted (${error.message}). Check the key and save again.`;
  else if (error.status === 409) error.message = `${error.message}. Someone reviewed this flag meanwhile: reload the page to see their decision.`;
  throw error;
}
