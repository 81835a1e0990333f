// The page's router: #plan, #lookup, #reaction/<id>, #review, #flag/<id>. One section shows at a time.
import { call } from "./api.js";
import { $ } from "./dom.js";
import { setUpLookup, showReaction } from "./lookup.js";
import { setUpPlan } from "./plan.js";
import { setUpReview, showFlag, showReviewPage } from "./review.js";

const Titles = { plan: "Plan", lookup: "Look up", reaction: "Reaction", review: "Review", flag: "Flag" };
// Pages reached from a tab: a reaction belongs to Look up, a flag to Review.
const Tabs = { reaction: "lookup", flag: "review" };

function route() {
  const [name, ...rest] = (location.hash.slice(1) || "plan").split("/");
  const page = name in Titles ? name : "plan";
  const argument = decodeURIComponent(rest.join("/"));
  for (const section of document.querySelectorAll("[data-page]")) section.hidden = section.dataset.page !== page;
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === (Tabs[page] ?? page)) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  document.title = `${Titles[page]} — Synthesis`;
  if (page === "reaction") showReaction(argument);
  if (page === "flag") showFlag(argument);
  if (page === "review") showReviewPage();
}

/** Says in the header whether the model and the data are loaded yet (the first start takes minutes). */
async function watchServer() {
  const status = $("server-status");
  try {
    await call("GET", "v1/reactions?page_size=1");
    status.textContent = "Ready";
  } catch (error) {
    status.textContent = error.status === 503 ? "The server is still loading the model and the data…" : error.message;
    setTimeout(watchServer, 5000);
  }
}

setUpPlan();
setUpLookup();
setUpReview();
window.addEventListener("hashchange", () => {
  route();
  $("main").focus();
});
route();
watchServer();
