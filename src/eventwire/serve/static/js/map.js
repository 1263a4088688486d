// The Leaflet map: country outlines (no tiles) and clustered markers for events.
/* global L, topojson */

const PALETTE_SIZE = 12;

export function markerSize(killed) {
  // Area grows with the log of the dead, so one massacre does not hide a hundred strikes.
  const n = Number.isFinite(killed) && killed > 0 ? killed : 0;
  return Math.round(Math.min(40, 12 + 5 * Math.log2(1 + n)));
}

export function markerLabel(row) {
  const parts = [row.acled_sub_type || row.eventwire_type];
  if (row.location_name) parts.push(`in ${row.location_name}`);
  if (row.event_date) parts.push(`on ${row.event_date}`);
  if (row.killed) parts.push(`${row.killed} killed`);
  parts.push(`(${row.claim_status})`);
  return parts.join(" ");
}

export class EventMap {
  constructor(container, onSelect) {
    this.onSelect = onSelect;
    this.colours = new Map();
    this.map = L.map(container, {
      worldCopyJump: true,
      minZoom: 1,
      maxZoom: 14,
      zoomSnap: 0.5,
      attributionControl: true,
    }).setView([25, 15], 2);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Borders: Natural Earth via world-atlas");
    this.cluster = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      maxClusterRadius: 45,
      spiderfyOnMaxZoom: true,
    });
    this.map.addLayer(this.cluster);
    this.markers = new Map();
    this.cache = new Map();
    this.outlinesLoaded = this.loadOutlines();
  }

  async loadOutlines() {
    const response = await fetch("/static/vendor/countries-110m.json");
    const topology = await response.json();
    const countries = topojson.feature(topology, topology.objects.countries);
    L.geoJSON(countries, {
      interactive: false,
      style: () => ({ className: "country", weight: 0.6, fillOpacity: 1 }),
    }).addTo(this.map);
  }

  setTypes(types) {
    // Most frequent types get the distinct colours; the rest share the last one.
    this.colours = new Map(types.map((type, i) => [type, Math.min(i, PALETTE_SIZE - 1)]));
  }

  colourOf(type) {
    return this.colours.has(type) ? this.colours.get(type) : PALETTE_SIZE - 1;
  }

  // Markers are made once per loaded event and reused when the time range changes.
  markerFor(row) {
    const cached = this.cache.get(row.id);
    if (cached) return cached;
    const size = markerSize(row.killed);
    const label = markerLabel(row);
    const marker = L.marker([row.lat, row.lon], {
      icon: L.divIcon({
        className: `ew-marker ew-c${this.colourOf(row.eventwire_type)}`,
        html: "",
        iconSize: [size, size],
      }),
      title: label,
      keyboard: true,
      riseOnHover: true,
    });
    marker.on("add", () => {
      const node = marker.getElement();
      if (!node) return;
      node.setAttribute("aria-label", label);
      node.dataset.eventId = row.id;
    });
    marker.on("click", () => this.onSelect(row.id));
    marker.on("keypress", (e) => {
      if (e.originalEvent.key === "Enter" || e.originalEvent.key === " ") this.onSelect(row.id);
    });
    this.cache.set(row.id, marker);
    return marker;
  }

  forget() {
    this.cache.clear();
  }

  show(rows, fit) {
    this.cluster.clearLayers();
    this.markers.clear();
    const layers = [];
    for (const row of rows) {
      if (row.lat === null || row.lon === null) continue;
      const marker = this.markerFor(row);
      this.markers.set(row.id, marker);
      layers.push(marker);
    }
    this.cluster.addLayers(layers);
    if (fit && layers.length) {
      const bounds = L.latLngBounds(layers.map((m) => m.getLatLng()));
      this.map.fitBounds(bounds.pad(0.2), { maxZoom: 7 });
    }
    return layers.length;
  }

  reveal(eventId) {
    const marker = this.markers.get(eventId);
    if (marker) this.cluster.zoomToShowLayer(marker, () => {});
  }

  invalidate() {
    this.map.invalidateSize();
  }
}
