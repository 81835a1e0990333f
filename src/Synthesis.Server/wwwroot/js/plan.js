// Plan: precursors and actions → ranked candidate products with probabilities and their literature support,
// the element fractions with their spread, the nearest literature reactions and the heating they report.
import { getReaction, precursorFormulas, predict } from "./api.js";
import { fractionChart } from "./chart.js";
import { $, doiLink, el, fixed, meter, reactionLink, replace, table } from "./dom.js";
import { heatingOf, heatingSummary, range } from "./heating.js";
import { attempt } from "./progress.js";

const MaxPrecursors = 10;
const HeatingReactions = 5;
const Examples = ["e.g. BaCO3", "e.g. TiO2", "e.g. Li2CO3", "e.g. Co3O4"];

export function setUpPlan() {
  addPrecursor();
  addPrecursor();
  $("plan-add-precursor").addEventListener("click", () => addPrecursor().focus());
  $("plan-form").addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  loadSuggestions();
}

function precursorInputs() {
  return [...$("plan-precursors").querySelectorAll("input")];
}

function addPrecursor() {
  const list = $("plan-precursors");
  const item = el("li");
  const input = el("input", { list: "precursor-formulas", autocomplete: "off", spellcheck: "false", placeholder: Examples[list.children.length % Examples.length] });
  const remove = el("button", { type: "button", text: "Remove" });
  remove.addEventListener("click", () => {
    item.remove();
    numberPrecursors();
    (precursorInputs()[0] ?? $("plan-add-precursor")).focus();
  });
  item.append(el("label"), input, remove);
  list.append(item);
  numberPrecursors();
  return input;
}

function numberPrecursors() {
  const items = [...$("plan-precursors").children];
  items.forEach((item, i) => {
    const [label, input, remove] = item.children;
    input.id = `plan-precursor-${i + 1}`;
    label.setAttribute("for", input.id);
    label.textContent = `Precursor ${i + 1} `;
    remove.setAttribute("aria-label", `Remove precursor ${i + 1}`);
  });
  $("plan-add-precursor").disabled = items.length >= MaxPrecursors;
}

/** The dataset's precursor formulas as suggestions; retried while the server is still loading. */
async function loadSuggestions() {
  try {
    const { formulas } = await precursorFormulas();
    replace($("precursor-formulas"), formulas.map((f) => el("option", { value: f.formula, label: `${f.reactions} reactions` })));
  } catch (error) {
    if (error.status === 503 || error.status === 0) setTimeout(loadSuggestions, 5000);
  }
}

const count = (id) => Number.parseInt($(id).value, 10) || 0;

async function run() {
  const request = {
    query: {
      precursors: precursorInputs().map((i) => i.value.trim()).filter(Boolean).map((formula) => ({ formula })),
      actions: $("plan-actions").value.split(/[,;→>]/).map((a) => a.trim()).filter(Boolean),
    },
    candidates: count("plan-candidates"),
    neighbours: count("plan-neighbours"),
  };
  const result = replace($("plan-result")); // an earlier answer must not pass for this one
  const prediction = await attempt($("plan-progress"), $("plan-error"), "Predicting", $("plan-form"),
    () => predict(request));
  if (!prediction) {
    replace(result);
    return;
  }
  replace(result, ...render(prediction));
  const heating = el("div", { id: "plan-heating" });
  result.append(heading("Heating the literature reports"), heating);
  await showHeating(prediction, heating);
}

const heading = (text) => el("h3", { text });

function render(p) {
  const candidates = p.candidates ?? [];
  const top = candidates[0];
  return [
    ...(p.warnings ?? []).map((w) => el("p", { class: "warning", role: "note" }, el("strong", { text: "Unlike the data: " }), w)),
    el("p", { class: "headline", role: "status" },
      top ? "Most probable product " : "The model's product ",
      el("span", { class: "formula", id: "plan-top-formula", text: p.formula || p.modelFormula }),
      top ? ` — probability ${(100 * top.probability).toFixed(1)} %` : ""),
    el("p", { class: "muted" },
      `The model's own rounding: ${p.modelFormula || p.formula}; uncertainty ${fixed(p.uncertainty)}; model ${p.modelVersion}.`,
      top ? "" : " No ranked candidates came back: this server's model has no candidate scorer yet."),
    ...(candidates.length ? [heading("Candidate products"), candidateTable(candidates)] : []),
    heading("Element fractions"),
    el("div", { class: "two-columns" }, fractionChart(p.elements ?? []), elementTable(p.elements ?? [])),
    heading("Nearest literature reactions"),
    neighbourTable(p.neighbours ?? []),
  ];
}

function candidateTable(candidates) {
  const rows = candidates.map((c, i) => [
    String(i + 1),
    el("span", { class: "formula-cell", text: c.formula }),
    meter(c.probability),
    (c.sources ?? []).join(", "),
    support(c.support ?? {}, c.analogues ?? [], c.dopedHost ?? ""),
  ]);
  const node = table("Ranked by the probability that the literature would record them", ["#", "Formula", "Probability", "From", "Literature"], rows, [0]);
  node.id = "plan-candidates-table";
  return node;
}

function support(s, analogues, dopedHost) {
  const examples = s.examples ?? [];
  return el("div", {},
    analogues.length ? el("div", { text: `by analogy with ${analogues.join(", ")}` }) : null,
    dopedHost ? el("div", { text: `${dopedHost} doped` }) : null,
    el("div", { text: `${s.reactions ?? 0} stored reactions in all; ${s.similarReactions ?? 0} among the most similar` }),
    examples.length ? el("ul", {}, examples.map((x) => el("li", {},
      doiLink(x.doi), " ", reactionLink(x.reactionId, x.reactionString),
      el("span", { class: "muted", text: ` (similarity ${fixed(x.similarity, 2)}; ${range(x.heatingTemperaturesC ?? [], "°C")}, ${range(x.heatingTimesH ?? [], "h")})` })))) : null);
}

function elementTable(elements) {
  return table(null, ["Element", "In top product", "Model mean ± spread", "P(present)"],
    elements.map((e) => [e.element, fixed(e.fraction), `${fixed(e.modelFraction)} ± ${fixed(e.fractionStd)}`, fixed(e.probability)]),
    [1, 2, 3]);
}

function neighbourTable(neighbours) {
  if (!neighbours.length) return el("p", { class: "muted", text: "None asked for." });
  const node = table(null, ["Similarity", "Reaction", "Target", "DOI"],
    neighbours.map((n) => [fixed(n.similarity), reactionLink(n.reactionId, n.reactionString), n.target, doiLink(n.doi)]), [0]);
  node.id = "plan-neighbours-table";
  return node;
}

/** Heating of the top candidate's supporting reactions; without candidates, of the nearest reactions (fetched). */
async function showHeating(p, node) {
  const examples = (p.candidates?.[0]?.support?.examples ?? []);
  let conditions;
  if (examples.length) {
    conditions = examples.map((x) => ({ id: x.reactionId, doi: x.doi, text: x.reactionString, temperatures: x.heatingTemperaturesC ?? [], times: x.heatingTimesH ?? [] }));
  } else {
    const nearest = (p.neighbours ?? []).slice(0, HeatingReactions);
    if (!nearest.length) {
      replace(node, el("p", { class: "muted", text: "Ask for literature reactions to see the heating they report." }));
      return;
    }
    replace(node, el("p", { class: "progress", role: "status", text: "Reading the nearest reactions…" }));
    const reactions = await Promise.all(nearest.map((n) => getReaction(n.reactionId).catch(() => null)));
    conditions = nearest.map((n, i) => ({ id: n.reactionId, doi: n.doi, text: n.reactionString, ...(reactions[i] ? heatingOf(reactions[i]) : { temperatures: [], times: [] }) }));
  }
  const source = examples.length ? "the reactions that record the top candidate" : `the ${conditions.length} nearest literature reactions`;
  replace(node,
    el("p", { class: "muted", text: `From ${source}.` }),
    heatingSummary(conditions),
    table(null, ["Reaction", "Temperatures", "Times", "DOI"],
      conditions.map((c) => [reactionLink(c.id, c.text), range(c.temperatures, "°C"), range(c.times, "h"), doiLink(c.doi)])));
}
