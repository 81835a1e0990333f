// The heating temperatures and times literature reactions report, summarised as ranges with medians.
import { el } from "./dom.js";

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const round = (value) => (Math.abs(value) >= 10 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, ""));

export function range(values, unit) {
  if (!values.length) return "not reported";
  const low = Math.min(...values);
  const high = Math.max(...values);
  const spread = low === high ? `${round(low)} ${unit}` : `${round(low)}–${round(high)} ${unit}`;
  return values.length > 2 ? `${spread} (median ${round(median(values))} ${unit})` : spread;
}

/** The heating steps of a stored reaction (Reaction.operations with the heating action class). */
export function heatingOf(reaction) {
  const steps = (reaction.operations ?? []).filter((o) => o.action === "ACTION_CLASS_HEATING");
  return {
    temperatures: steps.flatMap((o) => o.temperaturesC ?? []),
    times: steps.flatMap((o) => o.timesH ?? []),
  };
}

export function heatingSummary(conditions) {
  const temperatures = conditions.flatMap((c) => c.temperatures);
  const times = conditions.flatMap((c) => c.times);
  return el("dl", { class: "facts" },
    el("dt", { text: "Heating temperature" }), el("dd", { text: range(temperatures, "°C") }),
    el("dt", { text: "Heating time" }), el("dd", { text: range(times, "h") }),
    el("dt", { text: "Reported by" }), el("dd", { text: `${conditions.filter((c) => c.temperatures.length || c.times.length).length} of ${conditions.length} reactions` }));
}
