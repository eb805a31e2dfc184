/**
 * The script catalog.html runs: it draws the embedded chart data with uPlot and nothing else.
 * It computes no tier number: every value comes from the JSON the catalog wrote from the model.
 * Plain ES2017, kept as text because it runs in the browser, not in Node.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("catalog-data").textContent);
  function pct(v) {
    if (v == null) return "--";
    var p = v * 100;
    return (p >= 1 ? Number(p.toPrecision(3)) : Number(p.toPrecision(2))) + "%";
  }
  var UNITS = [["d", 86400], ["h", 3600], ["m", 60], ["s", 1]];
  function dur(s) {
    if (s == null) return "--";
    for (var i = 0; i < UNITS.length; i++) {
      if (s >= UNITS[i][1] || i === UNITS.length - 1) return Number((s / UNITS[i][1]).toPrecision(3)) + UNITS[i][0];
    }
  }
  // uPlot passes null for a tick whose label its log-scale filter drops: draw no label there.
  function label(format) {
    return function (u, vals) { return vals.map(function (v) { return v == null ? "" : format(v); }); };
  }
  function keepAll(u, splits) { return splits; }
  function within(ticks, range) {
    return ticks.filter(function (t) { return t >= range[0] && t <= range[1]; });
  }
  data.charts.forEach(function (chart) {
    var el = document.getElementById("chart-" + chart.key);
    var series = [{ label: "sustained error rate", value: function (u, v) { return pct(v); } }];
    var columns = [chart.errorRates];
    chart.curves.forEach(function (c) {
      series.push({ label: c.label, stroke: c.color, width: 2, dash: c.dash || undefined, spanGaps: false, value: function (u, v) { return dur(v); } });
      columns.push(c.seconds);
    });
    series.push({ label: chart.budgetCurveLabel, stroke: "#7f8c8d", width: 1.5, dash: [6, 4], value: function (u, v) { return dur(v); } });
    columns.push(chart.budgetExhausted);
    chart.observed.forEach(function (o) {
      series.push({ label: o.label, stroke: o.color, fill: o.color, paths: function () { return null; }, points: { show: true, size: 10, space: 0, fill: o.color, stroke: "#000", width: 1 }, value: function (u, v) { return dur(v); } });
      columns.push(chart.errorRates.map(function (r, i) { return i === chart.errorRates.length - 1 ? o.seconds : null; }));
    });
    var opts = {
      width: data.width,
      height: data.height,
      scales: {
        x: { time: false, distr: 3, log: 10, range: function () { return chart.xRange; } },
        y: { distr: 3, log: 10, range: function () { return chart.yRange; } }
      },
      axes: [
        { label: "sustained error rate (share of requests failing, log scale)", splits: function () { return within(data.xTicks, chart.xRange); }, filter: keepAll, values: label(pct) },
        { label: "time until the tier fires (log scale)", size: 60, splits: function () { return within(data.yTicks, chart.yRange); }, filter: keepAll, values: label(dur) }
      ],
      series: series,
      hooks: {
        draw: [function (u) {
          var ctx = u.ctx;
          var x = Math.round(u.valToPos(chart.errorBudget, "x", true));
          ctx.save();
          ctx.strokeStyle = "#16a085";
          ctx.lineWidth = 2 * devicePixelRatio;
          ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
          ctx.beginPath();
          ctx.moveTo(x, u.bbox.top);
          ctx.lineTo(x, u.bbox.top + u.bbox.height);
          ctx.stroke();
          ctx.setLineDash([]);
          ctx.fillStyle = "#0e6655";
          ctx.font = 12 * devicePixelRatio + "px sans-serif";
          // uPlot leaves the alignment of its last axis label set.
          ctx.textAlign = "left";
          ctx.textBaseline = "alphabetic";
          ctx.fillText(chart.budgetLineLabel, x + 6 * devicePixelRatio, u.bbox.top + 14 * devicePixelRatio);
          ctx.restore();
        }]
      }
    };
    new uPlot(opts, columns, el);
    el.setAttribute("data-rendered", "true");
  });
})();
`;
