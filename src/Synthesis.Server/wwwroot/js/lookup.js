// Look up: fuzzy search over the literature reactions with element filters, paged; and one reaction's page.
import { getReaction, searchReactions } from "./api.js";
import { $, doiLink, el, pager, reactionLink, replace, symbols, table } from "./dom.js";
import { range } from "./heating.js";
import { attempt } from "./progress.js";

// Tokens of the pages seen so far: pages[i] is the token of page i (the first page's is empty).
let search = null;

export function setUpLookup() {
  $("lookup-form").addEventListener("submit", (event) => {
    event.preventDefault();
    search = {
      parameters: {
        text: $("lookup-text").value.trim(),
        include_elements: symbols($("lookup-include").value),
        exclude_elements: symbols($("lookup-exclude").value),
        page_size: Number.parseInt($("lookup-page-size").value, 10) || 0,
      },
      pages: [""],
      page: 0,
    };
    showPage();
  });
}

async function showPage() {
  const { parameters, pages, page } = search;
  const result = $("lookup-result");
  const response = await attempt($("lookup-progress"), $("lookup-error"), "Searching", $("lookup-form"),
    () => searchReactions({ ...parameters, page_token: pages[page] }));
  if (!response) {
    replace(result);
    return;
  }
  const matches = response.matches ?? [];
  if (response.nextPageToken) pages[page + 1] = response.nextPageToken;
  const first = page * (parameters.page_size || 20) + 1;
  const summary = matches.length
    ? `Reactions ${first}–${first + matches.length - 1} of ${response.totalSize}`
    : "No reaction matches.";
  const rows = matches.map((m) => [String(m.score), reactionLink(m.reactionId, m.reactionString), m.target, doiLink(m.doi)]);
  const results = table(null, ["Score", "Reaction", "Target", "DOI"], rows, [0]);
  results.id = "lookup-table";
  replace(result,
    el("p", { id: "lookup-summary", role: "status", tabindex: "-1", text: summary }),
    matches.length ? results : null,
    pager("Result pages", "lookup", page > 0, Boolean(response.nextPageToken), (step) => {
      search.page += step;
      showPage().then(() => $("lookup-summary")?.focus()); // the buttons are rebuilt: keep the keyboard's place
    }));
}

const stated = (values, unit) => (values?.length ? range(values, unit) : "—");
const actionName = (action) => (action ?? "").replace("ACTION_CLASS_", "").toLowerCase().replaceAll("_", " ");

export async function showReaction(id) {
  const result = $("reaction-result");
  replace(result);
  const reaction = await attempt($("reaction-progress"), $("reaction-error"), "Reading the reaction", null, () => getReaction(id));
  if (!reaction) return;
  $("reaction-title").textContent = `Reaction ${reaction.id}`;
  replace(result,
    el("p", { class: "equation", id: "reaction-equation", text: reaction.reactionString }),
    el("dl", { class: "facts" },
      el("dt", { text: "Target" }), el("dd", { text: reaction.targetFormula }),
      el("dt", { text: "DOI" }), el("dd", {}, doiLink(reaction.doi)),
      el("dt", { text: "Actions" }), el("dd", { text: (reaction.actions ?? []).map(actionName).join(" → ") || "none recorded" }),
      el("dt", { text: "Cleaning" }), el("dd", { text: reaction.kept ? "kept" : `dropped: ${reaction.dropReason}${reaction.dropDetail ? ` (${reaction.dropDetail})` : ""}` }),
      (reaction.additives ?? []).length ? [el("dt", { text: "Additives" }), el("dd", { text: reaction.additives.join(", ") })] : null,
      (reaction.warnings ?? []).length ? [el("dt", { text: "Warnings" }), el("dd", { text: reaction.warnings.join("; ") })] : null),
    el("h3", { text: "Precursors" }),
    table(null, ["Formula", "Amount"], (reaction.precursors ?? []).map((p) => [p.formula, String(p.amount ?? "")]), [1]),
    el("h3", { text: "Conditions, as the paper's operations" }),
    (reaction.operations ?? []).length
      ? table(null, ["Operation", "Words", "Temperature", "Time", "Atmosphere", "Medium"], reaction.operations.map((o) => [
        actionName(o.action) || o.type, o.token, stated(o.temperaturesC, "°C"), stated(o.timesH, "h"),
        (o.atmospheres ?? []).join(", "), (o.media ?? []).join(", ")]))
      : el("p", { class: "muted", text: "No operations recorded." }),
    reaction.paragraph ? [el("h3", { text: "From the paper" }), el("p", { class: "paragraph", text: reaction.paragraph })] : null);
  $("reaction-equation").setAttribute("tabindex", "-1");
}
