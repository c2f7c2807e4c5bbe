// Thi đua ATGT — the accident chart of /campaigns/{id}/accidents: the three criteria by month, this campaign (solid
// lines) against the same months of the baseline year (dashed). The data comes from the canvas's data-chart attribute
// (the CSP forbids inline script); months without confirmed figures are null and drawn as gaps.
(function () {
  'use strict';

  var canvas = document.getElementById('accident-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(canvas.dataset.chart);
  var current = canvas.dataset.labelCurrent;
  var baseline = canvas.dataset.labelBaseline;
  var series = [
    { label: canvas.dataset.labelCases, now: data.cases, then: data.baselineCases, colour: '#0d6efd' },
    { label: canvas.dataset.labelDeaths, now: data.deaths, then: data.baselineDeaths, colour: '#dc3545' },
    { label: canvas.dataset.labelInjured, now: data.injured, then: data.baselineInjured, colour: '#fd7e14' }
  ];
  var datasets = [];
  series.forEach(function (s) {
    datasets.push({ label: s.label + ' ' + current, data: s.now, borderColor: s.colour, backgroundColor: s.colour,
      spanGaps: false, tension: 0.2 });
    datasets.push({ label: s.label + ' ' + baseline, data: s.then, borderColor: s.colour, backgroundColor: s.colour,
      borderDash: [6, 4], pointStyle: 'rectRot', spanGaps: false, tension: 0.2 });
  });
  new Chart(canvas, {
    type: 'line',
    data: { labels: data.labels, datasets: datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
})();
