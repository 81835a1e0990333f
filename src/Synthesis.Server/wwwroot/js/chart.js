// The element fractions as a small SVG chart: the model's own fraction as a bar, the ensemble's spread (± one
// standard deviation) as a whisker, and the top candidate's fraction as a dot. The table beside it has the numbers.
import { el } from "./dom.js";

const svgNamespace = "http://www.w3.org/2000/svg";

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function fractionChart(elements) {
  const rowHeight = 22;
  const left = 36;
  const width = 420;
  const plot = width - left - 12;
  const top = 18;
  const height = top + rowHeight * elements.length + 4;
  const x = (fraction) => left + plot * Math.max(0, Math.min(1, fraction));
  const summary = elements.map((e) => `${e.element} ${(e.modelFraction ?? 0).toFixed(2)} ± ${(e.fractionStd ?? 0).toFixed(2)}`).join(", ");
  const chart = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `Element fractions: ${summary}` });
  for (const tick of [0, 0.25, 0.5, 0.75, 1]) {
    chart.append(svg("line", { x1: x(tick), x2: x(tick), y1: top - 4, y2: height - 4, stroke: "#c9ced4" }));
    chart.append(svg("text", { x: x(tick), y: 11, "text-anchor": "middle" }, tick.toFixed(2)));
  }
  elements.forEach((e, i) => {
    const y = top + i * rowHeight;
    const mean = e.modelFraction ?? 0;
    const spread = e.fractionStd ?? 0;
    chart.append(svg("text", { x: 4, y: y + 15 }, e.element));
    chart.append(svg("rect", { class: "bar", x: left, y: y + 4, width: Math.max(0, x(mean) - left), height: rowHeight - 8 }));
    chart.append(svg("line", { class: "whisker", x1: x(mean - spread), x2: x(mean + spread), y1: y + rowHeight / 2, y2: y + rowHeight / 2 }));
    chart.append(svg("line", { class: "whisker", x1: x(mean - spread), x2: x(mean - spread), y1: y + 6, y2: y + rowHeight - 6 }));
    chart.append(svg("line", { class: "whisker", x1: x(mean + spread), x2: x(mean + spread), y1: y + 6, y2: y + rowHeight - 6 }));
    if ((e.fraction ?? 0) > 0) chart.append(svg("circle", { class: "candidate", cx: x(e.fraction), cy: y + rowHeight / 2, r: 4 }));
  });
  return el("figure", {}, chart,
    el("figcaption", { class: "legend", text: "Bar: the model's own atomic fraction (read beside the literature); whisker: ± one standard deviation over the ensemble; dot: the fraction in the top candidate." }));
}
