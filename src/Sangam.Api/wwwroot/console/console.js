// Progressive enhancement only: every page works without it; it draws the usage chart and the drivers' map.
(function () {
  "use strict";

  const usage = document.getElementById("usage-data");
  if (usage && window.Chart) {
    const data = JSON.parse(usage.textContent);
    const colours = ["#0b5cad", "#17703a", "#8a5a00", "#6a3fb5", "#b3261e", "#007c89"];
    const datasets = Object.entries(data.families).map(([family, byDay], i) => ({
      type: "bar", label: family, stack: "calls", backgroundColor: colours[i % colours.length],
      data: data.days.map(day => byDay[day] || 0),
    }));
    datasets.push({ type: "line", label: "cache hits", data: data.cacheHits, borderColor: "#007c89", tension: 0.2 });
    datasets.push({ type: "line", label: "errors", data: data.errors, borderColor: "#b3261e", tension: 0.2 });
    new Chart(document.getElementById("usage-chart"), {
      data: { labels: data.days, datasets },
      options: { maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
                 locale: "en-IN" },
    });
  }

  const mapData = document.getElementById("map-data");
  if (mapData && window.L) {
    const config = JSON.parse(mapData.textContent);
    const map = L.map("map");
    L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: 18 }).addTo(map);
    const bounds = [];
    for (const p of config.positions) {
      L.marker([p.latitude, p.longitude], { title: p.name, alt: p.name })
        .bindPopup(`${p.name} — ${p.locatedAt}`).addTo(map);
      bounds.push([p.latitude, p.longitude]);
    }
    if (config.trail.length > 0) {
      const line = config.trail.map(p => [p.latitude, p.longitude]);
      L.polyline(line, { color: "#b3261e" }).addTo(map);
      bounds.push(...line);
    }
    if (bounds.length > 0) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 13 });
    } else {
      map.setView([22.5, 79], 4); // India
    }
    document.getElementById("map").dataset.markers = String(config.positions.length);
  }
})();
