// Draws the found experiences on a Leaflet map beside the list. The list stays the page: without this script,
// without Leaflet or without tiles (blocked, offline), nothing is lost, a note says the background did not load.
import { map as leafletMap, tileLayer, marker, divIcon, latLngBounds, Icon } from '/lib/leaflet/leaflet-src.esm.js';

const CELL = 56; // pixels: points closer than this on screen share one cluster marker

function draw() {
    const element = document.getElementById('carte-experiences');
    if (!element || element.dataset.drawn === 'true') return;
    element.dataset.drawn = 'true';
    element.removeAttribute('aria-hidden');
    element.setAttribute('role', 'region');
    element.setAttribute('aria-label', document.getElementById('carte-titre')?.textContent ?? '');
    const points = JSON.parse(element.dataset.points || '[]');
    Icon.Default.imagePath = '/lib/leaflet/images/';

    const map = leafletMap(element, { zoomControl: true, scrollWheelZoom: false }).setView([46.6, 2.4], 5);
    map.zoomControl.options.zoomInTitle = 'Zoom avant';
    map.zoomControl.options.zoomOutTitle = 'Zoom arrière';
    map.attributionControl.setPrefix(false);
    const tiles = tileLayer(element.dataset.tiles, {
        maxZoom: 18,
        attribution: `<a href="${element.dataset.attributionUrl}">${element.dataset.attribution}</a>`,
    }).addTo(map);
    let warned = false;
    tiles.on('tileerror', () => {
        if (warned) return;
        warned = true;
        const note = document.createElement('p');
        note.className = 'hint';
        note.dataset.testid = 'tiles-failed';
        note.textContent = element.dataset.tilesFailed;
        element.before(note);
    });

    if (points.length > 0) {
        map.fitBounds(latLngBounds(points.map(p => [p.lat, p.lon])).pad(0.2), { maxZoom: 12 });
    }
    const layers = [];
    const render = () => {
        layers.splice(0).forEach(layer => layer.remove());
        for (const group of cluster(map, points)) {
            layers.push(group.length === 1 ? single(group[0]).addTo(map) : several(map, group).addTo(map));
        }
    };
    map.on('zoomend', render);
    render();
}

// Groups the points by screen cell at the current zoom: a handful of markers instead of a heap.
function cluster(map, points) {
    const cells = new Map();
    const zoom = map.getZoom();
    for (const point of points) {
        const pixel = map.project([point.lat, point.lon], zoom);
        const key = `${Math.floor(pixel.x / CELL)}:${Math.floor(pixel.y / CELL)}`;
        if (!cells.has(key)) cells.set(key, []);
        cells.get(key).push(point);
    }
    return [...cells.values()];
}

function single(point) {
    const link = document.createElement('a');
    link.href = point.url;
    link.textContent = point.title;
    const popup = document.createElement('div');
    popup.append(link, document.createElement('br'), document.createTextNode(point.place));
    return marker([point.lat, point.lon], { title: point.title, alt: point.title }).bindPopup(popup);
}

function several(map, group) {
    const bounds = latLngBounds(group.map(p => [p.lat, p.lon]));
    const label = `${group.length} expériences`;
    const icon = divIcon({ className: 'experience-cluster', html: `<span>${group.length}</span>`, iconSize: [36, 36] });
    const cluster = marker(bounds.getCenter(), { icon, title: label, alt: label });
    // Sheets placed at one commune's centre never part by zooming: their cluster opens the list of them instead.
    if (bounds.getNorthEast().equals(bounds.getSouthWest())) return cluster.bindPopup(listOf(group));
    return cluster.on('click', () => map.fitBounds(bounds.pad(0.5), { maxZoom: map.getZoom() + 3 }));
}

function listOf(group) {
    const box = document.createElement('div');
    const place = document.createElement('p');
    place.textContent = group[0].place;
    const list = document.createElement('ul');
    list.className = 'experience-cluster__list';
    for (const point of group) {
        const link = document.createElement('a');
        link.href = point.url;
        link.textContent = point.title;
        const item = document.createElement('li');
        item.append(link);
        list.append(item);
    }
    box.append(place, list);
    return box;
}

draw();
// Blazor's enhanced navigation swaps the page without reloading modules: draw again on its page loads.
window.Blazor?.addEventListener?.('enhancedload', draw);
